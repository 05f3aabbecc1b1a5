package geo_test

import (
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/eval"
	"github.com/sitrep-dev/sitrep/geo"
)

// TestDevTargets scores the shared development set and asserts the
// targets of issue 4. It skips when ../shared is absent.
func TestDevTargets(t *testing.T) {
	f, err := os.Open("../../shared/eval/geo.dev.jsonl")
	if err != nil {
		t.Skipf("geo.dev.jsonl not available: %v", err)
	}
	defer f.Close()
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	res, err := eval.Geo(f, g)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	eval.PrintGeo(&b, res)
	t.Logf("\n%s", b.String())
	if testing.Verbose() {
		for _, m := range res.Misses {
			t.Logf("miss %+v", m)
		}
	}
	tot := res.Total
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"given toponym within 161 km", tot.GivenAcc(), 0.95},
		{"given toponym right country", tot.CountryAcc(), 0.97},
		{"unaided recall", tot.Recall(), 0.85},
		{"unaided found within 161 km", tot.FoundAcc(), 0.90},
	} {
		if c.got < c.want {
			t.Errorf("%s = %.3f, want ≥ %.2f", c.name, c.got, c.want)
		}
	}
}
