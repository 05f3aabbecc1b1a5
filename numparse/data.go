package numparse

import (
	"encoding/json"
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/textnorm"
	"golang.org/x/text/unicode/norm"
)

// role is what a word may do in a number expression; one word may have
// several roles ("dozens" is a scale after a number and vague alone).
type role uint16

const (
	rNum     role = 1 << iota // cardinal word: "five", "doscientos"
	rScale                    // multiplier: "hundred", "mii", "万", "dozen"
	rSuffix                   // multiplier only after digits: "k", "mln"
	rConn                     // joins parts: "and", "și", "و"
	rLink                     // joins a number or vague word to a scale: "of", "de"
	rVague                    // vague quantity: "dozens", "câteva"
	rDec                      // decimal point word: "point", "virgül"
	rHalf                     // "and a half" after a number: "buçuk"
	rArticle                  // "a", "an": one, before a scale only
	rTrail                    // particle allowed after a whole expression: "of", "个"
	rNeg                      // negative marker: "minus", "负"
	rFrac                     // marks a fraction: "分之", "half"
	rHalfPre                  // adds a half to the number after it: Hindi "साढ़े"
)

// entry is what the parser knows about one word or phrase.
type entry struct {
	roles    role
	num      float64
	scale    float64
	vague    [2]float64
	bareOK   bool // the scale may start an expression ("hundred", "mil", "万")
	compOnly bool // only inside a compound word ("huszon", "vent")
	approx   bool // a round number said loosely: "une vingtaine"
	// approxSuffix marks a suffix after digits that makes the number
	// loose: Swedish "300-tal" (some 300).
	approxSuffix bool
	notFirst     bool // never starts an expression: Vietnamese "tư" (4 after tens)
	halfScale    bool // a half word that adds half the scale before it: "trăm rưỡi" 150
}

func (e *entry) has(r role) bool { return e != nil && e.roles&r != 0 }

// Parser reads the numbers of one language. It is immutable after New and
// safe for concurrent use.
type Parser struct {
	lang     string
	noSpaces bool

	thousands map[byte]bool
	decimal   map[byte]bool
	indian    bool

	exact    map[string]*entry // folded phrase (words joined by one space) → entry
	loose    map[string]*entry // the same, diacritics and language folds removed
	morph    map[string]*entry // compound-only parts, exact and loose
	first    map[string]bool   // first words of phrases of two words or more, exact and loose
	maxWords int               // longest phrase, in words
	maxRunes int               // longest key, in runes (languages without spaces)

	compound        bool
	scaleFirst      bool
	unitsBeforeTens bool
	elide           bool
	vigesimal       []float64
	fold            map[rune]string
	prefixConn      []string
	caseEndings     []string // longest first
	caseCompounds   bool     // case endings follow compounds and compound-only stems
	strict          bool     // exact_diacritics: no loose matching
	gluedDigits     bool     // digits may be glued to the word after them
	notNumbers      []string // folded, without spaces: no scan starts inside them

	ordinals    []string // folded; a trailing '*' matches any ending
	ordSuffixes []string
}

// Extra keys of lexicon.Numbers understood by the parser. Every key is
// optional; DOC.go documents each one.
type extra struct {
	ArticleOne       []string           `json:"article_one"`
	DecimalWords     []string           `json:"decimal_words"`
	Half             []string           `json:"half"`
	HalfBefore       []string           `json:"half_before"`
	Negative         []string           `json:"negative"`
	Ordinals         []string           `json:"ordinals"`
	OrdinalSuffixes  []string           `json:"ordinal_suffixes"`
	Fractions        []string           `json:"fractions"`
	Trailing         []string           `json:"trailing"`
	Link             []string           `json:"link"`
	Compound         bool               `json:"compound"`
	CompoundParts    map[string]float64 `json:"compound_parts"`
	CompoundScales   map[string]float64 `json:"compound_scales"`
	ScaleFirst       bool               `json:"scale_first"`
	UnitsBeforeTens  bool               `json:"units_before_tens"`
	Elide            bool               `json:"elide"`
	Vigesimal        []float64          `json:"vigesimal"`
	Fold             map[string]string  `json:"fold"`
	PrefixConnectors []string           `json:"prefix_connectors"`
	CaseEndings      []string           `json:"case_endings"`
	ApproxSuffixes   []string           `json:"approx_suffixes"`
	Grouping         string             `json:"grouping"`
	ScaleNeedsNumber []string           `json:"scale_needs_number"`
	NotFirst         []string           `json:"not_first"`
	ScaleHalf        []string           `json:"scale_half"`
	ExactDiacritics  bool               `json:"exact_diacritics"`
	GluedDigits      bool               `json:"glued_digits"`
	NotNumbers       []string           `json:"not_numbers"`
	CompoundConns    []string           `json:"compound_connectors"`
	CaseCompounds    bool               `json:"case_compounds"`
	SandhiInitials   sandhiForms        `json:"sandhi_initials"`
	SandhiFinals     sandhiForms        `json:"sandhi_finals"`
}

// sandhiForms maps a letter to the forms it takes where a number word fuses
// with another inside a compound.
type sandhiForms map[string][]string

// NewFromLexicon returns the parser of a lexicon's numbers.
func NewFromLexicon(lx *lexicon.Lexicon) *Parser {
	p := New(&lx.Numbers, lx.Lang)
	if lx.NoSpaces {
		p.noSpaces = true
		p.buildNoSpaces()
	}
	return p
}

// New returns the parser of one language's number data. Unknown or
// malformed extra keys are ignored (the lexicon test catches them).
func New(nx *lexicon.Numbers, lang string) *Parser {
	p := &Parser{
		lang:      lang,
		thousands: map[byte]bool{},
		decimal:   map[byte]bool{},
		exact:     map[string]*entry{},
		loose:     map[string]*entry{},
		morph:     map[string]*entry{},
	}
	if nx == nil {
		nx = &lexicon.Numbers{}
	}
	var ex extra
	decodeExtra(nx.Extra, &ex)
	for _, t := range nx.Thousands {
		if b, ok := sepByte(t); ok {
			p.thousands[b] = true
		}
	}
	for _, d := range nx.Decimal {
		if b, ok := sepByte(d); ok {
			p.decimal[b] = true
		}
	}
	p.indian = ex.Grouping == "indian"
	p.compound = ex.Compound
	p.scaleFirst = ex.ScaleFirst
	p.unitsBeforeTens = ex.UnitsBeforeTens
	p.elide = ex.Elide
	p.vigesimal = ex.Vigesimal
	p.caseCompounds = ex.CaseCompounds
	p.strict = ex.ExactDiacritics
	p.gluedDigits = ex.GluedDigits
	p.fold = map[rune]string{}
	for _, w := range ex.ApproxSuffixes {
		p.add(w, func(e *entry) { e.roles |= rSuffix; e.scale = 1; e.approxSuffix = true })
	}
	for _, c := range ex.CaseEndings {
		p.caseEndings = append(p.caseEndings, textnorm.Fold(c))
	}
	sort.SliceStable(p.caseEndings, func(i, j int) bool { return len(p.caseEndings[i]) > len(p.caseEndings[j]) })
	for k, v := range ex.Fold {
		r, n := utf8.DecodeRuneInString(k)
		if n == len(k) && r != utf8.RuneError {
			p.fold[r] = v
		}
	}
	for _, c := range ex.PrefixConnectors {
		p.prefixConn = append(p.prefixConn, textnorm.Fold(c))
	}
	needsNum := map[string]bool{}
	for _, w := range ex.ScaleNeedsNumber {
		needsNum[canon(w)] = true
	}

	for w, v := range nx.Words {
		p.add(w, func(e *entry) { e.roles |= rNum; e.num = v })
	}
	for w, v := range nx.Scales {
		bare := !needsNum[canon(w)]
		p.add(w, func(e *entry) { e.roles |= rScale; e.scale = v; e.bareOK = bare })
	}
	for w, v := range nx.Suffixes {
		p.add(w, func(e *entry) {
			if e.roles&rScale == 0 {
				e.roles |= rSuffix
				e.scale = v
			}
		})
	}
	for w, n := range nx.Approx {
		p.add(w, func(e *entry) { e.roles |= rNum; e.num = n; e.approx = true })
	}
	for w, r := range nx.Vague {
		p.add(w, func(e *entry) { e.roles |= rVague; e.vague = r })
	}
	lists := []struct {
		ws []string
		r  role
	}{
		{nx.Connectors, rConn}, {ex.Link, rLink}, {ex.DecimalWords, rDec},
		{ex.Half, rHalf}, {ex.ArticleOne, rArticle}, {ex.Trailing, rTrail},
		{ex.Negative, rNeg}, {ex.Fractions, rFrac}, {ex.HalfBefore, rHalfPre},
	}
	for _, l := range lists {
		for _, w := range l.ws {
			r := l.r
			p.add(w, func(e *entry) { e.roles |= r })
		}
	}
	for _, w := range ex.ScaleHalf {
		p.add(w, func(e *entry) { e.roles |= rHalf; e.halfScale = true })
	}
	for _, w := range ex.NotFirst {
		p.add(w, func(e *entry) { e.notFirst = true })
	}
	for _, w := range ex.NotNumbers {
		p.add(w, func(*entry) {}) // an entry with no role: nothing is read at it
		if k := strings.ReplaceAll(canon(w), " ", ""); k != "" {
			p.notNumbers = append(p.notNumbers, k)
		}
	}
	addMorph := func(w string, e *entry) {
		k := canon(w)
		if k == "" {
			return
		}
		p.morph[k] = e
		if lk := p.loosen(k); lk != k {
			p.morph[lk] = e
		}
	}
	for w, v := range ex.CompoundParts {
		addMorph(w, &entry{roles: rNum, num: v, compOnly: true})
	}
	for w, v := range ex.CompoundScales {
		addMorph(w, &entry{roles: rScale, scale: v, bareOK: true, compOnly: true})
	}
	for _, w := range ex.CompoundConns {
		addMorph(w, &entry{roles: rConn, compOnly: true})
	}
	if len(ex.SandhiInitials) > 0 || len(ex.SandhiFinals) > 0 {
		p.addSandhi(ex.SandhiInitials, ex.SandhiFinals, addMorph)
	}
	for _, o := range ex.Ordinals {
		if k := canon(strings.TrimSuffix(o, "*")); k != "" {
			if strings.HasSuffix(o, "*") {
				k += "*"
			}
			p.ordinals = append(p.ordinals, k)
		}
	}
	for _, o := range ex.OrdinalSuffixes {
		if k := textnorm.Fold(o); k != "" {
			p.ordSuffixes = append(p.ordSuffixes, k)
		}
	}
	sort.Slice(p.ordSuffixes, func(i, j int) bool { return len(p.ordSuffixes[i]) > len(p.ordSuffixes[j]) })
	p.buildLoose()
	p.first = map[string]bool{}
	for k := range p.exact {
		if w, _, ok := strings.Cut(k, " "); ok {
			p.first[w] = true
			p.first[p.loosen(w)] = true
		}
	}
	return p
}

// addSandhi adds, as compound-only pieces, the forms a number word takes
// inside a compound when its first letter (sandhi_initials) or its last
// (sandhi_finals) fuses with the next piece: Tamil "இருபத்து" + "ஒன்று"
// is "இருபத்த" + "ொன்று" in "இருபத்தொன்று".
func (p *Parser) addSandhi(initials, finals sandhiForms, add func(string, *entry)) {
	type src struct {
		k string
		e *entry
	}
	var srcs []src
	for k, e := range p.exact {
		if !strings.Contains(k, " ") && e.has(rNum|rScale|rHalf) {
			srcs = append(srcs, src{k, e})
		}
	}
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].k < srcs[j].k })
	n := len(srcs)
	for k, e := range p.morph {
		srcs = append(srcs, src{k, e})
	}
	sort.Slice(srcs[n:], func(i, j int) bool { return srcs[n+i].k < srcs[n+j].k })
	rewrite := func(k string, m sandhiForms, initial bool) []string {
		out := []string{k}
		for from, tos := range m {
			f := textnorm.Fold(from)
			if f == "" || len(f) >= len(k) {
				continue
			}
			for _, t := range tos {
				t = textnorm.Fold(t)
				if initial && strings.HasPrefix(k, f) {
					out = append(out, t+k[len(f):])
				} else if !initial && strings.HasSuffix(k, f) {
					out = append(out, k[:len(k)-len(f)]+t)
				}
			}
		}
		return out
	}
	for _, s := range srcs {
		for _, a := range rewrite(s.k, initials, true) {
			for _, b := range rewrite(a, finals, false) {
				if b == s.k || b == "" {
					continue
				}
				if _, ok := p.exact[b]; ok {
					continue
				}
				if _, ok := p.morph[b]; ok {
					continue
				}
				c := *s.e
				c.roles &= rNum | rScale | rHalf
				c.compOnly = true
				add(b, &c)
			}
		}
	}
}

func decodeExtra(m map[string]json.RawMessage, ex *extra) {
	if len(m) == 0 {
		return
	}
	b, err := json.Marshal(m)
	if err != nil {
		return
	}
	// Decode key by key so that one malformed key spoils only itself.
	var whole map[string]json.RawMessage
	if json.Unmarshal(b, &whole) != nil {
		return
	}
	for k, v := range whole {
		one, _ := json.Marshal(map[string]json.RawMessage{k: v})
		_ = json.Unmarshal(one, ex)
	}
}

// ExtraKeys lists the keys of lexicon.Numbers.Extra that the parser reads.
func ExtraKeys() []string {
	return []string{"article_one", "decimal_words", "half", "negative", "ordinals",
		"ordinal_suffixes", "fractions", "trailing", "link", "compound", "compound_parts",
		"units_before_tens", "elide", "vigesimal", "fold", "prefix_connectors", "grouping",
		"scale_needs_number", "compound_scales", "scale_first", "half_before", "case_endings", "approx_suffixes",
		"compound_connectors", "case_compounds", "sandhi_initials", "sandhi_finals",
		"not_first", "scale_half", "exact_diacritics", "glued_digits", "not_numbers"}
}

// CheckExtra reports the first problem with the extra number data of a
// lexicon: an unknown key or a value of the wrong type.
func CheckExtra(nx *lexicon.Numbers) error {
	known := map[string]bool{}
	for _, k := range ExtraKeys() {
		known[k] = true
	}
	for k, v := range nx.Extra {
		if !known[k] {
			return &extraError{key: k, msg: "unknown key"}
		}
		one, _ := json.Marshal(map[string]json.RawMessage{k: v})
		var ex extra
		dec := json.NewDecoder(strings.NewReader(string(one)))
		if err := dec.Decode(&ex); err != nil {
			return &extraError{key: k, msg: err.Error()}
		}
	}
	return nil
}

type extraError struct{ key, msg string }

func (e *extraError) Error() string { return "numbers.extra." + e.key + ": " + e.msg }

func sepByte(s string) (byte, bool) {
	switch s {
	case ".", ",", "'", " ":
		return s[0], true
	case "\u00a0", "\u202f", "\u2009", "\u2007":
		return ' ', true
	case "’", "ʼ":
		return '\'', true
	case "٬":
		return ',', true
	case "٫":
		return '.', true
	}
	return 0, false
}

// canon folds a lexicon phrase and joins its words with one space; hyphens
// separate words, as they do in text ("dix-sept" is "dix sept").
func canon(w string) string {
	w = textnorm.Fold(w)
	f := strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' })
	return strings.Join(f, " ")
}

func (p *Parser) add(w string, set func(*entry)) {
	k := canon(w)
	if k == "" {
		return
	}
	e := p.exact[k]
	if e == nil {
		e = &entry{}
		p.exact[k] = e
	}
	set(e)
	if n := strings.Count(k, " ") + 1; n > p.maxWords {
		p.maxWords = n
	}
	if n := utf8.RuneCountInString(k); n > p.maxRunes {
		p.maxRunes = n
	}
}

// buildLoose indexes every phrase under its loose form too, unless two
// phrases with different meanings share a loose form.
func (p *Parser) buildLoose() {
	clash := map[string]bool{}
	for k, e := range p.exact {
		lk := p.loosen(k)
		if lk == k {
			continue
		}
		if _, ok := p.exact[lk]; ok {
			continue // the loose form is a word of its own
		}
		if old, ok := p.loose[lk]; ok && *old != *e {
			clash[lk] = true
			continue
		}
		p.loose[lk] = e
	}
	for k := range clash {
		delete(p.loose, k)
	}
}

// buildNoSpaces makes every key usable by the rune-prefix matcher.
func (p *Parser) buildNoSpaces() {
	for k, e := range p.exact {
		if strings.Contains(k, " ") {
			nk := strings.ReplaceAll(k, " ", "")
			if _, ok := p.exact[nk]; !ok {
				p.exact[nk] = e
			}
		}
	}
	p.maxRunes = 0
	for k := range p.exact {
		if n := utf8.RuneCountInString(k); n > p.maxRunes {
			p.maxRunes = n
		}
	}
}

// loosen removes what writers often leave out: diacritics of Latin, Greek
// and Cyrillic letters (é→e, ά→α, ё→е) and the language's own folds
// (Arabic hamza forms, German ß).
func (p *Parser) loosen(s string) string {
	if p.strict {
		return s // exact_diacritics: Vietnamese "nam" is not "năm"
	}
	changed := false
	for _, r := range s {
		if r >= utf8.RuneSelf && baseOf(r) != r {
			changed = true
			break
		}
		if _, ok := p.fold[r]; ok {
			changed = true
			break
		}
	}
	if !changed {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if f, ok := p.fold[r]; ok {
			b.WriteString(f)
			continue
		}
		if r >= utf8.RuneSelf {
			if c := baseOf(r); c >= 0 {
				b.WriteRune(c)
			}
			continue
		}
		b.WriteByte(byte(r))
	}
	return b.String()
}

// bases maps the Latin, Greek and Cyrillic letters with diacritics to
// their base letters (é→e, ά→α, ё→е); combining marks map to -1 (removed).
// It is computed once from Unicode decompositions.
var bases = func() map[rune]rune {
	m := map[rune]rune{}
	for r := rune(0x80); r < 0x2000; r++ {
		if unicode.Is(unicode.Mn, r) && r < 0x370 {
			m[r] = -1 // combining diacritical marks
			continue
		}
		if !unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) {
			continue
		}
		d := norm.NFD.String(string(r))
		base, n := utf8.DecodeRuneInString(d)
		if n == len(d) || base == r {
			continue
		}
		rest := d[n:]
		ok := true
		for _, c := range rest {
			if !unicode.Is(unicode.Mn, c) {
				ok = false
			}
		}
		if ok {
			m[r] = base
		}
	}
	return m
}()

func baseOf(r rune) rune {
	if b, ok := bases[r]; ok {
		return b
	}
	return r
}

// lookup finds a phrase, exactly or loosely.
func (p *Parser) lookup(k string) *entry {
	if e, ok := p.exact[k]; ok {
		return e
	}
	return p.lookupLoose(k, p.loosen(k))
}

// lookupLoose is lookup for a phrase k that is not an exact key, whose
// loose form lk is already known.
func (p *Parser) lookupLoose(k, lk string) *entry {
	if lk != k {
		if e, ok := p.exact[lk]; ok {
			return e
		}
	}
	return p.loose[lk]
}

// place is the largest power of ten that divides x: what may still be
// added to x ("twenty" + "one", not "twenty" + "thirty"). Non-integers take
// nothing more.
func place(x float64) float64 {
	if x <= 0 || x != math.Trunc(x) || x > MaxValue {
		return 0
	}
	pl := 1.0
	for pl < 1e18 && math.Mod(x, pl*10) == 0 {
		pl *= 10
	}
	return pl
}

func isPow10(x float64) bool {
	if x < 1 || x != math.Trunc(x) {
		return false
	}
	for x >= 10 {
		if math.Mod(x, 10) != 0 {
			return false
		}
		x /= 10
	}
	return x == 1
}
