package eval

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func ptr(v int64) *int64 { return &v }

// fixed is an extractor that returns the same claims for every document.
func fixed(claims ...sitrep.Claim) ExtractFunc {
	return func(doc sitrep.Document) *sitrep.Extraction {
		return &sitrep.Extraction{Document: doc, Claims: claims}
	}
}

func TestMatchFigures(t *testing.T) {
	gold := []GoldFigure{
		{Kind: sitrep.Killed, Min: 18, Max: ptr(18), Group: sitrep.SecurityForces},
		{Kind: sitrep.Killed, Min: 20, Max: ptr(99), Vague: true, Group: sitrep.Protesters},
		{Kind: sitrep.Injured, Min: 12, Max: nil, Qualifier: sitrep.AtLeast},
		{Kind: sitrep.Killed, Min: 2, Max: ptr(9), Vague: true, Optional: true},
	}
	claims := []sitrep.Claim{
		{Kind: sitrep.Killed, Min: 18, Max: ptr(18), Group: sitrep.Unspecified},             // match, wrong group
		{Kind: sitrep.Killed, Min: 30, Max: ptr(60), Vague: true, Group: sitrep.Protesters}, // overlaps
		{Kind: sitrep.Injured, Min: 12, Max: ptr(12)},                                       // at least 12: max not required
		{Kind: sitrep.Detained, Min: 5, Max: ptr(5)},                                        // spurious
	}
	prf, fields, misses := matchFigures(claims, gold)
	if prf.Predicted != 4 || prf.Gold != 3 || prf.Matched != 3 {
		t.Errorf("matchFigures = %+v, want 4 predicted, 3 gold (optional unmatched left out), 3 matched", prf)
	}
	if g := fields["group"]; g.Right != 2 || g.Of != 3 {
		t.Errorf("group field = %+v, want 2 of 3", g)
	}
	if len(misses) != 1 || misses[0].What != "spurious" {
		t.Errorf("misses = %+v", misses)
	}
}

func TestFigures(t *testing.T) {
	in := `{"lang": "en", "text": "a", "figures": [{"kind": "killed", "min": 3, "max": 3}]}
{"lang": "fr", "text": "b", "figures": []}
`
	res, err := Figures(strings.NewReader(in), fixed(sitrep.Claim{Kind: sitrep.Killed, Min: 3, Max: ptr(3)}))
	if err != nil {
		t.Fatal(err)
	}
	if en := res.ByLang["en"]; en.F1() != 1 {
		t.Errorf("en = %+v, want F1 1", en)
	}
	if fr := res.ByLang["fr"]; fr.Precision() != 0 || fr.Predicted != 1 {
		t.Errorf("fr = %+v, want one spurious figure", fr)
	}
	if _, err := Figures(strings.NewReader("{oops\n"), fixed()); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad JSON: err = %v, want one naming line 1", err)
	}
}

func TestCasualties(t *testing.T) {
	in := `{"source": "S", "id": "1", "text": "t", "killed": 3, "killed_in_text": true}
{"source": "S", "id": "2", "text": "t", "killed": 5, "killed_in_text": false}
{"source": "S", "id": "3", "text": "t", "killed": null}
`
	claim := sitrep.Claim{Kind: sitrep.Killed, Min: 3, Max: ptr(3), Lang: "en", Evidence: "three killed"}
	res, err := Casualties(strings.NewReader(in), fixed(claim))
	if err != nil {
		t.Fatal(err)
	}
	s := res.BySource["S"]
	if s.Rows != 2 || s.InText != 1 || s.AnyMatch != 1 || s.OffCode != 1 || s.Unbacked != 0 {
		t.Errorf("score = %+v", s)
	}
	wrong := claim
	wrong.Evidence = "four killed"
	res, _ = Casualties(strings.NewReader(in), fixed(wrong))
	if res.All.Unbacked != 2 {
		t.Errorf("a claim its words do not state: unbacked = %d, want 2", res.All.Unbacked)
	}
}

func TestShingleScore(t *testing.T) {
	want := "Seven people were killed in Lyon on Monday night, police said."
	if p, r, f := shingleScore(want, want); p != 1 || r != 1 || f != 1 {
		t.Errorf("identical texts: %v %v %v", p, r, f)
	}
	got := "Menu Home Sport. Seven people were killed in Lyon on Monday night, police said."
	p, r, _ := shingleScore(got, want)
	if r != 1 || p >= 1 || p < 0.5 {
		t.Errorf("extra boilerplate: precision %v recall %v", p, r)
	}
	if _, r, f := shingleScore("", want); r != 0 || f != 0 {
		t.Errorf("empty extraction: recall %v F1 %v", r, f)
	}
}
