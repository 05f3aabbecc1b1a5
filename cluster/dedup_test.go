package cluster

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"slices"
	"strings"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/demo"
)

func demoDocs(t testing.TB) []sitrep.Document {
	t.Helper()
	var docs []sitrep.Document
	for _, line := range bytes.Split(bytes.TrimSpace(demo.Corpus()), []byte("\n")) {
		var d struct {
			sitrep.Document
			Text string `json:"text"`
		}
		if err := json.Unmarshal(line, &d); err != nil {
			t.Fatal(err)
		}
		d.Document.Text = d.Text
		docs = append(docs, d.Document)
	}
	return docs
}

func TestDuplicatesDemo(t *testing.T) {
	docs := demoDocs(t)
	got := Duplicates(docs)
	want := [][2]string{{"demo-15-d3", "demo-16-d3"}}
	if !slices.Equal(got, want) {
		t.Errorf("Duplicates(demo) = %v, want %v", got, want)
	}
}

// edit makes a lightly edited copy of an article, as a syndicating
// outlet would: a new headline, one sentence dropped, a few words
// changed, a footer.
func edit(r *rand.Rand, text string) string {
	paras := strings.Split(text, "\n\n")
	paras[0] = "UPDATE: " + paras[0]
	if len(paras) > 1 {
		pi := 1 + r.Intn(len(paras)-1)
		if sents := strings.Split(paras[pi], ". "); len(sents) > 1 {
			k := r.Intn(len(sents))
			paras[pi] = strings.Join(append(sents[:k:k], sents[k+1:]...), ". ")
		}
	}
	w := strings.Fields(strings.Join(paras, "\n\n"))
	for range 2 {
		w[r.Intn(len(w))] = "changed"
	}
	return strings.Join(w, " ") + " (c) Northern Star Online."
}

func TestDuplicatesEdits(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	var docs []sitrep.Document
	articles := 0
	for _, d := range demoDocs(t) {
		docs = append(docs, d)
		if d.Kind != sitrep.KindArticle || d.ID == "demo-16-d3" {
			continue
		}
		articles++
		c := d
		c.ID = d.ID + "-copy"
		c.Published = d.Published
		c.Text = edit(r, d.Text)
		docs = append(docs, c)
		// A repost with a link and the "RT" marker is an exact duplicate.
		p := d
		p.ID = d.ID + "-rt"
		p.Text = "RT @someone: " + strings.ToUpper(d.Text) + " https://t.co/abc"
		docs = append(docs, p)
	}
	pairs := Duplicates(docs)
	found := map[string]string{}
	for _, p := range pairs {
		found[p[1]] = p[0]
	}
	missed := 0
	for _, d := range docs {
		base, ok := strings.CutSuffix(d.ID, "-copy")
		if !ok {
			if base, ok = strings.CutSuffix(d.ID, "-rt"); !ok {
				continue
			}
		}
		if found[d.ID] != base {
			missed++
			t.Logf("%s: original %q, want %q", d.ID, found[d.ID], base)
		}
	}
	if missed > articles/10 {
		t.Errorf("missed %d of %d copies", missed, 2*articles)
	}
	for copy, orig := range found {
		if strings.TrimSuffix(strings.TrimSuffix(copy, "-copy"), "-rt") != orig && !(orig == "demo-15-d3" && copy == "demo-16-d3") {
			t.Errorf("false duplicate %s of %s", copy, orig)
		}
	}
}

func TestDuplicatesShortPosts(t *testing.T) {
	docs := []sitrep.Document{
		{ID: "a", Published: "2022-01-06", Text: "18 dead in #Kazakhstan https://t.co/x"},
		{ID: "b", Published: "2022-01-05", Text: "18 DEAD in Kazakhstan!!"},
		{ID: "c", Published: "2022-01-06", Text: "19 dead in Kazakhstan"},
		{ID: "d", Published: "2022-01-06", Text: ""},
		{ID: "e", Published: "2022-01-06", Text: "   "},
	}
	got := Duplicates(docs)
	want := [][2]string{{"b", "a"}}
	if !slices.Equal(got, want) {
		t.Errorf("Duplicates(short) = %v, want %v", got, want)
	}
}

func TestDeduperOrderIndependent(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	docs := demoDocs(t)
	for _, d := range demoDocs(t)[:10] {
		c := d
		c.ID += "-copy"
		c.Text = edit(r, d.Text)
		docs = append(docs, c)
	}
	want := Duplicates(docs)
	for seed := range int64(5) {
		r := rand.New(rand.NewSource(seed))
		perm := slices.Clone(docs)
		r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		if got := Duplicates(perm); !slices.Equal(got, want) {
			t.Errorf("seed %d: Duplicates = %v, want %v", seed, got, want)
		}
	}
}

func TestNormalizedTextEqual(t *testing.T) {
	a := NewFingerprint("Şase morți la Almatî — https://t.co/x")
	b := NewFingerprint("șase MORȚI la almati")
	if a.Content != b.Content || !a.Near(b) {
		t.Errorf("cedilla/comma-below, case and links: fingerprints differ")
	}
}

func BenchmarkFingerprint(b *testing.B) {
	docs := demoDocs(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		NewFingerprint(docs[i%len(docs)].Text)
	}
}
