package numparse_test

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/sitrep-dev/sitrep/eval"
)

var verbose = flag.Bool("numerals.misses", false, "print the misses of the numerals eval")

// devLangs are the languages whose number data must read at least 95 % of
// the in-scope rows of numerals.dev.jsonl exactly.
var devLangs = []string{"en", "fr", "es", "pt", "it", "de", "nl", "ro", "pl", "cs", "hu", "el", "bg",
	"sv", "uk", "ru", "tr", "ar", "fa", "zh", "ja", "hi", "id", "sw"}

const numeralsDev = "../../shared/eval/numerals.dev.jsonl"

func TestNumeralsDev(t *testing.T) {
	f, err := os.Open(numeralsDev)
	if err != nil {
		t.Skipf("numerals dev set not found (%v); skipping", err)
	}
	defer f.Close()
	res, err := eval.Numerals(f)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Verbose() {
		var b bytesWriter
		eval.WriteNumeralsTable(&b, res)
		t.Log("\n" + string(b))
	}
	for _, code := range devLangs {
		l, ok := res.Lang(code)
		if ok && !l.Lexicon {
			t.Errorf("%s: no lexicon", code)
			continue
		}
		if !ok {
			t.Errorf("%s: no rows", code)
			continue
		}
		if *verbose || l.ExactShare() < 0.95 {
			for _, m := range l.Misses {
				got := m.Error
				if m.Got != nil {
					got = fmt.Sprintf("%+v", *m.Got)
				}
				t.Logf("%s: %q want %v got %s", code, m.Text, m.Want, got)
			}
		}
		if l.ExactShare() < 0.95 {
			t.Errorf("%s: exact %.1f %% of %d in-scope rows, want >= 95 %%", code, 100*l.ExactShare(), l.InScope)
		}
	}
}

type bytesWriter []byte

func (b *bytesWriter) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }
