package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/store/internal/record"
	"github.com/sitrep-dev/sitrep/store/internal/valid"
)

// PutExtraction stores x in one transaction. It returns added == false and
// writes nothing when a document with the same id is already stored, even
// if x differs from what was stored: the first extraction of a document
// wins. Input that cannot be stored losslessly (no document id, NUL bytes,
// invalid UTF-8, non-finite numbers) is refused with an error wrapping
// sitrep.ErrBadInput.
func (db *DB) PutExtraction(ctx context.Context, x *sitrep.Extraction) (added bool, err error) {
	if err := valid.Extraction(x); err != nil {
		return false, fmt.Errorf("sqlite: put extraction%s: %w", record.IDOf(x), err)
	}
	err = db.inWrite(ctx, func(tx *sql.Tx) error {
		added, err = putExtraction(ctx, tx, x, db.now())
		return err
	})
	if err != nil {
		return false, fmt.Errorf("sqlite: put extraction %q: %w", x.Document.ID, err)
	}
	return added, nil
}

// Extraction returns the stored extraction of one document, or an error
// wrapping sitrep.ErrNotFound.
func (db *DB) Extraction(ctx context.Context, documentID string) (*sitrep.Extraction, error) {
	var xs []*sitrep.Extraction
	err := db.inRead(ctx, func(tx *sql.Tx) (err error) {
		xs, err = findExtractions(ctx, tx, &documentID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: extraction %q: %w", documentID, err)
	}
	if len(xs) == 0 {
		return nil, fmt.Errorf("sqlite: extraction %q: %w", documentID, sitrep.ErrNotFound)
	}
	return xs[0], nil
}

// Extractions returns every stored extraction in the order stored.
func (db *DB) Extractions(ctx context.Context) ([]*sitrep.Extraction, error) {
	var xs []*sitrep.Extraction
	err := db.inRead(ctx, func(tx *sql.Tx) (err error) {
		xs, err = findExtractions(ctx, tx, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: extractions: %w", err)
	}
	return xs, nil
}

// Counts returns how many documents, passages, claims and event mentions
// are stored.
func (db *DB) Counts(ctx context.Context) (sitrep.Counts, error) {
	var c sitrep.Counts
	err := db.inRead(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM documents),
			(SELECT count(*) FROM passages),
			(SELECT count(*) FROM claims),
			(SELECT count(*) FROM event_mentions)`).
			Scan(&c.Documents, &c.Passages, &c.Claims, &c.Events)
	})
	if err != nil {
		return sitrep.Counts{}, fmt.Errorf("sqlite: counts: %w", err)
	}
	return c, nil
}

// putExtraction inserts the document and, only if it was new, its records.
func putExtraction(ctx context.Context, tx *sql.Tx, x *sitrep.Extraction, now time.Time) (bool, error) {
	added, err := insertDocument(ctx, tx, &x.Document, now)
	if err != nil || !added {
		return false, err
	}
	id := x.Document.ID
	for i := range x.Passages {
		if err := insertPassage(ctx, tx, id, i, &x.Passages[i]); err != nil {
			return false, fmt.Errorf("passage %d: %w", i, err)
		}
	}
	for i := range x.Claims {
		if err := insertClaim(ctx, tx, id, i, &x.Claims[i]); err != nil {
			return false, fmt.Errorf("claim %d: %w", i, err)
		}
	}
	for i := range x.Events {
		if err := insertEventMention(ctx, tx, id, i, &x.Events[i]); err != nil {
			return false, fmt.Errorf("event mention %d: %w", i, err)
		}
	}
	for i := range x.Places {
		if err := insertPlaceMention(ctx, tx, id, i, &x.Places[i]); err != nil {
			return false, fmt.Errorf("place mention %d: %w", i, err)
		}
	}
	return true, nil
}

// insertDocument inserts d unless its id is taken, and reports whether it
// did. seq is one more than the highest so far; the writer holds the write
// lock from BEGIN IMMEDIATE, so no other transaction can take the same seq.
func insertDocument(ctx context.Context, tx *sql.Tx, d *sitrep.Document, now time.Time) (bool, error) {
	rec, err := json.Marshal(d)
	if err != nil {
		return false, fmt.Errorf("encode document: %w", err)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO documents
		(id, seq, path, url, outlet, author, published, lang, kind, text, record, stored_at)
		VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`,
		d.ID, d.Path, d.URL, d.Outlet, d.Author, d.Published, d.Lang, string(d.Kind), d.Text,
		string(rec), now.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return false, fmt.Errorf("insert document: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("insert document: %w", err)
	}
	return n == 1, nil
}

func insertPassage(ctx context.Context, tx *sql.Tx, docID string, ord int, p *sitrep.Passage) error {
	rec, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO passages
		(document_id, ord, idx, kind, lang, span_start, span_end, text, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, ord, p.Index, string(p.Kind), p.Lang, p.Span[0], p.Span[1], p.Text, string(rec))
	return err
}

func insertClaim(ctx context.Context, tx *sql.Tx, docID string, ord int, c *sitrep.Claim) error {
	rec, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var country *string
	if c.Place != nil {
		country = &c.Place.Country
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO claims
		(document_id, ord, id, passage, span_start, span_end, lang, kind, victim_group,
		 min, max, qualifier, vague, cumulative, perpetrator, country, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, ord, c.ID, c.Passage, c.Span[0], c.Span[1], c.Lang, string(c.Kind), string(c.Group),
		c.Min, c.Max, string(c.Qualifier), c.Vague, c.Cumulative, c.Perpetrator, country, string(rec))
	return err
}

func insertEventMention(ctx context.Context, tx *sql.Tx, docID string, ord int, e *sitrep.EventMention) error {
	rec, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var country *string
	if e.Place != nil {
		country = &e.Place.Country
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO event_mentions
		(document_id, ord, type, passage, span_start, span_end, country, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, ord, string(e.Type), e.Passage, e.Span[0], e.Span[1], country, string(rec))
	return err
}

func insertPlaceMention(ctx context.Context, tx *sql.Tx, docID string, ord int, p *sitrep.PlaceMention) error {
	rec, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO place_mentions
		(document_id, ord, name, country, precision, lat, lon, surface, passage, span_start, span_end, record)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		docID, ord, p.Name, p.Country, string(p.Precision), p.Lat, p.Lon, p.Surface,
		p.Passage, p.Span[0], p.Span[1], string(rec))
	return err
}

// findExtractions reads the extraction of one document, or of all
// documents in the order stored when id is nil. It runs one query per table
// rather than one per document.
func findExtractions(ctx context.Context, tx *sql.Tx, id *string) ([]*sitrep.Extraction, error) {
	// Two query shapes rather than "? IS NULL OR id = ?", which would keep
	// SQLite from using the primary keys for a single document.
	where, args := "", []any{}
	if id != nil {
		where, args = ` WHERE d.id = ?`, []any{*id}
	}
	var xs []*sitrep.Extraction
	byID := map[string]*sitrep.Extraction{}

	rows, err := tx.QueryContext(ctx, `SELECT d.id, d.text, d.record FROM documents d`+where+` ORDER BY d.seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("select documents: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var docID, text, rec string
		if err := rows.Scan(&docID, &text, &rec); err != nil {
			return nil, fmt.Errorf("scan document: %w", err)
		}
		x := &sitrep.Extraction{}
		if err := json.Unmarshal([]byte(rec), &x.Document); err != nil {
			return nil, fmt.Errorf("decode document %q: %w", docID, err)
		}
		x.Document.Text = text
		xs = append(xs, x)
		byID[docID] = x
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("select documents: %w", err)
	}
	if len(xs) == 0 {
		return nil, nil
	}

	// Child rows come in document order, then slice order, so appending
	// rebuilds each slice as it was given.
	for _, c := range record.Children {
		if err := findChildren(ctx, tx, c.Table, where, args, byID, c.Add); err != nil {
			return nil, err
		}
	}
	return xs, nil
}

func findChildren(ctx context.Context, tx *sql.Tx, table, where string, args []any,
	byID map[string]*sitrep.Extraction, add func(*sitrep.Extraction, []byte) error) error {
	// table and where are constants from findExtractions, never input.
	rows, err := tx.QueryContext(ctx, `SELECT c.document_id, c.ord, c.record FROM `+table+` c
		JOIN documents d ON d.id = c.document_id`+where+`
		ORDER BY d.seq, c.ord`, args...)
	if err != nil {
		return fmt.Errorf("select %s: %w", table, err)
	}
	defer rows.Close()
	return record.AddRows(rows, table, byID, add)
}
