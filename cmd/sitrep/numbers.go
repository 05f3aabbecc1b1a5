package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"strings"

	"golang.org/x/text/language"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/numparse"
)

func init() {
	register(command{name: "numbers", summary: "read one number expression per line (digits, words, vague quantities) as JSON", run: runNumbers})
}

// numberLine is one output line of numbers: value for an exact number;
// min, max and vague for a vague quantity; error when it is not a number.
type numberLine struct {
	Text  string   `json:"text"`
	Lang  string   `json:"lang"`
	Value *float64 `json:"value,omitempty"`
	Min   *float64 `json:"min,omitempty"`
	Max   *float64 `json:"max,omitempty"`
	Vague bool     `json:"vague,omitempty"`
	// Approx marks a round number said loosely ("une vingtaine"): about
	// value.
	Approx bool   `json:"approx,omitempty"`
	Error  string `json:"error,omitempty"`
}

// guessOrder is the order in which languages are tried when a line names
// none: the languages most often met first, then the rest alphabetically.
var guessOrder = []string{"en", "fr", "es", "de", "it", "pt", "ro", "nl", "ru", "uk", "pl", "cs", "tr",
	"ar", "fa", "zh", "ja", "hi", "id", "sw", "sv", "hu", "el", "bg"}

func runNumbers(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("numbers", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	lang := fs.String("lang", "", "language of the expressions (BCP-47 code: ro, en, zh...); default: guessed per line")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep numbers [--lang L] [FILE|-]")
		fmt.Fprintln(m.Stderr, "\nReads one number expression per line (default: standard input) and writes one JSON object")
		fmt.Fprintln(m.Stderr, `per line, in order: {"text", "lang", "value"} for an exact number, {"text", "lang", "min",`)
		fmt.Fprintln(m.Stderr, `"max", "vague": true} for a vague one, {"text", "lang", "error"} when it is not a number.`)
		fmt.Fprintln(m.Stderr, `A round number said loosely ("une vingtaine") is {"value": 20, "approx": true}: about 20.`)
		fmt.Fprintln(m.Stderr, `A line may also be a JSON object {"text", "lang"}; its lang overrides --lang.`)
		fmt.Fprintln(m.Stderr, `A tag with a region or script ("pt-BR", "ES_AR") is read as its language; in a language`)
		fmt.Fprintln(m.Stderr, `without number words only digits are read.`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	*lang = lexicon.Base(*lang)
	if *lang != "" && numparse.ForLang(*lang) == nil {
		if _, err := language.ParseBase(*lang); err != nil {
			return fmt.Errorf("%w: unknown language %q (with number words: %s)", errUsage, *lang, strings.Join(lexicon.Languages(), " "))
		}
		m.Logger.Warn("no number words for this language; reading digits only", "lang", *lang, "known", strings.Join(lexicon.Languages(), " "))
	}
	r, name, done, err := m.lineInput(fs)
	if err != nil {
		return err
	}
	defer done()
	return m.perLine(ctx, "numbers", r, name, func(line string) (any, error) {
		out := numberOf(line, *lang)
		if out.Error != "" {
			return out, errors.New(out.Error)
		}
		return out, nil
	})
}

// numberOf reads one input line: plain text, or a JSON object with text
// and lang.
func numberOf(raw, lang string) numberLine {
	text := raw
	if strings.HasPrefix(strings.TrimSpace(raw), "{") {
		var in struct {
			Text *string `json:"text"`
			Lang string  `json:"lang"`
		}
		if err := json.Unmarshal([]byte(raw), &in); err != nil || in.Text == nil {
			msg := "bad JSON line: missing text"
			if err != nil {
				msg = "bad JSON line: " + err.Error()
			}
			return numberLine{Text: raw, Lang: lang, Error: msg}
		}
		text = *in.Text
		if in.Lang != "" {
			lang = lexicon.Base(in.Lang)
		}
	}
	if lang == "" {
		return guess(text)
	}
	if p := numparse.ForLang(lang); p != nil {
		v, err := p.Parse(text)
		return lineOf(text, lang, v, err)
	}
	// A language without number words still writes digits ("100k",
	// "1.5"): they are read with neutral separators.
	v, err := numparse.ParseLang(text, "")
	if err != nil {
		err = fmt.Errorf("%w (no number words for language %s)", err, lang)
	}
	return lineOf(text, lang, v, err)
}

// guess parses text without a language: digits alone need none; words are
// read by the first language (in guessOrder, then the others) whose
// lexicon reads the whole expression.
func guess(text string) numberLine {
	if v, err := numparse.ParseLang(text, ""); err == nil {
		return lineOf(text, "", v, nil)
	}
	var first error
	tried := map[string]bool{}
	langs := append(append([]string{}, guessOrder...), lexicon.Languages()...)
	for _, l := range langs {
		if tried[l] {
			continue
		}
		tried[l] = true
		p := numparse.ForLang(l)
		if p == nil {
			continue
		}
		v, err := p.Parse(text)
		if err == nil {
			return lineOf(text, l, v, nil)
		}
		if first == nil || errors.Is(first, numparse.ErrSyntax) && !errors.Is(err, numparse.ErrSyntax) {
			first = err
		}
	}
	if first == nil {
		_, first = numparse.ParseLang(text, "")
	}
	return lineOf(text, "", numparse.Value{}, first)
}

func lineOf(text, lang string, v numparse.Value, err error) numberLine {
	out := numberLine{Text: text, Lang: lang}
	switch {
	case err != nil:
		out.Error = strings.TrimSpace(strings.TrimPrefix(err.Error(), "numparse: "))
	case v.Vague:
		lo, hi := v.Min, v.Max
		out.Min, out.Max, out.Vague = &lo, &hi, true
	default:
		x := v.Min
		out.Value, out.Approx = &x, v.Approx
	}
	return out
}
