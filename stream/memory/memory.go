// Package memory is an in-process sitrep.Queue with the delivery rules of
// the NATS one: at least once, redelivery of what is not acknowledged in
// time, deduplication of published ids. It serves single-process runs and
// tests.
package memory

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Queue is an in-process queue. The zero value is not usable; call New.
type Queue struct {
	mu       sync.Mutex
	ready    []sitrep.Document
	inFlight map[uint64]flight
	seen     map[string]bool
	next     uint64
	ackWait  time.Duration
	closed   bool
	signal   chan struct{} // closed and replaced whenever ready grows
}

type flight struct {
	doc      sitrep.Document
	deadline time.Time
}

// New returns a queue that redelivers a delivery not acknowledged within
// ackWait.
func New(ackWait time.Duration) *Queue {
	return &Queue{inFlight: map[uint64]flight{}, seen: map[string]bool{}, ackWait: ackWait, signal: make(chan struct{})}
}

// Publish enqueues doc unless a document with its id was published before.
func (q *Queue) Publish(ctx context.Context, doc sitrep.Document) error {
	if doc.ID == "" {
		return fmt.Errorf("memory: publish: document has no id: %w", sitrep.ErrBadInput)
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.closed {
		return fmt.Errorf("memory: publish %s: queue closed", doc.ID)
	}
	if q.seen[doc.ID] {
		return nil
	}
	q.seen[doc.ID] = true
	q.push(doc)
	return nil
}

// push adds a document to the ready list and wakes receivers. q.mu held.
func (q *Queue) push(doc sitrep.Document) {
	q.ready = append(q.ready, doc)
	close(q.signal)
	q.signal = make(chan struct{})
}

// Receive waits at most wait for up to n deliveries.
func (q *Queue) Receive(ctx context.Context, n int, wait time.Duration) ([]sitrep.Delivery, error) {
	timer := time.NewTimer(wait)
	defer timer.Stop()
	for {
		q.mu.Lock()
		if q.closed {
			q.mu.Unlock()
			return nil, fmt.Errorf("memory: receive: queue closed")
		}
		q.requeueExpired(time.Now())
		if len(q.ready) > 0 {
			out := q.take(n)
			q.mu.Unlock()
			return out, nil
		}
		sig := q.signal
		q.mu.Unlock()
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-timer.C:
			return nil, nil
		case <-sig:
		case <-time.After(q.ackWait / 2):
			// look again for expired deliveries
		}
	}
}

// take moves up to n ready documents in flight. q.mu held.
func (q *Queue) take(n int) []sitrep.Delivery {
	if n > len(q.ready) {
		n = len(q.ready)
	}
	out := make([]sitrep.Delivery, 0, n)
	for _, doc := range q.ready[:n] {
		q.next++
		tag := q.next
		q.inFlight[tag] = flight{doc, time.Now().Add(q.ackWait)}
		out = append(out, sitrep.Delivery{
			Doc: doc,
			Ack: func() error { return q.settle(tag, false) },
			Nak: func() error { return q.settle(tag, true) },
		})
	}
	q.ready = append(q.ready[:0], q.ready[n:]...)
	return out
}

func (q *Queue) settle(tag uint64, again bool) error {
	q.mu.Lock()
	defer q.mu.Unlock()
	f, ok := q.inFlight[tag]
	if !ok {
		return fmt.Errorf("memory: delivery %d already settled or expired", tag)
	}
	delete(q.inFlight, tag)
	if again && !q.closed {
		q.push(f.doc)
	}
	return nil
}

// requeueExpired puts deliveries whose deadline passed back in the ready
// list. q.mu held.
func (q *Queue) requeueExpired(now time.Time) {
	for tag, f := range q.inFlight {
		if now.After(f.deadline) {
			delete(q.inFlight, tag)
			q.push(f.doc)
		}
	}
}

// Close stops the queue; pending documents are dropped.
func (q *Queue) Close() error {
	q.mu.Lock()
	defer q.mu.Unlock()
	if !q.closed {
		q.closed = true
		close(q.signal)
	}
	return nil
}
