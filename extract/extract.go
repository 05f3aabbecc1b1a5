// Package extract reads figure claims and event cues from passages.
//
// All language knowledge comes from the lexicon data files: the extractor
// compiles every language's phrases once (New) into a matcher that finds
// them all in one pass over a passage's tokens, then applies the same
// positional rules to every language:
//
//   - a number expression (digits, number words or a vague quantity, read
//     by numparse) becomes a figure when a figure term attaches to it: a
//     noun right after it ("18 morți", "37 wounded"), a verb before it
//     ("au fost reținute 1.204 de persoane", "killed 12 people") or a verb
//     after its subject ("12 agenți ... au fost uciși");
//   - the victim group is the group noun between the number and its term,
//     or the group the sentence is about ("Casualties among security
//     officers ... rose to 18 dead");
//   - a qualifier right before the number bounds it ("cel puțin 12");
//   - a cumulative marker in the sentence makes it a running total;
//   - attribution markers in the sentence give the chain of who reports
//     and whom they cite; an anaphor ("the ministry", "instituției")
//     stands for the last source named earlier in the document.
//
// Every claim records the rule that produced it. Extraction is a pure
// function of the document and its passages and is safe for concurrent use.
package extract

import (
	"cmp"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/numparse"
	"github.com/sitrep-dev/sitrep/segment"
	"github.com/sitrep-dev/sitrep/textnorm"
	"golang.org/x/text/unicode/norm"
)

// Extractor holds the compiled lexicons. Build it once with New and share
// it; it is read-only afterwards.
type Extractor struct {
	langs   map[string]*language
	sources map[string]lexicon.KnownSource // folded alias → source
	// aliases holds every alias's words, by word count and first rune,
	// for matching inflected forms ("Ministerului Sănătății" is
	// "ministerul sănătății" in the genitive).
	aliases map[aliasKey][]alias
}

// aliasKey narrows the aliases an inflected name is compared with.
type aliasKey struct {
	words int
	first rune
}

// alias is one name of a known source, split into words.
type alias struct {
	words []string
	src   lexicon.KnownSource
}

// language is one compiled lexicon.
type language struct {
	lx  *lexicon.Lexicon
	num *numparse.Parser
	m   *matcher
	// numHeads holds the first three letters (fewer for short words) of
	// every number word, scale and vague quantity: a word token that
	// starts with none of them cannot start a number expression, which
	// spares the number parser most tokens.
	numHeads map[string]bool
	// shortHeads holds the number words of fewer than three letters,
	// which compounds glue to what follows: Danish "to" in "toogtredive"
	// (32), "en" in "enogtyve" (21).
	shortHeads map[string]bool
	// conj holds the folded conjunctions.
	conj map[string]bool
	// articles holds the folded indefinite articles that count one.
	articles map[string]bool
	// ageMarkers holds the folded words of each age marker (see
	// lexicon.Lexicon.AgeMarkers).
	ageMarkers []ageMarker
	// objectMarkers holds the folded words that introduce a verb's object
	// (Spanish "a", Romanian "pe").
	objectMarkers map[string]bool
	// classifiers holds the measure words that may stand between a number
	// and its noun (Chinese 名, 个): the number parser's "trailing" words.
	classifiers map[string]bool
	// scalesAfterQual holds the folded words of the lexicon's
	// scales_after_qualifier with the scale each counts.
	scalesAfterQual map[string]float64
}

// New compiles the given lexicons and the known-source list.
func New(lexicons map[string]*lexicon.Lexicon) (*Extractor, error) {
	srcs, err := lexicon.Sources()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	x := &Extractor{langs: map[string]*language{}, sources: map[string]lexicon.KnownSource{}, aliases: map[aliasKey][]alias{}}
	for _, s := range srcs {
		for _, a := range s.Aliases {
			f := textnorm.Fold(a)
			x.sources[f] = s
			var words []string
			for _, t := range textnorm.Tokens(f) {
				words = append(words, t.Text)
			}
			if len(words) > 0 {
				r, _ := utf8.DecodeRuneInString(words[0])
				k := aliasKey{len(words), r}
				x.aliases[k] = append(x.aliases[k], alias{words, s})
			}
		}
	}
	for code, lx := range lexicons {
		l := &language{lx: lx, num: numparse.NewFromLexicon(lx), m: newMatcher(lx.Clitics)}
		l.compile(srcs)
		x.langs[code] = l
	}
	return x, nil
}

// Default returns an extractor over every embedded lexicon.
func Default() (*Extractor, error) {
	lx, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	return New(lx)
}

// Affinity counts the distinct figure terms, groups, qualifiers and
// attribution markers of lang's lexicon that occur in text: evidence, from
// the extractor's own vocabulary, that text is written in lang. Language
// detection uses it to settle short, uncertain passages.
func (x *Extractor) Affinity(text, lang string) int {
	l := x.langs[lang]
	if l == nil {
		return 0
	}
	toks := textnorm.Tokens(textnorm.Fold(text))
	seen := map[*entry]bool{}
	for _, ms := range l.m.find(toks) {
		for _, m := range ms {
			switch m.e.cat {
			case catNoun, catVerb, catGroup, catQual, catSaid, catAccording, catCumul:
				seen[m.e] = true
			}
		}
	}
	return len(seen)
}

// Supports reports whether the extractor has a lexicon for lang.
func (x *Extractor) Supports(lang string) bool { return x.langs[lang] != nil }

func (l *language) compile(srcs []lexicon.KnownSource) {
	m, lx := l.m, l.lx
	l.conj = map[string]bool{}
	for _, c := range lx.Conjunctions {
		l.conj[textnorm.Fold(c)] = true
	}
	l.articles = map[string]bool{}
	for _, a := range lx.Articles {
		l.articles[textnorm.Fold(a)] = true
	}
	for _, a := range lx.AgeMarkers {
		before, after, ok := strings.Cut(a, "…")
		if !ok {
			before, after = "", a
		}
		l.ageMarkers = append(l.ageMarkers, ageMarker{before: patToks(before), after: patToks(after)})
	}
	l.objectMarkers = map[string]bool{}
	for _, a := range lx.ObjectMarkers {
		l.objectMarkers[textnorm.Fold(a)] = true
	}
	l.classifiers = map[string]bool{}
	l.scalesAfterQual = map[string]float64{}
	for w, v := range lx.ScalesAfterQualifier {
		l.scalesAfterQual[textnorm.Fold(w)] = v
	}
	var trailing []string
	if raw, ok := lx.Numbers.Extra["trailing"]; ok && json.Unmarshal(raw, &trailing) == nil {
		for _, w := range trailing {
			l.classifiers[textnorm.Fold(w)] = true
		}
	}
	l.numHeads = map[string]bool{}
	l.shortHeads = map[string]bool{}
	addHead := func(w string) {
		toks := textnorm.Tokens(textnorm.Fold(w))
		if len(toks) == 0 {
			return
		}
		h := head(toks[0].Text) // only the first word of a phrase
		l.numHeads[h] = true
		if utf8.RuneCountInString(h) < 3 {
			l.shortHeads[h] = true
		}
	}
	for w := range lx.Numbers.Words {
		addHead(w)
	}
	for w := range lx.Numbers.Scales {
		addHead(w)
	}
	for w := range lx.Numbers.Vague {
		addHead(w)
	}
	// Maps are walked in sorted order, so that two entries matching the
	// same words rank the same way on every run.
	for _, q := range sortedKeys(lx.Qualifiers) {
		ps := lx.Qualifiers[q]
		for _, p := range ps {
			m.add(catQual, string(q), p, 0, 0)
		}
	}
	for _, q := range sortedKeys(lx.QualifiersAfter) {
		ps := lx.QualifiersAfter[q]
		for _, p := range ps {
			m.add(catQualAfter, string(q), p, 0, 0)
		}
	}
	for _, k := range sitrep.FigureKinds {
		t := lx.Figures[k]
		for _, p := range t.Nouns {
			m.add(catNoun, string(k), p, 0, 0)
		}
		for _, p := range t.Verbs {
			m.add(catVerb, string(k), p, 0, 0)
		}
		for _, p := range t.Not {
			m.add(catNot, string(k), p, 0, 0)
		}
		for i, f := range t.Frames {
			// The two sides of the frame share its index as their cue.
			open, closing, _ := strings.Cut(f, "…")
			m.add(catFrameOpen, string(k), open, i, 0)
			m.add(catFrameClose, string(k), closing, i, 1)
		}
	}
	for _, g := range sitrep.Groups {
		ps := lx.Groups[g]
		for _, p := range ps {
			m.add(catGroup, string(g), p, 0, 0)
		}
	}
	for _, g := range sitrep.Groups {
		for _, p := range lx.Singular[g] {
			m.add(catSingular, string(g), p, 0, 0)
		}
	}
	for _, a := range sortedKeys(lx.Actors) {
		ps := lx.Actors[a]
		for _, p := range ps {
			m.add(catActor, a, p, 0, 0)
		}
	}
	add := func(c cat, ps []string) {
		for _, p := range ps {
			m.add(c, "", p, 0, 0)
		}
	}
	add(catPerp, lx.Perpetrator)
	add(catAmong, lx.Among)
	add(catCumul, lx.Cumulative)
	add(catAccording, lx.Attribution.According)
	for _, p := range lx.Attribution.AccordingAfter {
		m.add(catAccording, postposition, p, 0, 0)
	}
	add(catCiting, lx.Attribution.Citing)
	add(catCitedBy, lx.Attribution.CitedBy)
	add(catSaid, lx.Attribution.Said)
	add(catReported, lx.Attribution.Reported)
	add(catAnaphora, lx.Attribution.Anaphora)
	add(catNegative, lx.Negatives)
	add(catNegativeBefore, lx.NegativesBefore)
	add(catEarlier, lx.Earlier)
	add(catDay, lx.Weekdays)
	add(catLocative, lx.Locatives)
	add(catHypothetical, lx.Hypothetical)
	for _, p := range lx.Modal {
		m.add(catNot, modalVal, p, 0, 0) // no kind: see passageScan.modal
	}
	for _, p := range lx.Unreal {
		m.add(catNot, anyKind, p, 0, 0) // a negation for every kind
	}
	add(catDual, lx.Duals)
	add(catRangeBefore, lx.Ranges.Before)
	add(catRangeLink, lx.Ranges.Links)
	add(catRangeBare, lx.Ranges.Bare)
	for _, name := range sortedKeys(lx.Months) {
		m.add(catDay, "", name, 0, 0)
	}
	for _, label := range sortedKeys(lx.Attribution.Generic) {
		ps := lx.Attribution.Generic[label]
		for _, p := range ps {
			m.add(catGeneric, label, p, 0, 0)
		}
	}
	for _, s := range srcs {
		for _, a := range s.Aliases {
			m.add(catSource, s.Name, a, 0, 0)
		}
	}
	for _, t := range sitrep.EventTypes {
		cues := lx.Events[t]
		for ci, cue := range cues {
			for pi, alts := range cue {
				for _, p := range strings.Split(alts, "|") {
					m.add(catEvent, string(t), p, ci, pi)
				}
			}
		}
	}
}

// sortedKeys returns a map's keys in order.
func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Result is what one document yields.
type Result struct {
	Claims []sitrep.Claim
	Events []sitrep.EventMention
}

// Document extracts claims and event cues from every passage of doc, in
// order. Passages must carry their language (lang stage); passages in a
// language without a lexicon yield nothing.
func (x *Extractor) Document(doc sitrep.Document, passages []sitrep.Passage) Result {
	var res Result
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	st := &docState{sc: sc, attributed: map[string]bool{}}
	for i := range passages {
		p := &passages[i]
		l := x.langs[p.Lang]
		if l == nil || p.Kind == sitrep.PassageFragment {
			continue
		}
		before := len(res.Claims)
		beforeEvents := len(res.Events)
		hypothetical := x.passage(l, doc, p, st, &res)
		if hypothetical && i == 0 && p.Kind == sitrep.PassageHeading {
			st.hypothetical = true // a headline announcing a drill: the whole document is about one
		}
		if st.hypothetical {
			res.Claims, res.Events = res.Claims[:before], res.Events[:beforeEvents]
		}
	}
	inheritAttribution(res.Claims, st.attributed)
	return res
}

// inheritAttribution gives a claim that the text attributes to no one the
// attribution of a claim of the same kind and value elsewhere in the same
// document: a headline's "74 dead" is the body's "74 dead, the civil
// defence said", not a second, independent report.
func inheritAttribution(claims []sitrep.Claim, attributed map[string]bool) {
	for i := range claims {
		c := &claims[i]
		if attributed[c.ID] {
			continue
		}
		for j := range claims {
			d := &claims[j]
			if i == j || !attributed[d.ID] || d.Kind != c.Kind || d.Min != c.Min || !sameMax(d.Max, c.Max) {
				continue
			}
			c.ReportedBy = append([]string{}, d.ReportedBy...)
			c.Citing = append([]string{}, d.Citing...)
			c.Rule += "+inherited-attribution"
			break
		}
	}
}

func sameMax(a, b *int64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// scratchPool lends buffers to Document calls, so that extraction
// allocates little per passage.
var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// docState carries what one passage leaves for the next: the last source
// named, which anaphors refer back to.
type docState struct {
	sc *scratch // buffers reused from passage to passage
	// hypothetical is set when the document's headline announces a drill.
	hypothetical bool
	lastSource   string
	// speakers maps the folded name of a person the document introduced
	// as speaking for a known source ("пресс-секретарь Минздрава Айзада
	// Бекова"), and of her surname alone, to that source.
	speakers map[string]speaker
	// spoke is the speaker behind the last source name read, if any.
	spoke string
	// attributed holds the ids of claims whose text names a source.
	attributed map[string]bool
}

// speaker is a person who speaks for a source.
type speaker struct{ person, source string }

// number is a number expression found in a sentence.
type number struct {
	start, end int // tokens
	v          numparse.Value
	word       bool // written in words, not digits
	article    bool // an indefinite article read as one
	dual       bool // a noun in the dual: the number is its own term or group
}

// sentence is a run of tokens ending at sentence punctuation.
type sentence struct {
	start, end int
}

type passageScan struct {
	body  string        // the passage body with markup blanked
	norm  textnorm.Text // its normalised form
	toks  []textnorm.Token
	at    [][]match // matches by start token
	cats  []uint32  // bit c set when a match of category c starts at the token
	base  int       // offset of body in the document
	l     *language
	doc   sitrep.Document
	p     *sitrep.Passage
	nums  []number
	numAt []int // token → index into nums of the number covering it, or -1
	// carried is the last attribution a sentence of this passage made.
	carried attribution
	// lastFig is the last figure the previous sentence made, if any, which
	// a sentence opening with "among them" breaks down.
	lastFig *sitrep.Claim
	// clauseBuf is reused for each sentence's clause map.
	clauseBuf []int
	sc        *scratch
}

// passage extracts one passage and reports whether it describes a drill
// or scenario.
func (x *Extractor) passage(l *language, doc sitrep.Document, p *sitrep.Passage, st *docState, res *Result) bool {
	body := segment.StripMarkup(doc.Text[p.Body[0]:p.Body[1]])
	sc := st.sc
	ps := &passageScan{body: body, norm: textnorm.NormalizeInto(sc.norm, body), base: p.Body[0], l: l, doc: doc, p: p, sc: sc}
	sc.norm = ps.norm.Map
	ps.toks = textnorm.AppendTokens(sc.toks[:0], ps.norm.S)
	sc.toks = ps.toks
	ps.at = l.m.findInto(ps.toks, sc)
	ps.cats = grow(sc.cats, len(ps.toks))
	sc.cats = ps.cats
	for i, ms := range ps.at {
		for _, m := range ms {
			ps.cats[i] |= 1 << m.e.cat
		}
	}
	ps.findNumbers()
	for _, s := range ps.sentences() {
		x.sentence(ps, s, st, res)
	}
	for _, c := range ps.cats {
		if c&(1<<catHypothetical) != 0 {
			return true
		}
	}
	return false
}

var sentenceEnd = map[string]bool{".": true, "!": true, "?": true, ";": true, "。": true, "！": true,
	"？": true, "؟": true, "।": true, "…": true, "؛": true}

func (ps *passageScan) sentences() []sentence {
	var out []sentence
	start := 0
	for i, t := range ps.toks {
		if t.Kind == textnorm.Punct && sentenceEnd[t.Text] && (t.Text != "." || ps.endsSentence(i)) {
			if i+1 > start {
				out = append(out, sentence{start, i + 1})
			}
			start = i + 1
		}
	}
	if start < len(ps.toks) {
		out = append(out, sentence{start, len(ps.toks)})
	}
	return out
}

// head returns the first three letters of w without their diacritics, so
// that combining forms match their base words (Hungarian "huszon-" and
// "húsz", "tizen-" and "tíz"). It does not allocate for heads of ASCII
// and Latin letters.
func head(w string) string {
	if len(w) >= 3 && w[0] < utf8.RuneSelf && w[1] < utf8.RuneSelf && w[2] < utf8.RuneSelf {
		return w[:3]
	}
	var buf [12]byte
	b := buf[:0]
	n := 0
	for _, r := range w {
		if n == 3 {
			break
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b = utf8.AppendRune(b, baseRune(r))
		n++
	}
	if string(b) == w {
		return w
	}
	return string(b)
}

// latinBase maps the precomposed Latin letters U+00C0–U+024F to their base
// letters ("í" → "i", "ș" → "s").
var latinBase = func() [0x250 - 0xC0]rune {
	var t [0x250 - 0xC0]rune
	for i := range t {
		r := rune(0xC0 + i)
		d := []rune(norm.NFD.String(string(r)))
		t[i] = d[0]
	}
	return t
}()

func baseRune(r rune) rune {
	if r >= 0xC0 && r < 0x250 {
		return latinBase[r-0xC0]
	}
	return r
}

// mayStartNumber reports whether a word token could begin a number
// expression of the language, itself or after a clitic prefix.
// cliticBeforeNumberWord returns the length of the clitic that w starts
// with when a number word follows it ("وثلاثة"), or 0.
func (l *language) cliticBeforeNumberWord(w string) int {
	for _, c := range l.m.clitics {
		if len(w) > len(c)+1 && strings.HasPrefix(w, c) && l.hasNumHead(w[len(c):]) {
			return len(c)
		}
	}
	return 0
}

// hasNumHead reports whether word w starts like a number word: with the
// first three letters of one, or with a shorter one that a compound glues
// to what follows ("toogtredive").
func (l *language) hasNumHead(w string) bool {
	h := head(w)
	if l.numHeads[h] {
		return true
	}
	for i := range h {
		if i > 0 && l.shortHeads[h[:i]] {
			return true
		}
	}
	return false
}

func (l *language) mayStartNumber(w string) bool {
	if l.hasNumHead(w) {
		return true
	}
	for _, c := range l.m.clitics {
		if len(w) > len(c)+1 && strings.HasPrefix(w, c) && l.hasNumHead(w[len(c):]) {
			return true
		}
	}
	return false
}

// endsSentence reports whether the full stop at token i ends a sentence:
// not when a lower-case word follows, as after abbreviations ("15 тыс.
// человек", "ok. 1,2 mln").
func (ps *passageScan) endsSentence(i int) bool {
	if i+1 >= len(ps.toks) {
		return true
	}
	// The period of an abbreviated qualifier before a number ("ok. 1,2
	// mln", "ca. 300", "approx. 40") ends nothing.
	if i > 0 && ps.toks[i+1].Kind == textnorm.Number && utf8.RuneCountInString(ps.toks[i-1].Text) <= 6 {
		if _, ok := ps.endingAt(i, catQual, max(0, i-3)); ok {
			return false
		}
	}
	a, _ := ps.norm.Orig(ps.toks[i+1].Start, ps.toks[i+1].End)
	r, _ := utf8.DecodeRuneInString(ps.body[a:])
	return !unicode.IsLower(r)
}

// findNumbers scans every token for the longest number expression that
// starts there.
func (ps *passageScan) findNumbers() {
	ps.numAt = grow(ps.sc.numAt, len(ps.toks))
	ps.sc.numAt = ps.numAt
	for i := range ps.numAt {
		ps.numAt[i] = -1
	}
	s := ps.norm.S
	// Words of a qualifier start no number: Hungarian "több mint száz"
	// is "more than a hundred", not "several".
	qual := grow(ps.sc.qual, len(ps.toks))
	ps.sc.qual = qual
	for i := range ps.toks {
		for _, m := range ps.at[i] {
			if m.e.cat == catQual {
				for k := i; k < m.end; k++ {
					qual[k] = true
				}
			}
		}
	}
	for i := 0; i < len(ps.toks); i++ {
		t := ps.toks[i]
		if t.Kind == textnorm.Punct || qual[i] {
			continue
		}
		if ps.l.articles[t.Text] && !ps.articleStartsNumber(i) {
			// "a soldier": one, if a group and a term follow (oneIsFigure).
			ps.numAt[i] = len(ps.nums)
			ps.nums = append(ps.nums, number{start: i, end: i + 1, v: numparse.Value{Min: 1, Max: 1}, word: true, article: true})
			continue
		}
		if m, ok := ps.first(i, catDual); ok {
			// "قتيلان": two, and the noun they count.
			ps.numAt[i] = len(ps.nums)
			ps.nums = append(ps.nums, number{start: i, end: m.end, v: numparse.Value{Min: 2, Max: 2}, word: true, dual: true})
			i = m.end - 1
			continue
		}
		from := t.Start
		if t.Kind == textnorm.Word && !ps.l.hasNumHead(t.Text) {
			// A conjunction or preposition glued to digits or to a number
			// word: Arabic "و٣١", "وثلاثة".
			c := ps.l.m.cliticBeforeDigit(t.Text)
			if c == 0 {
				c = ps.l.cliticBeforeNumberWord(t.Text)
			}
			if c == 0 {
				continue
			}
			from += c
		}
		var v numparse.Value
		var end int
		var ok bool
		if from == t.Start {
			v, end, ok = ps.l.num.Scan(s, from)
		} else {
			// Scan refuses to start inside a word, so read the digits
			// after the clitic on their own.
			v, end, ok = ps.l.num.Scan(s[from:], 0)
			end += from
		}
		if !ok || end <= t.Start {
			continue
		}
		j := i
		for j < len(ps.toks) && ps.toks[j].Start < end {
			j++
		}
		if sc, ok := ps.l.scalesAfterQual[t.Text]; ok && v.Vague && j == i+1 && i > 0 && qual[i-1] {
			// "около тысячи": after a qualifier the genitive singular of
			// a scale, not the vague plural ("тысячи", thousands).
			v = numparse.Value{Min: sc, Max: sc}
		}
		if v.Vague && t.Kind != textnorm.Number && i > 0 && ps.numAt[i-1] >= 0 && !ps.nums[ps.numAt[i-1]].v.Vague {
			// Right after a count a vague word is "more", not "several":
			// Danish "20.000 flere indbyggere" (20,000 more residents).
			i = j - 1
			continue
		}
		n := number{start: i, end: j, v: v, word: t.Kind != textnorm.Number}
		for k := i; k < j; k++ {
			ps.numAt[k] = len(ps.nums)
		}
		ps.nums = append(ps.nums, n)
		i = j - 1
	}
	ps.joinRanges()
}

// articleStartsNumber reports whether the article at token i begins a
// number the parser reads past it: "a dozen", "a hundred", which a
// qualifier before the article bounds ("at least a dozen").
func (ps *passageScan) articleStartsNumber(i int) bool {
	t := ps.toks[i]
	_, end, ok := ps.l.num.Scan(ps.norm.S, t.Start)
	return ok && end > t.End
}

// joinRanges reads "between 30 and 40", "entre 40 et 50", "antara 20
// hingga 30" as one number from the first to the second: a range marker
// right before the first, a conjunction or range link alone between them,
// and a second larger than the first; or a bare link alone between them
// ("20–25 kalastajaa").
func (ps *passageScan) joinRanges() {
	if len(ps.l.lx.Ranges.Before)+len(ps.l.lx.Ranges.Bare) == 0 || len(ps.nums) < 2 {
		return
	}
	out := ps.nums[:0]
	joined := false
	for i := 0; i < len(ps.nums); i++ {
		a := ps.nums[i]
		if i+1 < len(ps.nums) && ps.isRange(a, ps.nums[i+1]) {
			b := ps.nums[i+1]
			a = number{start: a.start, end: b.end, v: numparse.Value{Min: a.v.Min, Max: b.v.Max}, word: a.word && b.word}
			i++
			joined = true
		}
		out = append(out, a)
	}
	ps.nums = out
	if !joined {
		return
	}
	for i := range ps.numAt {
		ps.numAt[i] = -1
	}
	for ni, n := range ps.nums {
		for k := n.start; k < n.end; k++ {
			ps.numAt[k] = ni
		}
	}
}

// isRange reports whether numbers a and b form a range (see joinRanges).
func (ps *passageScan) isRange(a, b number) bool {
	if !a.v.Exact() || !b.v.Exact() || a.article || b.article || a.dual || b.dual || a.v.Max >= b.v.Min {
		return false
	}
	if l, ok := ps.first(a.end, catRangeBare); ok && l.end == b.start && (a.word || a.v.Min < 1900 || a.v.Min > 2100) {
		// A bare link needs no marker: "20–25 kalastajaa", "20 kuni 25
		// kalurit"; but "2014–2016" are years.
		return true
	}
	if _, ok := ps.endingAt(a.start, catRangeBefore, max(0, a.start-3)); !ok {
		return false
	}
	if b.start == a.end+1 && ps.isConjunction(a.end) {
		return true
	}
	l, ok := ps.first(a.end, catRangeLink)
	return ok && l.end == b.start
}

// first returns the first match of category c starting at token i.
func (ps *passageScan) first(i int, c cat) (match, bool) {
	if i < 0 || i >= len(ps.toks) || ps.cats[i]&(1<<c) == 0 {
		return match{}, false
	}
	best := match{}
	found := false
	for _, m := range ps.at[i] {
		if m.e.cat == c && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	return best, found
}

// endingAt returns the longest match of category c that ends at token end.
func (ps *passageScan) endingAt(end int, c cat, from int) (match, bool) {
	best := match{}
	found := false
	for i := end - 1; i >= from && i >= end-8; i-- {
		for _, m := range ps.at[i] {
			if m.e.cat == c && m.end == end && (!found || m.start < best.start) {
				best, found = m, true
			}
		}
	}
	return best, found
}

// span maps tokens [a, b) to document offsets.
func (ps *passageScan) span(a, b int) sitrep.Span {
	if b <= a {
		return sitrep.Span{ps.base, ps.base}
	}
	s, e := ps.norm.Orig(ps.toks[a].Start, ps.toks[b-1].End)
	return sitrep.Span{ps.base + s, ps.base + e}
}

func (ps *passageScan) text(a, b int) string {
	sp := ps.span(a, b)
	return ps.doc.Text[sp[0]:sp[1]]
}

// capitalised reports whether token i starts with an upper-case letter in
// the original text, or is a word of a script without case.
func (ps *passageScan) capitalised(i int) bool {
	s, _ := ps.norm.Orig(ps.toks[i].Start, ps.toks[i].End)
	r, _ := utf8.DecodeRuneInString(ps.body[s:])
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func isInteger(f float64) bool { return f == math.Trunc(f) && !math.IsInf(f, 0) }

// ScriptFits reports whether most letters of text are in a script that
// lang's lexicon declares (so a Persian post in an English document is not
// read with the English lexicon).
func (x *Extractor) ScriptFits(text, lang string) bool {
	l := x.langs[lang]
	if l == nil || len(l.lx.Scripts) == 0 {
		return true
	}
	var in, all int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		all++
		for _, sc := range l.lx.Scripts {
			if t := scriptTable(sc); t != nil && unicode.Is(t, r) {
				in++
				break
			}
		}
	}
	return all == 0 || in*2 > all
}

// scriptTable maps ISO 15924 codes to Unicode script tables.
func scriptTable(code string) *unicode.RangeTable {
	switch code {
	case "Latn":
		return unicode.Latin
	case "Cyrl":
		return unicode.Cyrillic
	case "Arab":
		return unicode.Arabic
	case "Grek":
		return unicode.Greek
	case "Deva":
		return unicode.Devanagari
	case "Hans", "Hant", "Hani", "Jpan":
		return unicode.Han
	case "Hira":
		return unicode.Hiragana
	case "Kana":
		return unicode.Katakana
	case "Hebr":
		return unicode.Hebrew
	}
	return nil
}

// Masked returns the spans of text (byte offsets) that lang's lexicon
// reads as something other than a place: source names, reporting and
// attribution markers, qualifiers, weekdays and months, figure terms and
// victim groups. A place name found inside one ("Interior" in "Interior
// Ministry", Romanian "peste" meaning "over", "Montag") is no place.
func (x *Extractor) Masked(text, lang string) []sitrep.Span {
	l := x.langs[lang]
	if l == nil {
		return nil
	}
	n := textnorm.Normalize(text)
	toks := textnorm.Tokens(n.S)
	var out []sitrep.Span
	// Number words ("трое", "dos") are no places either.
	for _, t := range toks {
		if t.Kind != textnorm.Word || !l.mayStartNumber(t.Text) {
			continue
		}
		if _, end, ok := l.num.Scan(n.S, t.Start); ok && end >= t.End {
			a, b := n.Orig(t.Start, end)
			out = append(out, sitrep.Span{a, b})
		}
	}
	for i, ms := range l.m.find(toks) {
		for _, m := range ms {
			switch m.e.cat {
			case catEvent, catCumul:
				continue
			}
			a, b := n.Orig(toks[i].Start, toks[m.end-1].End)
			out = append(out, sitrep.Span{a, b})
		}
	}
	return out
}

// ageMarker is an age marker's words before and after its number.
type ageMarker struct{ before, after []patTok }

// patToks splits a phrase into its folded words.
func patToks(p string) []patTok {
	var pt []patTok
	for _, w := range strings.Fields(textnorm.Fold(p)) {
		pt = append(pt, patTok{w: strings.TrimSuffix(w, "*"), prefix: strings.HasSuffix(w, "*")})
	}
	return pt
}
