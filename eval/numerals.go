package eval

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/numparse"
)

// NumeralRow is one row of numerals.dev.jsonl: a number expression of a
// language (Duckling's codes, upper case, with regional variants such as
// "ES_MX" and "AR_EG") and its value.
type NumeralRow struct {
	Lang  string  `json:"lang"`
	Text  string  `json:"text"`
	Value float64 `json:"value"`
}

// NumeralMiss is an in-scope row that was not read exactly.
type NumeralMiss struct {
	Text  string
	Want  float64
	Got   *numparse.Value // nil when Parse failed
	Error string
}

// NumeralsLang are the tallies of one language.
type NumeralsLang struct {
	Lang    string // base language code: "es" for ES, ES_MX, ES_AR...
	Lexicon bool   // whether sitrep has number data for the language
	Rows    int
	// Out-of-scope rows by type; the other rows are in scope.
	Negative, Fraction, Ordinal int
	InScope                     int
	Exact                       int // in-scope rows read with exactly the gold value
	Parsed                      int // rows (of all) that Parse read as some number
	Misses                      []NumeralMiss
}

// ExactShare is Exact over InScope (0 when there is none).
func (l NumeralsLang) ExactShare() float64 { return ratio(l.Exact, l.InScope) }

// ParsedShare is Parsed over Rows.
func (l NumeralsLang) ParsedShare() float64 { return ratio(l.Parsed, l.Rows) }

// NumeralsResult is the score of a numerals file, per language (sorted by
// code) and in total.
type NumeralsResult struct {
	Langs []NumeralsLang
	Total NumeralsLang
}

// Lang returns the tallies of one base language, or false.
func (r NumeralsResult) Lang(code string) (NumeralsLang, bool) {
	for _, l := range r.Langs {
		if l.Lang == code {
			return l, true
		}
	}
	return NumeralsLang{}, false
}

// NumeralLang maps a Duckling language code ("ES_MX", "AR_EG", "NB") to
// sitrep's base language code ("es", "ar", "nb").
func NumeralLang(code string) string { return lexicon.Base(code) }

// Numerals scores numparse on numerals rows read from r.
//
// Each row is classified first: a negative gold value, or an expression
// that Parse reports as negative, is out of scope as "negative"; one
// written as a fraction ("3/15", "二分之一", reported as ErrFraction) as
// "fraction"; one that Parse reports as an ordinal as "ordinal". Decimals
// are in scope. An in-scope row counts as exact when Parse returns an exact
// value equal to the gold one. Languages without a lexicon are parsed with
// no language (digits only) and flagged.
func Numerals(r io.Reader) (NumeralsResult, error) {
	by := map[string]*NumeralsLang{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4<<20)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var row NumeralRow
		if err := json.Unmarshal([]byte(b), &row); err != nil {
			return NumeralsResult{}, fmt.Errorf("eval: numerals line %d: %w", line, err)
		}
		code := NumeralLang(row.Lang)
		l := by[code]
		if l == nil {
			l = &NumeralsLang{Lang: code, Lexicon: lexicon.Get(code) != nil}
			by[code] = l
		}
		scoreNumeral(l, row)
	}
	if err := sc.Err(); err != nil {
		return NumeralsResult{}, fmt.Errorf("eval: numerals line %d: %w", line+1, err)
	}
	var res NumeralsResult
	res.Total.Lang = "all"
	for _, l := range by {
		res.Langs = append(res.Langs, *l)
		t := &res.Total
		t.Rows += l.Rows
		t.Negative += l.Negative
		t.Fraction += l.Fraction
		t.Ordinal += l.Ordinal
		t.InScope += l.InScope
		t.Exact += l.Exact
		t.Parsed += l.Parsed
	}
	sort.Slice(res.Langs, func(i, j int) bool { return res.Langs[i].Lang < res.Langs[j].Lang })
	return res, nil
}

func scoreNumeral(l *NumeralsLang, row NumeralRow) {
	l.Rows++
	lang := l.Lang
	if !l.Lexicon {
		lang = ""
	}
	v, err := numparse.ParseLang(row.Text, lang)
	if err == nil {
		l.Parsed++
	}
	switch {
	case row.Value < 0 || errors.Is(err, numparse.ErrNegative):
		l.Negative++
		return
	case errors.Is(err, numparse.ErrFraction) || looksLikeFraction(row.Text):
		l.Fraction++
		return
	case errors.Is(err, numparse.ErrOrdinal):
		l.Ordinal++
		return
	}
	l.InScope++
	if err == nil && v.Exact() && sameNumber(v.Min, row.Value) {
		l.Exact++
		return
	}
	m := NumeralMiss{Text: row.Text, Want: row.Value}
	if err != nil {
		m.Error = err.Error()
	} else {
		m.Got = &v
	}
	l.Misses = append(l.Misses, m)
}

// looksLikeFraction reports a fraction written with a slash between
// digits: "1/5", "٧٧/١٠٠" (Arabic digits are folded by the parser, not here).
func looksLikeFraction(s string) bool {
	i := strings.IndexAny(s, "/⁄")
	return i > 0 && i < len(s)-1
}

func sameNumber(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// WriteNumeralsTable writes res as a plain-text table: per language the
// rows, the in-scope rows, the share read exactly, the share parsed at all
// and the out-of-scope counts.
func WriteNumeralsTable(w io.Writer, res NumeralsResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "lang\trows\tin scope\texact\texact %\tparsed %\tnegative\tfraction\tordinal\tlexicon\t")
	row := func(l NumeralsLang) {
		lex := "yes"
		if !l.Lexicon {
			lex = "no"
		}
		if l.Lang == "all" {
			lex = ""
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%d\t%d\t%d\t%s\t\n", l.Lang, l.Rows, l.InScope, l.Exact,
			100*l.ExactShare(), 100*l.ParsedShare(), l.Negative, l.Fraction, l.Ordinal, lex)
	}
	for _, l := range res.Langs {
		row(l)
	}
	row(res.Total)
	return tw.Flush()
}
