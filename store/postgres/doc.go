// Package postgres implements sitrep.Store in PostgreSQL, for the
// scale-out setup where many stateless workers write to one database.
//
// It uses pgx's own pool (pgxpool) rather than database/sql through
// pgx/v5/stdlib: a document's passages, claims and mentions go to the
// server as one pgx.Batch, one round trip however many rows there are,
// and jsonb and nullable columns map to Go values without database/sql's
// conversions. Public methods still open a transaction and hand a pgx.Tx
// to unexported helpers, as the SQLite adapter does with *sql.Tx.
//
// The schema matches the SQLite adapter's, in PostgreSQL's dialect: the
// columns worth querying plus each record's full JSON as jsonb, from which
// reads rebuild it. Migrations are the ordered files in migrations/,
// embedded and applied at Open under an advisory lock, and recorded in
// schema_version. Tables live in the connection's current schema, so a
// search_path parameter in the DSN gives each tenant or test its own.
//
// PutExtraction is idempotent by document id through INSERT … ON CONFLICT
// DO NOTHING on the primary key: when workers put the same document at
// once, exactly one reports added.
//
// Usage:
//
//	db, err := postgres.Open(ctx, "postgres://sitrep@127.0.0.1:5432/sitrep?sslmode=disable")
//	if err != nil {
//		return err
//	}
//	defer db.Close()
//	added, err := db.PutExtraction(ctx, x) // false when x.Document.ID is already stored
package postgres
