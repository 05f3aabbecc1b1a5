package geo

import (
	"math"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/geo/internal/fold"
)

// Context is what is known about a document beyond the passage being
// resolved. The zero value is valid.
type Context struct {
	// Countries are ISO 3166-1 alpha-2 codes the document is known to be
	// about (from other passages, the outlet, the feed).
	Countries []string
	// Passage is copied into every PlaceMention.
	Passage int
}

// langCountries are the countries where a language is official (none for
// English, spoken everywhere); a weak hint, used only to break near-ties.
var langCountries = map[string][]string{
	"ro": {"RO", "MD"}, "fr": {"FR", "BE", "CH", "CA", "LU", "MC", "SN", "CI", "ML", "BF", "NE", "TD", "CM", "CD", "CG", "GA", "GN", "BJ", "TG", "CF", "MG", "HT", "RW", "BI", "DJ", "KM", "SC", "VU"},
	"es": {"ES", "MX", "AR", "CO", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "GQ", "PR"},
	"pt": {"PT", "BR", "AO", "MZ", "CV", "GW", "ST", "TL"}, "it": {"IT", "CH", "SM", "VA"}, "de": {"DE", "AT", "CH", "LI", "LU"},
	"nl": {"NL", "BE", "SR"}, "pl": {"PL"}, "cs": {"CZ"}, "hu": {"HU"}, "el": {"GR", "CY"}, "bg": {"BG"}, "sv": {"SE", "FI"},
	"uk": {"UA"}, "ru": {"RU", "BY", "KZ", "KG"}, "tr": {"TR", "CY"}, "fa": {"IR", "AF", "TJ"}, "zh": {"CN", "TW", "SG"},
	"ja": {"JP"}, "hi": {"IN"}, "id": {"ID"}, "sw": {"KE", "TZ", "UG"}, "kk": {"KZ"},
	"da": {"DK", "GL", "FO"}, "fi": {"FI"}, "et": {"EE"}, "lt": {"LT"}, "lv": {"LV"}, "hr": {"HR", "BA"}, "sk": {"SK"}, "sl": {"SI"},
	"ar": {"EG", "SA", "IQ", "SY", "JO", "LB", "PS", "YE", "OM", "AE", "QA", "BH", "KW", "LY", "TN", "DZ", "MA", "SD", "MR", "SO", "DJ", "KM", "TD"},
}

// Stage is a gazetteer as the pipeline's place stage uses it: the
// countries a document is known to be about are its only context.
type Stage struct{ g *Gazetteer }

// Stage returns g as a pipeline stage (pipeline.Geocoder).
func (g *Gazetteer) Stage() Stage { return Stage{g} }

// Places finds and resolves the toponyms of a passage.
func (s Stage) Places(text, lang string, countries []string) []sitrep.PlaceMention {
	return s.g.Places(text, lang, Context{Countries: countries})
}

// Places finds and resolves every toponym of text.
func (g *Gazetteer) Places(text, lang string, ctx Context) []sitrep.PlaceMention {
	return g.Resolve(text, lang, g.Find(text, lang), ctx)
}

// Resolve picks one place for each mention, using the document's context:
// countries and admin areas named elsewhere in the text (and in ctx), the
// language, closeness to the other places named, and population as the
// prior. Countries and demonyms resolve at country precision, never to a
// point in the capital. Mentions with no candidate are dropped.
func (g *Gazetteer) Resolve(text, lang string, mentions []Mention, ctx Context) []sitrep.PlaceMention {
	lang = baseLang(lang)
	copied := false
	for i, m := range mentions {
		cs := g.countyReading(text, m.Surface, m.Span[1])
		if cs == nil {
			cs = m.Candidates
		}
		cs = g.cityReading(text, m.Span[0], cs)
		if cs = g.withinNamedArea(text, m.Span[1], cs); len(cs) != len(m.Candidates) || len(cs) > 0 && cs[0].pi != m.Candidates[0].pi {
			if !copied { // the caller's mentions stay as they were
				mentions, copied = append([]Mention(nil), mentions...), true
			}
			mentions[i].Candidates = cs
		}
	}
	choice := g.choose(text, mentions, lang, ctx, -1)
	g.dropUnsupported(mentions, choice, ctx)
	out := make([]sitrep.PlaceMention, 0, len(mentions))
	for i, m := range mentions {
		if choice[i] < 0 {
			continue
		}
		c := m.Candidates[choice[i]]
		out = append(out, sitrep.PlaceMention{Place: c.Place, Surface: m.Surface, Passage: ctx.Passage, Span: m.Span})
	}
	return out
}

// ResolveToponym resolves the toponym at text[start:end] (the "gold
// toponym given" case), using the rest of text as context. When the
// toponym is not a known name as a whole, its longest known part is used
// ("Heathrow Animal Reception Centre" → Heathrow).
func (g *Gazetteer) ResolveToponym(text, toponym string, start, end int, lang string) (sitrep.Place, bool) {
	lang = baseLang(lang)
	if toponym == "" {
		if start < 0 || end > len(text) || start >= end {
			return sitrep.Place{}, false
		}
		toponym = text[start:end]
	}
	target := g.lookup(toponym, lang)
	if len(target.Candidates) == 0 {
		return sitrep.Place{}, false
	}
	target.Span = sitrep.Span{start, end}
	if cs := g.countyReading(text, toponym, end); cs != nil {
		target.Candidates = cs
	}
	target.Candidates = g.cityReading(text, start, target.Candidates)
	target.Candidates = g.withinNamedArea(text, end, target.Candidates)
	if start >= 0 && end <= len(text) && start < end && isDateline(text[end:]) && strings.ToUpper(toponym) == toponym &&
		strings.TrimSpace(text[max(0, strings.LastIndexAny(text[:start], ".\n")+1):start]) == "" {
		var keep []Candidate
		for _, c := range target.Candidates {
			if g.places[c.pi].kind == kCity {
				keep = append(keep, c)
			}
		}
		if len(keep) > 0 {
			target.Candidates = keep
		}
	}
	var ms []Mention
	for _, m := range g.Find(text, lang) {
		if m.Span[1] <= start || m.Span[0] >= end {
			ms = append(ms, m)
		}
	}
	ms = append(ms, target)
	choice := g.choose(text, ms, lang, Context{}, len(ms)-1)
	if choice[len(ms)-1] < 0 {
		return sitrep.Place{}, false
	}
	return target.Candidates[choice[len(ms)-1]].Place, true
}

// lookup finds the candidates of a standalone toponym, trying the whole
// string, then its inflected forms, then its longest known sub-span.
func (g *Gazetteer) lookup(toponym, lang string) Mention {
	m := Mention{Surface: toponym}
	toks := fold.Tokens(toponym)
	if len(toks) == 0 {
		return m
	}
	var b []byte
	prev := false
	for _, t := range toks {
		b = fold.Join(b, prev, t.Key, t.CJK)
		prev = t.CJK
	}
	if e, ok := g.index[string(b)]; ok && e.head != 0 {
		if hs := g.hits(toponym, toks, 0, len(toks), e.head, true); len(hs) > 0 {
			if len(toks) == 1 && lang != "" && g.inflect[lang] != nil && toks[0].Script != fold.Arabic {
				g.variants(toks[0], lang, func(v []byte) bool {
					if e, ok := g.index[string(v)]; ok && e.head != 0 {
						hs = append(hs, g.hits(toponym, toks, 0, 1, e.head, true)...)
					}
					return false
				})
			}
			m.Candidates = g.candidates(hs)
		}
	}
	if len(toks) == 1 && len(m.Candidates) == 0 {
		g.variants(toks[0], lang, func(v []byte) bool {
			if e, ok := g.index[string(v)]; ok && e.head != 0 {
				if hs := g.hits(toponym, toks, 0, 1, e.head, true); len(hs) > 0 {
					m.Candidates = g.candidates(hs)
					return true
				}
			}
			return false
		})
	}
	if len(m.Candidates) == 0 {
		m.Candidates = g.subSpan(toponym, toks, lang)
	}
	// A lower-case word in a cased script is an adjective if it can be.
	if t := toks[0]; !t.Upper && !t.Caseless && !t.AllCaps && (t.Script == fold.Latin || t.Script == fold.Cyrillic || t.Script == fold.Greek) {
		var dem []Candidate
		for _, c := range m.Candidates {
			if c.Demonym {
				dem = append(dem, c)
			}
		}
		if len(dem) > 0 {
			m.Candidates = dem
		}
	}
	return m
}

// subSpan returns the candidates of the longest known part of a toponym,
// leftmost first, ignoring the case filter but not the stop words.
func (g *Gazetteer) subSpan(toponym string, toks []Token, lang string) []Candidate {
	var key []byte
	bestN := 0
	var best []hit
	// Only a head part counts ("Liverpool Academy" → Liverpool): a
	// later part is usually a generic word that names something far away
	// ("West Midlands" is not the Midlands of Zimbabwe).
	if n, hs, _ := g.matchAt(toponym, toks, 0, lang, &key, true); n > 0 && !(n == 1 && (g.stop[toks[0].Key] || utf8.RuneCountInString(toks[0].Key) < 4)) {
		bestN, best = n, hs
	}
	if bestN > 0 {
		return g.candidates(best)
	}
	return nil
}

// softmax of priors: P(candidate) ∝ 10^prior, so that priors on a log10
// population scale give population-proportional shares.
func shares(cs []Candidate) []float64 {
	if len(cs) == 0 {
		return nil
	}
	mx := cs[0].prior
	for _, c := range cs {
		mx = math.Max(mx, c.prior)
	}
	out := make([]float64, len(cs))
	var sum float64
	for i, c := range cs {
		out[i] = math.Pow(10, c.prior-mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}

func sat(x float64) float64 { return x / (x + 0.5) }

// choose returns, for each mention, the index of the chosen candidate (or
// -1). Two passes: the first scores with country and admin-area support
// from the other mentions; the second adds closeness to the other
// mentions' first-pass choices. only ≥ 0 restricts the work to that
// mention (the others still give context).
func (g *Gazetteer) choose(text string, ms []Mention, lang string, ctx Context, only int) []int {
	type admKey struct{ cc, adm string }
	type support struct {
		cc  map[string]float64
		adm map[admKey]float64
	}
	newSupport := func() support { return support{cc: map[string]float64{}, adm: map[admKey]float64{}} }
	// Each mention's distribution over countries and admin areas, summed
	// per distinct surface key: a mention is supported by the others, not
	// by itself or by repetitions of its own name.
	keys := make([]string, len(ms))
	byKey := map[string]support{}
	total := newSupport()
	for i, m := range ms {
		keys[i] = entityKey(fold.Key(m.Surface))
		s, ok := byKey[keys[i]]
		if !ok {
			s = newSupport()
			byKey[keys[i]] = s
		}
		if m.weak {
			continue // a common word or first name supports nothing
		}
		for j, p := range shares(m.Candidates) {
			pl := &g.places[m.Candidates[j].pi]
			if pl.cc == "" {
				continue
			}
			s.cc[pl.cc] += p
			total.cc[pl.cc] += p
			var a float64
			switch pl.kind {
			case kAdmin1:
				a = p
			case kCity, kAdmin2:
				a = p / 2
			}
			if a > 0 {
				k := admKey{pl.cc, pl.admin1}
				s.adm[k] += a
				total.adm[k] += a
			}
		}
	}
	hint := map[string]float64{}
	for _, cc := range ctx.Countries {
		hint[strings.ToUpper(cc)] += 1.5
	}
	for _, cc := range langCountries[lang] {
		hint[cc] += 0.25
	}
	type nearPlace struct {
		pi  int32
		key string
	}
	score := func(i int, c Candidate, near []nearPlace) float64 {
		pl := &g.places[c.pi]
		s := c.prior
		if pl.cc == "" {
			return s
		}
		own := byKey[keys[i]]
		ccSup := total.cc[pl.cc] - own.cc[pl.cc] + hint[pl.cc]
		s += 3 * sat(math.Max(ccSup, 0))
		if pl.kind != kCountry {
			k := admKey{pl.cc, pl.admin1}
			s += 2.5 * sat(math.Max(total.adm[k]-own.adm[k], 0))
		}
		switch pl.kind {
		case kAdmin1:
			// An admin area that contains another place named nearby.
			for _, q := range near {
				if q.key == keys[i] {
					continue
				}
				if p := &g.places[q.pi]; (p.kind == kCity || p.kind == kAdmin2) && p.cc == pl.cc && p.admin1 == pl.admin1 {
					s += 1.5
					break
				}
			}
		case kCity, kAdmin2:
			for _, q := range near {
				if q.key == keys[i] {
					continue
				}
				p := &g.places[q.pi]
				if p.kind == kCountry || p.kind == kRegion {
					continue
				}
				if Distance(float64(pl.lat), float64(pl.lon), float64(p.lat), float64(p.lon)) < 250 {
					s += 1.5
					break
				}
			}
		}
		return s
	}
	// afterOwnCity: the mention follows "City, " where City was read as
	// a town of the admin area (Buffalo, New York): the area is meant.
	afterOwnCity := func(i int, a *place, prev []int) bool {
		for j := range ms {
			if j == i || prev == nil || prev[j] < 0 || keys[j] == keys[i] || ms[j].Span[1] > ms[i].Span[0] || ms[i].Span[0]-ms[j].Span[1] > 3 ||
				ms[j].Span[1] < 0 || ms[i].Span[0] > len(text) || strings.TrimSpace(text[ms[j].Span[1]:ms[i].Span[0]]) != "," {
				continue
			}
			if p := &g.places[ms[j].Candidates[prev[j]].pi]; (p.kind == kCity || p.kind == kAdmin2) && p.cc == a.cc && p.admin1 == a.admin1 {
				return true
			}
		}
		return false
	}
	var prev []int
	pick := func(near []nearPlace, second bool) []int {
		out := make([]int, len(ms))
		for i, m := range ms {
			out[i] = -1
			if only >= 0 && second && i != only {
				continue
			}
			best := math.Inf(-1)
			for k, c := range m.Candidates {
				if s := score(i, c, near); s > best {
					best, out[i] = s, k
				}
			}
			if out[i] < 0 || g.places[m.Candidates[out[i]].pi].kind != kAdmin1 || !afterOwnCity(i, &g.places[m.Candidates[out[i]].pi], prev) {
				out[i] = g.preferCity(m.Candidates, out[i])
			}
		}
		return out
	}
	first := pick(nil, false)
	prev = first
	// The distinct first-pass choices (at most 64) give closeness.
	var near []nearPlace
	seen := map[int32]bool{}
	for i, k := range first {
		if k < 0 || len(near) >= 64 {
			continue
		}
		pi := ms[i].Candidates[k].pi
		if !seen[pi] {
			seen[pi] = true
			near = append(near, nearPlace{pi, keys[i]})
		}
	}
	return pick(near, true)
}

// dropUnsupported drops, after the choice, the mentions the document's
// other places do not bear out: a weak mention (a common word or first
// name, a small place reached through an inflection rule) whose place is
// not in a country of the context or of another mention, and a small
// town in another country than every other place of the document and far
// from all of them, unless it is the only place of its name and stands
// after a locative preposition.
func (g *Gazetteer) dropUnsupported(ms []Mention, choice []int, ctx Context) {
	keys := make([]string, len(ms))
	for i, m := range ms {
		keys[i] = entityKey(fold.Key(m.Surface))
	}
	// countries weighs the countries of the context (2 each) and of the
	// other mentions: 2 for a country or admin area, 1 for each other
	// distinct name.
	countries := func(i int) map[string]int {
		s := map[string]int{}
		for _, cc := range ctx.Countries {
			s[strings.ToUpper(cc)] += 2
		}
		seen := map[string]bool{}
		for j, m := range ms {
			if j == i || choice[j] < 0 || m.weak || keys[j] == keys[i] || seen[keys[j]] {
				continue
			}
			seen[keys[j]] = true
			c := m.Candidates[choice[j]]
			q := &g.places[c.pi]
			if q.cc == "" {
				continue
			}
			if q.kind == kCountry || q.kind == kAdmin1 || c.Demonym || q.kind == kCity && q.feat == featCapital {
				s[q.cc] += 2
			} else {
				s[q.cc]++
			}
		}
		return s
	}
	for i, m := range ms {
		if choice[i] < 0 {
			continue
		}
		pl := &g.places[m.Candidates[choice[i]].pi]
		if pl.kind == kCountry || pl.kind == kRegion || m.Candidates[choice[i]].Demonym {
			continue
		}
		if m.weak {
			if countries(i)[pl.cc] == 0 {
				choice[i] = -1
			}
			continue
		}
		c := m.Candidates[choice[i]]
		smallTown := (pl.kind == kCity || pl.kind == kAdmin2) && pl.pop < 100_000
		altOnly := c.flags&fPrimary == 0 && pl.pop < 1_000_000 // named by an alternate name only
		inflSmall := m.inflected && pl.pop < 500_000           // reached through an inflection rule
		if !(smallTown || altOnly || inflSmall) || len(m.Candidates) == 1 && m.locative {
			continue
		}
		cs := countries(i)
		top := 0
		for _, w := range cs {
			top = max(top, w)
		}
		if top < 2 || cs[pl.cc] >= 2 {
			continue
		}
		near := false
		for j, o := range ms {
			if j == i || choice[j] < 0 || keys[j] == keys[i] {
				continue
			}
			q := &g.places[o.Candidates[choice[j]].pi]
			if q.kind != kCountry && q.kind != kRegion && Distance(float64(pl.lat), float64(pl.lon), float64(q.lat), float64(q.lon)) < 250 {
				near = true
				break
			}
		}
		if !near {
			choice[i] = -1
		}
	}
}

// Distance is the great-circle distance in kilometres between two points
// given in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

// preferCity turns an admin area into the same-named city inside it when
// that city holds a large share of the area's people: "Almaty", "Tehran",
// "New York" name the city more often than the province around it.
func (g *Gazetteer) preferCity(cs []Candidate, k int) int {
	if k < 0 {
		return k
	}
	a := &g.places[cs[k].pi]
	if a.kind != kAdmin1 {
		return k
	}
	for j, c := range cs {
		p := &g.places[c.pi]
		if p.kind == kCity && p.cc == a.cc && p.admin1 == a.admin1 && float64(p.pop) >= 0.2*float64(a.pop) {
			return j
		}
	}
	return k
}

// CountryCode returns the ISO 3166-1 alpha-2 code of a country named in
// any of the gazetteer's languages ("Kazakhstan", "Казахстан", "Palestinian
// Territory"), or false.
func (g *Gazetteer) CountryCode(name string) (string, bool) {
	m := g.lookup(name, "")
	for _, c := range m.Candidates {
		if g.places[c.pi].kind == kCountry {
			return c.Country, true
		}
	}
	return "", false
}

// countiesAfter matches what follows the first names of a list of
// counties: "Camden and Charlton counties", "Nassau, Baker and Clay
// Counties".
var countiesAfter = regexp.MustCompile(`^(?:\s*(?:,|and|&|or)\s+\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)?)*,?\s+[Cc]ounties\b`)

// countyReading returns the counties named toponym + " County" when the
// toponym heads or ends a list of counties, else nil.
func (g *Gazetteer) countyReading(text, toponym string, end int) []Candidate {
	if end < 0 || end > len(text) || !countiesAfter.MatchString(text[end:]) {
		return nil
	}
	m := g.lookup(toponym+" County", "")
	var out []Candidate
	for _, c := range m.Candidates {
		if g.places[c.pi].kind == kAdmin2 {
			out = append(out, c)
		}
	}
	return out
}

// areaAfter matches an admin area named right after a place: "Camden
// County, Georgia", "Paris, Texas", "Camden and Charlton counties in
// Georgia" (after countiesAfter).
var areaAfter = regexp.MustCompile(`^(?:\s+[Cc]ount(?:y|ies))?(?:\s*,\s*|\s+in\s+)(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)`)

// townWords announce a town's name ("the City of Turkey", "la ville de",
// "la ciudad de", "orașul"); linkWords may stand between them and it.
var (
	townWords = map[string]bool{"city": true, "town": true, "village": true, "municipality": true, "ville": true,
		"ciudad": true, "cidade": true, "città": true, "comune": true, "stadt": true, "orașul": true, "oraşul": true,
		"miasto": true, "gradu": true, "город": true, "города": true, "городе": true, "місто": true, "شهر": true}
	linkWords = map[string]bool{"of": true, "de": true, "di": true, "do": true, "da": true, "del": true}
)

// announcesTown reports whether the text before a name ends with words
// that announce a town: a town word, then a link word or "d'", then the
// name. It runs for every mention, so it reads words back from the end
// rather than running a pattern over the text.
func announcesTown(before string) bool {
	s := strings.TrimRightFunc(before, unicode.IsSpace)
	link := false
	if len(s) == len(before) { // glued to the name: only "d'" may be
		if len(s) < 2 || !strings.EqualFold(s[len(s)-2:], "d'") {
			return false
		}
		t := strings.TrimRightFunc(s[:len(s)-2], unicode.IsSpace)
		if len(t) == len(s)-2 {
			return false
		}
		s, link = t, true
	}
	w, rest := lastWord(s)
	if !link && linkWords[strings.ToLower(w)] {
		if s = strings.TrimRightFunc(rest, unicode.IsSpace); len(s) == len(rest) {
			return false
		}
		w, _ = lastWord(s)
	}
	return townWords[strings.ToLower(w)]
}

// lastWord splits s before its last run of letters.
func lastWord(s string) (word, rest string) {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
	return s[i+1:], s[:i+1]
}

// cityReading keeps the towns among a mention's candidates when the words
// before it announce a town ("the City of Turkey"): a country or an area
// of the same name is not meant.
func (g *Gazetteer) cityReading(text string, start int, cs []Candidate) []Candidate {
	if start <= 0 || start > len(text) || len(cs) < 2 || !announcesTown(text[max(0, start-40):start]) {
		return cs
	}
	var keep []Candidate
	for _, c := range cs {
		if g.places[c.pi].kind == kCity {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return cs
	}
	return keep
}

// withinNamedArea keeps the candidates that lie in the admin area named
// right after the mention, when some do; else it returns cs unchanged.
func (g *Gazetteer) withinNamedArea(text string, end int, cs []Candidate) []Candidate {
	if end < 0 || end > len(text) || len(cs) < 2 {
		return cs
	}
	rest := text[end:]
	if loc := countiesAfter.FindStringIndex(rest); loc != nil {
		rest = rest[loc[1]:]
	}
	m := areaAfter.FindStringSubmatch(rest)
	if m == nil {
		return cs
	}
	for _, name := range []string{m[1], strings.Fields(m[1])[0]} {
		area := g.lookup(name, "")
		var keep []Candidate
		for _, c := range cs {
			p := &g.places[c.pi]
			if p.kind != kCity && p.kind != kAdmin2 {
				continue
			}
			for _, a := range area.Candidates {
				if q := &g.places[a.pi]; q.kind == kAdmin1 && q.cc == p.cc && q.admin1 == p.admin1 {
					keep = append(keep, c)
					break
				}
			}
		}
		if len(keep) > 0 {
			return keep
		}
	}
	return cs
}

// genericTail are the words that, after a name, leave the entity the same
// ("DeKalb County" and "DeKalb", "Quebec City" and "Quebec" support
// each other no more than repetitions of one name do).
var genericTail = []string{" county", " parish", " borough", " city", " province", " state", " district", " region", " oblast", " governorate"}

func entityKey(k string) string {
	for _, t := range genericTail {
		if len(k) > len(t)+2 && strings.HasSuffix(k, t) {
			return k[:len(k)-len(t)]
		}
	}
	return k
}
