package numparse

// Cases for Slovenian: units before tens in one word ("triindvajset"),
// case, gender and dual forms ("dveh", "trije", "petih"), hundreds and
// thousands, separators ('.' thousands, ',' decimal), vague quantities
// ("nekaj", "več deset", "na stotine", "tisoči"), and what is out of
// scope or no number at all; and Slovak thousands after a hyphen.
func init() {
	more := map[string][]parseTest{
		"sl": {
			ex("1.250", 1250), ex("2 430", 2430), ex("1,2 milijona", 1.2e6), ex("2,5 mio", 2.5e6),
			ex("triindvajset", 23), ex("enaindvajset", 21), ex("petinštirideset", 45),
			ex("devetindevetdeset", 99), ex("sedemindevetdeset", 97), ex("triindvajsetih", 23),
			ex("dve", 2), ex("dveh", 2), ex("dvema", 2), ex("trije", 3), ex("treh", 3), ex("štirje", 4),
			ex("petih", 5), ex("sedmih", 7), ex("osmimi", 8), ex("enajstih", 11), ex("dvajsetih", 20),
			ex("troje", 3), ex("dvojica", 2), ex("trojico", 3),
			ex("sto", 100), ex("dvesto", 200), ex("tristo petdeset", 350), ex("sto triindvajset", 123),
			ex("tisoč", 1000), ex("dva tisoč", 2000), ex("pet tisoč tristo", 5300), ex("dvatisoč", 2000),
			ex("dva milijona", 2e6), ex("pet milijonov", 5e6), ex("dve milijardi", 2e9),
			ex("dva in pol milijona", 2.5e6), ex("ena cela pet", 1.5),
			vg("nekaj", 2, 9), vg("več", 2, 9), vg("več deset", 20, 99), vg("nekaj deset", 20, 99),
			vg("desetine", 20, 99), vg("stotine", 200, 999), vg("več sto", 200, 999), vg("nekaj sto", 200, 999),
			vg("več stotin", 200, 999), vg("tisoči", 2000, 9999), vg("tisoče", 2000, 9999),
			vg("več tisoč", 2000, 9999), vg("nekaj tisoč", 2000, 9999), vg("več deset tisoč", 20000, 99999),
			vg("desettisoči", 20000, 99999), vg("več sto tisoč", 200000, 999999), vg("milijoni", 2e6, 9999999),
			bad("peti", ErrOrdinal), bad("tretji", ErrOrdinal), bad("5.", ErrOrdinal),
			bad("minus pet", ErrNegative), bad("pol", ErrFraction), bad("tretjina", ErrFraction),
			// "in" joins units and tens only inside one word.
			bad("tri in dvajset", ErrSyntax),
		},
		"sk": {ex("15-tisíc", 15000), ex("100-tisíc", 100000), ex("2-milióny", 2e6)},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
}
