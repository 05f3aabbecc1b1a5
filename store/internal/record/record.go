// Package record holds what both stores share about rebuilding an
// extraction from its rows: the child tables and how each row's JSON
// record is added back to its extraction.
package record

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Child is a table of rows that belong to a document.
type Child struct {
	Table string
	// Add decodes one row's record and appends it to x.
	Add func(x *sitrep.Extraction, rec []byte) error
}

// Children lists the child tables in the order their slices are rebuilt.
var Children = []Child{
	{"passages", add(func(x *sitrep.Extraction, v sitrep.Passage) { x.Passages = append(x.Passages, v) })},
	{"claims", add(func(x *sitrep.Extraction, v sitrep.Claim) { x.Claims = append(x.Claims, v) })},
	{"event_mentions", add(func(x *sitrep.Extraction, v sitrep.EventMention) { x.Events = append(x.Events, v) })},
	{"place_mentions", add(func(x *sitrep.Extraction, v sitrep.PlaceMention) { x.Places = append(x.Places, v) })},
}

func add[T any](put func(*sitrep.Extraction, T)) func(*sitrep.Extraction, []byte) error {
	return func(x *sitrep.Extraction, rec []byte) error {
		var v T
		if err := json.Unmarshal(rec, &v); err != nil {
			return err
		}
		put(x, v)
		return nil
	}
}

// IDOf names x's document in an error about refused input: " <quoted
// id>", shortened if long, or "" when there is no id to name.
func IDOf(x *sitrep.Extraction) string {
	if x == nil || x.Document.ID == "" {
		return ""
	}
	id := x.Document.ID
	if len(id) > 64 {
		id = strings.ToValidUTF8(id[:64], "") + "…"
	}
	return fmt.Sprintf(" %q", id)
}
