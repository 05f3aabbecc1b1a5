package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// busyTimeout is how long a connection waits for another writer (perhaps in
// another process) before giving up with SQLITE_BUSY.
const busyTimeout = 10 * time.Second

// DB is a sitrep.Store kept in one SQLite file. It is safe for concurrent
// use by many goroutines.
//
// It holds two connection pools on the same file: a single writer
// connection whose transactions begin IMMEDIATE, so that concurrent
// PutExtraction calls queue on the write lock instead of failing with
// SQLITE_BUSY when a read transaction tries to become a write transaction,
// and a pool of query-only readers, which WAL mode lets run alongside the
// writer.
type DB struct {
	write *sql.DB
	read  *sql.DB
	path  string

	// now returns the time recorded as stored_at; tests may replace it.
	now func() time.Time
}

var _ sitrep.Store = (*DB)(nil)

// Open opens, creating if needed, the SQLite database at path and applies
// any migrations it has not seen yet. path is a file name; ":memory:" gives
// a private in-memory database served by a single connection.
func Open(ctx context.Context, path string) (*DB, error) {
	if path == "" || strings.ContainsRune(path, '?') {
		return nil, fmt.Errorf("sqlite: open %q: path must be a non-empty file name without '?': %w",
			path, sitrep.ErrBadInput)
	}
	pragmas := url.Values{}
	pragmas.Add("_pragma", "busy_timeout("+strconv.FormatInt(busyTimeout.Milliseconds(), 10)+")")
	pragmas.Add("_pragma", "foreign_keys(1)")
	pragmas.Add("_pragma", "journal_mode(WAL)")
	pragmas.Add("_pragma", "synchronous(NORMAL)")

	db := &DB{path: path, now: time.Now}
	var err error
	if path == ":memory:" {
		// Every connection to ":memory:" is its own database, so one
		// connection serves reads and writes and is never let go.
		pragmas.Set("_txlock", "immediate")
		if db.write, err = sql.Open("sqlite", path+"?"+pragmas.Encode()); err != nil {
			return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
		}
		db.write.SetMaxOpenConns(1)
		db.write.SetMaxIdleConns(1)
		db.write.SetConnMaxLifetime(0)
		db.write.SetConnMaxIdleTime(0)
		db.read = db.write
	} else {
		w := url.Values{}
		for k, v := range pragmas {
			w[k] = append([]string(nil), v...)
		}
		w.Set("_txlock", "immediate")
		if db.write, err = sql.Open("sqlite", path+"?"+w.Encode()); err != nil {
			return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
		}
		db.write.SetMaxOpenConns(1)
		db.write.SetMaxIdleConns(1)

		r := url.Values{}
		for k, v := range pragmas {
			r[k] = append([]string(nil), v...)
		}
		r.Add("_pragma", "query_only(1)")
		if db.read, err = sql.Open("sqlite", path+"?"+r.Encode()); err != nil {
			db.write.Close()
			return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
		}
		db.read.SetMaxIdleConns(4)
	}

	// Migrate through the writer first: it creates the file and switches
	// it to WAL before any reader connects.
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: open %q: %w", path, err)
	}
	return db, nil
}

// Path returns the file name the database was opened with.
func (db *DB) Path() string { return db.path }

// Close closes both connection pools.
func (db *DB) Close() error {
	var errs []error
	if db.read != nil && db.read != db.write {
		errs = append(errs, db.read.Close())
	}
	if db.write != nil {
		errs = append(errs, db.write.Close())
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sqlite: close %q: %w", db.path, err)
	}
	return nil
}

// migrate applies, in file-name order and each in its own transaction, the
// embedded migrations whose number is above the recorded schema version.
// Files are named NNNN_description.sql.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	sort.Strings(names)
	// Two processes opening a new file at once (workers, ingest beside
	// serve) race to switch it to WAL; the loser's first statement fails
	// with SQLITE_BUSY, which the busy timeout does not wait out, so it
	// is tried again for as long as that timeout.
	for start := time.Now(); ; {
		_, err := db.write.ExecContext(ctx,
			`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)`)
		if err == nil {
			break
		}
		if !busy(err) || time.Since(start) > busyTimeout {
			return fmt.Errorf("migrate: create schema_version: %w", err)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrate: create schema_version: %w", ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	for _, name := range names {
		version, err := migrationVersion(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if err := db.inWrite(ctx, func(tx *sql.Tx) error {
			return applyMigration(ctx, tx, version, string(body), db.now())
		}); err != nil {
			return fmt.Errorf("migrate %s: %w", name, err)
		}
	}
	return nil
}

// busy reports whether err is SQLite's SQLITE_BUSY (or one of its
// extended codes).
func busy(err error) bool {
	var c interface{ Code() int }
	return errors.As(err, &c) && c.Code()&0xff == 5
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

// applyMigration runs one migration unless schema_version already records
// it. The check runs inside the write transaction, so two processes opening
// the same file apply each migration once.
func applyMigration(ctx context.Context, tx *sql.Tx, version int, body string, now time.Time) error {
	var n int
	if err := tx.QueryRowContext(ctx,
		`SELECT count(*) FROM schema_version WHERE version = ?`, version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, body); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`,
		version, now.UTC().Format(time.RFC3339Nano))
	return err
}

// SchemaVersion returns the highest migration applied to the database.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := db.read.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("sqlite: schema version: %w", err)
	}
	return int(v.Int64), nil
}

// inWrite runs fn in a transaction on the writer connection and commits it
// when fn returns nil.
func (db *DB) inWrite(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// inRead runs fn in a read transaction, which sees one consistent snapshot
// of the database.
func (db *DB) inRead(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := db.read.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
