package numparse

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// Value is a parsed quantity. An exact number has Min == Max and Vague
// false; a vague quantity ("dozens", "câteva sute") is the range that the
// conventions of DESIGN.md give it, with Vague true.
type Value struct {
	Min, Max float64
	Vague    bool
	// Approx marks a round number said loosely ("une vingtaine"): about
	// Min.
	Approx bool
}

// Exact reports whether v is one exact number.
func (v Value) Exact() bool { return !v.Vague && v.Min == v.Max }

// Errors returned by Parse, wrapped with the expression. Ordinals,
// fractions and negative numbers are recognised but out of scope: they are
// reported with their own error so that callers can count them.
var (
	ErrEmpty    = errors.New("empty expression")
	ErrSyntax   = errors.New("not a number")
	ErrNegative = errors.New("negative number")
	ErrFraction = errors.New("fraction")
	ErrOrdinal  = errors.New("ordinal number")
	ErrRange    = errors.New("number out of range")
	ErrLanguage = errors.New("no number data for language")
)

// MaxValue is the largest magnitude Parse and Scan accept; above it a float64
// no longer holds every integer exactly and the figure is not a count.
const MaxValue = 1e18

// maxDigits is the most significant digits a digit string may have.
const maxDigits = 18

// Parse reads the whole expression, which may be raw text: it is normalised
// with textnorm.Fold first. Trailing particles of the language ("of", "de",
// Chinese classifiers) are allowed after the number.
func (p *Parser) Parse(expr string) (Value, error) {
	s := strings.TrimSpace(textnorm.Fold(expr))
	if s == "" {
		return Value{}, fmt.Errorf("numparse: %q: %w", expr, ErrEmpty)
	}
	v, err := p.parseFolded(s)
	if err != nil {
		return Value{}, fmt.Errorf("numparse: %s %q: %w", p.lang, expr, err)
	}
	return v, nil
}

func (p *Parser) parseFolded(s string) (Value, error) {
	if neg, rest := p.negative(s); neg {
		if neg2, _ := p.negative(rest); rest == "" || neg2 {
			return Value{}, ErrSyntax // "-", "- -5"
		}
		if _, err := p.parseFolded(rest); err == nil || errors.Is(err, ErrFraction) || errors.Is(err, ErrOrdinal) {
			return Value{}, ErrNegative
		}
		return Value{}, ErrSyntax
	}
	r := p.scan(s, 0, true)
	if r.overflow && (!r.ok || p.skipTrailing(s, r.end) != len(s)) {
		return Value{}, ErrRange
	}
	if r.ok {
		end := p.skipTrailing(s, r.end)
		if end == len(s) {
			return r.v, nil
		}
		rest := s[r.end:]
		switch {
		case isFractionRest(rest):
			return Value{}, ErrFraction
		case p.hasOrdinalSuffix(s[:r.end], rest):
			return Value{}, ErrOrdinal
		}
	}
	if p.isOrdinal(s) {
		return Value{}, ErrOrdinal
	}
	if p.isFraction(s) {
		return Value{}, ErrFraction
	}
	return Value{}, ErrSyntax
}

// Scan reads the longest number expression of s that starts at byte i.
// s must already be normalised (textnorm.Fold or Normalize(...).S) and i
// should be the start of a token. It returns the value and the end of the
// expression (end > i) when there is one. Scan never reads a trailing
// particle or classifier, and never reads a sign: "-5" scanned at '-' is
// not a number, scanned at '5' it is 5.
func (p *Parser) Scan(s string, i int) (v Value, end int, ok bool) {
	if i < 0 || i >= len(s) {
		return Value{}, i, false
	}
	r := p.scan(s, i, false)
	if !r.ok || r.overflow || r.end <= i {
		return Value{}, i, false
	}
	return r.v, r.end, true
}

// Lang returns the language the parser was built for.
func (p *Parser) Lang() string { return p.lang }

var cache sync.Map // lang → *Parser

// ForLang returns the parser of an embedded lexicon, built once and cached,
// or nil when there is no such lexicon.
func ForLang(lang string) *Parser {
	if v, ok := cache.Load(lang); ok {
		return v.(*Parser)
	}
	lx := lexicon.Get(lang)
	if lx == nil {
		return nil
	}
	p := NewFromLexicon(lx)
	v, _ := cache.LoadOrStore(lang, p)
	return v.(*Parser)
}

// ParseLang parses expr with the embedded lexicon of lang. Expressions
// written only with digits parse in any language; the empty language reads
// digits alone, with neutral separators: '.' or ',' followed by exactly
// three digits groups thousands, otherwise it is a decimal mark.
func ParseLang(expr, lang string) (Value, error) {
	if lang == "" {
		return neutral().Parse(expr)
	}
	p := ForLang(lang)
	if p == nil {
		return Value{}, fmt.Errorf("numparse: %q: %w", lang, ErrLanguage)
	}
	return p.Parse(expr)
}

var (
	neutralOnce sync.Once
	neutralP    *Parser
)

// neutral is the parser of no language: digits, where '.' and ',' group
// thousands when exactly three digits follow and are decimal marks
// otherwise, and the suffixes "k" and "m".
func neutral() *Parser {
	neutralOnce.Do(func() {
		neutralP = New(&lexicon.Numbers{
			Suffixes: map[string]float64{"k": 1e3, "m": 1e6},
		}, "")
	})
	return neutralP
}
