package numparse

// Cases for Hebrew, Georgian and Mongolian, and more for Danish and
// Norwegian: compounds, gender and case forms, scales, vague words and
// what is out of scope.
func init() {
	more := map[string][]parseTest{
		"he": {
			ex("1,200", 1200), ex("2.5", 2.5), ex("אחת", 1), ex("שבעה עשר", 17), ex("שש עשרה", 16),
			ex("שנים עשר", 12), ex("עשרים ושלושה", 23), ex("מאה ועשרים", 120), ex("מאתיים אלף", 200000),
			ex("שלוש מאות ושלושים ושלושה", 333), ex("אלפיים וחמש מאות", 2500), ex("שלושת אלפים", 3000),
			ex("אחד עשר אלף", 11000), ex("שני מיליון", 2e6), ex("השלושה", 3), ex("שלושתם", 3), ex("שלשה", 3),
			ex("שְׁלוֹשָׁה", 3), ex("שלושה וחצי", 3.5), ex("שלוש נקודה חמש", 3.5),
			vg("עשרות", 20, 99), vg("מאות", 200, 999), vg("אלפי", 2000, 9999), vg("כמה", 2, 9),
			vg("עשרות אלפים", 20000, 99999), vg("מאות אלפי", 200000, 999999),
			bad("שלישי", ErrOrdinal), bad("חצי", ErrFraction), bad("מינוס חמש", ErrNegative),
			// "שנים" alone is "years".
			bad("שנים", ErrSyntax),
		},
		"ka": {
			ex("1 200", 1200), ex("1,5", 1.5), ex("ოცდაერთი", 21), ex("ოცდაათი", 30), ex("ორმოცდაათი", 50),
			ex("ოთხმოცდაცხრამეტი", 99), ex("ორას ორმოცდაათი", 250), ex("ორი ათას ათი", 2010),
			ex("ათას ცხრაას ოთხმოცდათოთხმეტი", 1994), ex("ორი მილიონ ხუთასი ათასი", 2.5e6), ex("1,5 მლნ", 1.5e6),
			// Case forms: ergative, dative, genitive, postpositions, on
			// stems and compounds.
			ex("ხუთმა", 5), ex("ორმა", 2), ex("ხუთ ათასს", 5000), ex("ათასზე", 1000), ex("ათასამდე", 1000),
			ex("ოცდაათმა", 30), ex("რვის", 8), ex("ოცდარვის", 28), ex("ორნახევარი ათასი", 2500),
			ex("ორი მთელი ხუთი", 2.5),
			vg("რამდენიმე", 2, 9), vg("ათობით", 20, 99), vg("ასობით", 200, 999), vg("ათასობით", 2000, 9999),
			vg("ათობით ათასი", 20000, 99999), vg("რამდენიმე ასეული", 200, 999),
			bad("მეხუთე", ErrOrdinal), bad("ოცდამეხუთე", ErrOrdinal), bad("ნახევარი", ErrFraction),
			// "და" joins parts only inside a word; "ერთად" is "together".
			bad("ოცი და ხუთი", ErrSyntax), bad("ერთად", ErrSyntax),
		},
		"mn": {
			ex("15,000", 15000), ex("1.5 сая", 1.5e6), ex("арван нэг", 11), ex("хорин зургаа", 26),
			ex("гучин дөрөв", 34), ex("тавь", 50), ex("хоёр зуун тавин", 250), ex("мянга есөн зуун наян дөрөв", 1984),
			ex("таван мянган", 5000), ex("гурван сая", 3e6), ex("гурвыг", 3), ex("хоёр мянгаас", 2000),
			ex("хоёр хагас", 2.5), ap("арваад", 10), ap("10-аад", 10),
			vg("хэдэн", 2, 9), vg("хэдэн зуун", 200, 999), vg("хэдэн арван мянган", 20000, 99999),
			vg("олон мянган", 2000, 9999),
			bad("гуравдугаар", ErrOrdinal), bad("3-р", ErrOrdinal), bad("хагас", ErrFraction),
			// "сая" alone is more often "just now".
			bad("сая", ErrSyntax),
		},
		"da": {
			ex("enogtyve", 21), ex("en og tyve", 21), ex("femoghalvfems", 95), ex("fem og halvfemsindstyve", 95),
			ex("tres", 60), ex("halvfjerdsindstyve", 70), ex("tohundrede og tre", 203), ex("fire hundred", 400),
			ex("tusinde", 1000), ex("halvanden million", 1.5e6), ex("tre og et halvt", 3.5), ex("et par", 2),
			ex("en snes", 20), vg("tusinder", 2000, 9999), vg("hundredtusinder", 200000, 999999),
			vg("flere tusinde", 2000, 9999), vg("adskillige", 2, 9), bad("tredivte", ErrOrdinal),
		},
		"nb": {
			ex("tjueen", 21), ex("fem og tyve", 25), ex("en og tredve", 31), ex("tohundreogfemti", 250),
			ex("halvannen", 1.5), ex("et par", 2), ex("et hundre", 100), vg("tusener", 2000, 9999),
			vg("hundretusener", 200000, 999999), vg("hundretalls", 200, 999), bad("tjuende", ErrOrdinal),
			bad("hundrede", ErrOrdinal),
		},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
}
