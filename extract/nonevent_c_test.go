package extract_test

import "testing"

// What did not happen is no figure (da fi et lt lv hr sk sl): modality,
// conditional mood and negated quantifiers before a count (Lexicon.Unreal,
// clause-wide; Lexicon.Modal, next to the count, for Danish whose
// subordinate clauses often go without a comma), films and games
// (Lexicon.Hypothetical). A modal word after the toll ("the toll may
// rise"), or one that governs a reporting verb ("can confirm that"),
// leaves the count be; a vague word right after a count is "more".
func TestNonEventC(t *testing.T) {
	checkFigs(t, []figCase{
		{"fi", "Tulva voi pakottaa jopa 8 000 asukasta jättämään kotinsa.", nil},
		{"fi", "Kuusi ihmistä kuoli ja kuolonuhrien määrä voi vielä nousta.", []fig{{"killed", 6, 6, "unspecified", "exact"}}},
		{"et", "Torm võib kodudest välja ajada kuni 4000 inimest.", nil},
		{"lt", "Audra gali priversti evakuoti iki 3 000 gyventojų.", nil},
		{"lv", "Neviens no 60 pasažieriem necieta, bet divi cilvēki gāja bojā.", []fig{{"killed", 2, 2, "unspecified", "exact"}}},
		{"hr", "Poginulo je pet ljudi, a nitko od 25 rudara nije ozlijeđen.", []fig{{"killed", 5, 5, "unspecified", "exact"}}},
		{"sk", "Armáda poprela, že by bol zranený niektorý vojak.", nil},
		{"sk", "Vo filme zahynie dvetisíc ľudí.", nil},
		{"sl", "Umrlo je osem ljudi in število žrtev bi lahko še naraslo.", []fig{{"killed", 8, 8, "unspecified", "exact"}}},
		{"da", "Stormen kan tvinge op mod 6.000 beboere til at blive evakueret.", nil},
		{"da", "Politiet kan nu bekræfte at fire personer er dræbt.", []fig{{"killed", 4, 4, "unspecified", "exact"}}},
		{"da", "Mandag blev 500 flere personer evakueret.", []fig{{"evacuated", 500, 500, "unspecified", "exact"}}},
	})
}
