package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func init() {
	register(command{name: "ingest", summary: "extract documents and save them in a SQLite store", run: runIngest})
}

func runIngest(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	db := fs.String("db", defaultDB, "SQLite store file (created if missing)")
	input := fs.String("input", "text", "input: text (each FILE is a document: plain text, an HTML page, or an RSS/Atom feed of many; gzipped or not) or jsonl (one document per line)")
	workers := fs.Int("workers", 0, "documents processed at once (0: one per core)")
	quiet := fs.Bool("quiet", false, "print no summary")
	every := fs.Duration("every", 0, "read the inputs again at this interval (5m, 1h) until interrupted: for feeds and pages given by URL")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep ingest [--db PATH] [--input text|jsonl] [--every 5m] FILE|URL...")
		fmt.Fprintln(m.Stderr, "\nRuns the pipeline over each document and stores the document, its passages,")
		fmt.Fprintln(m.Stderr, "claims, event cues and places. A document already stored (same id) is skipped.")
		fmt.Fprintln(m.Stderr, "An http(s) URL is fetched: a news feed gives one document per item, a page its main")
		fmt.Fprintln(m.Stderr, "text. With --every, the inputs are read again at that interval, so that a feed's new")
		fmt.Fprintln(m.Stderr, "items are added as they appear; interrupt to stop.")
		fs.PrintDefaults()
	}
	in, err := parseDocumentArgs(fs, args, input)
	if err != nil {
		return err
	}
	s, err := openStore(ctx, *db, true)
	if err != nil {
		return err
	}
	defer s.Close()
	if *every < 0 {
		return fmt.Errorf("%w: --every must not be negative", errUsage)
	}
	for {
		added, skipped := 0, 0
		perr := ingestInto(ctx, m, s, fs.Args(), in, *workers, &added, &skipped)
		if !*quiet {
			c, err := s.Counts(context.WithoutCancel(ctx))
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "ingest: %d added, %d already stored; store %s has %d documents, %d passages, %d claims\n",
				added, skipped, *db, c.Documents, c.Passages, c.Claims)
		}
		if *every == 0 {
			return perr
		}
		if ctx.Err() != nil {
			return nil // interrupted: what was read is stored
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(*every):
		}
	}
}

// ingestInto runs the pipeline over the inputs and stores each result.
func ingestInto(ctx context.Context, m *Main, s sitrep.Store, args []string, in inputFormat, workers int, added, skipped *int) error {
	return m.process(ctx, args, in, workers, func(out pipeline.Output) error {
		if out.X == nil {
			return nil
		}
		ok, err := s.PutExtraction(ctx, out.X)
		if err != nil {
			return fmt.Errorf("store %s: %w", out.X.Document.Path, err)
		}
		if ok {
			*added++
		} else {
			*skipped++
		}
		return nil
	})
}
