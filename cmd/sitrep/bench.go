package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"runtime"
	"text/tabwriter"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/demo"
	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/textnorm"
)

func init() {
	register(command{name: "bench", summary: "measure the throughput of each stage on the demo corpus or on given documents", run: runBench})
}

// benchStage is one line of the bench table.
type benchStage struct {
	Stage string `json:"stage"`
	// Passes over the corpus and the time they took.
	Passes  int     `json:"passes"`
	Seconds float64 `json:"seconds"`
	// Throughput per pass: bytes of document text, documents.
	MBps    float64 `json:"mb_per_s"`
	DocsPS  float64 `json:"docs_per_s"`
	USPerDo float64 `json:"us_per_doc"`
	// Ratio is the stage's time per byte over the baseline's, measured in
	// the same run: how many times the cost of folding and tokenising the
	// text once.
	Ratio float64 `json:"ratio_to_baseline"`
}

// benchResult is what bench reports.
type benchResult struct {
	Documents int     `json:"documents"`
	Bytes     int     `json:"bytes"`
	Passages  int     `json:"passages"`
	Claims    int     `json:"claims"`
	CPUs      int     `json:"gomaxprocs"`
	LoadGeoS  float64 `json:"gazetteer_load_s"`
	LoadPipeS float64 `json:"pipeline_start_s"`
	// HeapMB is the live heap after start-up: gazetteer, lexicons and
	// language models.
	HeapMB float64      `json:"heap_after_startup_mb"`
	Stages []benchStage `json:"stages"`
}

func runBench(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "text", "output: text (a table) or json")
	input := fs.String("input", "text", "input: text or jsonl, as for extract")
	minTime := fs.Duration("time", time.Second, "least time spent on each stage (whole passes over the corpus)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep bench [--time D] [--format text|json] [--input text|jsonl] [FILE...]")
		fmt.Fprintln(m.Stderr, "\nMeasures, on the given documents or by default on the built-in demo corpus, the start-up")
		fmt.Fprintln(m.Stderr, "cost (gazetteer, lexicons, language models) and the throughput of each stage, in one")
		fmt.Fprintln(m.Stderr, "process: a baseline pass that only folds and tokenises the text, the whole pipeline on one")
		fmt.Fprintln(m.Stderr, "core and on every core, place-name detection alone, and event clustering. Each stage is")
		fmt.Fprintln(m.Stderr, "also given as a ratio to the baseline, which varies less from host to host than MB/s.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: --format must be text or json, not %q", errUsage, *format)
	}
	in, err := parseInputFormat(*input)
	if err != nil {
		return err
	}
	if *minTime <= 0 {
		return fmt.Errorf("%w: --time must be positive", errUsage)
	}
	docs, err := benchDocuments(ctx, m, fs.Args(), in)
	if err != nil {
		return err
	}
	res, err := bench(ctx, docs, *minTime)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	writeBench(m, res)
	return nil
}

// benchDocuments reads the documents to measure: the demo corpus when no
// file is given. An input that cannot be read stops the command: a
// benchmark over part of a corpus would mislead.
func benchDocuments(ctx context.Context, m *Main, args []string, in inputFormat) ([]sitrep.Document, error) {
	if len(args) == 0 {
		sub := *m
		sub.Stdin = bytes.NewReader(demo.Corpus())
		m, args, in = &sub, []string{"-"}, inputJSONL
	}
	items := make(chan pipeline.Item)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go m.readInputs(ctx, args, in, items)
	var docs []sitrep.Document
	for it := range items {
		if it.Err != nil {
			return nil, fmt.Errorf("bench: %w", it.Err)
		}
		docs = append(docs, it.Doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%w: bench: no documents in the inputs", sitrep.ErrBadInput)
	}
	return docs, nil
}

// bench measures each stage over docs, repeating whole passes until
// minTime has passed.
func bench(ctx context.Context, docs []sitrep.Document, minTime time.Duration) (benchResult, error) {
	res := benchResult{Documents: len(docs), CPUs: runtime.GOMAXPROCS(0)}
	for _, d := range docs {
		res.Bytes += len(d.Text)
	}
	t0 := time.Now()
	g, err := geo.Default()
	if err != nil {
		return res, fmt.Errorf("bench: %w", err)
	}
	res.LoadGeoS = time.Since(t0).Seconds()
	t0 = time.Now()
	p1, err := pipeline.New(pipeline.Config{Workers: 1, Geocoder: g.Stage()})
	if err != nil {
		return res, fmt.Errorf("bench: %w", err)
	}
	p1.Process(docs[0]) // the lexicons and language models load on first use
	res.LoadPipeS = time.Since(t0).Seconds()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.HeapMB = float64(ms.HeapAlloc) / (1 << 20)

	xs := make([]*sitrep.Extraction, len(docs))
	for i, d := range docs {
		xs[i] = p1.Process(d)
		res.Passages += len(xs[i].Passages)
		res.Claims += len(xs[i].Claims)
	}
	pN, err := pipeline.New(pipeline.Config{Geocoder: g.Stage()})
	if err != nil {
		return res, fmt.Errorf("bench: %w", err)
	}

	var toks []textnorm.Token
	stages := []struct {
		name string
		pass func() error
	}{
		{"baseline: fold and tokenise", func() error {
			for _, d := range docs {
				toks = textnorm.AppendTokens(toks[:0], textnorm.Fold(d.Text))
			}
			return nil
		}},
		{"pipeline, 1 core", func() error {
			for _, d := range docs {
				p1.Process(d)
			}
			return nil
		}},
		{fmt.Sprintf("pipeline, %d workers", res.CPUs), func() error {
			items := make(chan pipeline.Item)
			go func() {
				defer close(items)
				for _, d := range docs {
					select {
					case items <- pipeline.Item{Doc: d}:
					case <-ctx.Done():
						return
					}
				}
			}()
			return pN.Run(ctx, items, func(pipeline.Output) error { return nil })
		}},
		{"place names (find and resolve)", func() error {
			for i, d := range docs {
				g.Places(d.Text, xs[i].Document.Lang, geo.Context{})
			}
			return nil
		}},
		{"event clustering", func() error {
			c := cluster.New(cluster.Options{})
			for _, x := range xs {
				c.Add(x)
			}
			return nil
		}},
	}
	var base float64 // seconds per byte of the baseline
	for _, st := range stages {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		s := benchStage{Stage: st.name}
		start := time.Now()
		for s.Passes == 0 || time.Since(start) < minTime {
			if err := st.pass(); err != nil {
				return res, fmt.Errorf("bench: %s: %w", st.name, err)
			}
			s.Passes++
		}
		s.Seconds = time.Since(start).Seconds()
		per := s.Seconds / float64(s.Passes)
		s.MBps = float64(res.Bytes) / per / 1e6
		s.DocsPS = float64(len(docs)) / per
		s.USPerDo = per / float64(len(docs)) * 1e6
		if base == 0 {
			base = per
		}
		s.Ratio = per / base
		res.Stages = append(res.Stages, s)
	}
	return res, nil
}

func writeBench(m *Main, r benchResult) {
	fmt.Fprintf(m.Stdout, "%d documents, %.1f KB of text, %d passages, %d claims; GOMAXPROCS %d\n",
		r.Documents, float64(r.Bytes)/1e3, r.Passages, r.Claims, r.CPUs)
	fmt.Fprintf(m.Stdout, "start-up: gazetteer %.2f s, pipeline (lexicons, language models) %.2f s; live heap after it %.0f MB\n\n",
		r.LoadGeoS, r.LoadPipeS, r.HeapMB)
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "stage\tpasses\tMB/s\tdocs/s\tµs/doc\t× baseline")
	for _, s := range r.Stages {
		fmt.Fprintf(tw, "%s\t%d\t%.2f\t%.0f\t%.0f\t%.1f\n", s.Stage, s.Passes, s.MBps, s.DocsPS, s.USPerDo, s.Ratio)
	}
	tw.Flush()
}
