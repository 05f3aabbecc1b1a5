package extract_test

import "testing"

// TestHrSkSlClaims: Croatian, Slovak and Slovenian mark case on nouns, so
// the agent may follow the verb ("uhitili su policajci"); "according to"
// may stand inside the clause it attributes, between the counted people
// and their verb; number words take case, gender and dual forms, and
// Slovak writes thousands after a hyphen ("15-tisíc").
func TestHrSkSlClaims(t *testing.T) {
	checkFigs(t, []figCase{
		// An attribution inside the clause ends nothing, in any language.
		{"en", "Three police officers were, according to initial reports, wounded in the attack.", []fig{
			{"injured", 3, 3, "security_forces", "exact"}}},
		{"hr", "Trojica policajaca su, prema prvim informacijama, ranjena u napadu.", []fig{
			{"injured", 3, 3, "security_forces", "exact"}}},
		{"sk", "Traja policajti boli podľa prvých informácií zranení pri útoku.", []fig{
			{"injured", 3, 3, "security_forces", "exact"}}},
		{"sl", "Trije policisti so bili po navedbah policije ranjeni v napadu.", []fig{
			{"injured", 3, 3, "security_forces", "exact"}}},
		// The agent after the verb is no victim group; the object before
		// the verb is.
		{"hr", "Dvojicu pljačkaša uhitili su policajci nakon potjere.", []fig{
			{"detained", 2, 2, "attackers", "exact"}}},
		{"sk", "Útočníka zastrelila polícia.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// A range; "i" (also) before a number after its verb.
		{"hr", "Između 30 i 40 ljudi ozlijeđeno je u neredima.", []fig{{"injured", 30, 40, "unspecified", "exact"}}},
		{"sl", "Med 30 in 40 ljudi je bilo poškodovanih.", []fig{{"injured", 30, 40, "unspecified", "exact"}}},
		{"hr", "Poginulo je pet vojnika, a ranjeno je i 18 civila.", []fig{
			{"killed", 5, 5, "security_forces", "exact"}, {"injured", 18, 18, "civilians", "exact"}}},
		// Thousands after a hyphen; vague "več deset"; a frame.
		{"sk", "Povodne vyhnali z domovov vyše 15-tisíc ľudí.", []fig{{"displaced", 15000, -1, "unspecified", "more_than"}}},
		{"sl", "Policija je prijela več deset protestnikov.", []fig{{"detained", 20, 99, "protesters", "vague"}}},
		{"sl", "Ciklon je zahteval najmanj tisoč življenj.", []fig{{"killed", 1000, -1, "unspecified", "at_least"}}},
		// No figures: affected municipalities, "more and more people".
		{"hr", "Premijer je najavio pomoć za 12 pogođenih općina.", nil},
		{"sl", "Vse več ljudi beži pred vojno.", nil},
	})
}
