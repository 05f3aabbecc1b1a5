// Package worker runs the pipeline as a stateless worker: it takes
// documents from a sitrep.Queue, processes them and writes the result to a
// sitrep.Store, acknowledging each document only once it is stored. Any
// number of workers, in one process or many, can share one queue; with an
// idempotent store (every Store is) a document is processed at least once
// and written exactly once.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// Config sets how a worker runs. The zero value works: one loop, batches
// of 16, waits of one second, no stop until the context ends.
type Config struct {
	Loops  int           // concurrent receive loops
	Batch  int           // deliveries per receive
	Wait   time.Duration // longest wait for one receive
	Drain  time.Duration // stop once the queue has been empty this long (0: never)
	Logger *slog.Logger
}

// Stats counts what a worker did.
type Stats struct {
	Received, Added, Duplicates, Failed int64
}

// Run processes deliveries until ctx ends or, with Drain set, until the
// queue has stayed empty for Drain. A delivery whose store write fails is
// Nak'd, to be delivered again.
func Run(ctx context.Context, q sitrep.Queue, p *pipeline.Pipeline, s sitrep.Store, cfg Config) (Stats, error) {
	if cfg.Loops <= 0 {
		cfg.Loops = 1
	}
	if cfg.Batch <= 0 {
		cfg.Batch = 16
	}
	if cfg.Wait <= 0 {
		cfg.Wait = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	var st struct{ received, added, dups, failed atomic.Int64 }
	var lastWork atomic.Int64
	lastWork.Store(time.Now().UnixNano())
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range cfg.Loops {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				ds, err := q.Receive(ctx, cfg.Batch, cfg.Wait)
				if err != nil {
					if ctx.Err() != nil {
						return
					}
					cfg.Logger.Warn("receive failed", "err", err)
					if len(ds) == 0 {
						time.Sleep(cfg.Wait / 4)
						continue
					}
				}
				if len(ds) == 0 {
					if cfg.Drain > 0 && time.Since(time.Unix(0, lastWork.Load())) >= cfg.Drain {
						cancel()
						return
					}
					continue
				}
				lastWork.Store(time.Now().UnixNano())
				for _, d := range ds {
					st.received.Add(1)
					x := p.Process(d.Doc)
					added, err := s.PutExtraction(ctx, x)
					if err != nil {
						st.failed.Add(1)
						cfg.Logger.Warn("store failed; document will be delivered again", "document", d.Doc.ID, "err", err)
						if nerr := d.Nak(); nerr != nil {
							cfg.Logger.Warn("nak failed", "document", d.Doc.ID, "err", nerr)
						}
						continue
					}
					if added {
						st.added.Add(1)
					} else {
						st.dups.Add(1)
					}
					if err := d.Ack(); err != nil {
						cfg.Logger.Warn("ack failed; document may be processed again", "document", d.Doc.ID, "err", err)
					}
				}
			}
		}()
	}
	wg.Wait()
	stats := Stats{st.received.Load(), st.added.Load(), st.dups.Load(), st.failed.Load()}
	if err := context.Cause(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return stats, fmt.Errorf("worker: %w", err)
	}
	return stats, nil
}
