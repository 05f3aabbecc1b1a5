package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// TestNumberPrefilter checks that skipping word tokens whose first letters
// start no number word loses no number expression the parser would read,
// over every labelled sentence of every language.
func TestNumberPrefilter(t *testing.T) {
	all, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New(all)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../eval/testdata/figures/*.jsonl")
	if len(files) == 0 {
		t.Fatal("no labelled sentences in eval/testdata/figures")
	}
	checked := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			var row struct{ Lang, Text string }
			if json.Unmarshal(sc.Bytes(), &row) != nil {
				continue
			}
			l := x.langs[row.Lang]
			if l == nil {
				continue
			}
			s := textnorm.Fold(row.Text)
			for _, tk := range textnorm.Tokens(s) {
				if tk.Kind != textnorm.Word {
					continue
				}
				// A number that starts with a word must read at least that
				// word as part of it ("con 212" is not "con" read as 0.212).
				if v, end, ok := l.num.Scan(s, tk.Start); ok && end > tk.Start && v.Min >= 1 && !l.mayStartNumber(tk.Text) {
					t.Errorf("[%s] %q: the prefilter skips %q, which starts a number", row.Lang, row.Text, tk.Text)
				}
				checked++
			}
		}
		fh.Close()
	}
	t.Logf("%d word tokens checked", checked)
}
