package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/report"
)

func init() {
	register(command{name: "report", summary: "print the situation report of documents or of a store", run: runReport})
}

// reportFormats maps --format values to writers.
var reportFormats = map[string]func(io.Writer, *sitrep.SituationReport) error{
	"md":      report.Markdown,
	"json":    report.JSON,
	"html":    report.HTML,
	"csv":     report.CSV,
	"geojson": report.GeoJSON,
}

func runReport(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "md", "output: md (Markdown), json (DESIGN.md's report shape), html (one page with timelines), csv (one row per event, ACLED/UCDP-like columns), geojson (events and developments at their places)")
	input := fs.String("input", "text", "input: text (each FILE is a document: plain text, an HTML page, or an RSS/Atom feed of many; gzipped or not) or jsonl (one document per line)")
	db := fs.String("db", "", "report on the documents of this SQLite store instead of FILEs")
	workers := fs.Int("workers", 0, "documents processed at once (0: one per core)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep report [--format md|json|html|csv|geojson] [--input text|jsonl] FILE...")
		fmt.Fprintln(m.Stderr, "       sitrep report --db PATH [--format ...]")
		fmt.Fprintln(m.Stderr, "\nClusters the claims of the documents into events and reconciles each figure")
		fmt.Fprintln(m.Stderr, "(low / best / high, latest value, citations and independent sources).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	write, ok := reportFormats[*format]
	if !ok {
		return fmt.Errorf("%w: unknown --format %q", errUsage, *format)
	}
	in, err := parseInputFormat(*input)
	if err != nil {
		return err
	}
	var xs []*sitrep.Extraction
	var procErr error
	switch {
	case *db != "" && fs.NArg() > 0:
		return fmt.Errorf("%w: give either --db or FILEs, not both", errUsage)
	case *db != "":
		s, err := openStore(ctx, *db, false)
		if err != nil {
			return err
		}
		defer s.Close()
		if xs, err = s.Extractions(ctx); err != nil {
			return err
		}
	case fs.NArg() == 0:
		fs.Usage()
		return errNoInputs
	default:
		procErr = m.process(ctx, fs.Args(), in, *workers, func(out pipeline.Output) error {
			if out.X != nil {
				xs = append(xs, out.X)
			}
			return nil
		})
		if procErr != nil && procErr != errInputs {
			return procErr
		}
	}
	rep := &sitrep.SituationReport{Events: cluster.Build(xs, cluster.Options{})}
	if rep.Events == nil {
		rep.Events = []sitrep.Event{}
	}
	if err := write(m.Stdout, rep); err != nil {
		return err
	}
	return procErr
}
