package numparse

// Cases for Afrikaans, Catalan, Estonian, Finnish, Icelandic, Irish,
// Croatian and Slovak: compounds, case and gender forms, separators, vague
// words, and what is out of scope or no number at all.
func init() {
	more := map[string][]parseTest{
		"af": {
			ex("1 500", 1500), ex("2,5 miljoen", 2.5e6), ex("tweeëntwintig", 22), ex("twee-en-twintig", 22),
			ex("vier en twintig", 24), ex("honderd vier en veertig", 144), ex("tweehonderd", 200),
			ex("vyfduisend", 5000), ex("twee duisend vyf honderd", 2500), ex("neentien", 19), ex("twee dosyn", 24),
			vg("tientalle", 20, 99), vg("honderde", 200, 999), vg("duisende", 2000, 9999), vg("verskeie", 2, 9),
			vg("honderde duisende", 200000, 999999),
			bad("derde", ErrOrdinal), bad("5de", ErrOrdinal), bad("minus vyf", ErrNegative), bad("kwart", ErrFraction),
			bad("nee", ErrSyntax), // "no", not a loose "neë" (9)
		},
		"ca": {
			ex("1.500", 1500), ex("1,5 milions", 1.5e6), ex("vint-i-dos", 22), ex("vint i tres", 23),
			ex("noranta-nou", 99), ex("dos-cents", 200), ex("dues-centes mil", 200000), ex("tres-cents vint-i-cinc", 325),
			ex("cent vint", 120), ex("vint-i-un mil", 21000), ex("mil milions", 1e9), ex("dènou", 19), ex("divuit", 18),
			ex("una dotzena", 12), ex("dos i mig", 2.5), ap("una vintena", 20),
			vg("desenes", 20, 99), vg("centenars", 200, 999), vg("milers", 2000, 9999), vg("diversos", 2, 9),
			vg("desenes de milers", 20000, 99999),
			bad("cinquè", ErrOrdinal), bad("5è", ErrOrdinal), bad("1r", ErrOrdinal), bad("menys cinc", ErrNegative),
			bad("cents", ErrSyntax), bad("déu", ErrSyntax), // God, not a loose "deu" (10)
		},
		"et": {
			ex("100 000", 1e5), ex("2,5 miljonit", 2.5e6), ex("kakskümmend viis", 25), ex("kahekümne viie", 25),
			ex("kaksteist", 12), ex("kaheteistkümne", 12), ex("kahesaja", 200), ex("kolm tuhat", 3000),
			ex("kolme tuhande", 3000), ex("kaks ja pool miljonit", 2.5e6), ex("poolteist tuhat", 1500),
			// case endings on the genitive stem
			ex("kolmele", 3), ex("kahekümnele", 20), ex("tuhandelt", 1000), ex("ühega", 1),
			ap("paarkümmend", 20), vg("kümned", 20, 99), vg("sadu", 200, 999), vg("tuhandeid", 2000, 9999),
			vg("mitu", 2, 9), vg("mitu tuhat", 2000, 9999), vg("kümneid tuhandeid", 20000, 99999),
			bad("viies", ErrOrdinal), bad("kolmas", ErrOrdinal), bad("5.", ErrOrdinal), bad("miinus viis", ErrNegative),
			bad("uks", ErrSyntax), // door, not a loose "üks" (1)
		},
		"fi": {
			ex("1 500", 1500), ex("2,5 miljoonaa", 2.5e6), ex("kaksikymmentäneljä", 24), ex("kolmekymmentäviisi", 35),
			ex("kahdenkymmenenneljän", 24), ex("kahtakymmentäneljää", 24), ex("kahdeksantoista", 18),
			ex("yhdessätoista", 11), ex("kolmea", 3), ex("kahden", 2), ex("kaksi tuhatta", 2000),
			ex("kymmenentuhatta", 1e4), ex("kahdensadan", 200), ex("sataviisitoista", 115),
			ex("kaksisataaviisikymmentäkuusituhatta", 256000), ex("kaksi ja puoli miljoonaa", 2.5e6),
			ex("puolitoista miljoonaa", 1.5e6), ap("parikymmentä", 20),
			vg("kymmeniä", 20, 99), vg("satoja", 200, 999), vg("tuhansia", 2000, 9999), vg("useita", 2, 9),
			vg("kymmeniä tuhansia", 20000, 99999), vg("satojatuhansia", 200000, 999999),
			bad("kolmas", ErrOrdinal), bad("5.", ErrOrdinal), bad("miinus viisi", ErrNegative),
			bad("puolet", ErrFraction),
			// "together", "it rains": forms read only inside a compound
			bad("yhdessä", ErrSyntax), bad("sataa", ErrSyntax),
		},
		"is": {
			ex("1.500", 1500), ex("2,5 milljónir", 2.5e6), ex("tuttugu og einn", 21), ex("tvö hundruð", 200),
			ex("þrjú hundruð og fimmtíu", 350), ex("tvö þúsund", 2000), ex("tvær milljónir", 2e6), ex("þrjár", 3),
			ex("tveggja", 2), ex("fjórum", 4), ex("tveir og hálfur", 2.5), ex("fimm milljarðar", 5e9),
			vg("nokkrir", 2, 9), vg("tugir", 20, 99), vg("hundruð", 200, 999), vg("þúsundir", 2000, 9999),
			vg("tugir þúsunda", 20000, 99999), vg("nokkur hundruð", 200, 999),
			bad("fimmti", ErrOrdinal), bad("5.", ErrOrdinal), bad("mínus fimm", ErrNegative),
			bad("sjó", ErrSyntax), // sea, not a loose "sjö" (7)
		},
		"ga": {
			ex("1,500", 1500), ex("a haon", 1), ex("a dó dhéag", 12), ex("fiche a haon", 21), ex("a haon is fiche", 21),
			ex("dhá chéad", 200), ex("seacht gcéad", 700), ex("trí mhíle cúig chéad", 3500), ex("dhá mhilliún", 2e6),
			ex("beirt", 2), ex("seisear", 6), ex("dhá fhichead", 40), ex("dhá fhichead is a deich", 50),
			vg("roinnt", 2, 9), vg("na céadta", 200, 999), vg("na mílte", 2000, 9999),
			vg("na céadta mílte", 200000, 999999),
			bad("tríú", ErrOrdinal), bad("3ú", ErrOrdinal), bad("míneas a cúig", ErrNegative),
			// "he", "any", "permission": not numbers standing alone
			bad("sé", ErrSyntax), bad("aon", ErrSyntax), bad("cead", ErrSyntax), bad("chéad", ErrSyntax),
		},
		"hr": {
			ex("2.500", 2500), ex("2 500", 2500), ex("1,5 milijuna", 1.5e6), ex("dvadeset i pet", 25), ex("trideset tri", 33),
			ex("dvije tisuće", 2000), ex("pet tisuca", 5000), ex("tri stotine", 300), ex("dvjesto", 200),
			ex("petsto trideset", 530), ex("dviju", 2), ex("dvojica", 2), ex("petorice", 5), ex("dvoje", 2),
			ex("dva i pol milijuna", 2.5e6), ex("jedan cijela pet", 1.5), ap("desetak", 10), ap("stotinjak", 100),
			vg("nekoliko", 2, 9), vg("desetci", 20, 99), vg("stotine", 200, 999), vg("tisuće", 2000, 9999),
			vg("desetci tisuća", 20000, 99999), vg("nekoliko stotina", 200, 999),
			bad("peti", ErrOrdinal), bad("5.", ErrOrdinal), bad("minus pet", ErrNegative), bad("pola", ErrFraction),
			bad("što", ErrSyntax), // what, not a loose "sto" (100)
		},
		"sk": {
			ex("1.200.000", 1.2e6), ex("100 000", 1e5), ex("dvadsaťpäť", 25), ex("dvadsať päť", 25),
			ex("stodvadsaťpäť", 125), ex("dvetisíc", 2000), ex("tri tisíce", 3000), ex("päťsto", 500),
			ex("dvoch", 2), ex("traja", 3), ex("piatich", 5), ex("dvadsiatich", 20), ex("piatich miliónov", 5e6),
			ex("dva a pol milióna", 2.5e6), ex("jedna celá päť", 1.5),
			vg("niekoľko", 2, 9), vg("desiatky", 20, 99), vg("stovky", 200, 999), vg("tisíce", 2000, 9999),
			vg("desiatky tisíc", 20000, 99999), vg("niekoľko stoviek", 200, 999), vg("státisíce", 200000, 999999),
			bad("piaty", ErrOrdinal), bad("5.", ErrOrdinal), bad("mínus päť", ErrNegative), bad("pol", ErrFraction),
			bad("dvere", ErrSyntax),
		},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
}
