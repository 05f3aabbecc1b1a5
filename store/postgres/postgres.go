package postgres

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/sitrep-dev/sitrep"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a sitrep.Store in PostgreSQL. It is safe for concurrent use by many
// goroutines and by many processes sharing one database.
type DB struct {
	pool *pgxpool.Pool
}

var _ sitrep.Store = (*DB)(nil)

// Open connects to the database that dsn names (a postgres:// URL or a
// key=value string; extra parameters such as search_path become session
// settings), checks that it answers, and applies any migrations it has not
// seen yet.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// The parse error may quote the DSN, password included, so only
		// the kind of failure is reported.
		return nil, fmt.Errorf("postgres: open: parse dsn: %w", sitrep.ErrBadInput)
	}
	return OpenConfig(ctx, cfg)
}

// OpenConfig is Open for a pool configuration built by the caller.
func OpenConfig(ctx context.Context, cfg *pgxpool.Config) (*DB, error) {
	where := cfg.ConnConfig.Host + ":" + strconv.Itoa(int(cfg.ConnConfig.Port)) + "/" + cfg.ConnConfig.Database
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open %s: %w", where, err)
	}
	db := &DB{pool: pool}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", where, err)
	}
	if err := db.migrate(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", where, err)
	}
	return db, nil
}

// Pool returns the connection pool, for callers that need queries the
// Store interface does not offer.
func (db *DB) Pool() *pgxpool.Pool { return db.pool }

// Close closes the pool, waiting for connections in use to be returned.
func (db *DB) Close() error {
	db.pool.Close()
	return nil
}

// migrate applies, in file-name order and in one transaction, the embedded
// migrations whose number is above the recorded schema version. An
// advisory lock keyed by the current schema makes workers that start
// together wait for one another instead of racing to create tables.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	err = pgx.BeginFunc(ctx, db.pool, func(tx pgx.Tx) error {
		return applyMigrations(ctx, tx, names)
	})
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

func applyMigrations(ctx context.Context, tx pgx.Tx, names []string) error {
	if _, err := tx.Exec(ctx,
		`SELECT pg_advisory_xact_lock(hashtext('sitrep.migrate:' || coalesce(current_schema(), '')))`); err != nil {
		return fmt.Errorf("lock: %w", err)
	}
	if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version integer PRIMARY KEY,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return fmt.Errorf("create schema_version: %w", err)
	}
	var current int
	if err := tx.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&current); err != nil {
		return fmt.Errorf("read schema_version: %w", err)
	}
	for _, name := range names {
		version, err := migrationVersion(name)
		if err != nil {
			return err
		}
		if version <= current {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		// No arguments: pgx sends the file with the simple protocol,
		// which allows several statements.
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, version); err != nil {
			return fmt.Errorf("%s: record version: %w", name, err)
		}
	}
	return nil
}

// migrationVersion reads the number in front of a migration's file name.
func migrationVersion(name string) (int, error) {
	base := strings.TrimPrefix(name, "migrations/")
	num, _, ok := strings.Cut(base, "_")
	v, err := strconv.Atoi(num)
	if !ok || err != nil || v <= 0 {
		return 0, fmt.Errorf("migration %q: name must start with a positive number and '_'", name)
	}
	return v, nil
}

// SchemaVersion returns the highest migration applied to the database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("postgres: schema version: %w", err)
	}
	return v, nil
}

// inRead runs fn in a read-only, repeatable-read transaction, so the
// several queries of one read see one snapshot.
func (db *DB) inRead(ctx context.Context, fn func(tx pgx.Tx) error) error {
	return pgx.BeginTxFunc(ctx, db.pool, pgx.TxOptions{
		IsoLevel:   pgx.RepeatableRead,
		AccessMode: pgx.ReadOnly,
	}, fn)
}
