package numparse

// Cases for Lithuanian and Latvian: gender and case forms of number
// words, hundreds and thousands as declined nouns, vague plurals (alone and
// before a scale), separators and abbreviations, and what is out of scope.
func init() {
	more := map[string][]parseTest{
		"lt": {
			ex("1 250", 1250), ex("1.250", 1250), ex("2,5", 2.5), ex("1,2 mln", 1.2e6), ex("15 tūkst", 15000),
			ex("dvidešimt trys", 23), ex("dvidešimt trijų", 23), ex("devyniasdešimt septyni", 97),
			ex("keturis", 4), ex("keturias", 4), ex("penkiems", 5), ex("dviejų", 2), ex("dvi", 2), ex("trimis", 3),
			ex("vienuolikos", 11), ex("keturiolika", 14), ex("trisdešimties", 30),
			ex("šimtas", 100), ex("šimtą", 100), ex("du šimtai penkiasdešimt", 250), ex("penkių šimtų", 500),
			ex("tūkstantis", 1000), ex("tūkstančio", 1000), ex("trys tūkstančiai penki šimtai", 3500),
			ex("2 tūkstančius", 2000), ex("penkiasdešimt tūkstančių", 50000), ex("du milijonai", 2e6),
			ex("trys dešimtys", 30), ex("du su puse milijono", 2.5e6), ex("pusantro tūkstančio", 1500),
			ex("du kablelis penki", 2.5),
			vg("keli", 2, 9), vg("kelios", 2, 9), vg("kelis", 2, 9), vg("keletas", 2, 9), vg("keleto", 2, 9),
			vg("keliolika", 12, 19), vg("keliasdešimt", 20, 99), vg("dešimtys", 20, 99), vg("kelios dešimtys", 20, 99),
			vg("šimtai", 200, 999), vg("keli šimtai", 200, 999), vg("kelis šimtus", 200, 999),
			vg("tūkstančiai", 2000, 9999), vg("tūkstančių", 2000, 9999), vg("keli tūkstančiai", 2000, 9999),
			vg("dešimtys tūkstančių", 20000, 99999), vg("šimtai tūkstančių", 200000, 999999), vg("milijonai", 2e6, 9999999),
			bad("penktas", ErrOrdinal), bad("dešimtas", ErrOrdinal), bad("pirmoji", ErrOrdinal), bad("16-oji", ErrOrdinal),
			bad("16-ąją", ErrOrdinal), bad("minus penki", ErrNegative), bad("pusė", ErrFraction), bad("trečdalis", ErrFraction),
			bad("dulkės", ErrSyntax), // dust, not a loose "du" (2)
		},
		"lv": {
			ex("1 250", 1250), ex("1.250", 1250), ex("2,5", 2.5), ex("1,2 milj", 1.2e6), ex("15 tūkst", 15000), ex("3 mljrd", 3e9),
			ex("divdesmit trīs", 23), ex("divdesmit triju", 23), ex("deviņdesmit septiņi", 97),
			ex("četrus", 4), ex("četras", 4), ex("pieciem", 5), ex("divu", 2), ex("divām", 2), ex("trim", 3),
			ex("vienpadsmit", 11), ex("četrpadsmit", 14),
			ex("simts", 100), ex("simtu", 100), ex("simt divdesmit", 120), ex("divsimt piecdesmit", 250),
			ex("divi simti piecdesmit", 250), ex("tūkstotis", 1000), ex("tūkstoš", 1000), ex("tūkstoš deviņsimt", 1900),
			ex("trīs tūkstoši pieci simti", 3500), ex("2 tūkstošus", 2000), ex("divdesmit tūkstoši", 20000),
			ex("divi miljoni", 2e6), ex("trīs desmiti", 30), ex("divi ar pusi miljoni", 2.5e6), ex("pusotra tūkstoša", 1500),
			ex("divi komats pieci", 2.5),
			vg("daži", 2, 9), vg("dažus", 2, 9), vg("vairāki", 2, 9), vg("vairākiem", 2, 9), vg("pāris", 2, 9),
			vg("desmitiem", 20, 99), vg("vairāki desmiti", 20, 99), vg("simtiem", 200, 999), vg("vairāki simti", 200, 999),
			vg("vairākus simtus", 200, 999), vg("tūkstošiem", 2000, 9999), vg("daži tūkstoši", 2000, 9999),
			vg("desmitiem tūkstošu", 20000, 99999), vg("simtiem tūkstošu", 200000, 999999), vg("miljoniem", 2e6, 9999999),
			bad("piektais", ErrOrdinal), bad("5.", ErrOrdinal), bad("pirmā", ErrOrdinal), bad("mīnus pieci", ErrNegative),
			bad("puse", ErrFraction), bad("pusi", ErrFraction),
			bad("divains", ErrSyntax), // strange, not a loose "divi" (2)
		},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
	scans := map[string][]scanTest{
		"lt": {
			{"daugiau nei 15 tūkst. žmonių", "15", "15 tūkst", 15000},
			{"apie 1,2 mln. žmonių", "1,2", "1,2 mln", 1.2e6},
			{"sulaikė kelis šimtus protestuotojų", "kelis", "kelis šimtus", 200},
			{"žuvo 10 ir 6 buvo sužeisti", "10", "10", 10},
		},
		"lv": {
			{"vairāk nekā 15 tūkst. cilvēku", "15", "15 tūkst", 15000},
			{"aptuveni 1,2 milj. cilvēku", "1,2", "1,2 milj", 1.2e6},
			{"desmitiem tūkstošu cilvēku", "desmitiem", "desmitiem tūkstošu", 20000},
			{"2024. gadā 300 cilvēku", "2024", "2024", 2024},
		},
	}
	for l, ts := range scans {
		scanTests[l] = append(scanTests[l], ts...)
	}
}
