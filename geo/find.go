package geo

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/geo/internal/fold"
)

// Mention is a toponym found in a text: its byte span into the text as
// given, the surface form, and every place it may name, most likely first
// by population and kind alone (before context).
type Mention struct {
	Span       sitrep.Span `json:"span"`
	Surface    string      `json:"surface"`
	Candidates []Candidate `json:"candidates"`

	exact     bool // matched an abbreviation spelled exactly
	primary   bool // matched some place's own name
	inflected bool // matched only through inflection rules or a hashtag's prefix
	locative  bool // right after a locative preposition ("in", "în", "в")
	// weak: the word is also a common word or first name of the
	// passage's language, or a small place reached only through an
	// inflection rule; Resolve keeps it only where the document's
	// countries support it.
	weak bool
}

// particles link the parts of a person's name.
var particles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "du": true, "del": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ibn": true, "ben": true}

func countryLike(g *Gazetteer, cs []Candidate) bool {
	for _, c := range cs {
		if k := g.places[c.pi].kind; c.Demonym || k == kCountry || k == kRegion || k == kAdmin1 {
			return true
		}
	}
	return false
}

// Candidate is one place a mention may name.
type Candidate struct {
	sitrep.Place
	Population int64 `json:"population"`
	// Demonym is true when the mention is an adjective or demonym of the
	// place ("Kazakh", "казахский") rather than its name.
	Demonym bool `json:"demonym,omitempty"`

	pi    int32
	prior float64
	flags uint8
}

// maxCandidates bounds the candidates kept per mention; the rest are tiny
// homonyms that context could not lift anyway.
const maxCandidates = 48

// Find returns every toponym in text, in text order, without overlaps:
// where names overlap the longest leftmost one wins ("New York" over
// "York"). lang is the BCP-47 code of the text ("" if unknown); it selects
// the inflection rules tried on words that match no name as written.
//
// Detection rules: in scripts with case a name must be capitalised (or
// all capitals, or in a #hashtag), except demonyms, which many languages
// write in lower case; common words that are also village names are
// stopped; a small town's name right beside another capitalised word is
// taken as part of a longer proper name; CJK names need two characters.
func (g *Gazetteer) Find(text, lang string) []Mention {
	lang = baseLang(lang)
	toks := fold.Tokens(text)
	var out []Mention
	var key []byte
	for i := 0; i < len(toks); {
		n, cands, infl := g.matchAt(text, toks, i, lang, &key, false)
		if n == 0 {
			i++
			continue
		}
		m := Mention{
			Span:      sitrep.Span{toks[i].Start, toks[i+n-1].End},
			Surface:   text[toks[i].Start:toks[i+n-1].End],
			inflected: infl,
			locative:  i > 0 && locatives[lang][toks[i-1].Key] && gapIsSpace(text, toks[i-1].End, toks[i].Start),
		}
		m.Candidates = g.candidates(cands)
		for _, h := range cands {
			if h.flags&fExact != 0 {
				m.exact = true
			}
			if h.flags&fPrimary != 0 {
				m.primary = true
			}
		}
		if m.exact && n == 1 && g.stop[toks[i].Key] {
			// A common word spelled as an abbreviation ("Churchill,
			// Man."): only what the abbreviation names.
			var keep []Candidate
			for _, c := range m.Candidates {
				for _, h := range cands {
					if h.pi == c.pi && h.flags&fExact != 0 {
						keep = append(keep, c)
						break
					}
				}
			}
			m.Candidates = keep
		}
		if g.accept(text, toks, i, n, lang, &m) {
			out = append(out, m)
			i += n
			continue
		}
		i++
	}
	return out
}

type hit struct {
	pi    int32
	flags uint8
}

// matchAt returns the length in tokens of the longest name starting at
// token i, and its occurrences (filtered by exact-surface constraints).
func (g *Gazetteer) matchAt(text string, toks []Token, i int, lang string, key *[]byte, relaxed bool) (int, []hit, bool) {
	t := toks[i]
	e, ok := g.index[t.Key]
	bestN := 0
	var best []hit
	if ok {
		if e.head != 0 {
			if h := g.hits(text, toks, i, 1, e.head, relaxed); len(h) > 0 {
				bestN, best = 1, h
			}
		}
		maxN := int(e.maxN)
		b := append((*key)[:0], t.Key...)
		for n := 2; n <= maxN && i+n-1 < len(toks); n++ {
			prev, cur := toks[i+n-2], toks[i+n-1]
			if !joinable(text, prev, cur) {
				break
			}
			b = fold.Join(b, prev.CJK, cur.Key, cur.CJK)
			if e2, ok := g.index[string(b)]; ok && e2.head != 0 {
				if h := g.hits(text, toks, i, n, e2.head, relaxed); len(h) > 0 {
					bestN, best = n, h
				}
			}
		}
		*key = b
	}
	if bestN > 1 || t.CJK {
		return bestN, best, false
	}
	if bestN == 1 && lang != "" && g.inflect[lang] != nil && t.Script != fold.Arabic {
		// In an inflecting language a word may be both a name as written
		// and the inflected form of another ("Brně": Bern's Czech name,
		// and Brno in the locative); let the priors choose.
		g.variants(t, lang, func(v []byte) bool {
			if e, ok := g.index[string(v)]; ok && e.head != 0 {
				best = append(best, g.hits(text, toks, i, 1, e.head, relaxed)...)
			}
			return false
		})
		return 1, best, false
	}
	if bestN > 0 {
		return bestN, best, false
	}
	// No name as written: try inflected and prefixed forms of the word.
	var found []hit
	g.variants(t, lang, func(v []byte) bool {
		if e, ok := g.index[string(v)]; ok && e.head != 0 {
			found = g.hits(text, toks, i, 1, e.head, relaxed)
		}
		return len(found) > 0
	})
	if len(found) > 0 {
		return 1, found, true
	}
	return 0, nil, false
}

// locatives are prepositions that put the next word on a map ("in
// Chala", "în Comrat", "в Бишкеке"), folded.
var locatives = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for lang, ws := range map[string]string{
		"en": "in at near outside from into across around towards toward inside",
		"fr": "a en dans pres vers depuis",
		"es": "en cerca hacia desde",
		"pt": "em no na perto para desde",
		"it": "a in presso verso nel nella",
		"de": "in im bei nach aus nahe",
		"nl": "in bij naar uit nabij",
		"ro": "in la langa spre din",
		"pl": "w we pod kolo do",
		"cs": "v ve u do",
		"el": "στο στη στην σε",
		"bg": "в във край до от",
		"sv": "i pa vid fran till",
		"uk": "в у біля до з",
		"ru": "в во у около под из до",
		"id": "di ke dari",
		"sw": "katika huko",
		"hr": "u na iz kod do",
		"sk": "v vo na pri z zo do",
		"sl": "v na pri iz do",
		"lt": "prie ties netoli is i",
		"lv": "pie netalu uz no lidz",
	} {
		m[lang] = map[string]bool{}
		for _, w := range strings.Fields(ws) {
			m[lang][w] = true
		}
	}
	return m
}()

// Token is the tokenizer's token; an alias keeps signatures short.
type Token = fold.Token

// joinable reports whether two tokens may belong to one name: only
// spaces, hyphens, apostrophes and abbreviation dots between them, and
// CJK characters must touch.
func joinable(text string, a, b Token) bool {
	gap := text[a.End:b.Start]
	if gap == "" && a.Hashtag && b.Hashtag && !a.CJK && !b.CJK {
		return true // the CamelCase words of a hashtag: #CaboDelgado
	}
	if a.CJK || b.CJK {
		return gap == "" || gap == "・"
	}
	if len(gap) == 0 || len(gap) > 3 {
		return false
	}
	for _, r := range gap {
		switch r {
		case ' ', '-', '\'', '’', '.', '\u00a0', '‑', '–':
		default:
			return false
		}
	}
	return true
}

func (g *Gazetteer) hits(text string, toks []Token, i, n int, head int32, relaxed bool) []hit {
	var out []hit
	surface := text[toks[i].Start:toks[i+n-1].End]
	for o := head; o != 0; o = g.occs[o-1].next {
		oc := &g.occs[o-1]
		if oc.flags&fExact != 0 {
			want := g.exact[oc.exact]
			// Abbreviations may end in a dot the tokenizer left outside.
			if !(surface == want || strings.HasSuffix(want, ".") && toks[i+n-1].End < len(text) &&
				surface+"." == want && text[toks[i+n-1].End] == '.') {
				continue
			}
		}
		if oc.flags&fComma != 0 && !relaxed && !afterComma(text, toks[i].Start) {
			continue
		}
		out = append(out, hit{oc.place, oc.flags})
	}
	return out
}

func afterComma(text string, start int) bool {
	s := strings.TrimRight(text[:start], " \u00a0")
	return strings.HasSuffix(s, ",")
}

// variants calls fn with each other key a word may stand for, until fn
// returns true: its stem under the language's inflection rules (all
// languages' when lang is unknown), without Arabic clitics, or, in a
// hashtag, its prefixes, longest first. Keys are built in a reused buffer,
// so fn must not keep them.
func (g *Gazetteer) variants(t Token, lang string, fn func(k []byte) bool) {
	k := t.Key
	if utf8.RuneCountInString(k) < 4 {
		return
	}
	rules := g.rulesFor(lang)
	var buf [96]byte
	switch t.Script {
	case fold.Arabic:
		ar, fa := g.rulesFor("ar"), g.rulesFor("fa")
		for _, p := range g.arPrefix {
			if strings.HasPrefix(k, p) && utf8.RuneCountInString(k)-utf8.RuneCountInString(p) >= 3 {
				s := k[len(p):]
				if fn(append(buf[:0], s...)) {
					return
				}
				if !strings.HasPrefix(s, "ال") && fn(append(append(buf[:0], "ال"...), s...)) {
					return
				}
				if applyRules(s, ar, buf[:0], fn) || applyRules(s, fa, buf[:0], fn) {
					return
				}
			}
		}
		if applyRules(k, ar, buf[:0], fn) || applyRules(k, fa, buf[:0], fn) {
			return
		}
	default:
		if applyRules(k, rules, buf[:0], fn) {
			return
		}
	}
	if t.Hashtag && t.Script == fold.Latin {
		// #kazakhstanprotest: the longest prefix that names a place.
		for j := len(k) - 1; j >= 4; j-- {
			if k[j]&0xC0 != 0x80 && fn(append(buf[:0], k[:j]...)) {
				return
			}
		}
	}
}

// ruleSet holds inflection rules indexed by the last byte of their suffix.
type ruleSet map[byte][]inflRule

func (g *Gazetteer) rulesFor(lang string) ruleSet {
	if rs, ok := g.ruleSets[lang]; ok {
		return rs
	}
	return g.ruleSets[""]
}

func applyRules(k string, rules ruleSet, buf []byte, fn func([]byte) bool) bool {
	if k == "" {
		return false
	}
	for _, r := range rules[k[len(k)-1]] {
		if strings.HasSuffix(k, r.suffix) {
			stem := k[:len(k)-len(r.suffix)]
			if n := utf8.RuneCountInString(stem); n >= 2 && n+utf8.RuneCountInString(r.repl) >= 4 {
				if fn(append(append(buf[:0], stem...), r.repl...)) {
					return true
				}
			}
		}
	}
	return false
}

// candidates turns hits into candidates, one per place, best prior first.
func (g *Gazetteer) candidates(hs []hit) []Candidate {
	best := map[int32]uint8{}
	for _, h := range hs {
		f, ok := best[h.pi]
		if !ok || rankFlags(h.flags) > rankFlags(f) {
			best[h.pi] = h.flags
		}
	}
	// A word that is both a demonym and the proper name of a place
	// (Romanian "indiană" folds to Indiana) reads as the place.
	named := false
	for pi, f := range best {
		if f&fPrimary != 0 && g.places[pi].kind != kCountry {
			named = true
		}
	}
	out := make([]Candidate, 0, len(best))
	for pi, f := range best {
		p := &g.places[pi]
		c := Candidate{Population: p.pop, Demonym: f&fDemonym != 0, pi: pi, prior: g.prior(pi, f), flags: f}
		if c.Demonym && named {
			c.prior = 6
		}
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].prior != out[j].prior {
			return out[i].prior > out[j].prior
		}
		return out[i].pi < out[j].pi
	})
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	for i := range out {
		out[i].Place = g.toPlace(out[i].pi)
	}
	return out
}

func rankFlags(f uint8) int {
	switch {
	case f&fPrimary != 0:
		return 3
	case f&fDemonym != 0:
		return 2
	case f&fAlt != 0:
		return 1
	}
	return 0
}

// prior is a place's plausibility before context: log population, with
// bonuses for countries, regions, admin areas and capitals, and a penalty
// when the name is only an alternate or weak name of the place.
func (g *Gazetteer) prior(pi int32, flags uint8) float64 {
	p := &g.places[pi]
	lp := math.Log10(float64(p.pop) + 10)
	var s float64
	switch p.kind {
	case kCountry:
		s = 12
	case kRegion:
		s = 11
	case kAdmin1:
		s = lp + 1
	case kAdmin2:
		s = lp + 0.3
	case kCity:
		s = lp
		switch p.feat {
		case featCapital:
			s += 2
		case featPPLA:
			s += 0.7
		case featPPLA2:
			s += 0.3
		case featPPLX:
			s -= 1
		}
	}
	switch {
	case flags&fWeak != 0 && flags&(fPrimary|fAlt) == 0:
		s -= 2.5
	case flags&fAlt != 0 && flags&fPrimary == 0 && p.kind == kCity:
		s -= 0.7
	case flags&(fPrimary|fDemonym) == 0 && p.kind == kCountry:
		// A country named only by one of its many foreign or variant
		// names ("Norfolk" for Norfolk Island, "Columbia") is less sure.
		s = 8
	}
	return s
}

// accept applies the detection filters to a match of n tokens at i.
func (g *Gazetteer) accept(text string, toks []Token, i, n int, lang string, m *Mention) bool {
	if len(m.Candidates) == 0 {
		return false
	}
	first, last := toks[i], toks[i+n-1]
	if n > 1 && g.wordKind(lang, first.Key)&wordCommon != 0 && !last.Upper && !last.Caseless && !last.Hashtag && !m.exact {
		return false // "A estrada", "La subida": an article and a common noun
	}
	demonymOnly := true
	strong := false // a country, region, admin1 area or large city
	for _, c := range m.Candidates {
		if !c.Demonym {
			demonymOnly = false
		}
		k := g.places[c.pi].kind
		if k == kCountry || k == kRegion || k == kAdmin1 || c.Population >= 100_000 {
			strong = true
		}
	}
	cased := !first.Caseless && (first.Script == fold.Latin || first.Script == fold.Cyrillic || first.Script == fold.Greek)
	if cased && !first.Upper && !first.Hashtag && !demonymOnly {
		// lower-case: only demonyms and adjectives ("kazah", "русский")
		var keep []Candidate
		for _, c := range m.Candidates {
			if c.Demonym {
				keep = append(keep, c)
			}
		}
		if len(keep) == 0 {
			return false
		}
		m.Candidates = keep
	}
	if first.AllCaps && last.AllCaps && first.SentStart && isDateline(text[last.End:]) {
		// A news dateline ("LEBANON (AP) —", "PARIS, Texas —") names the
		// city the story was filed from, not a country.
		var keep []Candidate
		for _, c := range m.Candidates {
			if g.places[c.pi].kind == kCity {
				keep = append(keep, c)
			}
		}
		if len(keep) > 0 {
			m.Candidates = keep
		}
	}
	if first.CJK && n < 2 {
		return false
	}
	if j := i + n; !strong && j < len(toks) && toks[j].Upper && text[last.End:toks[j].Start] == "-" {
		// The head of a hyphenated name that is no place ("Ala-Too"
		// square): the capitalised word after the hyphen names nothing.
		var key []byte
		if k, _, _ := g.matchAt(text, toks, j, lang, &key, false); k == 0 {
			return false
		}
	}
	if first.CJK && n == 2 && !bigName(g, m.Candidates) {
		return false
	}
	if n == 1 {
		k := first.Key
		if g.stop[k] && !m.exact {
			// A common word: keep only the readings that are not a town
			// or a province (West, Central, Union…).
			var keep []Candidate
			for _, c := range m.Candidates {
				if kd := g.places[c.pi].kind; c.Demonym || kd == kCountry || kd == kRegion {
					keep = append(keep, c)
				}
			}
			if len(keep) == 0 {
				return false
			}
			m.Candidates = keep
		}
		if first.Script == fold.Latin && utf8.RuneCountInString(k) < 3 && !first.AllCaps && !m.exact {
			return false
		}
		if first.Script == fold.Latin && utf8.RuneCountInString(k) == 3 && !first.AllCaps && !m.exact && !m.primary {
			return false // "Luc", "The": three-letter variant names
		}
		if cased && !first.SentStart && !first.Hashtag && i > 0 && toks[i-1].Upper && !toks[i-1].SentStart && gapIsSpace(text, toks[i-1].End, first.Start) &&
			!countryLike(g, m.Candidates) && maxPop(m.Candidates) < 1_000_000 {
			return false // "State Duma", "Fort Worth Star"
		}
		if !cased && !strong && !demonymOnly && maxPop(m.Candidates) < 10_000 {
			// Without capitals to tell names from words, a small
			// place's name is too often an ordinary word.
			return false
		}
		if cased && !strong && !demonymOnly && !first.Hashtag && !first.AllCaps {
			// A small town's name beside another capitalised word is
			// probably part of a person's or organisation's name.
			if i+1 < len(toks) && toks[i+1].Upper && gapIsSpace(text, last.End, toks[i+1].Start) {
				return false
			}
			if i > 0 && toks[i-1].Upper && !toks[i-1].SentStart && gapIsSpace(text, toks[i-1].End, first.Start) {
				return false
			}
			if i > 1 && particles[toks[i-1].Key] && toks[i-2].Upper && gapIsSpace(text, toks[i-1].End, first.Start) {
				return false // "Luc van den Brande"
			}
			if first.SentStart && maxPop(m.Candidates) < 15_000 {
				return false
			}
		}
	}
	if inAgencyParens(text, m.Span[0], m.Span[1]) {
		return false // "CHISINAU, March 5 (Meridian) -": a news agency
	}
	if n == 1 && !m.exact && first.Script == fold.Latin && first.AllCaps && utf8.RuneCountInString(first.Key) <= 3 {
		// Three capitals that are only some town's alternate name (an
		// airport code: "APC", "MVD") name nothing in running text.
		var keep []Candidate
		for _, c := range m.Candidates {
			if c.flags&fPrimary != 0 || c.Demonym || g.places[c.pi].kind != kCity {
				keep = append(keep, c)
			}
		}
		if len(keep) == 0 {
			return false
		}
		m.Candidates = keep
	}
	if n == 1 && !m.exact {
		m.weak = g.weakWord(text, toks, i, lang, m)
	}
	return true
}

// weakWord reports whether a one-word mention needs the document's
// support: the word is a common word or a first name of the passage's
// language (Montag, Est, Diana, Tomás; a first name before a surname, or
// one whose places are all small towns) and no candidate is a city large
// enough to be meant on its own, or it was reached only through an
// inflection rule and names only small places (Guvernului → Gouvernes).
// A common word (not a name) capitalised mid-sentence, away from other
// capitalised words, is taken as a name, except in German, which
// capitalises every noun.
func (g *Gazetteer) weakWord(text string, toks []Token, i int, lang string, m *Mention) bool {
	t := toks[i]
	var big, small int64 // largest city; largest other non-country place
	other := false
	for _, c := range m.Candidates {
		switch k := g.places[c.pi].kind; {
		case c.Demonym || k == kCountry || k == kRegion:
		case k == kCity:
			other = true
			big = max(big, c.Population)
		default:
			other = true
			small = max(small, c.Population)
		}
	}
	if !other {
		return false
	}
	wk := g.wordKind(lang, t.Key)
	if m.locative && wk&wordDate == 0 {
		return false // "in Chala"; but "in Thursday's attack" is a date
	}
	if m.inflected && max(big, small) < 100_000 {
		return true
	}
	if wk&wordName != 0 && max(big, small) >= 100_000 && !(i+1 < len(toks) && toks[i+1].Upper && gapIsSpace(text, t.End, toks[i+1].Start)) {
		// A first name reads as a person's before a surname; alone, it
		// does only when every place it names is small ("Ava's
		// medication", not Ava, Missouri).
		wk &^= wordName
	}
	if wk == 0 || big >= 500_000 {
		return false
	}
	if wk == wordCommon && lang != "de" && t.Upper && !t.AllCaps && !t.SentStart && !t.Hashtag &&
		!(i > 0 && toks[i-1].Upper && gapIsSpace(text, toks[i-1].End, t.Start)) &&
		!(i+1 < len(toks) && toks[i+1].Upper && gapIsSpace(text, t.End, toks[i+1].Start)) {
		return false
	}
	return true
}

// inAgencyParens reports whether text[start:end] stands inside short
// parentheses followed by a dash, as a news agency does in a dateline:
// "LIMA, April 5 (Meridian) -", "Maputo, 20 abr (ALN) -".
func inAgencyParens(text string, start, end int) bool {
	open := strings.LastIndexAny(text[:start], "()\n")
	if open < 0 || text[open] != '(' || start-open > 40 {
		return false
	}
	rest := text[end:]
	cl := strings.IndexAny(rest, "()\n")
	if cl < 0 || rest[cl] != ')' || cl > 40 {
		return false
	}
	rest = strings.TrimLeft(rest[cl+1:], " \u00a0")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

func gapIsSpace(text string, a, b int) bool {
	if b <= a || b-a > 2 {
		return false
	}
	for _, r := range text[a:b] {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func maxPop(cs []Candidate) int64 {
	var m int64
	for _, c := range cs {
		if c.Population > m {
			m = c.Population
		}
	}
	return m
}

// baseLang reduces a BCP-47 tag to its language subtag: "pt-BR" → "pt".
func baseLang(l string) string {
	l = strings.ToLower(strings.TrimSpace(l))
	if i := strings.IndexAny(l, "-_"); i >= 0 {
		l = l[:i]
	}
	return l
}

// bigName reports whether some candidate is a country, region, admin1
// area or a city of 250,000: the only two-character CJK names taken, as
// shorter ones are too often parts of ordinary words.
func bigName(g *Gazetteer, cs []Candidate) bool {
	for _, c := range cs {
		if k := g.places[c.pi].kind; k == kCountry || k == kRegion || k == kAdmin1 || c.Population >= 250_000 {
			return true
		}
	}
	return false
}

// isDateline reports whether rest (the text after an all-capitals name)
// continues like a dateline: an agency in parentheses or a dash, perhaps
// after ", State".
func isDateline(rest string) bool {
	if strings.HasPrefix(rest, ",") {
		// skip ", Ohio" / ", Ill."
		r := rest[1:]
		i := strings.IndexAny(r, "(—–-")
		if i < 0 || i > 24 {
			return false
		}
		rest = r[i:]
	}
	rest = strings.TrimLeft(rest, " \u00a0")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "- ")
}
