package lexicon

import (
	"io/fs"
	"strings"
	"testing"
)

// TestLoad parses and validates every embedded lexicon: one invalid file
// (bad JSON, unknown field, unknown vocabulary, malformed phrase) fails.
func TestLoad(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatalf("Load() = %v", err)
	}
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		n++
		code := strings.TrimSuffix(e.Name(), ".json")
		lx := m[code]
		if lx == nil {
			t.Errorf("%s: not loaded", e.Name())
			continue
		}
		if lx.Name == "" || len(lx.Scripts) == 0 {
			t.Errorf("%s: missing name or scripts", e.Name())
		}
	}
	if len(m) != n {
		t.Errorf("Load() returned %d lexicons for %d files", len(m), n)
	}
}

// TestNumbers checks the number data of every lexicon: separators are
// single characters, values are not negative, vague ranges are ordered.
func TestNumbers(t *testing.T) {
	for code, lx := range MustLoad() {
		nx := lx.Numbers
		for _, s := range append(append([]string{}, nx.Thousands...), nx.Decimal...) {
			if len([]rune(s)) != 1 {
				t.Errorf("%s: separator %q is not one character", code, s)
			}
		}
		for _, m := range []map[string]float64{nx.Words, nx.Scales, nx.Suffixes} {
			for w, v := range m {
				if v < 0 || strings.TrimSpace(w) == "" {
					t.Errorf("%s: number word %q = %v", code, w, v)
				}
			}
		}
		for w, r := range nx.Vague {
			if r[0] > r[1] || r[0] < 0 {
				t.Errorf("%s: vague %q = %v", code, w, r)
			}
		}
	}
}

func TestParseRejects(t *testing.T) {
	tests := []string{
		``,
		`{`,
		`{"lang": "xx", "numbers": {"thousands": [], "decimal": [], "words": {}}, "bogus": 1}`,
		`{"lang": "xx", "numbers": {"vague": {"a": [5, 2]}}}`,
		`{"lang": "xx", "qualifiers": {"nearly": ["x"]}}`,
		`{"numbers": {}}`,
	}
	for _, in := range tests {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) = nil error, want one", in)
		}
	}
}

func TestBase(t *testing.T) {
	for tag, want := range map[string]string{
		"ro": "ro", "pt-BR": "pt", "ES_AR": "es", "AR_EG": "ar", " zh-Hant-TW ": "zh",
		"sr_RS.UTF-8@latin": "sr", "no": "nb", "NB": "nb", "iw": "he", "": "",
	} {
		if got := Base(tag); got != want {
			t.Errorf("Base(%q) = %q, want %q", tag, got, want)
		}
	}
}
