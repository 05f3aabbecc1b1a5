package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// inputFormat is how the arguments of a command are read.
type inputFormat string

const (
	inputText  inputFormat = "text"  // each argument is one document
	inputJSONL inputFormat = "jsonl" // each line of each argument is one document
)

func parseInputFormat(s string) (inputFormat, error) {
	switch inputFormat(s) {
	case inputText, inputJSONL:
		return inputFormat(s), nil
	}
	return "", fmt.Errorf("%w: --input must be text or jsonl, not %q", errUsage, s)
}

// errNoInputs is the usage error of a command given no FILE.
var errNoInputs = fmt.Errorf("%w: no input files (use - for standard input)", errUsage)

// parseDocumentArgs parses the flags of a command that reads documents
// from its FILE arguments, checks its --input and that a FILE is given.
func parseDocumentArgs(fs *flag.FlagSet, args []string, input *string) (inputFormat, error) {
	if err := fs.Parse(args); err != nil {
		return "", flagError(err)
	}
	in, err := parseInputFormat(*input)
	if err != nil {
		return "", err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return "", errNoInputs
	}
	return in, nil
}

// readInputs sends every document of the inputs, or the error of one that
// could not be read, to items, in order, then closes it. "-" is standard
// input. Errors name the input (and line, for JSONL).
func (m *Main) readInputs(ctx context.Context, args []string, format inputFormat, items chan<- pipeline.Item) {
	defer close(items)
	send := func(it pipeline.Item) bool {
		select {
		case items <- it:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for _, arg := range args {
		if format == inputJSONL {
			var r io.Reader
			name := arg
			if arg == "-" {
				r, name = m.Stdin, "<stdin>"
			} else {
				f, err := openFile(arg)
				if err != nil {
					if !send(pipeline.Item{Err: err}) {
						return
					}
					continue
				}
				defer f.Close()
				r = f
			}
			err := ingest.ReadJSONL(r, name, func(line int, doc sitrep.Document, err error) error {
				if !send(pipeline.Item{Doc: doc, Err: err}) {
					return ctx.Err()
				}
				return nil
			})
			if err != nil && ctx.Err() == nil {
				if !send(pipeline.Item{Err: err}) {
					return
				}
			}
			continue
		}
		var docs []sitrep.Document
		var err error
		switch {
		case arg == "-":
			var b []byte
			b, err = io.ReadAll(m.Stdin)
			if err == nil {
				docs, err = ingest.Documents("<stdin>", b)
			}
		case ingest.IsURL(arg):
			docs, err = ingest.Fetch(ctx, nil, arg) // a page or a feed
		default:
			docs, err = ingest.ReadDocuments(arg)
		}
		if err != nil {
			if !send(pipeline.Item{Err: err}) {
				return
			}
			continue
		}
		for _, doc := range docs { // a feed's items, or the one document
			if !send(pipeline.Item{Doc: doc}) {
				return
			}
		}
	}
}

func openFile(path string) (*os.File, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("%s: no such file: %w", path, sitrep.ErrNotFound)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a file: %w", path, sitrep.ErrBadInput)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return f, nil
}

// process runs the pipeline over the inputs and calls emit for each
// result in input order. Failed inputs are reported on stderr, one line
// each, and make the returned error errInputs once all are done.
func (m *Main) process(ctx context.Context, args []string, format inputFormat, workers int,
	emit func(out pipeline.Output) error) error {
	p, err := pipeline.New(pipeline.Config{Workers: workers, Geocoder: defaultGeocoder(m), Logger: m.Logger})
	if err != nil {
		return err
	}
	items := make(chan pipeline.Item)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go m.readInputs(ctx, args, format, items)
	failed, done := 0, 0
	start := time.Now()
	next := start.Add(m.Progress)
	err = p.Run(ctx, items, func(out pipeline.Output) error {
		done++
		if out.Err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "sitrep: %v\n", out.Err)
		}
		if now := time.Now(); m.Progress > 0 && now.After(next) {
			// Long work says how far it has got, every m.Progress.
			next = now.Add(m.Progress)
			fmt.Fprintf(m.Stderr, "sitrep: %d documents done (%d failed), %.0f a second\n",
				done, failed, float64(done)/now.Sub(start).Seconds())
		}
		return emit(out)
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}
