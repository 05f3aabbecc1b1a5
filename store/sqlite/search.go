package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// SearchHit is one passage matching a full-text search.
type SearchHit struct {
	DocumentID string             `json:"document_id"`
	Passage    int                `json:"passage"` // sitrep.Passage.Index
	Kind       sitrep.PassageKind `json:"kind"`
	Lang       string             `json:"lang"`
	Span       sitrep.Span        `json:"span"`
	// Snippet is an excerpt of the passage with matched terms between
	// '[' and ']'.
	Snippet string `json:"snippet"`
	// Score is the BM25 relevance, higher is better.
	Score float64 `json:"score"`
}

// Search returns up to limit passages whose text matches every term of
// query, best first. Terms are split on white space and matched as words
// with diacritics folded ("brasov" finds "Brașov"); a term ending in '*'
// matches as a prefix. Any other punctuation in query is taken literally,
// never as FTS5 syntax, so user input cannot cause a syntax error. A query
// with no terms is refused with an error wrapping sitrep.ErrBadInput; a
// limit of zero or less means 20.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]SearchHit, error) {
	match := matchExpr(query)
	if match == "" {
		return nil, fmt.Errorf("sqlite: search %q: no search terms: %w", query, sitrep.ErrBadInput)
	}
	if limit <= 0 {
		limit = 20
	}
	var hits []SearchHit
	err := db.inRead(ctx, func(tx *sql.Tx) (err error) {
		hits, err = search(ctx, tx, match, limit)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sqlite: search %q: %w", query, err)
	}
	return hits, nil
}

func search(ctx context.Context, tx *sql.Tx, match string, limit int) ([]SearchHit, error) {
	rows, err := tx.QueryContext(ctx, `SELECT p.document_id, p.idx, p.kind, p.lang, p.span_start, p.span_end,
			snippet(passages_fts, 0, '[', ']', '…', 16), -bm25(passages_fts)
		FROM passages_fts
		JOIN passages p ON p.id = passages_fts.rowid
		WHERE passages_fts MATCH ?
		ORDER BY bm25(passages_fts), p.id
		LIMIT ?`, match, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []SearchHit
	for rows.Next() {
		var h SearchHit
		if err := rows.Scan(&h.DocumentID, &h.Passage, &h.Kind, &h.Lang, &h.Span[0], &h.Span[1],
			&h.Snippet, &h.Score); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// matchExpr turns free text into an FTS5 expression: each white-space
// separated term becomes a quoted string (quotes inside doubled), joined
// by implicit AND, with a trailing '*' kept outside the quotes as a prefix
// marker.
func matchExpr(query string) string {
	var terms []string
	for _, f := range strings.Fields(query) {
		prefix := false
		if strings.HasSuffix(f, "*") {
			f = strings.TrimRight(f, "*")
			prefix = true
		}
		if f == "" {
			continue
		}
		t := `"` + strings.ReplaceAll(f, `"`, `""`) + `"`
		if prefix {
			t += "*"
		}
		terms = append(terms, t)
	}
	return strings.Join(terms, " ")
}
