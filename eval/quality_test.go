package eval_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval"
	"github.com/sitrep-dev/sitrep/pipeline"
)

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

func extract(t *testing.T) eval.ExtractFunc {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Config{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return func(doc sitrep.Document) *sitrep.Extraction { return pipe.Process(doc) }
}

// minFigureF1 is the floor of every language's figure F1. The issue asks
// for 0.90; the floor sits just under today's lowest score (fa, 0.949),
// so that a rule that costs any language a sentence or two fails here.
const minFigureF1 = 0.94

// TestFigureSets holds every language's labelled sentences (our own
// writing, hard negatives included) to figure F1 >= minFigureF1.
func TestFigureSets(t *testing.T) {
	files, _ := filepath.Glob("testdata/figures/*.jsonl")
	if len(files) < 24 {
		t.Fatalf("found %d labelled sets, want one per language (24)", len(files))
	}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".jsonl")
		t.Run(lang, func(t *testing.T) {
			fh, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			res, err := eval.Figures(fh, extract(t))
			if err != nil {
				t.Fatal(err)
			}
			if f1 := res.All.F1(); f1 < minFigureF1 {
				var b strings.Builder
				for _, m := range res.Misses {
					b.WriteString("\n  " + m.What + " " + m.Figure + ": " + m.Text)
				}
				t.Errorf("%s: F1 %.3f (P %.3f R %.3f), want >= %.2f%s", lang, f1, res.All.Precision(), res.All.Recall(), minFigureF1, b.String())
			}
		})
	}
}

// TestCasualties holds the extractor to the casualty targets on the
// development rows: any-match recall >= 0.92 where the count is in the text.
func TestCasualties(t *testing.T) {
	fh, err := os.Open("../../shared/eval/casualties.dev.jsonl")
	if err != nil {
		t.Skipf("casualty rows not available (%v): ../shared is not beside the checkout", err)
	}
	defer fh.Close()
	res, err := eval.Casualties(fh, extract(t))
	if err != nil {
		t.Fatal(err)
	}
	if r := res.All.AnyMatchRecall(); r < 0.92 {
		t.Errorf("any-match recall %.3f, want >= 0.92", r)
	}
	if u := res.All.UnbackedShare(); u > 0.03 {
		t.Errorf("%.1f %% of rows have a killed figure its words do not state, want <= 3 %%", 100*u)
	}
}
