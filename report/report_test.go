package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func sample() *sitrep.SituationReport {
	high := int64(18)
	return &sitrep.SituationReport{Events: []sitrep.Event{{
		ID: "ev-1", Title: "Unrest in Kazakhstan", Start: "2022-01-05", End: "2022-01-06",
		Place: &sitrep.Place{Name: "Kazakhstan", Country: "KZ", Precision: sitrep.PrecisionCountry},
		Types: []sitrep.EventType{sitrep.Riot, sitrep.Arson},
		Figures: []sitrep.Figure{{
			Event: "ev-1", Kind: sitrep.Killed, Group: sitrep.SecurityForces, Low: 12, Best: 18, High: &high,
			Latest:    sitrep.Latest{Value: 18, ReportedBy: []string{"Interfax"}, Citing: []string{"Ministry of Internal Affairs"}},
			Citations: 2, IndependentSources: 1, BestRule: "latest value of the most authoritative independent source",
			History: []sitrep.Report{{Min: 18, Max: &high, Qualifier: sitrep.Exact, Evidence: "18 morți", Lang: "ro",
				ReportedBy: []string{"Interfax", "RIA Novosti"}, Citing: []string{"Ministry of Internal Affairs"}}},
		}},
		Developments: []sitrep.Development{{Type: sitrep.Arson, Evidence: "Reședința a fost\nincendiată",
			Place: &sitrep.Place{Name: "Almaty", Country: "KZ", Precision: sitrep.PrecisionCity}}},
		Sources:   []sitrep.Source{{Name: "Interfax", Kind: "outlet", Claims: 2, Documents: 1}},
		Documents: []string{"d1"},
	}}}
}

func TestMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, sample()); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"## Unrest in Kazakhstan",
		"**When:** 2022-01-05 to 2022-01-06",
		"| killed | security forces | 12 | 18 | 18 | according to Ministry of Internal Affairs via Interfax | 2 | 1 |",
		"- 18: «18 morți» (ro) — according to Ministry of Internal Affairs via Interfax, RIA Novosti",
		"«Reședința a fost incendiată» — Almaty, KZ",
		"- Interfax (outlet): 2 claims in 1 documents",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, out)
		}
	}
}

func TestMarkdownEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := Markdown(&b, &sitrep.SituationReport{}); err != nil || !strings.Contains(b.String(), "No events") {
		t.Errorf("Markdown(empty) = %q, %v", b.String(), err)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var back sitrep.SituationReport
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if f := back.Events[0].Figures[0]; f.Best != 18 || f.Low != 12 || *f.High != 18 || f.IndependentSources != 1 {
		t.Errorf("round trip lost the figure: %+v", f)
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, sample()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "event_id,event_date,") {
		t.Fatalf("CSV = %q", b.String())
	}
	if !strings.Contains(lines[1], "ev-1,2022-01-05,2022-01-06,KZ,,,") || !strings.Contains(lines[1], ",riot;arson,12,18,18,") {
		t.Errorf("CSV row = %q", lines[1])
	}
}

func TestTotal(t *testing.T) {
	h := func(v int64) *int64 { return &v }
	figs := []sitrep.Figure{
		{Kind: sitrep.Killed, Group: sitrep.Unspecified, Low: 10, Best: 12, High: h(15)},
		{Kind: sitrep.Killed, Group: sitrep.Protesters, Low: 5, Best: 9, High: h(9)},
		{Kind: sitrep.Killed, Group: sitrep.SecurityForces, Low: 4, Best: 4, High: nil},
		{Kind: sitrep.Injured, Group: sitrep.Unspecified, Low: 99, Best: 99},
	}
	if lo, b, hi := Total(figs, sitrep.Killed); lo != 10 || b != 13 || hi != 15 {
		t.Errorf("Total(killed) = %d %d %d, want 10 13 15 (a total and its breakdown are not added)", lo, b, hi)
	}
	if lo, b, hi := Total(figs, sitrep.Detained); lo != -1 || b != -1 || hi != -1 {
		t.Errorf("Total(detained) = %d %d %d, want none", lo, b, hi)
	}
}

func TestGeoJSONAndHTML(t *testing.T) {
	var b bytes.Buffer
	if err := GeoJSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Geometry struct {
				Coordinates [2]float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil || fc.Type != "FeatureCollection" || len(fc.Features) != 2 {
		t.Fatalf("GeoJSON = %s (%v)", b.String(), err)
	}
	if p := fc.Features[0].Properties; p["precision"] != "country" || p["fatalities_best"] != float64(18) {
		t.Errorf("event feature properties = %v", p)
	}
	b.Reset()
	if err := HTML(&b, sample()); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<h2>Unrest in Kazakhstan</h2>", "«18 morți»", "according to Ministry of Internal Affairs via Interfax"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
}

func TestGroupHistory(t *testing.T) {
	v := int64(18)
	r := func(time, by string) sitrep.Report {
		return sitrep.Report{Min: 18, Max: &v, Qualifier: sitrep.Exact, Time: time, ReportedBy: []string{by}, Evidence: "18 dead"}
	}
	gs := groupHistory([]sitrep.Report{r("2031-03-04", "A"), r("2031-03-04", "B"), r("2031-03-04", "A"), r("2031-03-05", "A")})
	if len(gs) != 3 || gs[0].n != 2 || gs[1].n != 1 || gs[2].n != 1 {
		t.Errorf("groupHistory = %+v, want A×2, B, A next day", gs)
	}
}
