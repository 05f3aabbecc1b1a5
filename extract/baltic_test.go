package extract_test

import (
	"strings"
	"testing"
)

// TestBalticClaims covers Lithuanian and Latvian, and the rules they
// brought: a word the lexicon reads as its own ("no", from, of) is no
// number sign; a day number with an ordinal dot before a month is a date;
// a negative word after an abbreviation's dot ("tūkst. eurų") still
// follows the number.
func TestBalticClaims(t *testing.T) {
	checkFigs(t, []figCase{
		// Case forms of number words and of group nouns.
		{"lt", "Per susirėmimus žuvo trys protestuotojai, dar 40 buvo sužeisti.", []fig{
			{"killed", 3, 3, "protesters", "exact"}, {"injured", 40, 40, "unspecified", "exact"}}},
		{"lt", "Policija sostinės centre sulaikė kelis šimtus protestuotojų.", []fig{
			{"detained", 200, 999, "protesters", "vague"}}},
		{"lt", "Devyniasdešimt septyni policininkai sužeisti, pranešė ministras.", []fig{
			{"injured", 97, 97, "security_forces", "exact"}}},
		// The object first, the agent after the verb.
		{"lt", "Užpuoliką nušovė policininkai.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"lv", "Uzbrucēju nošāva policisti.", nil}, // "uzbrucēju" may be a genitive plural
		{"lv", "Uzbrucējs tika nošauts.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// A frame around the number: "prasīja … dzīvības" (took the lives of).
		{"lv", "Ciklons prasījis vismaz tūkstoš cilvēku dzīvības.", []fig{
			{"killed", 1000, -1, "unspecified", "at_least"}}},
		// Latvian "no" (from, of) before a number is no number sign.
		{"lv", "Pie Lībijas krastiem noslīka no 30 līdz 40 migrantiem.", []fig{
			{"killed", 30, 40, "unspecified", "exact"}}},
		{"lv", "Viens no trim bojāgājušajiem ir 45 gadus vecs vīrietis.", []fig{
			{"killed", 3, 3, "unspecified", "exact"}}},
		// A day with an ordinal dot before a month is a date.
		{"lv", "Starp 12. martā bojāgājušajiem ir trīs bērni.", []fig{
			{"killed", 3, 3, "children", "exact"}}},
		{"lt", "Nuo 30 iki 40 migrantų nuskendo.", []fig{{"killed", 30, 40, "unspecified", "exact"}}},
		// No figures: goods seized, a vote, a figurative kill verb, money
		// after an abbreviated scale and its dot.
		{"lt", "Pasieniečiai sulaikė 5 tonas kontrabandinių cigarečių.", nil},
		{"lt", "Rėmėjai surinko 120 tūkst. eurų nukentėjusiems.", nil},
		{"pl", "Poszkodowanym przekazano 250 tys. zł.", nil},
		{"lv", "Likums pieņemts ar 58 balsīm par un 35 pret.", nil},
		{"lv", "Jaunais nodoklis nogalinās mazo biznesu, brīdina uzņēmēji.", nil},
	})
}

// TestBalticAttribution: a reporting verb before an official name written
// with one capital ("pranešė Vidaus reikalų ministerija"), whose last word
// is only one part of an event cue; a source in the genitive before a
// postposition, capitalised or not ("Sveikatos apsaugos ministerijos
// duomenimis", "pēc policijas datiem").
func TestBalticAttribution(t *testing.T) {
	tests := []struct {
		lang, text, reportedBy, citing string
	}{
		{"lt", "Žuvo 12 policininkų, pranešė Vidaus reikalų ministerija.", "Ministry of Internal Affairs", ""},
		{"lt", "Sveikatos apsaugos ministerijos duomenimis, sužeista 97 žmonės.", "Ministry of Health", ""},
		{"lt", "Policijos duomenimis, sulaikyti 5 chuliganai.", "police", ""},
		{"lt", "Pasak BNS, sulaikyta 1 250 žmonių.", "BNS", ""},
		{"lv", "Gāja bojā 12 policisti, paziņoja Iekšlietu ministrija.", "Test Outlet", "Ministry of Internal Affairs"},
		{"lv", "Pēc policijas datiem aizturēti 5 huligāni.", "police", ""},
		{"lv", "Saskaņā ar Veselības ministrijas datiem ievainoti 97 cilvēki.", "Ministry of Health", ""},
	}
	for _, tt := range tests {
		r := run(t, tt.text, tt.lang)
		if len(r.Claims) != 1 {
			t.Errorf("[%s] %q: %d claims, want 1: %v", tt.lang, tt.text, len(r.Claims), figs(r))
			continue
		}
		c := r.Claims[0]
		if strings.Join(c.ReportedBy, ",") != tt.reportedBy || strings.Join(c.Citing, ",") != tt.citing {
			t.Errorf("[%s] %q: reported by %q citing %q, want %q citing %q", tt.lang, tt.text, c.ReportedBy, c.Citing, tt.reportedBy, tt.citing)
		}
	}
}
