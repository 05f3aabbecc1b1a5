package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/store/internal/record"
	"github.com/sitrep-dev/sitrep/store/internal/valid"
)

// PutExtraction stores x in one transaction. It returns added == false and
// writes nothing when a document with the same id is already stored, even
// if x differs: the first extraction of a document wins. When several
// writers put the same document at once, PostgreSQL makes all but one wait
// on the primary key and then skip, so exactly one reports added. Input
// that cannot be stored losslessly (no document id, NUL bytes, invalid
// UTF-8, non-finite numbers) is refused with an error wrapping
// sitrep.ErrBadInput.
func (db *DB) PutExtraction(ctx context.Context, x *sitrep.Extraction) (added bool, err error) {
	if err := valid.Extraction(x); err != nil {
		return false, fmt.Errorf("postgres: put extraction%s: %w", record.IDOf(x), err)
	}
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) (err error) {
		added, err = putExtraction(ctx, tx, x)
		return err
	})
	if err != nil {
		return false, fmt.Errorf("postgres: put extraction %q: %w", x.Document.ID, err)
	}
	return added, nil
}

// Extraction returns the stored extraction of one document, or an error
// wrapping sitrep.ErrNotFound.
func (db *DB) Extraction(ctx context.Context, documentID string) (*sitrep.Extraction, error) {
	var xs []*sitrep.Extraction
	err := db.inRead(ctx, func(tx pgx.Tx) (err error) {
		xs, err = findExtractions(ctx, tx, &documentID)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: extraction %q: %w", documentID, err)
	}
	if len(xs) == 0 {
		return nil, fmt.Errorf("postgres: extraction %q: %w", documentID, sitrep.ErrNotFound)
	}
	return xs[0], nil
}

// Extractions returns every stored extraction in the order stored.
func (db *DB) Extractions(ctx context.Context) ([]*sitrep.Extraction, error) {
	var xs []*sitrep.Extraction
	err := db.inRead(ctx, func(tx pgx.Tx) (err error) {
		xs, err = findExtractions(ctx, tx, nil)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: extractions: %w", err)
	}
	return xs, nil
}

// Counts returns how many documents, passages, claims and event mentions
// are stored.
func (db *DB) Counts(ctx context.Context) (sitrep.Counts, error) {
	var c sitrep.Counts
	err := db.inRead(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT
			(SELECT count(*) FROM documents),
			(SELECT count(*) FROM passages),
			(SELECT count(*) FROM claims),
			(SELECT count(*) FROM event_mentions)`).
			Scan(&c.Documents, &c.Passages, &c.Claims, &c.Events)
	})
	if err != nil {
		return sitrep.Counts{}, fmt.Errorf("postgres: counts: %w", err)
	}
	return c, nil
}

// putExtraction inserts the document and, only if it was new, its records,
// which go to the server as one batch: one round trip however many there
// are.
func putExtraction(ctx context.Context, tx pgx.Tx, x *sitrep.Extraction) (bool, error) {
	added, err := insertDocument(ctx, tx, &x.Document)
	if err != nil || !added {
		return false, err
	}
	var b pgx.Batch
	id := x.Document.ID
	for i := range x.Passages {
		if err := queuePassage(&b, id, i, &x.Passages[i]); err != nil {
			return false, fmt.Errorf("passage %d: %w", i, err)
		}
	}
	for i := range x.Claims {
		if err := queueClaim(&b, id, i, &x.Claims[i]); err != nil {
			return false, fmt.Errorf("claim %d: %w", i, err)
		}
	}
	for i := range x.Events {
		if err := queueEventMention(&b, id, i, &x.Events[i]); err != nil {
			return false, fmt.Errorf("event mention %d: %w", i, err)
		}
	}
	for i := range x.Places {
		if err := queuePlaceMention(&b, id, i, &x.Places[i]); err != nil {
			return false, fmt.Errorf("place mention %d: %w", i, err)
		}
	}
	if b.Len() == 0 {
		return true, nil
	}
	if err := tx.SendBatch(ctx, &b).Close(); err != nil {
		return false, fmt.Errorf("insert records: %w", err)
	}
	return true, nil
}

// insertDocument inserts d unless its id is taken, and reports whether it
// did.
func insertDocument(ctx context.Context, tx pgx.Tx, d *sitrep.Document) (bool, error) {
	rec, err := json.Marshal(d)
	if err != nil {
		return false, fmt.Errorf("encode document: %w", err)
	}
	tag, err := tx.Exec(ctx, `INSERT INTO documents
		(id, path, url, outlet, author, published, lang, kind, text, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
		ON CONFLICT (id) DO NOTHING`,
		d.ID, d.Path, d.URL, d.Outlet, d.Author, d.Published, d.Lang, string(d.Kind), d.Text, string(rec))
	if err != nil {
		return false, fmt.Errorf("insert document: %w", err)
	}
	return tag.RowsAffected() == 1, nil
}

func queuePassage(b *pgx.Batch, docID string, ord int, p *sitrep.Passage) error {
	rec, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	b.Queue(`INSERT INTO passages
		(document_id, ord, idx, kind, lang, span_start, span_end, text, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		docID, ord, p.Index, string(p.Kind), p.Lang, p.Span[0], p.Span[1], p.Text, string(rec))
	return nil
}

func queueClaim(b *pgx.Batch, docID string, ord int, c *sitrep.Claim) error {
	rec, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var country *string
	if c.Place != nil {
		country = &c.Place.Country
	}
	b.Queue(`INSERT INTO claims
		(document_id, ord, id, passage, span_start, span_end, lang, kind, victim_group,
		 min, max, qualifier, vague, cumulative, perpetrator, country, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
		docID, ord, c.ID, c.Passage, c.Span[0], c.Span[1], c.Lang, string(c.Kind), string(c.Group),
		c.Min, c.Max, string(c.Qualifier), c.Vague, c.Cumulative, c.Perpetrator, country, string(rec))
	return nil
}

func queueEventMention(b *pgx.Batch, docID string, ord int, e *sitrep.EventMention) error {
	rec, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var country *string
	if e.Place != nil {
		country = &e.Place.Country
	}
	b.Queue(`INSERT INTO event_mentions
		(document_id, ord, type, passage, span_start, span_end, country, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
		docID, ord, string(e.Type), e.Passage, e.Span[0], e.Span[1], country, string(rec))
	return nil
}

func queuePlaceMention(b *pgx.Batch, docID string, ord int, p *sitrep.PlaceMention) error {
	rec, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	b.Queue(`INSERT INTO place_mentions
		(document_id, ord, name, country, precision, lat, lon, surface, passage, span_start, span_end, record)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
		docID, ord, p.Name, p.Country, string(p.Precision), p.Lat, p.Lon, p.Surface,
		p.Passage, p.Span[0], p.Span[1], string(rec))
	return nil
}

// findExtractions reads the extraction of one document, or of all
// documents in the order stored when id is nil. It runs one query per
// table rather than one per document.
func findExtractions(ctx context.Context, tx pgx.Tx, id *string) ([]*sitrep.Extraction, error) {
	// Two query shapes rather than "$1 IS NULL OR id = $1", which would
	// keep the planner from using the primary keys for one document.
	where, args := "", []any{}
	if id != nil {
		where, args = ` WHERE d.id = $1`, []any{*id}
	}
	var xs []*sitrep.Extraction
	byID := map[string]*sitrep.Extraction{}

	rows, err := tx.Query(ctx, `SELECT d.id, d.text, d.record FROM documents d`+where+` ORDER BY d.seq`, args...)
	if err != nil {
		return nil, fmt.Errorf("select documents: %w", err)
	}
	for rows.Next() {
		var (
			docID, text string
			rec         []byte
		)
		if err := rows.Scan(&docID, &text, &rec); err != nil {
			rows.Close()
			return nil, fmt.Errorf("scan document: %w", err)
		}
		x := &sitrep.Extraction{}
		if err := json.Unmarshal(rec, &x.Document); err != nil {
			rows.Close()
			return nil, fmt.Errorf("decode document %q: %w", docID, err)
		}
		x.Document.Text = text
		xs = append(xs, x)
		byID[docID] = x
	}
	rows.Close()
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

func findChildren(ctx context.Context, tx pgx.Tx, table, where string, args []any,
	byID map[string]*sitrep.Extraction, add func(*sitrep.Extraction, []byte) error) error {
	// table and where are constants from findExtractions, never input.
	rows, err := tx.Query(ctx, `SELECT c.document_id, c.ord, c.record FROM `+table+` c
		JOIN documents d ON d.id = c.document_id`+where+`
		ORDER BY d.seq, c.ord`, args...)
	if err != nil {
		return fmt.Errorf("select %s: %w", table, err)
	}
	defer rows.Close()
	return record.AddRows(rows, table, byID, add)
}
