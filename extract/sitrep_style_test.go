package extract_test

import "testing"

// TestSitrepStyleRules covers rules found missing by a blind test on
// humanitarian situation reports and official statements (en fr es pt it
// de nl ro sv el id sw): tallies, lists per region, households, shelters.
func TestSitrepStyleRules(t *testing.T) {
	checkFigs(t, []figCase{
		// A verb before the first number of a list per region governs
		// the middle items too, and Swahili "na" joins the last one.
		{"en", "The storm affected 8,000 people in Tete, 5,200 in Sofala and 1,900 in Zambezia.", []fig{
			{"affected", 8000, 8000, "unspecified", "exact"}, {"affected", 5200, 5200, "unspecified", "exact"},
			{"affected", 1900, 1900, "unspecified", "exact"}}},
		{"es", "El temporal ha afectado a 9.000 personas en Lugo, 4.100 en Ourense y 700 en León.", []fig{
			{"affected", 9000, 9000, "unspecified", "exact"}, {"affected", 4100, 4100, "unspecified", "exact"},
			{"affected", 700, 700, "unspecified", "exact"}}},
		{"sw", "Mvua imewaathiri watu 6,000 katika kaunti ya Kisumu, 2,000 Siaya na 900 Busia.", []fig{
			{"affected", 6000, 6000, "unspecified", "exact"}, {"affected", 2000, 2000, "unspecified", "exact"},
			{"affected", 900, 900, "unspecified", "exact"}}},
		// A verb right after a later number is that number's when the
		// first has a predicate of its own.
		{"it", "Dodici persone sono state identificate e 3 arrestate.", []fig{
			{"detained", 3, 3, "unspecified", "exact"}}},
		// A count after a time and a colon with a space.
		{"pt", "Boletim das 9h: 12 óbitos e 30 feridos.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"injured", 30, 30, "unspecified", "exact"}}},
		// Tally labels: a counter after the number, an adjective after
		// the label's noun, things counted before a participle.
		{"id", "Korban meninggal: 12 orang, luka-luka: 40.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"injured", 40, 40, "unspecified", "exact"}}},
		{"pt", "Óbitos confirmados: 23; feridos: 61.", []fig{
			{"killed", 23, 23, "unspecified", "exact"}, {"injured", 61, 61, "unspecified", "exact"}}},
		{"en", "Households affected: 3,200. Deaths: 4.", []fig{
			{"killed", 4, 4, "unspecified", "exact"}}},
		// A bracketed rise in words after a total.
		{"id", "Korban meninggal: 30 orang (bertambah 5 dari laporan sebelumnya).", []fig{
			{"killed", 30, 30, "unspecified", "exact"}, {"killed", 5, 5, "unspecified", "exact"}}},
		// A verb that is also a running-total marker gives way to the
		// figure noun before it.
		{"pt", "O número de mortos atingiu 14.", []fig{
			{"killed", 14, 14, "unspecified", "exact"}}},
		{"pt", "As chuvas atingiram 32 mil pessoas.", []fig{
			{"affected", 32000, 32000, "unspecified", "exact"}}},
		// Households and families are no people; shelters and camps are
		// places.
		{"en", "Officials said 2,000 families, or about 9,000 people, had taken refuge in schools.", []fig{
			{"displaced", 9000, 9000, "unspecified", "about"}}},
		{"fr", "Quelque 2 300 personnes sont hébergées dans 15 centres d'accueil.", []fig{
			{"displaced", 2300, 2300, "unspecified", "about"}}},
		{"sw", "Watu 1,200 wamehifadhiwa katika kambi 8.", []fig{
			{"displaced", 1200, 1200, "unspecified", "exact"}}},
		{"es", "Hay 600 personas alojadas en 9 albergues y 1.400 viviendas dañadas.", []fig{
			{"displaced", 600, 600, "unspecified", "exact"}}},
	})
}
