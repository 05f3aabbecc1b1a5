package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/eval"
	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

func init() {
	register(command{name: "eval", summary: "score the extractor on gold files (seed annotation, numerals, casualties, geo, figure sentences)", run: runEval})
}

// goldKind is the format of a gold file, told from its content.
type goldKind string

const (
	goldSeed       goldKind = "seed"       // a .gold.json annotation beside its .txt document
	goldNumerals   goldKind = "numerals"   // {lang, text, value}
	goldCasualties goldKind = "casualties" // {source, text, killed, killed_in_text, ...}
	goldGeo        goldKind = "geo"        // {text, toponym, start, end, lat, lon, ...}
	goldFigures    goldKind = "figures"    // {lang, text, figures: [...]}
	goldEvents     goldKind = "events"     // a truth.json of events beside its corpus.jsonl
)

func sniffGold(b []byte) (goldKind, error) {
	trimmed := bytes.TrimSpace(b)
	var obj map[string]json.RawMessage
	if json.Unmarshal(trimmed, &obj) == nil {
		if _, ok := obj["passages"]; ok {
			if _, ok := obj["figures"]; ok {
				return goldSeed, nil
			}
		}
		if _, ok := obj["events"]; ok {
			return goldEvents, nil
		}
	}
	line, _, _ := bytes.Cut(trimmed, []byte("\n"))
	if err := json.Unmarshal(line, &obj); err != nil {
		return "", fmt.Errorf("first line is not a JSON object: %w", err)
	}
	has := func(k string) bool { _, ok := obj[k]; return ok }
	switch {
	case has("killed_in_text") || (has("killed") && has("source")):
		return goldCasualties, nil
	case has("toponym"):
		return goldGeo, nil
	case has("figures"):
		return goldFigures, nil
	case has("value"):
		return goldNumerals, nil
	}
	return "", fmt.Errorf("unknown gold format: keys of the first line match no known format")
}

func runEval(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	format := fs.String("format", "text", "output: text (tables) or json")
	misses := fs.Int("misses", 0, "also list up to N errors per file")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep eval [--format text|json] [--misses N] GOLD...")
		fmt.Fprintln(m.Stderr, "\nScores the extractor against gold files; the format of each is told from its content:")
		fmt.Fprintln(m.Stderr, "  a seed annotation (X.gold.json beside X.txt): figure precision/recall/F1 by line, group, passages, posts")
		fmt.Fprintln(m.Stderr, "  numerals JSONL {lang, text, value}: exact value per language")
		fmt.Fprintln(m.Stderr, "  casualties JSONL {source, text, killed, killed_in_text}: any-match recall, unbacked figures, per source")
		fmt.Fprintln(m.Stderr, "  geo JSONL {text, toponym, start, end, lat, lon}: within 161 km and country, given and unaided")
		fmt.Fprintln(m.Stderr, "  figures JSONL {lang, text, figures}: precision/recall/F1 per language and per field")
		fmt.Fprintln(m.Stderr, "  events truth.json beside corpus.jsonl: events found, splits, merges, figures low/best/high, sources, duplicates")
		fmt.Fprintln(m.Stderr, "  a directory with ground-truth.json and html/: main-text extraction, 4-word shingle precision/recall/F1")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *format != "text" && *format != "json" {
		return fmt.Errorf("%w: --format must be text or json", errUsage)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return fmt.Errorf("%w: no gold files", errUsage)
	}
	p, err := pipeline.New(pipeline.Config{Geocoder: defaultGeocoder(m), Logger: m.Logger})
	if err != nil {
		return err
	}
	extract := func(doc sitrep.Document) *sitrep.Extraction { return p.Process(doc) }
	results := map[string]any{}
	failed := false
	for _, path := range fs.Args() {
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			// The article-extraction benchmark: ground-truth.json and html/.
			res, err := eval.Articles(path, func(name string, page []byte) (string, error) {
				doc, err := ingest.FromBytes(name, page)
				return doc.Text, err
			})
			if err != nil {
				fmt.Fprintf(m.Stderr, "sitrep eval: %s: %v\n", path, err)
				failed = true
				continue
			}
			if *format == "text" {
				fmt.Fprintf(m.Stdout, "## %s (article extraction)\n\n", path)
				eval.WriteArticleTable(m.Stdout, res)
			}
			results[path] = res
			continue
		}
		res, err := evalFile(path, extract, *format == "text", *misses, m.Stdout)
		if err != nil {
			fmt.Fprintf(m.Stderr, "sitrep eval: %s: %v\n", path, err)
			failed = true
			continue
		}
		results[path] = res
	}
	if *format == "json" {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(results); err != nil {
			return err
		}
	}
	if failed {
		return errInputs
	}
	return nil
}

func evalFile(path string, extract eval.ExtractFunc, text bool, misses int, w io.Writer) (any, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	kind, err := sniffGold(b)
	if err != nil {
		return nil, err
	}
	out := io.Discard
	if text {
		out = w
		fmt.Fprintf(w, "## %s (%s)\n\n", path, kind)
	}
	switch kind {
	case goldSeed:
		docPath := strings.TrimSuffix(path, ".gold.json") + ".txt"
		doc, err := os.ReadFile(docPath)
		if err != nil {
			return nil, fmt.Errorf("the annotated document: %w", err)
		}
		res, err := eval.Seed(b, doc, extract)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(out, "figures: predicted %d, gold %d, matched %d: precision %.3f recall %.3f F1 %.3f\n",
			res.Figures.Predicted, res.Figures.Gold, res.Figures.Matched, res.Figures.Precision(), res.Figures.Recall(), res.Figures.F1())
		fmt.Fprintf(out, "group right on %d/%d matched; passages (kind and language) %d/%d; posts (handle and date) %d/%d\n\n",
			res.Group.Right, res.Group.Of, res.Passages.Right, res.Passages.Of, res.Posts.Right, res.Posts.Of)
		printMisses(out, res.Misses, misses)
		return res, nil
	case goldEvents:
		res, err := evalEvents(path, b, extract)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(out, "%s\n\n", res)
		for i, e := range res.Errors {
			if i >= misses {
				break
			}
			fmt.Fprintf(out, "- %s\n", e)
		}
		return res, nil
	case goldFigures:
		res, err := eval.Figures(bytes.NewReader(b), extract)
		if err != nil {
			return nil, err
		}
		if err := eval.WriteFiguresTable(out, "Figures", res); err != nil {
			return nil, err
		}
		printMisses(out, res.Misses, misses)
		return res, nil
	case goldCasualties:
		res, err := eval.Casualties(bytes.NewReader(b), extract)
		if err != nil {
			return nil, err
		}
		if err := eval.WriteCasualtiesTable(out, res); err != nil {
			return nil, err
		}
		for i, ms := range res.Misses {
			if i >= misses {
				break
			}
			fmt.Fprintf(out, "- %s %s: coded %d, got %v: %s\n", ms.What, ms.Source, ms.Coded, ms.Got, ms.Text)
		}
		return res, nil
	case goldNumerals:
		res, err := eval.Numerals(bytes.NewReader(b))
		if err != nil {
			return nil, err
		}
		return res, eval.WriteNumeralsTable(out, res)
	case goldGeo:
		g, err := geo.Default()
		if err != nil {
			return nil, err
		}
		res, err := eval.Geo(bytes.NewReader(b), g)
		if err != nil {
			return nil, err
		}
		err = eval.PrintGeo(out, res)
		fmt.Fprintln(out)
		return res, err
	}
	return nil, fmt.Errorf("unhandled gold format %s", kind)
}

// evalEvents runs the pipeline over the corpus.jsonl beside a truth file,
// clusters the result into events and scores them against the truth.
func evalEvents(path string, truthJSON []byte, extract eval.ExtractFunc) (cluster.Scores, error) {
	var truth cluster.Truth
	if err := json.Unmarshal(truthJSON, &truth); err != nil {
		return cluster.Scores{}, err
	}
	corpus := filepath.Join(filepath.Dir(path), "corpus.jsonl")
	f, err := os.Open(corpus)
	if err != nil {
		return cluster.Scores{}, fmt.Errorf("the corpus beside the truth: %w", err)
	}
	defer f.Close()
	var xs []*sitrep.Extraction
	err = ingest.ReadJSONL(f, corpus, func(line int, doc sitrep.Document, err error) error {
		if err != nil {
			return err
		}
		xs = append(xs, extract(doc))
		return nil
	})
	if err != nil {
		return cluster.Scores{}, err
	}
	return cluster.Score(cluster.Build(xs, cluster.Options{}), truth), nil
}

func printMisses(w io.Writer, ms []eval.FigureMiss, n int) {
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	for i, m := range ms {
		if i >= n {
			break
		}
		fmt.Fprintf(bw, "- %s %s %s: %s «%s»\n", m.Lang, m.What, m.Figure, m.Text, m.Evidence)
	}
	if n > 0 && len(ms) > 0 {
		fmt.Fprintln(bw)
	}
}
