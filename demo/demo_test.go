package demo

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

type doc struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Lang      string `json:"lang"`
	Kind      string `json:"kind"`
}

func TestCorpus(t *testing.T) {
	lines := bytes.Split(bytes.TrimRight(Corpus(), "\n"), []byte("\n"))
	ids := make(map[string]int)
	langs := make(map[string]int)
	kinds := make(map[string]int)
	var prev time.Time
	for i, line := range lines {
		n := i + 1
		dec := json.NewDecoder(bytes.NewReader(line))
		dec.DisallowUnknownFields()
		var d doc
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("corpus.jsonl:%d: %v", n, err)
		}
		if d.ID == "" || strings.TrimSpace(d.Text) == "" || d.Lang == "" || d.URL == "" {
			t.Errorf("corpus.jsonl:%d: id, text, lang and url are required: %+v", n, d)
		}
		if d.Outlet == "" && d.Author == "" {
			t.Errorf("corpus.jsonl:%d (%s): neither outlet nor author", n, d.ID)
		}
		if first, dup := ids[d.ID]; dup {
			t.Errorf("corpus.jsonl:%d: id %q already used on line %d", n, d.ID, first)
		}
		ids[d.ID] = n
		pub, err := time.Parse(time.RFC3339, d.Published)
		if err != nil {
			t.Errorf("corpus.jsonl:%d (%s): published: %v", n, d.ID, err)
		} else if pub.Before(prev) {
			t.Errorf("corpus.jsonl:%d (%s): published %s before the previous document", n, d.ID, d.Published)
		} else {
			prev = pub
		}
		switch d.Kind {
		case "article":
			if p := strings.Count(d.Text, "\n\n") + 1; p < 2 || p > 5 {
				t.Errorf("corpus.jsonl:%d (%s): article has %d paragraphs, want 2–5", n, d.ID, p)
			}
		case "post":
			if strings.Contains(d.Text, "\n") {
				t.Errorf("corpus.jsonl:%d (%s): post spans several lines", n, d.ID)
			}
			if !strings.Contains(d.Text, " — ") || !strings.Contains(d.Text, "(@") {
				t.Errorf("corpus.jsonl:%d (%s): post lacks the signature `— Name (@handle) Month D, YYYY`", n, d.ID)
			}
		default:
			t.Errorf("corpus.jsonl:%d (%s): kind %q, want article or post", n, d.ID, d.Kind)
		}
		langs[d.Lang]++
		kinds[d.Kind]++
	}
	if len(ids) < 24 {
		t.Errorf("corpus has %d documents, want at least 24", len(ids))
	}
	if len(langs) < 4 {
		t.Errorf("corpus has %d languages (%v), want at least 4", len(langs), langs)
	}
	for _, l := range []string{"en", "fr", "ro", "es"} {
		if langs[l] == 0 {
			t.Errorf("corpus has no %q document", l)
		}
	}
	if kinds["article"] == 0 || kinds["post"] == 0 {
		t.Errorf("corpus kinds = %v, want articles and posts", kinds)
	}
}
