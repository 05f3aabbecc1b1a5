package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/demo"
	"github.com/sitrep-dev/sitrep/report"
)

func init() {
	register(command{name: "demo", summary: "ingest the built-in demo corpus into a temporary store and print its report", run: runDemo})
}

func runDemo(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "md", "output: md or json")
	keep := fs.String("db", "", "keep the store at this path instead of a temporary file")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep demo [--format md|json] [--db PATH]")
		fmt.Fprintln(m.Stderr, "\nRuns the whole pipeline on a built-in corpus of articles and posts in several")
		fmt.Fprintln(m.Stderr, "languages about one imagined crisis, stores it, and prints the situation report.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	write, ok := reportFormats[*format]
	if !ok {
		return fmt.Errorf("%w: unknown --format %q", errUsage, *format)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: demo takes no files", errUsage)
	}
	path := *keep
	if path == "" {
		dir, err := os.MkdirTemp("", "sitrep-demo-")
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	s, err := openStore(ctx, path, true)
	if err != nil {
		return err
	}
	defer s.Close()
	// The corpus is JSON Lines: feed it as standard input of a JSONL ingest.
	sub := *m
	sub.Stdin = bytes.NewReader(demo.Corpus())
	added, skipped := 0, 0
	if err := ingestInto(ctx, &sub, s, []string{"-"}, inputJSONL, 0, &added, &skipped); err != nil {
		return fmt.Errorf("demo: ingest: %w", err)
	}
	xs, err := s.Extractions(ctx)
	if err != nil {
		return err
	}
	if *keep == "" {
		fmt.Fprintf(m.Stderr, "demo: %d documents ingested into a temporary store (keep one with --db PATH)\n", added)
	} else {
		fmt.Fprintf(m.Stderr, "demo: %d documents ingested into %s\n", added, path)
	}
	rep := &sitrep.SituationReport{Events: cluster.Build(xs, cluster.Options{})}
	if rep.Events == nil {
		rep.Events = []sitrep.Event{}
	}
	if *format == "md" {
		return report.Markdown(m.Stdout, rep)
	}
	return write(m.Stdout, rep)
}
