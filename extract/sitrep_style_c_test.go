package extract_test

import "testing"

// TestSitrepStyleC covers what a blind test of situation reports,
// headlines and posts in da fi et lt lv hr sk sl found missing: the tally
// lines of a bulletin ("Kuolleet: 41 (+3)"), households and families,
// which are no people, and the shelter and lost-home terms of the
// displaced.
func TestSitrepStyleC(t *testing.T) {
	checkFigs(t, []figCase{
		// A tally line: the label is the number's term, and a bracketed
		// change since the last report counts people of its kind.
		{"et", "Hukkunud: 12 (+2). Vigastatud: 40. Kadunud: 3.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"killed", 2, 2, "unspecified", "exact"},
			{"injured", 40, 40, "unspecified", "exact"}, {"missing", 3, 3, "unspecified", "exact"}}},
		{"hr", "Ozlijeđeni: 57. Nestali: 4.", []fig{
			{"injured", 57, 57, "unspecified", "exact"}, {"missing", 4, 4, "unspecified", "exact"}}},
		{"lt", "Dingę be žinios: 6.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		// Households and families are no people, whatever the verb.
		{"da", "Stormen har ramt 1.500 husstande i Sønderjylland.", nil},
		{"fi", "Myrsky katkaisi sähköt 40 000 kotitaloudelta, ja 120 kotitaloutta evakuoitiin.", nil},
		{"et", "Üleujutus puudutas 900 leibkonda.", nil},
		{"lv", "Plūdi skāruši 700 mājsaimniecību.", nil},
		{"hr", "Potres je pogodio 2.000 kućanstava, a iseljeno je 40 obitelji.", nil},
		{"sk", "Povodne zasiahli 1 200 domácností.", nil},
		{"sl", "Neurje je prizadelo 300 gospodinjstev in 12 družin.", nil},
		// But people beside households are.
		{"sk", "Povodne zasiahli 1 200 domácností a stovky ľudí museli opustiť svoje domovy.", []fig{
			{"displaced", 200, 999, "unspecified", "vague"}}},
		// Temporary shelter and lost homes: displaced.
		{"da", "Omkring 300 mennesker sover på midlertidige opholdssteder.", []fig{
			{"displaced", 300, 300, "unspecified", "about"}}},
		{"lv", "Vēl 80 cilvēku nakšņo pagaidu izmitināšanas vietās.", []fig{
			{"displaced", 80, 80, "unspecified", "exact"}}},
		{"lt", "Po potvynio namų netekę apie 500 žmonių.", []fig{
			{"displaced", 500, 500, "unspecified", "about"}}},
		{"sk", "Mimo svojich domovov je stále 2 000 ľudí.", []fig{
			{"displaced", 2000, 2000, "unspecified", "exact"}}},
	})
}
