package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/geo"
)

func init() {
	register(command{name: "geocode", summary: "find and resolve place names in JSONL texts (or resolve a given toponym)", run: runGeocode})
}

// geocodeIn is one input line of geocode.
type geocodeIn struct {
	Text    *string `json:"text"`
	Toponym string  `json:"toponym"`
	Start   *int    `json:"start"`
	End     *int    `json:"end"`
	Lang    string  `json:"lang"`
}

// geocodePlace is one resolved place of an output line.
type geocodePlace struct {
	Name      string           `json:"name"`
	Surface   string           `json:"surface,omitempty"`
	Span      sitrep.Span      `json:"span"`
	Lat       float64          `json:"lat"`
	Lon       float64          `json:"lon"`
	Country   string           `json:"country"`
	Admin1    string           `json:"admin1,omitempty"`
	Precision sitrep.Precision `json:"precision"`
	GeonameID int64            `json:"geonameid,omitempty"`
}

// geocodeOut is one output line: places, or the error of a bad line.
type geocodeOut struct {
	Places []geocodePlace `json:"places"`
	Error  string         `json:"error,omitempty"`
}

func runGeocode(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("geocode", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	lang := fs.String("lang", "", "language of the texts (BCP-47 code: ro, en, zh...); a line's \"lang\" overrides it")
	var countries string
	fs.StringVar(&countries, "countries", "", "comma-separated ISO 3166-1 alpha-2 codes the texts are known to be about (a resolution hint)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep geocode [--lang L] [--countries KZ,RU] [FILE|-]")
		fmt.Fprintln(m.Stderr, "\nReads JSONL (default: standard input), one object per line:")
		fmt.Fprintln(m.Stderr, `  {"text": "...", "toponym": "...", "start": 0, "end": 6, "lang": "ro"}   (all but text optional)`)
		fmt.Fprintln(m.Stderr, "start and end are byte offsets into text. With a toponym (or a start/end span) only that")
		fmt.Fprintln(m.Stderr, "mention is resolved, using the rest of the text as context; otherwise every place name in")
		fmt.Fprintln(m.Stderr, "the text is found and resolved. Writes one JSON line per input line, in order:")
		fmt.Fprintln(m.Stderr, `  {"places": [{"name", "span", "lat", "lon", "country", "admin1"?, "precision", "geonameid"?}]}`)
		fmt.Fprintln(m.Stderr, "precision is city, admin2 (US county), admin1, country or region; a country is never a")
		fmt.Fprintln(m.Stderr, `point in its capital. A bad line gets {"error": "..."} and a message on stderr naming the`)
		fmt.Fprintln(m.Stderr, "line; the others are still processed, and the exit status is then 1.")
		fmt.Fprintln(m.Stderr, "\nOptions:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w", errUsage)
	}
	var hint []string
	for _, c := range strings.Split(countries, ",") {
		if c = strings.TrimSpace(c); c != "" {
			if len(c) != 2 {
				return fmt.Errorf("%w: --countries: %q is not an ISO 3166-1 alpha-2 code", errUsage, c)
			}
			hint = append(hint, strings.ToUpper(c))
		}
	}
	r, name, done, err := m.lineInput(fs)
	if err != nil {
		return err
	}
	defer done()
	g, err := geo.Default()
	if err != nil {
		return err
	}
	return m.perLine(ctx, "geocode", r, name, func(line string) (any, error) {
		out, err := geocodeLine(g, line, *lang, hint)
		if err != nil {
			out = geocodeOut{Places: []geocodePlace{}, Error: err.Error()}
		}
		return out, err
	})
}

func geocodeLine(g *geo.Gazetteer, raw, lang string, hint []string) (geocodeOut, error) {
	out := geocodeOut{Places: []geocodePlace{}}
	var in geocodeIn
	if err := json.Unmarshal([]byte(raw), &in); err != nil {
		return out, fmt.Errorf("bad JSON line: %v", err)
	}
	if in.Text == nil {
		return out, fmt.Errorf("bad JSON line: missing text")
	}
	text := *in.Text
	if in.Lang != "" {
		lang = in.Lang
	}
	if (in.Start == nil) != (in.End == nil) {
		return out, fmt.Errorf("start and end must be given together")
	}
	if in.Start == nil && in.Toponym == "" {
		for _, pm := range g.Places(text, lang, geo.Context{Countries: hint}) {
			out.Places = append(out.Places, placeOf(pm.Place, pm.Span, pm.Surface))
		}
		return out, nil
	}
	start, end := -1, -1
	if in.Start != nil {
		start, end = *in.Start, *in.End
		if start < 0 || end > len(text) || start >= end {
			return out, fmt.Errorf("span [%d,%d) is outside the text (%d bytes)", start, end, len(text))
		}
		if in.Toponym != "" && text[start:end] != in.Toponym {
			return out, fmt.Errorf("toponym %q does not match text[%d:%d] = %q", in.Toponym, start, end, text[start:end])
		}
	} else {
		start = strings.Index(text, in.Toponym)
		if start < 0 {
			return out, fmt.Errorf("toponym %q not found in text", in.Toponym)
		}
		end = start + len(in.Toponym)
	}
	if p, ok := g.ResolveToponym(text, text[start:end], start, end, lang); ok {
		out.Places = append(out.Places, placeOf(p, sitrep.Span{start, end}, text[start:end]))
	}
	return out, nil
}

func placeOf(p sitrep.Place, span sitrep.Span, surface string) geocodePlace {
	return geocodePlace{Name: p.Name, Surface: surface, Span: span, Lat: p.Lat, Lon: p.Lon, Country: p.Country,
		Admin1: p.Admin1, Precision: p.Precision, GeonameID: p.GeonameID}
}
