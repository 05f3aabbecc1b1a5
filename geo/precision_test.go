package geo_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/geo"
)

// TestNewsPrecision: common words, day names, first names, agencies and
// hashtags of news text in several languages (sentences written for this
// test).
func TestNewsPrecision(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang, text string
		want       []string // surfaces → country, in order
	}{
		{"en", "OSLO, May 2 (Vantage) - Police in Norway said on Thursday's briefing that spokeswoman Diana Berg was safe.",
			[]string{"OSLO:NO", "Norway:NO"}},
		{"de", "Am Montag demonstrierten in Kenia Tausende.", []string{"Kenia:KE"}},
		{"pt", "Ataque em #CaboDelgado, Moçambique. — Tomás Mucavele (@tm)", []string{"CaboDelgado:MZ", "Moçambique:MZ"}},
		{"de", "Die Republik Moldau und Moldau", []string{"Republik Moldau:MD", "Moldau:MD"}},
		// A first name alone that names only small towns is a person's.
		{"en", "Her mother says Ava's medicine comes from Holland. Ava has a rare form of epilepsy.", []string{"Holland:NL"}},
		// An airport code is no name: "Ala-Too" is a square, not Almaty (ALA).
		{"en", "Videos from Ala-Too square show the crowd.", nil},
		// "National" in the name of a force or an institution.
		{"es", "La Policía Nacional y la Guardia Nacional informaron.", nil},
		{"en", "The Capital Police said.", nil},
	} {
		ps := g.Places(c.text, c.lang, geo.Context{})
		var got []string
		for _, p := range ps {
			got = append(got, p.Surface+":"+p.Country)
		}
		if len(got) != len(c.want) {
			t.Errorf("%s %q: got %v, want %v", c.lang, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s %q: got %v, want %v", c.lang, c.text, got, c.want)
				break
			}
		}
	}
}
