package extract_test

import "testing"

// Roundups of several incidents: a relative partitive whose verb is the
// part's only, and a one (article or numeral) before a figure verb that
// governs the next number.
func TestRoundupFigures(t *testing.T) {
	checkFigs(t, []figCase{
		// "N people, M of whom are missing": the whole was buried, not missing.
		{"en", "A landslide buried 11 people, six of whom are still missing.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		{"it", "Una frana ha travolto 10 persone, sei delle quali risultano disperse.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		{"sv", "Ett jordskred begravde tio personer, varav sex fortfarande saknas.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		{"en", "The boat carried 40 migrants, 12 of whom drowned.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		// An aside with a group and no verb still leaves the verb to the whole.
		{"en", "Eleven people, six of them children, are missing.", []fig{{"missing", 11, 11, "unspecified", "exact"}, {"missing", 6, 6, "children", "exact"}}},
		{"en", "The coast guard rescued 41 people, eight died.", []fig{{"killed", 8, 8, "unspecified", "exact"}}},
		// A one before a verb that is also a noun: the verb is the next number's.
		{"en", "A fire at a textile plant injured nine workers.", []fig{{"injured", 9, 9, "unspecified", "exact"}}},
		{"fr", "Un incendie dans une usine a blessé sept ouvriers.", []fig{{"injured", 7, 7, "unspecified", "exact"}}},
		{"ro", "Un incendiu la o fabrică a rănit opt muncitori.", []fig{{"injured", 8, 8, "unspecified", "exact"}}},
		{"fr", "Un blessé grave a été transporté à l'hôpital.", []fig{{"injured", 1, 1, "unspecified", "exact"}}},
		// A one after an object marker, or after the singular noun it follows.
		{"es", "Un hombre abrió fuego en un mercado y mató a un policía.", []fig{{"killed", 1, 1, "security_forces", "exact"}}},
		{"es", "Los agresores hirieron a un manifestante.", []fig{{"injured", 1, 1, "protesters", "exact"}}},
		{"sw", "Watu wenye silaha walimuua mwanajeshi mmoja.", []fig{{"killed", 1, 1, "security_forces", "exact"}}},
		{"en", "They killed police one by one.", nil},
		// A time of day after a Swahili number is no clock without "saa".
		{"sw", "Watu wenye silaha waliwaua wanakijiji wanne usiku wa Jumanne.", []fig{{"killed", 4, 4, "civilians", "exact"}}},
		{"sw", "Lori liligonga umati saa 5 usiku.", nil},
		// Swahili class-4 numerals agree with "miili" (bodies).
		{"sw", "Miili mitano ilipatikana mtoni.", []fig{{"killed", 5, 5, "unspecified", "exact"}}},
	})
}
