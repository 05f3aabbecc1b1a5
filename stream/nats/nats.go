// Package nats is a sitrep.Queue on NATS JetStream, for running any number
// of stateless workers over one stream of documents.
//
// Documents are published to a subject of a file-backed stream with the
// document id as the message id, so that JetStream drops a re-publication
// within its duplicate window; workers share one durable pull consumer with
// explicit acknowledgement, so that a document a worker took and did not
// acknowledge in time (it crashed, or its store write failed) is delivered
// again. Together with an idempotent store this gives "processed at least
// once, written exactly once".
//
//	q, err := nats.Open(ctx, nats.Config{URL: "nats://127.0.0.1:4222"})
//	err = q.Publish(ctx, doc)
//	ds, err := q.Receive(ctx, 16, time.Second)
//	for _, d := range ds { process(d.Doc); d.Ack() }
package nats

import (
	"context"
	"errors"
	"fmt"
	"time"

	natsgo "github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stream"
)

// Config names the server, stream, subject and consumer. The zero value
// of every field but URL has a default.
type Config struct {
	URL        string        // default nats://127.0.0.1:4222
	Stream     string        // default SITREP_DOCS
	Subject    string        // default sitrep.docs
	Consumer   string        // durable consumer shared by workers; default sitrep-workers
	AckWait    time.Duration // redeliver after this long without an ack; default 60 s
	MaxDeliver int           // give up on a document after this many deliveries; default 5
	Duplicates time.Duration // deduplication window; default 10 min
}

func (c *Config) defaults() {
	if c.URL == "" {
		c.URL = "nats://127.0.0.1:4222"
	}
	if c.Stream == "" {
		c.Stream = "SITREP_DOCS"
	}
	if c.Subject == "" {
		c.Subject = "sitrep.docs"
	}
	if c.Consumer == "" {
		c.Consumer = "sitrep-workers"
	}
	if c.AckWait <= 0 {
		c.AckWait = time.Minute
	}
	if c.MaxDeliver <= 0 {
		c.MaxDeliver = 5
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 10 * time.Minute
	}
}

// Queue is a JetStream-backed queue. It is safe for concurrent use.
type Queue struct {
	cfg  Config
	nc   *natsgo.Conn
	js   jetstream.JetStream
	cons jetstream.Consumer
}

// Open connects, and creates the stream and the consumer if they do not
// exist yet.
func Open(ctx context.Context, cfg Config) (*Queue, error) {
	cfg.defaults()
	nc, err := natsgo.Connect(cfg.URL, natsgo.Name("sitrep"), natsgo.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("nats: connect %s: %w", cfg.URL, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats: jetstream: %w", err)
	}
	_, err = js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:       cfg.Stream,
		Subjects:   []string{cfg.Subject},
		Storage:    jetstream.FileStorage,
		Duplicates: cfg.Duplicates,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats: create stream %s: %w", cfg.Stream, err)
	}
	cons, err := js.CreateOrUpdateConsumer(ctx, cfg.Stream, jetstream.ConsumerConfig{
		Durable:       cfg.Consumer,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       cfg.AckWait,
		MaxDeliver:    cfg.MaxDeliver,
		FilterSubject: cfg.Subject,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("nats: create consumer %s: %w", cfg.Consumer, err)
	}
	return &Queue{cfg: cfg, nc: nc, js: js, cons: cons}, nil
}

// Publish sends a document, with its id as the message id.
func (q *Queue) Publish(ctx context.Context, doc sitrep.Document) error {
	b, err := stream.Encode(doc)
	if err != nil {
		return err
	}
	if _, err := q.js.Publish(ctx, q.cfg.Subject, b, jetstream.WithMsgID(doc.ID)); err != nil {
		return fmt.Errorf("nats: publish %s: %w", doc.ID, err)
	}
	return nil
}

// Receive fetches up to n documents, waiting at most wait. A message that
// cannot be decoded is terminated (it would fail again) and reported.
func (q *Queue) Receive(ctx context.Context, n int, wait time.Duration) ([]sitrep.Delivery, error) {
	if wait < 100*time.Millisecond {
		wait = 100 * time.Millisecond
	}
	batch, err := q.cons.Fetch(n, jetstream.FetchMaxWait(wait))
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, natsgo.ErrTimeout) {
			return nil, nil
		}
		return nil, fmt.Errorf("nats: fetch: %w", err)
	}
	var out []sitrep.Delivery
	var bad error
	for msg := range batch.Messages() {
		doc, err := stream.Decode(msg.Data())
		if err != nil {
			_ = msg.Term()
			bad = errors.Join(bad, err)
			continue
		}
		out = append(out, sitrep.Delivery{Doc: doc, Ack: msg.Ack, Nak: func() error { return msg.Nak() }})
	}
	if err := batch.Error(); err != nil && !errors.Is(err, natsgo.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
		bad = errors.Join(bad, fmt.Errorf("nats: fetch: %w", err))
	}
	return out, bad
}

// DeleteStream removes the stream and its consumer: for tests and resets.
func (q *Queue) DeleteStream(ctx context.Context) error {
	if err := q.js.DeleteStream(ctx, q.cfg.Stream); err != nil {
		return fmt.Errorf("nats: delete stream %s: %w", q.cfg.Stream, err)
	}
	return nil
}

// Close drains the connection.
func (q *Queue) Close() error {
	q.nc.Close()
	return nil
}
