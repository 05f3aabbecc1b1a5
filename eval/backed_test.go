package eval

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestBacked: a claim of one is stated by an article, a singular noun or
// an age; other values by a number among its words.
func TestBacked(t *testing.T) {
	for _, c := range []struct {
		evidence string
		min      int64
		want     bool
	}{
		{"22-YEAR-OLD KILLED", 1, true},
		{"a soldier was killed", 1, true},
		{"12 people killed", 12, true},
		{"people killed", 1, false},
		{"12 people killed", 13, false},
	} {
		cl := sitrep.Claim{Kind: sitrep.Killed, Min: c.min, Lang: "en", Evidence: c.evidence}
		if got := backed(cl); got != c.want {
			t.Errorf("backed(%q, %d) = %v, want %v", c.evidence, c.min, got, c.want)
		}
	}
}
