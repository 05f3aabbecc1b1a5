package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/store/postgres"
	"github.com/sitrep-dev/sitrep/stream/nats"
	"github.com/sitrep-dev/sitrep/worker"
)

func init() {
	register(command{name: "publish", summary: "send documents to the NATS JetStream queue that workers read", run: runPublish})
	register(command{name: "worker", summary: "process documents from the NATS queue into PostgreSQL (or SQLite); run any number", run: runWorker})
}

// queueFlags are the flags that name the queue.
type queueFlags struct {
	url, stream string
}

func (q *queueFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&q.url, "nats", "nats://127.0.0.1:4222", "NATS server with JetStream")
	fs.StringVar(&q.stream, "stream", "SITREP_DOCS", "JetStream stream of documents")
}

func (q *queueFlags) open(ctx context.Context) (*nats.Queue, error) {
	return nats.Open(ctx, nats.Config{URL: q.url, Stream: q.stream, Subject: "sitrep.docs." + q.stream})
}

func runPublish(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("publish", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	var qf queueFlags
	qf.register(fs)
	input := fs.String("input", "text", "input: text (each FILE is a document: plain text, an HTML page, or an RSS/Atom feed of many; gzipped or not) or jsonl (one document per line)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep publish [--nats URL] [--stream NAME] [--input text|jsonl] FILE...")
		fmt.Fprintln(m.Stderr, "\nSends each document to the queue; workers ('sitrep worker') process and store them.")
		fmt.Fprintln(m.Stderr, "A document published twice (same id) is delivered once.")
		fs.PrintDefaults()
	}
	in, err := parseDocumentArgs(fs, args, input)
	if err != nil {
		return err
	}
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	items := make(chan pipeline.Item)
	go m.readInputs(ctx, fs.Args(), in, items)
	sent, failed := 0, 0
	for it := range items {
		if it.Err == nil {
			it.Err = q.Publish(ctx, it.Doc)
		}
		if it.Err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "sitrep: %v\n", it.Err)
			continue
		}
		sent++
	}
	fmt.Fprintf(m.Stderr, "publish: %d documents sent to %s on %s\n", sent, qf.stream, qf.url)
	if failed > 0 {
		return errInputs
	}
	return nil
}

func runWorker(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	var qf queueFlags
	qf.register(fs)
	pg := fs.String("postgres", "", "PostgreSQL DSN to store into (e.g. postgres://postgres@127.0.0.1:5432/test)")
	db := fs.String("db", "", "SQLite file to store into, instead of PostgreSQL")
	loops := fs.Int("loops", 2, "concurrent receive loops in this process")
	drain := fs.Duration("drain", 0, "exit once the queue has been empty this long (0: run until interrupted)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep worker [--nats URL] [--stream NAME] (--postgres DSN | --db PATH) [--loops N] [--drain 5s]")
		fmt.Fprintln(m.Stderr, "\nTakes documents from the queue, runs the pipeline and stores each result, acknowledging")
		fmt.Fprintln(m.Stderr, "a document only once it is stored; run as many workers as you like.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if (*pg == "") == (*db == "") {
		fs.Usage()
		return fmt.Errorf("%w: give exactly one of --postgres and --db", errUsage)
	}
	var s sitrep.Store
	var err error
	if *pg != "" {
		s, err = postgres.Open(ctx, *pg)
	} else {
		s, err = openStore(ctx, *db, true)
	}
	if err != nil {
		return err
	}
	defer s.Close()
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	p, err := pipeline.New(pipeline.Config{Geocoder: defaultGeocoder(m), Logger: m.Logger})
	if err != nil {
		return err
	}
	start := time.Now()
	stats, err := worker.Run(ctx, q, p, s, worker.Config{Loops: *loops, Drain: *drain, Logger: m.Logger})
	fmt.Fprintf(m.Stderr, "worker: %d received, %d stored, %d already stored, %d failed, in %s\n",
		stats.Received, stats.Added, stats.Duplicates, stats.Failed, time.Since(start).Round(time.Millisecond))
	if err != nil && ctx.Err() == nil {
		return err
	}
	return nil
}
