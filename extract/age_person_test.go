package extract_test

import "testing"

// A person named only by an age and a noun that is no victim group counts
// one, unspecified, with a figure verb the singular rule accepts; a group
// noun after the age gives the group. A noun of the singular lists
// before the verb is read first, as before ("cyclist", civilians). An age with no
// figure verb, an age of a thing, and the ages of victims a number counts
// add nothing.
func TestAgePerson(t *testing.T) {
	checkFigs(t, []figCase{
		{"en", "A 52-year-old cyclist was killed.", []fig{{"killed", 1, 1, "civilians", "exact"}}},
		{"en", "A 52-year-old was arrested.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"es", "Un brigadista de 34 años murió.", []fig{{"killed", 1, 1, "unspecified", "exact"}}},
		{"fr", "Un homme de 45 ans a été blessé.", []fig{{"injured", 1, 1, "unspecified", "exact"}}},
		{"de", "Ein 19-Jähriger wurde festgenommen.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"sv", "En man i 20-årsåldern sköts ihjäl.", []fig{{"killed", 1, 1, "unspecified", "exact"}}},
		{"da", "En 19-årig blev dræbt.", []fig{{"killed", 1, 1, "unspecified", "exact"}}},
		{"hr", "Uhićen je 52-godišnji vozač.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"lt", "Žuvo 19 metų vaikinas.", []fig{{"killed", 1, 1, "unspecified", "exact"}}},
		{"nl", "Een 32-jarige werd aangehouden.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"pl", "19-latek został zatrzymany.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"ru", "Задержан 52-летний пенсионер.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"tr", "52 yaşındaki emekli gözaltına alındı.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		{"it", "Un uomo di 45 anni è stato ferito.", []fig{{"injured", 1, 1, "unspecified", "exact"}}},
		{"pt", "Um homem de 45 anos morreu.", []fig{{"killed", 1, 1, "unspecified", "exact"}}},
		{"hu", "Egy 52 éves nyugdíjast őrizetbe vettek.", []fig{{"detained", 1, 1, "unspecified", "exact"}}},
		// The group of a group noun after the age.
		{"hr", "Ubijena je 15-godišnja djevojčica.", []fig{{"killed", 1, 1, "children", "exact"}}},
		// Negatives.
		{"en", "A 52-year-old man said the road was closed.", nil},
		{"en", "The 34-year-old mayor announced a curfew.", nil},
		{"en", "A 19-year-old record was broken.", nil},
		{"en", "Three people, aged 19 to 25, were killed.", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		{"en", "One of the 40-year-old buildings was destroyed.", nil},
		{"lt", "Jis buvo sulaikytas 2019 metų gegužę.", nil},
	})
}
