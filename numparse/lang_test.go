package numparse

// Per-language cases beyond ro/en/fr/fa (numparse_test.go): real forms of
// each language, its separators, its vague quantities and its traps.
func init() {
	more := map[string][]parseTest{
		"es": {
			ex("2.298", 2298), ex("1,5", 1.5), ex("dos mil", 2000), ex("doscientos tres", 203),
			ex("cuatro millones dos mil tres", 4002003), ex("veintiún mil", 21000), ex("setenta y ocho", 78),
			ex("ciento cinco", 105), ex("mil millones", 1e9), ex("3 mil", 3000), ex("1,2 millones", 1.2e6),
			ex("100,000.5", 100000.5), ex("3,000,000", 3e6),
			vg("decenas", 20, 99), vg("cientos", 200, 999), vg("miles", 2000, 9999), vg("varios", 2, 9),
			vg("decenas de miles", 20000, 99999), bad("primero", ErrOrdinal), bad("menos 5", ErrNegative),
		},
		"pt": {
			ex("2.298", 2298), ex("dois mil", 2000), ex("trezentos e quarenta e três", 343), ex("uma dúzia", 12),
			ex("1,5 milhão", 1.5e6), vg("dezenas", 20, 99), vg("centenas", 200, 999), vg("milhares", 2000, 9999),
			vg("vários", 2, 9), vg("centenas de milhares", 200000, 999999),
		},
		"it": {
			ex("2.298", 2298), ex("trentatré", 33), ex("ventuno", 21), ex("duecentottanta", 280),
			ex("tremilacinquecento", 3500), ex("centodue", 102), ex("due milioni", 2e6), ex("100 000", 1e5),
			vg("decine", 20, 99), vg("centinaia", 200, 999), vg("migliaia", 2000, 9999), vg("alcuni", 2, 9),
		},
		"de": {
			ex("2.298", 2298), ex("dreihundertvierundzwanzig", 324), ex("einundzwanzig", 21), ex("dreiunddreissig", 33),
			ex("zweitausendfünfhundert", 2500), ex("zweieinhalb", 2.5), ex("1,5 Millionen", 1.5e6), ex("eine", 1),
			ex("hunderttausend", 1e5), ex("achtzehnhundertzweiundfünfzig", 1852),
			vg("Dutzende", 20, 99), vg("Hunderte", 200, 999), vg("mehrere", 2, 9), vg("Tausende", 2000, 9999),
			vg("Zehntausende", 20000, 99999), ex("zwei Dutzend", 24),
			bad("dritte", ErrOrdinal), bad("5.", ErrOrdinal), bad("fünfzigjährige", ErrSyntax),
		},
		"nl": {
			ex("2.298", 2298), ex("eenentwintig", 21), ex("drieëndertig", 33), ex("honderd twee en twintig", 122),
			ex("tweeduizend", 2000), ex("een miljoen", 1e6), vg("tientallen", 20, 99), vg("honderden", 200, 999),
			vg("duizenden", 2000, 9999), vg("enkele", 2, 9),
		},
		"pl": {
			ex("2 298", 2298), ex("dwadzieścia jeden", 21), ex("dwudziestu trzech", 23), ex("pięć tysięcy", 5000),
			ex("dwa tysiące", 2000), ex("1,5 mln", 1.5e6), ex("sto dwadzieścia", 120),
			ex("czternaścioro", 14), ex("sześciorga", 6), // collective numerals, for children
			vg("kilka", 2, 9), vg("kilkanaście", 12, 19), vg("dziesiątki", 20, 99), vg("setki", 200, 999),
			vg("tysiące", 2000, 9999), vg("kilka tysięcy", 2000, 9999), vg("kilkadziesiąt", 20, 99),
			bad("piętnasta", ErrOrdinal),
		},
		"cs": {
			ex("2 298", 2298), ex("dvacet jedna", 21), ex("dvě stě", 200), ex("pět set", 500), ex("tři tisíce", 3000),
			ex("dvĕ", 2), vg("několik", 2, 9), vg("desítky", 20, 99), vg("stovky", 200, 999), vg("tisíce", 2000, 9999),
		},
		"hu": {
			ex("2 298", 2298), ex("huszonöt", 25), ex("tizenegy", 11), ex("kétezer-ötszáz", 2500),
			ex("százhúsz", 120), ex("harmincnégy", 34), vg("néhány", 2, 9), vg("több száz", 200, 999),
			vg("több ezer", 2000, 9999), vg("tucatnyi", 20, 99),
		},
		"el": {
			ex("2.298", 2298), ex("είκοσι πέντε", 25), ex("εκατόν είκοσι δύο", 122), ex("ΔΥΟ ΧΙΛΙΑΔΕΣ", 2000),
			ex("2,2 εκατομμύρια", 2.2e6), ex("εφτακόσιες σαράντα τρεις", 743),
			vg("δεκάδες", 20, 99), vg("εκατοντάδες", 200, 999), vg("χιλιάδες", 2000, 9999), vg("μερικοί", 2, 9),
		},
		"bg": {
			ex("2 298", 2298), ex("двадесет и пет", 25), ex("две хиляди", 2000), ex("сто и пет", 105),
			ex("1 цяло и 5", 1.5), vg("десетки", 20, 99), vg("стотици", 200, 999), vg("хиляди", 2000, 9999),
			vg("няколко", 2, 9),
			// The definite article on a number word; "several hundred".
			ex("четиримата", 4), ex("двете", 2), vg("няколкостотин", 200, 999),
		},
		"sv": {
			ex("2 298", 2298), ex("tjugoett", 21), ex("tvåhundra", 200), ex("femtusen", 5000), ex("fem tusen", 5000),
			vg("tiotals", 20, 99), vg("hundratals", 200, 999), vg("tusentals", 2000, 9999), vg("flera", 2, 9),
			ap("ett tjugotal", 20), ap("ett hundratal", 100),
		},
		"uk": {
			ex("2 298", 2298), ex("двадцять п'ять", 25), ex("двадцяти п’яти", 25), ex("дві тисячі", 2000),
			ex("шістнадцятеро", 16), // a collective numeral
			ex("п'ять тисяч", 5000), vg("десятки", 20, 99), vg("сотні", 200, 999), vg("тисячі", 2000, 9999),
			vg("кілька", 2, 9), vg("десятки тисяч", 20000, 99999),
		},
		"ru": {
			ex("2 298", 2298), ex("двадцати", 20), ex("двадцати пяти", 25), ex("две тысячи", 2000),
			ex("пяти тысяч", 5000), ex("полторы тысячи", 1500), ex("три с половиной", 3.5), ex("трёх", 3),
			vg("десятки", 20, 99), vg("сотни", 200, 999), vg("тысячи", 2000, 9999), vg("несколько", 2, 9),
			vg("несколько сотен", 200, 999), vg("десятки тысяч", 20000, 99999),
			bad("пятый", ErrOrdinal), bad("5-й", ErrOrdinal),
		},
		"tr": {
			ex("2.298", 2298), ex("yüz yirmi üç", 123), ex("yüzyirmiüç", 123), ex("iki bin beş yüz", 2500),
			ex("2,5 milyon", 2.5e6), ex("beş buçuk", 5.5), vg("onlarca", 20, 99), vg("yüzlerce", 200, 999),
			vg("binlerce", 2000, 9999), vg("birkaç", 2, 9), bad("beşinci", ErrOrdinal),
			bad("onlar", ErrSyntax), bad("yüzünü", ErrSyntax),
			// Ablative number words, as before "fazla" and "az"; short or
			// one-valued stems stay words ("ondan", "birden").
			ex("40 binden", 40000), ex("yüzden", 100), ex("otuzdan", 30), ex("dörtten", 4),
			bad("ondan", ErrSyntax), bad("birden", ErrSyntax),
		},
		"ar": {
			ex("٢٫٥", 2.5), ex("١٬٢٠٠", 1200), ex("خمسمائة و خمسة و عشرون", 525), ex("ألفان", 2000), ex("الفين", 2000),
			ex("ثلاثة آلاف", 3000), ex("ستة عشر", 16), ex("إحدى عشرة", 11), ex("خمسة وعشرون", 25),
			ex("مائة", 100), vg("عشرات", 20, 99), vg("مئات", 200, 999), vg("آلاف", 2000, 9999), vg("عدة", 2, 9),
			vg("عشرات الآلاف", 20000, 99999),
		},
		"zh": {
			ex("十八", 18), ex("二十", 20), ex("两千", 2000), ex("三百", 300), ex("一万", 1e4), ex("1万", 1e4),
			ex("1.5万", 15000), ex("二百零三", 203), ex("百二萬", 1.2e6), ex("两千五", 2500), ex("一百二十万", 1.2e6),
			ex("34,507", 34507), vg("数十", 20, 99), vg("数百", 200, 999), vg("几十", 20, 99), vg("数十人", 20, 99),
			vg("数十万", 200000, 999999), bad("二分之一", ErrFraction), bad("第三", ErrOrdinal), bad("负五", ErrNegative),
			bad("数", ErrSyntax),
		},
		"ja": {
			ex("十八", 18), ex("百一", 101), ex("三千五百", 3500), ex("5千", 5000), ex("2万", 2e4), ex("1.2万", 12000),
			ex("一億", 1e8), vg("数十", 20, 99), vg("数百", 200, 999), vg("数十人", 20, 99),
		},
		"hi": {
			ex("1,00,000", 1e5), ex("२,५०,०००", 250000), ex("एक हज़ार पाँच सौ बीस", 1520), ex("एक हजार", 1000),
			ex("30 लाख", 3e6), ex("दो करोड़", 2e7), ex("पांच", 5), ex("साढ़े तीन सौ", 350), ex("ढाई लाख", 250000),
			vg("दर्जनों", 20, 99), vg("सैकड़ों", 200, 999), vg("हज़ारों", 2000, 9999), vg("कई", 2, 9),
		},
		"id": {
			ex("2.298", 2298), ex("dua ribu", 2000), ex("seratus", 100), ex("dua belas", 12), ex("dua puluh lima", 25),
			ex("seribu dua ratus", 1200), ex("1,5 juta", 1.5e6), vg("puluhan", 20, 99), vg("ratusan", 200, 999),
			vg("ribuan", 2000, 9999), vg("beberapa", 2, 9), vg("puluhan ribu", 20000, 99999),
		},
		"sw": {
			ex("elfu mbili", 2000), ex("mia tatu na hamsini", 350), ex("elfu kumi na tano", 15000),
			ex("elfu mbili mia tano", 2500), ex("kumi na moja", 11), ex("ishirini na tano", 25), ex("watano", 5),
			ex("mia", 100), vg("makumi", 20, 99), vg("mamia", 200, 999), vg("maelfu", 2000, 9999), vg("kadhaa", 2, 9),
			// Digits after the scale multiply it.
			ex("milioni 3.5", 3.5e6), ex("elfu 40", 40000), ex("mia 7", 700),
		},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
}
