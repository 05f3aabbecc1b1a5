package cluster

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

func handTruth() Truth {
	return Truth{
		Events: []TruthEvent{
			{Key: "quake", Documents: []string{"q1", "q2", "q3", "q4"}, Figures: []TruthFigure{
				{Kind: sitrep.Killed, Group: sitrep.Unspecified, Low: 76, Best: 76, High: 82, IndependentSources: 2},
				{Kind: sitrep.Missing, Group: sitrep.Unspecified, Low: 6, Best: 6, High: 40, IndependentSources: 1},
			}},
			{Key: "riot", Documents: []string{"r1", "r2", "r3"}, Figures: []TruthFigure{
				{Kind: sitrep.Detained, Group: sitrep.Unspecified, Low: 689, Best: 689, High: 1000, IndependentSources: 1},
			}},
		},
		Duplicates: [][2]string{{"q1", "q2"}, {"q1", "q3"}, {"q2", "q3"}},
		Noise:      []string{"n1", "n2"},
	}
}

func fig(kind sitrep.FigureKind, low, best, high int64, independent int) sitrep.Figure {
	return sitrep.Figure{Kind: kind, Group: sitrep.Unspecified, Low: low, Best: best, High: &high, IndependentSources: independent}
}

func TestScorePerfect(t *testing.T) {
	events := []sitrep.Event{
		{ID: "e1", Documents: []string{"q1", "q2", "q3", "q4"}, Duplicates: [][2]string{{"q1", "q2"}, {"q1", "q3"}},
			Figures: []sitrep.Figure{fig(sitrep.Killed, 76, 76, 82, 2), fig(sitrep.Missing, 6, 6, 40, 1)}},
		{ID: "e2", Documents: []string{"r1", "r2", "r3"}, Figures: []sitrep.Figure{fig(sitrep.Detained, 689, 689, 1000, 1)}},
	}
	s := Score(events, handTruth())
	if s.Found != 2 || s.Splits+s.Merges+s.Spurious+s.NoiseInEvents != 0 || s.F1 != 1 ||
		s.FiguresFound != 3 || s.Low+s.Best+s.High+s.Independent != 12 ||
		s.DuplicatePrecision != 1 || s.DuplicateRecall != 1 || len(s.Errors) != 0 {
		t.Errorf("Score(perfect) = %v %q", s, s.Errors)
	}
}

func TestScoreErrors(t *testing.T) {
	events := []sitrep.Event{
		// The quake split in two; the second part also takes a riot document.
		{ID: "e1", Documents: []string{"q1", "q2", "q3"}, Duplicates: [][2]string{{"q1", "q2"}},
			Figures: []sitrep.Figure{fig(sitrep.Killed, 8, 76, 82, 3)}},
		{ID: "e2", Documents: []string{"q4", "r3"}},
		{ID: "e3", Documents: []string{"r1", "r2", "n1"}, Figures: []sitrep.Figure{fig(sitrep.Detained, 689, 689, 1000, 1)}},
		{ID: "e4", Documents: []string{"n2", "unknown"}},
	}
	s := Score(events, handTruth())
	want := Scores{Events: 2, Found: 2, Splits: 1, Merges: 1, Spurious: 1, NoiseInEvents: 2,
		Figures: 3, FiguresFound: 2, Low: 1, Best: 2, High: 2, Independent: 1}
	got := s
	got.Errors, got.Precision, got.Recall, got.F1, got.DuplicatePrecision, got.DuplicateRecall = nil, 0, 0, 0, 0, 0
	if got.String() != want.String() {
		t.Errorf("Score = %v\nwant   %v\nerrors %q", got, want, s.Errors)
	}
	if s.DuplicatePrecision != 1 || s.DuplicateRecall != 1.0/3 {
		t.Errorf("duplicates P %v R %v, want 1 and 1/3", s.DuplicatePrecision, s.DuplicateRecall)
	}
	if s.Precision >= 1 || s.Recall >= 1 || s.F1 <= 0 {
		t.Errorf("BCubed P %v R %v F1 %v", s.Precision, s.Recall, s.F1)
	}
	// Nothing predicted: every document is alone.
	s = Score(nil, handTruth())
	if s.Found != 0 || s.Precision != 1 || s.Recall >= 0.5 {
		t.Errorf("Score(nil) = %v", s)
	}
}

// loadCorpus reads cluster/testdata/corpus.jsonl and truth.json, or skips.
func loadCorpus(t *testing.T) ([]sitrep.Document, Truth) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "corpus.jsonl"))
	if err != nil {
		t.Skipf("no test corpus yet: %v", err)
	}
	defer f.Close()
	var docs []sitrep.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		var d struct {
			sitrep.Document
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("corpus.jsonl:%d: %v", n, err)
		}
		d.Document.Text = d.Text
		docs = append(docs, d.Document)
	}
	b, err := os.ReadFile(filepath.Join("testdata", "truth.json"))
	if err != nil {
		t.Skipf("no truth yet: %v", err)
	}
	var truth Truth
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatalf("truth.json: %v", err)
	}
	return docs, truth
}

// TestCorpusDuplicates checks duplicate detection on the events corpus,
// which needs only the documents' text.
func TestCorpusDuplicates(t *testing.T) {
	docs, truth := loadCorpus(t)
	pairs := Duplicates(docs)
	events := []sitrep.Event{{ID: "all", Duplicates: pairs}}
	p, r := duplicateScores(events, truth)
	t.Logf("duplicates: %d pairs found; precision %.3f recall %.3f against %d true pairs", len(pairs), p, r, len(truth.Duplicates))
	if p < 0.95 || r < 0.9 {
		want := map[[2]string]bool{}
		for _, d := range truth.Duplicates {
			want[d] = true
			want[[2]string{d[1], d[0]}] = true
		}
		for _, d := range pairs {
			if !want[d] {
				t.Logf("false pair %v", d)
			}
		}
		t.Errorf("duplicates precision %.3f recall %.3f, want ≥ 0.95 and ≥ 0.9", p, r)
	}
	// Truth as a report must score perfectly.
	var perfect []sitrep.Event
	for _, e := range truth.Events {
		ev := sitrep.Event{ID: e.Key, Documents: e.Documents}
		for _, f := range e.Figures {
			h := f.High
			ev.Figures = append(ev.Figures, sitrep.Figure{Kind: f.Kind, Group: f.Group, Low: f.Low, Best: f.Best, High: &h, IndependentSources: f.IndependentSources})
		}
		perfect = append(perfect, ev)
	}
	s := Score(perfect, truth)
	if s.Found != len(truth.Events) || s.F1 != 1 || s.Best != s.Figures || len(s.Errors) != 0 {
		t.Errorf("Score(truth) = %v; %s", s, strings.Join(s.Errors, "; "))
	}
}
