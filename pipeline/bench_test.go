package pipeline_test

import (
	"bytes"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/demo"
	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// BenchmarkProcess runs the whole pipeline (segmentation, language,
// extraction, places) over the demo corpus on one goroutine.
func BenchmarkProcess(b *testing.B) {
	var docs []sitrep.Document
	err := ingest.ReadJSONL(bytes.NewReader(demo.Corpus()), "demo", func(_ int, d sitrep.Document, err error) error {
		docs = append(docs, d)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	g, err := geo.Default()
	if err != nil {
		b.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Workers: 1, Geocoder: g.Stage()})
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
		p.Process(d)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			p.Process(d)
		}
	}
}
