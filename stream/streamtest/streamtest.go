// Package streamtest is the contract every sitrep.Queue must meet, run
// against each implementation by its own tests.
package streamtest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Run checks a queue: every published document is delivered, a repeated id
// is delivered once, a Nak'd or unacknowledged delivery comes back, and
// concurrent receivers share the work without loss. open must return a
// fresh, empty queue whose deliveries expire after ackWait.
func Run(t *testing.T, ackWait time.Duration, open func(t *testing.T) sitrep.Queue) {
	ctx := context.Background()
	doc := func(i int) sitrep.Document {
		return sitrep.Document{ID: fmt.Sprintf("doc-%03d", i), Text: fmt.Sprintf("Document %d: 3 dead, «ș», 东京.", i), Lang: "en", Kind: sitrep.KindArticle}
	}

	t.Run("round trip and duplicates", func(t *testing.T) {
		q := open(t)
		for i := range 5 {
			for range 2 { // each id published twice
				if err := q.Publish(ctx, doc(i)); err != nil {
					t.Fatal(err)
				}
			}
		}
		got := drain(t, q, 10, true)
		if len(got) != 5 {
			t.Fatalf("received %d documents, want 5 (each id once)", len(got))
		}
		for i := range 5 {
			if d := got[doc(i).ID]; d.Text != doc(i).Text || d.Lang != "en" || d.Kind != sitrep.KindArticle {
				t.Errorf("document %d came back as %+v", i, d)
			}
		}
	})

	t.Run("nak redelivers", func(t *testing.T) {
		q := open(t)
		if err := q.Publish(ctx, doc(1)); err != nil {
			t.Fatal(err)
		}
		ds, err := q.Receive(ctx, 1, 5*time.Second)
		if err != nil || len(ds) != 1 {
			t.Fatalf("Receive = %d, %v", len(ds), err)
		}
		if err := ds[0].Nak(); err != nil {
			t.Fatal(err)
		}
		if got := drain(t, q, 1, true); len(got) != 1 {
			t.Errorf("after Nak, received %d documents, want 1", len(got))
		}
	})

	t.Run("unacknowledged comes back", func(t *testing.T) {
		q := open(t)
		if err := q.Publish(ctx, doc(2)); err != nil {
			t.Fatal(err)
		}
		ds, err := q.Receive(ctx, 1, 5*time.Second)
		if err != nil || len(ds) != 1 {
			t.Fatalf("Receive = %d, %v", len(ds), err)
		}
		// Neither Ack nor Nak: a crashed worker.
		again, err := q.Receive(ctx, 1, ackWait*4)
		if err != nil || len(again) != 1 || again[0].Doc.ID != doc(2).ID {
			t.Fatalf("redelivery = %v, %v; want doc-002 after the ack wait", again, err)
		}
		_ = again[0].Ack()
	})

	t.Run("concurrent receivers", func(t *testing.T) {
		q := open(t)
		const n = 60
		for i := range n {
			if err := q.Publish(ctx, doc(i)); err != nil {
				t.Fatal(err)
			}
		}
		var mu sync.Mutex
		seen := map[string]int{}
		var wg sync.WaitGroup
		for range 3 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					ds, err := q.Receive(ctx, 7, 500*time.Millisecond)
					if err != nil {
						t.Error(err)
						return
					}
					if len(ds) == 0 {
						return
					}
					for _, d := range ds {
						mu.Lock()
						seen[d.Doc.ID]++
						mu.Unlock()
						if err := d.Ack(); err != nil {
							t.Error(err)
						}
					}
				}
			}()
		}
		wg.Wait()
		if len(seen) != n {
			t.Errorf("received %d distinct documents, want %d", len(seen), n)
		}
	})
}

// drain receives and acknowledges until the queue stays empty, and
// returns the documents by id.
func drain(t *testing.T, q sitrep.Queue, batch int, ack bool) map[string]sitrep.Document {
	t.Helper()
	out := map[string]sitrep.Document{}
	for {
		ds, err := q.Receive(context.Background(), batch, 700*time.Millisecond)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) == 0 {
			return out
		}
		for _, d := range ds {
			if _, dup := out[d.Doc.ID]; dup {
				t.Errorf("document %s delivered twice", d.Doc.ID)
			}
			out[d.Doc.ID] = d.Doc
			if ack {
				if err := d.Ack(); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
