package worker

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/store/sqlite"
	"github.com/sitrep-dev/sitrep/stream/memory"
)

// flaky fails the first write of each document, as a store that drops a
// connection would.
type flaky struct {
	sitrep.Store
	mu     sync.Mutex
	failed map[string]bool
}

func (f *flaky) PutExtraction(ctx context.Context, x *sitrep.Extraction) (bool, error) {
	f.mu.Lock()
	first := !f.failed[x.Document.ID]
	f.failed[x.Document.ID] = true
	f.mu.Unlock()
	if first {
		return false, errors.New("connection reset")
	}
	return f.Store.PutExtraction(ctx, x)
}

func TestRunWritesEachDocumentOnce(t *testing.T) {
	ctx := context.Background()
	q := memory.New(time.Second)
	defer q.Close()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	st := &flaky{Store: db, failed: map[string]bool{}}
	p, err := pipeline.New(pipeline.Config{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	const n = 25
	for i := range n {
		doc := sitrep.Document{ID: fmt.Sprintf("d%02d", i), Lang: "en", Text: fmt.Sprintf("At least %d people were killed, police said.", i+2)}
		for range 2 { // published twice: delivered once
			if err := q.Publish(ctx, doc); err != nil {
				t.Fatal(err)
			}
		}
	}
	stats, err := Run(ctx, q, p, st, Config{Loops: 3, Batch: 4, Wait: 100 * time.Millisecond, Drain: 400 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	c, err := db.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Documents != n || c.Claims != n {
		t.Errorf("store holds %d documents and %d claims, want %d of each", c.Documents, c.Claims, n)
	}
	if stats.Failed != n || stats.Added != n {
		t.Errorf("stats = %+v, want %d failed first writes and %d added", stats, n, n)
	}
}
