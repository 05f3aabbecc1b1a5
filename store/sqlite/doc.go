// Package sqlite implements sitrep.Store in one embedded SQLite file, using
// the pure-Go modernc.org/sqlite driver, so sitrep runs with no server and
// no cgo.
//
// The file is opened in WAL mode with foreign keys on and a busy timeout.
// Migrations are the ordered files in migrations/, embedded in the binary
// and applied at Open; schema_version records which have run. Each record
// is stored twice: as the columns worth querying (kind, group, min, max,
// qualifier, lang, passage, span, …) and as its full JSON, from which
// reads rebuild it, so a round trip is lossless. Passage text is indexed
// with FTS5 (unicode61, diacritics folded) and searched with Search.
//
// Usage:
//
//	db, err := sqlite.Open(ctx, "sitrep.db")
//	if err != nil {
//		return err
//	}
//	defer db.Close()
//	added, err := db.PutExtraction(ctx, x) // false when x.Document.ID is already stored
//	...
//	hits, err := db.Search(ctx, "brasov explozie*", 10)
package sqlite
