package extract_test

import "testing"

// What did not happen is no figure (en fr es pt it de nl ro sv el id sw):
// a Lexicon.Modal word ("could", "plans to", "simulated", "denied that")
// right before a number and its term, between them, or right after them
// in a verb-final clause drops that figure only; a negated quantifier
// right before the number ("none of the 40") is a NegativesBefore phrase;
// the noun of a dropped number counts no one as a singular. A real toll
// beside them, a toll that "could rise" after a conjunction and a
// disputed toll stay.
func TestNonEvent(t *testing.T) {
	checkFigs(t, []figCase{
		{"en", "Officials warned the storm could displace up to 20,000 more people after 3,000 fled their homes on Sunday.", []fig{{"displaced", 3000, 3000, "unspecified", "exact"}}},
		{"en", "Two people died, but none of the 40 passengers on the second bus was hurt.", []fig{{"killed", 2, 2, "unspecified", "exact"}}},
		{"en", "Twelve people died and the toll could rise.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"en", "Rebels said 30 civilians were killed, which the army denied.", []fig{{"killed", 30, 30, "civilians", "exact"}}},
		{"en", "The government plans to evacuate 5,000 residents before the eruption.", nil},
		{"fr", "Trois personnes ont été tuées, mais aucun des 200 élèves n'a été blessé.", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		{"fr", "Un exercice simulait une attaque avec 80 victimes.", nil},
		{"es", "Las autoridades planean evacuar a 5.000 vecinos.", nil},
		{"pt", "A cheia pode desalojar até 15 mil pessoas; 2.300 já estão desabrigadas.", []fig{{"displaced", 2300, 2300, "unspecified", "exact"}}},
		{"de", "Bis zu 30.000 Menschen könnten evakuiert werden; 2.000 wurden bereits evakuiert.", []fig{{"evacuated", 2000, 2000, "unspecified", "exact"}}},
		{"nl", "Een oefening waarbij een ramp met 200 slachtoffers werd nagebootst.", nil},
		{"ro", "Viitura ar putea afecta până la 10.000 de oameni, după ce 700 au fost evacuați.", []fig{{"evacuated", 700, 700, "unspecified", "exact"}}},
		{"sv", "Polisen förnekar att några demonstranter har gripits.", nil},
		{"el", "Έως 5.000 κάτοικοι ενδέχεται να απομακρυνθούν, ενώ 300 έχουν ήδη απομακρυνθεί.", []fig{{"evacuated", 300, 300, "unspecified", "exact"}}},
		{"id", "Tak satu pun dari 40 penumpang bus terluka.", nil},
		{"id", "Banjir bisa membuat hingga 20.000 warga mengungsi, setelah 1.800 orang mengungsi.", []fig{{"displaced", 1800, 1800, "unspecified", "exact"}}},
		{"id", "Polisi membantah ada mahasiswa yang ditahan.", nil},
		{"sw", "Zoezi hilo lililoiga shambulio lenye majeruhi 100.", nil},
	})
}
