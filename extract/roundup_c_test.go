package extract_test

import "testing"

// Roundups of several incidents (da fi et lt lv hr sk sl).
func TestRoundupC(t *testing.T) {
	checkFigs(t, []figCase{
		// A verb-second clause puts the subject, with its article, between
		// the verb and the count: the article counts no one.
		{"da", "Separat dræbte et jordskred fem mennesker i en minelandsby.", []fig{
			{"killed", 5, 5, "unspecified", "exact"}}},
		{"da", "Sidste år kostede en lignende ulykke ni mennesker livet.", []fig{
			{"killed", 9, 9, "unspecified", "exact"}}},
		{"da", "Ved et uheld kostede en bilbombe 12 mennesker livet.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}}},
		// A soldier is still one after the verb.
		{"da", "Angriberne dræbte en soldat i går.", []fig{
			{"killed", 1, 1, "security_forces", "exact"}}},
		// "We buried N people" in a quote is a toll.
		{"sk", "„Dnes sme pochovali dvanásť ľudí,“ povedal starosta.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}}},
		{"fi", "”Hautasimme tänään kaksitoista ihmistä”, sanoo kyläpäällikkö.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}}},
		// Estonian "sai … viga" with words between its parts.
		{"et", "Oslos sai meeleavaldusel kergelt viga kaks politseinikku.", []fig{
			{"injured", 2, 2, "security_forces", "exact"}}},
		// Driven from their homes.
		{"hr", "Poplave su iz domova otjerale više od 200.000 ljudi.", []fig{
			{"displaced", 200000, -1, "unspecified", "more_than"}}},
		{"lv", "Plūdi no mājām izdzinuši vairāk nekā 200 000 cilvēku.", []fig{
			{"displaced", 200000, -1, "unspecified", "more_than"}}},
		// Families are no figure; a negated singular is none.
		{"lv", "Vismaz 1500 ģimenes izmitinātas pagaidu nometnēs.", nil},
		{"sl", "Noben novinar ni bil pridržan.", nil},
		{"da", "Ifølge FN er 120.000 mennesker berørt.", []fig{
			{"affected", 120000, 120000, "unspecified", "exact"}}},
	})
}
