//go:build eval

// The end-to-end evaluation on the events corpus, with the real pipeline:
//
//	go test -tags eval -run TestEval -v ./cluster/
//
// It sits behind a build tag because it depends on every stage before
// clustering; the cluster package itself does not.
package cluster_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/pipeline"
)

type gazetteer struct{ g *geo.Gazetteer }

func (z gazetteer) Places(text, lang string, countries []string) []sitrep.PlaceMention {
	return z.g.Places(text, lang, geo.Context{Countries: countries})
}

func TestEval(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "corpus.jsonl"))
	if err != nil {
		t.Skipf("no test corpus: %v", err)
	}
	defer f.Close()
	b, err := os.ReadFile(filepath.Join("testdata", "truth.json"))
	if err != nil {
		t.Skipf("no truth: %v", err)
	}
	var truth cluster.Truth
	if err := json.Unmarshal(b, &truth); err != nil {
		t.Fatal(err)
	}
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Geocoder: gazetteer{g}})
	if err != nil {
		t.Fatal(err)
	}
	var xs []*sitrep.Extraction
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var d struct {
			sitrep.Document
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		d.Document.Text = d.Text
		xs = append(xs, p.Process(d.Document))
	}
	events := cluster.Build(xs, cluster.Options{})
	s := cluster.Score(events, truth)
	t.Logf("%v", s)
	for _, e := range s.Errors {
		t.Log(e)
	}
	if out := os.Getenv("EVAL_OUT"); out != "" {
		b, _ := json.MarshalIndent(map[string]any{"events": events, "extractions": xs}, "", " ")
		os.WriteFile(out, b, 0o644)
	}
}
