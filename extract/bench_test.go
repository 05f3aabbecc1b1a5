package extract_test

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/extract"
	"github.com/sitrep-dev/sitrep/segment"
)

// corpus loads the project's own corpora (the demo and the events test
// corpus), segmented, with each passage in its document's language.
func corpus(b *testing.B) (docs []sitrep.Document, passages [][]sitrep.Passage, bytes, count int) {
	return corpusFor(b)
}

func corpusFor(b testing.TB) (docs []sitrep.Document, passages [][]sitrep.Passage, bytes, count int) {
	b.Helper()
	for _, path := range []string{"../demo/corpus.jsonl", "../cluster/testdata/corpus.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			b.Fatalf("corpus: %v", err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			var d struct{ ID, Text, Lang string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				b.Fatal(err)
			}
			doc := sitrep.Document{ID: d.ID, Text: d.Text, Lang: d.Lang}
			ps := segment.Split(doc)
			for i := range ps {
				ps[i].Lang = d.Lang
			}
			docs = append(docs, doc)
			passages = append(passages, ps)
			bytes += len(d.Text)
			count += len(ps)
		}
		f.Close()
	}
	return docs, passages, bytes, count
}

// BenchmarkExtract measures the extract stage alone over the corpus, on
// one goroutine: MB/s is per core.
func BenchmarkExtract(b *testing.B) {
	ex := extractor(b)
	docs, passages, size, count := corpus(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			ex.Document(d, passages[i])
		}
	}
	b.ReportMetric(float64(count)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
}

// BenchmarkCompile measures building the extractor from every lexicon.
func BenchmarkCompile(b *testing.B) {
	for b.Loop() {
		if _, err := extractorFresh(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDeterministic builds the extractor several times (Go randomises map
// order on every walk) and checks that every build reads the corpora alike.
func TestDeterministic(t *testing.T) {
	docs, passages, _, _ := corpusFor(t)
	var first []byte
	for i := range 4 {
		ex, err := extractorFresh()
		if err != nil {
			t.Fatal(err)
		}
		var all []extract.Result
		for j, d := range docs {
			all = append(all, ex.Document(d, passages[j]))
		}
		out, _ := json.Marshal(all)
		if i == 0 {
			first = out
		} else if string(out) != string(first) {
			t.Fatalf("build %d of the extractor reads the corpora differently from build 0", i)
		}
	}
}
