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

// Rows is what AddRows reads of a query's result: database/sql's and
// pgx's rows both have it.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// AddRows reads rows of (document id, ord, record) from a child table,
// in order, and adds each record to its document's extraction in byID.
func AddRows(rows Rows, table string, byID map[string]*sitrep.Extraction, add func(*sitrep.Extraction, []byte) error) error {
	for rows.Next() {
		var (
			docID string
			ord   int
			rec   []byte
		)
		if err := rows.Scan(&docID, &ord, &rec); err != nil {
			return fmt.Errorf("scan %s: %w", table, err)
		}
		x := byID[docID]
		if x == nil {
			return fmt.Errorf("%s row of unlisted document %q", table, docID)
		}
		if err := add(x, rec); err != nil {
			return fmt.Errorf("decode %s %q[%d]: %w", table, docID, ord, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("select %s: %w", table, err)
	}
	return nil
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
