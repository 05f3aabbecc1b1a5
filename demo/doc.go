// Package demo holds the built-in corpus that `sitrep demo` runs the pipeline
// over: 32 short news articles and social-media posts in six languages
// (English, Romanian, French, Spanish, German, Russian) about one imagined
// crisis, unrest in Moldova after a fuel-price rise on 3–6 March 2031.
//
// The corpus is fiction written for the project. It is small enough to read in
// one sitting and exercises every feature of the pipeline: figures for killed,
// injured, detained, missing, displaced and evacuated people across victim
// groups; qualifiers and vague quantities; running totals that rise over the
// days; attribution chains (outlet ← wire agency ← ministry); the same ministry
// figure relayed by several outlets; a rights group that contradicts it; a
// syndicated wire story; posts that quote articles; and hard negatives (prices,
// percentages, votes, ages, dates, "killed the bill") that must yield no figure.
// README.md in this directory summarises each day and lists the figures an
// analyst should conclude.
//
// Corpus returns the JSONL bytes, one document per line, in the format read by
// `sitrep extract --input jsonl`:
//
//	for _, line := range bytes.Split(demo.Corpus(), []byte("\n")) {
//		if len(line) == 0 {
//			continue
//		}
//		var d struct{ ID, Text, Lang string }
//		_ = json.Unmarshal(line, &d)
//	}
package demo

import _ "embed"

//go:embed corpus.jsonl
var corpus []byte

// Corpus returns the demo corpus as JSONL: one JSON document per line with the
// fields id, text, published (RFC 3339), url, outlet, author, lang and kind
// ("article" or "post"). Documents are in order of publication. The returned
// slice is shared; callers must not modify it.
func Corpus() []byte { return corpus }
