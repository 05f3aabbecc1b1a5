package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func init() {
	register(command{name: "extract", summary: "read passages, figure claims, event cues and places from documents", run: runExtract})
}

// documentView is one document in the output of extract.
type documentView struct {
	ID       string                `json:"id"`
	Path     string                `json:"path,omitempty"`
	Lang     string                `json:"lang"`
	Passages []sitrep.Passage      `json:"passages"`
	Claims   []sitrep.Claim        `json:"claims"`
	Events   []sitrep.EventMention `json:"events"`
	Places   []sitrep.PlaceMention `json:"places"`
}

func viewOf(x *sitrep.Extraction) documentView {
	return documentView{ID: x.Document.ID, Path: x.Document.Path, Lang: x.Document.Lang,
		Passages: x.Passages, Claims: x.Claims, Events: x.Events, Places: x.Places}
}

func runExtract(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "json", "output: json (one object with all documents) or jsonl (one line per document)")
	input := fs.String("input", "text", "input: text (each FILE is a document: plain text, an HTML page, or an RSS/Atom feed of many; gzipped or not) or jsonl (each line of each FILE is a document: {\"id\", \"text\", \"lang\"?, \"published\"?, \"url\"?, \"outlet\"?, \"author\"?, \"kind\"?})")
	workers := fs.Int("workers", 0, "documents processed at once (0: one per core)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep extract [--format json|jsonl] [--input text|jsonl] FILE... ('-' is standard input)")
		fmt.Fprintln(m.Stderr, "\nSegments each document into passages, detects each passage's language, and extracts")
		fmt.Fprintln(m.Stderr, "figure claims (with span, group, qualifier, attribution), event cues and places.")
		fs.PrintDefaults()
	}
	in, err := parseDocumentArgs(fs, args, input)
	if err != nil {
		return err
	}
	if *format != "json" && *format != "jsonl" {
		return fmt.Errorf("%w: --format must be json or jsonl, not %q", errUsage, *format)
	}
	enc := json.NewEncoder(m.Stdout)
	enc.SetEscapeHTML(false)
	var docs []documentView
	err = m.process(ctx, fs.Args(), in, *workers, func(out pipeline.Output) error {
		if *format == "jsonl" {
			if out.Err != nil {
				return enc.Encode(map[string]string{"error": out.Err.Error()})
			}
			return enc.Encode(viewOf(out.X))
		}
		if out.X != nil {
			docs = append(docs, viewOf(out.X))
		}
		return nil
	})
	if *format == "json" {
		if docs == nil {
			docs = []documentView{}
		}
		enc.SetIndent("", "  ")
		if eerr := enc.Encode(map[string]any{"documents": docs}); eerr != nil {
			return eerr
		}
	}
	return err
}
