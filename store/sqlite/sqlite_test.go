package sqlite_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/store/sqlite"
	"github.com/sitrep-dev/sitrep/store/storetest"
)

func open(t testing.TB) *sqlite.DB {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open(%q) = %v", path, err)
	}
	return db
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return open(t) })
}

func TestStoreMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store {
		db, err := sqlite.Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatalf("Open(:memory:) = %v", err)
		}
		return db
	})
}

func TestOpenBadPath(t *testing.T) {
	for _, path := range []string{"", "a?b", filepath.Join(t.TempDir(), "missing", "dir", "x.db")} {
		db, err := sqlite.Open(context.Background(), path)
		if err == nil {
			db.Close()
			t.Errorf("Open(%q) = nil error, want error", path)
			continue
		}
		if !strings.HasPrefix(err.Error(), "sqlite: open") {
			t.Errorf("Open(%q) = %v, want error starting with \"sqlite: open\"", path, err)
		}
	}
}

// TestReopen checks that data survives Close and that re-opening does not
// apply migrations twice.
func TestReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	storetest.Reopen(t, func() (storetest.Versioned, error) { return sqlite.Open(context.Background(), path) })
}

// TestTwoHandles checks two DBs on one file, as two processes would have:
// the second sees the first's writes and idempotency holds across them.
func TestTwoHandles(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sitrep.db")
	a, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%q) = %v", path, err)
	}
	defer a.Close()
	b, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatalf("Open(%q) second handle = %v", path, err)
	}
	defer b.Close()
	x := storetest.Fixture(5)
	if added, err := a.PutExtraction(ctx, x); err != nil || !added {
		t.Fatalf("a.PutExtraction = %v, %v; want true, nil", added, err)
	}
	if added, err := b.PutExtraction(ctx, x); err != nil || added {
		t.Errorf("b.PutExtraction of same document = %v, %v; want false, nil", added, err)
	}
	if _, err := b.Extraction(ctx, x.Document.ID); err != nil {
		t.Errorf("b.Extraction(%q) = %v", x.Document.ID, err)
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	db := open(t)
	defer db.Close()
	for _, text := range []string{
		"O explozie a avut loc la Brașov, iar doi oameni au murit.",
		"Протестующие задержаны в Алматы.",
		"Le ministre a été interpellé à l'Assemblée.",
		"در تهران ۱۲ نفر کشته شدند",
		"Nothing relevant here.",
	} {
		id := sitrep.ContentID(text)
		x := &sitrep.Extraction{
			Document: sitrep.Document{ID: id, Text: text},
			Passages: []sitrep.Passage{{Index: 0, Kind: sitrep.PassageParagraph,
				Span: sitrep.Span{0, len(text)}, Text: text, Lang: "xx", Body: sitrep.Span{0, len(text)}}},
		}
		if _, err := db.PutExtraction(ctx, x); err != nil {
			t.Fatalf("PutExtraction(%q) = %v", text, err)
		}
	}
	tests := []struct {
		query string
		want  int
		in    string // a substring of the first hit's snippet
	}{
		{"brasov", 1, "[Brașov]"},
		{"BRAȘOV explozie", 1, "[explozie]"},
		{"explo*", 1, "[explozie]"},
		{"задержаны", 1, "[задержаны]"},
		{"interpelle", 1, "[interpellé]"},
		{"تهران", 1, "[تهران]"},
		{"brasov tehran", 0, ""},
		{"absent", 0, ""},
		// Hostile queries are taken literally, never as FTS5 syntax.
		{`"`, 0, ""},
		{`brasov" OR "nothing`, 0, ""},
		{`NEAR(brasov`, 0, ""},
		{`'; DROP TABLE passages; --`, 0, ""},
		{`*`, -1, ""},
		{"   ", -1, ""},
	}
	for _, tt := range tests {
		hits, err := db.Search(ctx, tt.query, 10)
		if tt.want < 0 {
			if !errors.Is(err, sitrep.ErrBadInput) {
				t.Errorf("Search(%q) = %v, %v; want error wrapping ErrBadInput", tt.query, hits, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Search(%q) = %v, want nil error", tt.query, err)
			continue
		}
		if len(hits) != tt.want {
			t.Errorf("Search(%q) = %d hits %+v, want %d", tt.query, len(hits), hits, tt.want)
			continue
		}
		if tt.want > 0 && !strings.Contains(hits[0].Snippet, tt.in) {
			t.Errorf("Search(%q)[0].Snippet = %q, want it to contain %q", tt.query, hits[0].Snippet, tt.in)
		}
		if tt.want > 0 && hits[0].Score <= 0 {
			t.Errorf("Search(%q)[0].Score = %v, want > 0", tt.query, hits[0].Score)
		}
	}
	if c, _ := db.Counts(ctx); c.Documents != 5 {
		t.Errorf("Counts().Documents after hostile searches = %d, want 5", c.Documents)
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
