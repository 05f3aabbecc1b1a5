package geo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/geo/internal/fold"
)

//go:embed data/places.tsv.gz data/aliases.tsv data/regions.tsv data/demonyms.tsv data/inflect.tsv data/stop.tsv data/words.tsv
var dataFS embed.FS

// Precisions beyond the three of the root package. A US county (or an
// English county, a Philippine province) is finer
// than its state; a region (a continent, "the Middle East", "the EU") is
// coarser than any country and has no country code.
const (
	PrecisionAdmin2 sitrep.Precision = "admin2"
	PrecisionRegion sitrep.Precision = "region"
)

type kind uint8

const (
	kCountry kind = iota + 1
	kAdmin1
	kAdmin2
	kCity
	kRegion
)

// Feature ranks of populated places.
const (
	featPPL uint8 = iota
	featCapital
	featPPLA
	featPPLA2
	featPPLX
)

type place struct {
	name     string
	cc       string
	admin1   string
	lat, lon float32
	pop      int64
	id       int64
	kind     kind
	feat     uint8
}

// Occurrence flags: how a key names a place.
const (
	fPrimary uint8 = 1 << iota // the place's own name
	fAlt                       // one of its alternate names
	fWeak                      // a weak alias (a county's bare name)
	fDemonym                   // a demonym or adjective of the place
	fExact                     // only when the surface equals the alias exactly
	fComma                     // only right after a comma
)

type occ struct {
	place int32
	next  int32 // 1-based index of the next occurrence of the same key; 0 ends
	flags uint8
	exact int32 // index into Gazetteer.exact when fExact
}

type entry struct {
	head int32 // 1-based index into occs; 0: the key names nothing by itself
	maxN uint8 // most tokens of any key that starts with this one
}

type inflRule struct{ suffix, repl string }

// Gazetteer is the loaded place data and its match index. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	places   []place
	index    map[string]entry
	occs     []occ
	exact    []string
	country  map[string]int32 // ISO2 → place
	admin1   map[string]int32 // "CC.code" → place
	inflect  map[string][]inflRule
	ruleSets map[string]ruleSet          // by language; "" holds every language's rules
	stop     map[string]bool             // folded common words, all languages together
	words    map[string]map[string]uint8 // lang → folded word → wordCommon|wordName (data/words.tsv)
	arPrefix []string
	grid     grid
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the gazetteer built from the embedded data, loading it
// on first use. Later calls return the same value.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() { defaultG, defaultErr = load() })
	return defaultG, defaultErr
}

func load() (*Gazetteer, error) {
	g := &Gazetteer{
		index:   make(map[string]entry, 800_000),
		country: map[string]int32{},
		admin1:  map[string]int32{},
		inflect: map[string][]inflRule{},
		stop:    map[string]bool{},
		words:   map[string]map[string]uint8{},
		arPrefix: []string{
			"وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ل", "ف", "ك",
		},
	}
	f, err := dataFS.Open("data/places.tsv.gz")
	if err != nil {
		return nil, fmt.Errorf("geo: load: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("geo: load places: %w", err)
	}
	var buf bytes.Buffer
	buf.Grow(48 << 20)
	_, err = io.Copy(&buf, zr)
	raw := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("geo: load places: %w", err)
	}
	if err := g.loadPlaces(string(raw)); err != nil {
		return nil, err
	}
	for _, step := range []struct {
		file string
		fn   func(line int, cols []string) error
	}{
		{"data/regions.tsv", g.loadRegion},
		{"data/aliases.tsv", g.loadAlias},
		{"data/demonyms.tsv", g.loadDemonym},
		{"data/inflect.tsv", g.loadInflect},
		{"data/stop.tsv", g.loadStop},
		{"data/words.tsv", g.loadWords},
	} {
		b, err := dataFS.ReadFile(step.file)
		if err != nil {
			return nil, fmt.Errorf("geo: load: %w", err)
		}
		if err := eachTSV(b, step.fn); err != nil {
			return nil, fmt.Errorf("geo: load %s: %w", step.file, err)
		}
	}
	g.ruleSets = map[string]ruleSet{"": {}}
	seen := map[inflRule]bool{}
	for lang, rules := range g.inflect {
		rs := ruleSet{}
		for _, r := range rules {
			if r.suffix == "" {
				continue
			}
			last := r.suffix[len(r.suffix)-1]
			rs[last] = append(rs[last], r)
			if !seen[r] {
				seen[r] = true
				g.ruleSets[""][last] = append(g.ruleSets[""][last], r)
			}
		}
		g.ruleSets[lang] = rs
	}
	return g, nil
}

func eachTSV(b []byte, fn func(line int, cols []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	n := 0
	for sc.Scan() {
		n++
		l := sc.Text()
		if l == "" || l[0] == '#' {
			continue
		}
		if err := fn(n, strings.Split(l, "\t")); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

// placeKinds maps the kind column of data/places.tsv to a kind.
var placeKinds = map[string]kind{"C": kCountry, "A": kAdmin1, "D": kAdmin2, "P": kCity}

// featureCodes maps the GeoNames feature codes that change a town's prior.
var featureCodes = map[string]uint8{"PPLC": featCapital, "PPLA": featPPLA, "PPLA2": featPPLA2, "PPLX": featPPLX}

// loadPlaces parses the generated table. Strings are slices of data, so
// the whole table is one allocation.
func (g *Gazetteer) loadPlaces(data string) error {
	g.places = make([]place, 0, 210_000)
	g.occs = make([]occ, 0, 760_000)
	line := 0
	var cols [10]string
	type short struct {
		key string
		pi  int32
	}
	var shorts []short
	for len(data) > 0 {
		line++
		nl := strings.IndexByte(data, '\n')
		var l string
		if nl < 0 {
			l, data = data, ""
		} else {
			l, data = data[:nl], data[nl+1:]
		}
		if l == "" || l[0] == '#' {
			continue
		}
		n := 0
		for n < 9 {
			t := strings.IndexByte(l, '\t')
			if t < 0 {
				break
			}
			cols[n], l = l[:t], l[t+1:]
			n++
		}
		cols[n] = l
		if n != 9 {
			return fmt.Errorf("geo: load places: line %d: %d columns, want 10", line, n+1)
		}
		p := place{name: cols[8], cc: cols[2], admin1: cols[3]}
		lat, err1 := strconv.ParseFloat(cols[4], 32)
		lon, err2 := strconv.ParseFloat(cols[5], 32)
		pop, err3 := strconv.ParseInt(cols[6], 10, 64)
		id, err4 := strconv.ParseInt(cols[1], 10, 64)
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("geo: load places: line %d: bad number", line)
		}
		p.lat, p.lon, p.pop, p.id = float32(lat), float32(lon), pop, id
		var ok bool
		if p.kind, ok = placeKinds[cols[0]]; !ok {
			return fmt.Errorf("geo: load places: line %d: kind %q", line, cols[0])
		}
		p.feat = featureCodes[cols[7]] // other codes: featPPL
		pi := int32(len(g.places))
		g.places = append(g.places, p)
		switch p.kind {
		case kCountry:
			g.country[p.cc] = pi
		case kAdmin1:
			g.admin1[p.cc+"."+p.admin1] = pi
		}
		keys := cols[9]
		for grp, flag := range [3]uint8{fPrimary, fAlt, fWeak} {
			var part string
			if i := strings.IndexByte(keys, ';'); i >= 0 {
				part, keys = keys[:i], keys[i+1:]
			} else {
				part, keys = keys, ""
			}
			_ = grp
			for part != "" {
				var k string
				if i := strings.IndexByte(part, '|'); i >= 0 {
					k, part = part[:i], part[i+1:]
				} else {
					k, part = part, ""
				}
				g.addKey(k, pi, flag, -1)
				if p.kind == kCountry {
					if rest, ok := republicRest(k); ok {
						shorts = append(shorts, short{rest, pi})
					}
				}
			}
		}
	}
	// "Republik Moldau" also names Moldova as "Moldau" when that word
	// names nothing else: the short form is the usual one in running text.
	for _, sh := range shorts {
		if _, taken := g.index[sh.key]; !taken {
			g.addKey(sh.key, sh.pi, fAlt, -1)
		}
	}
	return nil
}

// republicPrefixes open the long form of a country's name in the
// project's languages (folded).
var republicPrefixes = []string{"republic of ", "republik ", "republiek ", "republica ", "republique ", "repubblica ",
	"republika ", "республика ", "республіка ", "δημοκρατια τησ "}

// republicRest returns the one-word rest of a country name made of a
// "Republic" word and the name ("republik moldau" → "moldau").
func republicRest(k string) (string, bool) {
	for _, p := range republicPrefixes {
		if strings.HasPrefix(k, p) {
			rest := k[len(p):]
			for _, d := range []string{"de ", "di ", "del ", "of ", "the "} {
				rest = strings.TrimPrefix(rest, d)
			}
			if len([]rune(rest)) >= 4 && !strings.ContainsAny(rest, " -") {
				return rest, true
			}
		}
	}
	return "", false
}

const maxTokens = 12

func (g *Gazetteer) addKey(key string, pi int32, flags uint8, exact int32) {
	if key == "" {
		return
	}
	n, fl := fold.FirstToken(key)
	if n > maxTokens {
		return
	}
	e := g.index[key]
	g.occs = append(g.occs, occ{place: pi, next: e.head, flags: flags, exact: exact})
	e.head = int32(len(g.occs))
	if n == 1 && e.maxN < 1 {
		e.maxN = 1
	}
	g.index[key] = e
	if n > 1 {
		first := key[:fl]
		fe := g.index[first]
		if fe.maxN < uint8(n) {
			fe.maxN = uint8(n)
			g.index[first] = fe
		}
	}
}

func (g *Gazetteer) loadRegion(line int, c []string) error {
	if len(c) != 5 {
		return fmt.Errorf("want 5 columns: id, lat, lon, population, names")
	}
	lat, err1 := strconv.ParseFloat(c[1], 64)
	lon, err2 := strconv.ParseFloat(c[2], 64)
	pop, err3 := strconv.ParseInt(c[3], 10, 64)
	if err1 != nil || err2 != nil || err3 != nil {
		return fmt.Errorf("bad number")
	}
	names := strings.Split(c[4], "|")
	pi := int32(len(g.places))
	g.places = append(g.places, place{name: names[0], lat: float32(lat), lon: float32(lon), pop: pop, kind: kRegion})
	g.country["@"+c[0]] = pi
	for _, n := range names {
		g.addKey(fold.Key(n), pi, fPrimary, -1)
	}
	return nil
}

// target resolves a data-file target: "KZ" (a country), "US.IL" (an
// admin1 area), "@europe" (a region) or "=1526384" (a GeoNames id).
func (g *Gazetteer) target(t string) (int32, error) {
	if strings.HasPrefix(t, "=") {
		id, err := strconv.ParseInt(t[1:], 10, 64)
		if err != nil {
			return 0, err
		}
		for i := range g.places {
			if g.places[i].id == id && g.places[i].kind == kCity {
				return int32(i), nil
			}
		}
		return 0, fmt.Errorf("no place with geonameid %d", id)
	}
	if strings.Contains(t, ".") {
		if pi, ok := g.admin1[t]; ok {
			return pi, nil
		}
		return 0, fmt.Errorf("no admin1 area %q", t)
	}
	if pi, ok := g.country[t]; ok {
		return pi, nil
	}
	return 0, fmt.Errorf("no country or region %q", t)
}

func (g *Gazetteer) loadAlias(line int, c []string) error {
	if len(c) != 3 {
		return fmt.Errorf("want 3 columns: target, flags, form")
	}
	pi, err := g.target(c[0])
	if err != nil {
		return err
	}
	flags := fAlt
	ex := int32(-1)
	for _, f := range strings.Split(c[1], ",") {
		switch f {
		case "-":
		case "exact":
			flags |= fExact
			ex = int32(len(g.exact))
			g.exact = append(g.exact, c[2])
		case "comma":
			flags |= fComma
		case "primary":
			flags = flags&^fAlt | fPrimary
		default:
			return fmt.Errorf("unknown flag %q", f)
		}
	}
	g.addKey(fold.Key(c[2]), pi, flags, ex)
	return nil
}

func (g *Gazetteer) loadDemonym(line int, c []string) error {
	if len(c) != 3 {
		return fmt.Errorf("want 3 columns: target, lang, forms")
	}
	pi, err := g.target(c[0])
	if err != nil {
		return err
	}
	for _, f := range strings.Split(c[2], ",") {
		if f = strings.TrimSpace(f); f != "" {
			g.addKey(fold.Key(f), pi, fDemonym, -1)
		}
	}
	return nil
}

func (g *Gazetteer) loadInflect(line int, c []string) error {
	if len(c) != 3 {
		return fmt.Errorf("want 3 columns: lang, suffix, replacement")
	}
	r := inflRule{suffix: fold.Key(c[1]), repl: c[2]}
	if r.repl == "-" {
		r.repl = ""
	} else {
		r.repl = fold.Key(r.repl)
	}
	g.inflect[c[0]] = append(g.inflect[c[0]], r)
	return nil
}

func (g *Gazetteer) loadStop(line int, c []string) error {
	if len(c) != 2 {
		return fmt.Errorf("want 2 columns: lang, words")
	}
	for _, w := range strings.Split(c[1], ",") {
		if w = strings.TrimSpace(w); w != "" {
			g.stop[fold.Key(w)] = true
		}
	}
	return nil
}

// Kinds of words in data/words.tsv.
const (
	wordCommon uint8 = 1 << iota // a common word of the language (stopword, compass word)
	wordDate                     // a day or month name
	wordName                     // a first name
)

func (g *Gazetteer) loadWords(line int, c []string) error {
	if len(c) != 3 {
		return fmt.Errorf("want 3 columns: lang, kind, words")
	}
	var bit uint8
	switch c[1] {
	case "word":
		bit = wordCommon
	case "date":
		bit = wordDate
	case "name":
		bit = wordName
	default:
		return fmt.Errorf("unknown kind %q", c[1])
	}
	if bit == wordName {
		c[0] = "*" // a first name is one in any language's text
	}
	m := g.words[c[0]]
	if m == nil {
		m = map[string]uint8{}
		g.words[c[0]] = m
	}
	for _, w := range strings.Split(c[2], ",") {
		if w = strings.TrimSpace(w); w != "" {
			k := fold.Key(w)
			m[k] |= bit
		}
	}
	return nil
}

// wordKind returns how a folded word is used in lang (0: not listed).
// First names count in every language. Text of unknown language is taken as English, the language of most
// such text.
func (g *Gazetteer) wordKind(lang, k string) uint8 {
	if lang == "" {
		lang = "en"
	}
	return g.words[lang][k] | g.words["*"][k]
}

// Country returns the country with ISO 3166-1 alpha-2 code iso2, at
// country precision.
func (g *Gazetteer) Country(iso2 string) (sitrep.Place, bool) {
	pi, ok := g.country[strings.ToUpper(iso2)]
	if !ok || g.places[pi].kind != kCountry {
		return sitrep.Place{}, false
	}
	return g.toPlace(pi), true
}

// Len returns the number of places in the gazetteer.
func (g *Gazetteer) Len() int { return len(g.places) }

func (g *Gazetteer) toPlace(pi int32) sitrep.Place {
	p := &g.places[pi]
	out := sitrep.Place{
		Name:    p.name,
		Country: p.cc,
		Lat:     round4(float64(p.lat)),
		Lon:     round4(float64(p.lon)),
	}
	switch p.kind {
	case kCountry:
		out.Precision = sitrep.PrecisionCountry
	case kAdmin1:
		out.Precision = sitrep.PrecisionAdmin1
		out.Admin1 = p.name
	case kAdmin2:
		out.Precision = PrecisionAdmin2
	case kCity:
		out.Precision = sitrep.PrecisionCity
	case kRegion:
		out.Precision = PrecisionRegion
	}
	if p.kind == kCity || p.kind == kAdmin2 {
		if ai, ok := g.admin1[p.cc+"."+p.admin1]; ok {
			out.Admin1 = g.places[ai].name
		}
	}
	if p.kind != kAdmin2 && p.kind != kRegion {
		out.GeonameID = p.id
	}
	return out
}

func round4(f float64) float64 { return math.Round(f*1e4) / 1e4 }
