package valid

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestExtraction(t *testing.T) {
	perp := "po\x00lice"
	tests := []struct {
		name string
		x    *sitrep.Extraction
		want string // substring of the error; "" for no error
	}{
		{"ok", &sitrep.Extraction{Document: sitrep.Document{ID: "a", Text: "👨‍👩‍👧 \u202e ق"}}, ""},
		{"replacement char is valid", &sitrep.Extraction{Document: sitrep.Document{ID: "a", Text: "\ufffd"}}, ""},
		{"nil", nil, "nil extraction"},
		{"no id", &sitrep.Extraction{}, "document.id is empty"},
		{"long id", &sitrep.Extraction{Document: sitrep.Document{ID: strings.Repeat("a", MaxIDLen+1)}}, "more than 1024"},
		{"nul", &sitrep.Extraction{Document: sitrep.Document{ID: "a", Text: "ab\x00"}},
			"extraction.document.text: NUL byte at offset 2"},
		{"bad utf-8", &sitrep.Extraction{Document: sitrep.Document{ID: "a"},
			Passages: []sitrep.Passage{{}, {Hashtags: []string{"ok", "x\xc3("}}}},
			"extraction.passages[1].hashtags[1]: invalid UTF-8 at byte offset 1"},
		{"pointer field", &sitrep.Extraction{Document: sitrep.Document{ID: "a"},
			Claims: []sitrep.Claim{{Perpetrator: &perp}}}, "extraction.claims[0].perpetrator: NUL byte at offset 2"},
		{"embedded place", &sitrep.Extraction{Document: sitrep.Document{ID: "a"},
			Places: []sitrep.PlaceMention{{Place: sitrep.Place{Lon: math.Inf(1)}}}},
			"extraction.places[0].lon: non-finite number +Inf"},
		{"foreign claim", &sitrep.Extraction{Document: sitrep.Document{ID: "a"},
			Claims: []sitrep.Claim{{DocumentID: "b"}}}, `claims[0].document_id "b" is not the document's id "a"`},
	}
	for _, tt := range tests {
		err := Extraction(tt.x)
		if tt.want == "" {
			if err != nil {
				t.Errorf("Extraction(%s) = %v, want nil", tt.name, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, sitrep.ErrBadInput) {
			t.Errorf("Extraction(%s) = %v, want error wrapping ErrBadInput containing %q", tt.name, err, tt.want)
		}
	}
}
