package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/store/postgres"
	"github.com/sitrep-dev/sitrep/store/storetest"
)

const defaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// serverURL returns the test server's URL from SITREP_POSTGRES_URL, else
// the default.
func serverURL() string {
	if u := os.Getenv("SITREP_POSTGRES_URL"); u != "" {
		return u
	}
	return defaultURL
}

var (
	reachOnce sync.Once
	reachErr  error
)

// reachable connects once per test binary, so that every test skips fast
// with the same reason when there is no server.
func reachable() error {
	reachOnce.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, serverURL())
		if err != nil {
			reachErr = err
			return
		}
		reachErr = conn.Ping(ctx)
		conn.Close(ctx)
	})
	return reachErr
}

// freshSchema creates a schema with a random name, dropped when the test
// ends, and returns a DSN whose search_path points at it.
func freshSchema(t testing.TB) string {
	t.Helper()
	if err := reachable(); err != nil {
		t.Skipf("postgres not reachable at %s (set SITREP_POSTGRES_URL): %v", redact(serverURL()), err)
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])

	ctx := context.Background()
	conn, err := pgx.Connect(ctx, serverURL())
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		ctx := context.Background()
		conn, err := pgx.Connect(ctx, serverURL())
		if err != nil {
			t.Errorf("drop schema %s: connect: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})

	u, err := url.Parse(serverURL())
	if err != nil || u.Scheme == "" {
		// A key=value DSN: append the setting.
		return serverURL() + " search_path=" + schema
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// redact hides a password in a URL for skip messages.
func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	return u.Redacted()
}

func open(t testing.TB) *postgres.DB {
	t.Helper()
	dsn := freshSchema(t)
	db, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open(%s) = %v", redact(dsn), err)
	}
	return db
}

func TestStore(t *testing.T) {
	if err := reachable(); err != nil {
		t.Skipf("postgres not reachable at %s (set SITREP_POSTGRES_URL): %v", redact(serverURL()), err)
	}
	storetest.Run(t, func(t *testing.T) sitrep.Store { return open(t) })
}

// TestConcurrentWorkers puts the same documents through several pools at
// once, as separate worker processes would: every document is added
// exactly once.
func TestConcurrentWorkers(t *testing.T) {
	dsn := freshSchema(t)
	ctx := context.Background()
	const workers, docs = 4, 20
	dbs := make([]*postgres.DB, workers)
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for i := range dbs {
		// Open concurrently too: migrations must not race.
		wg.Go(func() { dbs[i], errs[i] = postgres.Open(ctx, dsn) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open worker %d = %v", i, err)
		}
		defer dbs[i].Close()
	}
	added := make([][]bool, workers)
	for w := range workers {
		added[w] = make([]bool, docs)
		wg.Go(func() {
			for d := range docs {
				// Each worker starts at a different document.
				n := (d + w*7) % docs
				ok, err := dbs[w].PutExtraction(ctx, storetest.Fixture(n))
				if err != nil {
					t.Errorf("worker %d PutExtraction(Fixture(%d)) = %v", w, n, err)
				}
				added[w][n] = ok
			}
		})
	}
	wg.Wait()
	for d := range docs {
		n := 0
		for w := range workers {
			if added[w][d] {
				n++
			}
		}
		if n != 1 {
			t.Errorf("Fixture(%d) added by %d workers, want 1", d, n)
		}
	}
	c, err := dbs[0].Counts(ctx)
	if err != nil || c.Documents != docs {
		t.Errorf("Counts() = %+v, %v; want %d documents", c, err, docs)
	}
}

func TestReopen(t *testing.T) {
	dsn := freshSchema(t)
	storetest.Reopen(t, func() (storetest.Versioned, error) { return postgres.Open(context.Background(), dsn) })
}

func TestOpenBadDSN(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, dsn := range []string{
		"postgres://postgres:secret@127.0.0.1:1/test?sslmode=disable&connect_timeout=2", // nothing listens
		"postgres://[::1", // unparsable
	} {
		db, err := postgres.Open(ctx, dsn)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) = nil error, want error", dsn)
			continue
		}
		if !strings.HasPrefix(err.Error(), "postgres: open") || strings.Contains(err.Error(), "secret") {
			t.Errorf("Open(%q) = %v, want an error starting \"postgres: open\" without the password", dsn, err)
		}
	}
}

func BenchmarkPutExtraction(b *testing.B) {
	db := open(b)
	defer db.Close()
	storetest.BenchmarkPut(b, db)
}

func BenchmarkPutExtractionParallel(b *testing.B) {
	db := open(b)
	defer db.Close()
	storetest.BenchmarkPutParallel(b, db)
}
