package numparse

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lexeme is one piece of a number expression: a digit string or a word
// (or phrase) of the lexicon.
type lexeme struct {
	start, end int
	e          *entry // nil for digits
	digits     bool
	val        float64 // value of a digit string
	isInt      bool
	plain      bool   // digits only, no separators or decimals
	raw        string // the digit string as written
	key        string // the folded word or phrase
	mid        bool   // ends inside a word (a compound piece, a clitic)
	glued      bool   // written without a space after the previous lexeme
}

type scanResult struct {
	v        Value
	end      int
	ok       bool
	overflow bool
}

// maxLexemes bounds the work of one Scan.
const maxLexemes = 48

// scan reads the longest number expression at byte i. whole is true for
// Parse: a leading decimal separator is allowed anywhere.
func (p *Parser) scan(s string, i int, whole bool) scanResult {
	var res scanResult
	if !whole && i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if isDigitRune(r) || (unicode.IsLetter(r) && !(p.noSpaces && isIdeo(r))) {
			return res
		}
		if p.noSpaces && len(p.notNumbers) > 0 && p.insideNotNumber(s, i) {
			return res
		}
	}
	var st state
	pos := i
	var buf [8]lexeme
	var pending []lexeme
	var last lexeme
	var prev *lexeme
	for n := 0; n < maxLexemes; n++ {
		if len(pending) == 0 {
			lx, over := p.lexAt(buf[:0], s, pos, prev, whole)
			if over && prev == nil {
				res.overflow = true
			}
			if len(lx) == 0 {
				break
			}
			pending = lx
		}
		lx := pending[0]
		pending = pending[1:]
		if !p.step(&st, &lx) {
			if st.over {
				res.overflow = true
			}
			break
		}
		last = lx
		prev = &last
		pos = lx.end
		if !lx.mid && st.complete() {
			if v, ok := st.value(); ok {
				res.v, res.end, res.ok = v, lx.end, true
			} else {
				res.overflow = true
				break
			}
		}
	}
	return res
}

// insideNotNumber reports whether a word of not_numbers spans byte i of s
// from before it, in a language written without spaces: the "လေး" (four)
// of Burmese "ကလေး" (child).
func (p *Parser) insideNotNumber(s string, i int) bool {
	b := i
	for n := 0; n < p.maxRunes && b > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:b])
		b -= sz
		for _, w := range p.notNumbers {
			if len(w) > i-b && strings.HasPrefix(s[b:], w) {
				return true
			}
		}
	}
	return false
}

// lexAt returns the lexemes that start at pos, after the gap that may
// separate them from prev (nil at the start). A compound word gives several.
func (p *Parser) lexAt(dst []lexeme, s string, pos int, prev *lexeme, whole bool) (out []lexeme, overflow bool) {
	glued := true
	if prev != nil {
		j := pos
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') && j-pos < 4 {
			j++
		}
		if j < len(s) && s[j] == '-' && prev.e != nil && !prev.digits && j+1 < len(s) {
			// "twenty-one", "dix-sept", "quatre-vingt"
			r, _ := utf8.DecodeRuneInString(s[j+1:])
			if unicode.IsLetter(r) {
				j++
			}
		}
		glued = j == pos
		// glued_digits: digits may follow a scale glued to them ("1만2000")
		if glued && !p.noSpaces && !(p.gluedDigits && pos < len(s) && isDigit(s[pos]) && prev.e.has(rScale|rSuffix)) {
			return nil, false
		}
		pos = j
	}
	if pos >= len(s) {
		return nil, false
	}
	c := s[pos]
	switch {
	case c >= '0' && c <= '9':
		return p.lexDigits(dst, s, pos, glued && prev != nil)
	case (c == '.' || c == ',') && prev == nil && pos+1 < len(s) && isDigit(s[pos+1]) &&
		(whole || pos == 0 || s[pos-1] == ' '):
		return p.lexDigits(dst, s, pos, false)
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	if !unicode.IsLetter(r) && !unicode.IsMark(r) {
		return nil, false
	}
	if p.noSpaces && isIdeo(r) {
		if lx, ok := p.lexPrefix(s, pos); ok {
			lx.glued = glued
			return append(dst, lx), false
		}
		return nil, false
	}
	out = p.lexWord(dst, s, pos)
	if len(out) > 0 {
		out[0].glued = glued
	}
	return out, false
}

// lexPrefix matches the longest key at pos, for languages written without
// spaces.
func (p *Parser) lexPrefix(s string, pos int) (lexeme, bool) {
	var ebuf [16]int
	ends := ebuf[:0]
	j := pos
	for k := 0; k < p.maxRunes && j < len(s); k++ {
		_, sz := utf8.DecodeRuneInString(s[j:])
		j += sz
		ends = append(ends, j)
	}
	for k := len(ends) - 1; k >= 0; k-- {
		key := s[pos:ends[k]]
		if e, ok := p.exact[key]; ok {
			return lexeme{start: pos, end: ends[k], e: e, key: key}, true
		}
	}
	return lexeme{}, false
}

// wordEnd returns the end of the run of letters at pos; an apostrophe
// between letters belongs to the word (Ukrainian "п'ять").
func wordEnd(s string, pos int) int {
	j := pos
	for j < len(s) {
		r, sz := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			j += sz
			continue
		}
		if r == '\'' && j > pos && j+1 < len(s) {
			r2, _ := utf8.DecodeRuneInString(s[j+1:])
			if unicode.IsLetter(r2) {
				j += sz
				continue
			}
		}
		break
	}
	return j
}

// lexWord reads the longest phrase of the lexicon at pos; failing that, a
// word with a clitic connector ("وخمسين") or a compound word
// ("dreihundertvierundzwanzig").
func (p *Parser) lexWord(dst []lexeme, s string, pos int) []lexeme {
	type span struct{ start, end int }
	var wbuf [8]span
	words := wbuf[:0]
	j := pos
	for len(words) < p.maxWords || len(words) == 0 {
		e := wordEnd(s, j)
		if e == j {
			break
		}
		words = append(words, span{j, e})
		// a phrase continues over one space or hyphen
		if e+1 < len(s) && (s[e] == ' ' || s[e] == '-') {
			r, _ := utf8.DecodeRuneInString(s[e+1:])
			if unicode.IsLetter(r) {
				j = e + 1
				continue
			}
		}
		break
	}
	if len(words) == 0 {
		return nil
	}
	w1 := s[pos:words[0].end]
	if e, ok := p.exact[w1]; ok && !p.first[w1] {
		return append(dst, lexeme{start: pos, end: words[0].end, e: e, key: w1})
	}
	lw1 := p.loosen(w1)
	if !p.first[w1] && !p.first[lw1] {
		words = words[:1] // no phrase starts with this word
	}
	for k := len(words); k >= 1; k-- {
		key := s[pos:words[k-1].end]
		var e *entry
		if k > 1 {
			e = p.lookup(strings.ReplaceAll(key, "-", " "))
		} else if e = p.exact[key]; e == nil {
			e = p.lookupLoose(key, lw1)
		}
		if e != nil {
			return append(dst, lexeme{start: pos, end: words[k-1].end, e: e, key: key})
		}
	}
	w := s[pos:words[0].end]
	end := words[0].end
	for _, pc := range p.prefixConn {
		if len(w) > len(pc) && strings.HasPrefix(w, pc) {
			if e := p.lookup(w[len(pc):]); e.has(rNum | rScale) {
				ce := p.lookup(pc)
				if ce == nil {
					ce = &entry{roles: rConn}
				}
				return append(dst,
					lexeme{start: pos, end: pos + len(pc), e: ce, key: pc, mid: true},
					lexeme{start: pos + len(pc), end: end, e: e, key: w[len(pc):]})
			}
		}
	}
	for _, c := range p.caseEndings {
		// A case ending on a number word: Turkish "binden fazla" (more
		// than a thousand), "yirmiden az".
		// Stems of two letters or worth one are left alone: "ondan"
		// (from him) and "birden" (suddenly) are seldom numbers.
		// With case_compounds, stems of two letters take endings too
		// (Georgian "ორმა"), and so do compounds ("ოცდაათმა").
		stem := w[:max(0, len(w)-len(c))]
		minStem := 3
		if p.caseCompounds {
			minStem = 2
		}
		if len(w) > len(c) && strings.HasSuffix(w, c) && utf8.RuneCountInString(stem) >= minStem {
			if e := p.lookup(stem); e.has(rScale) || e.has(rNum) && e.num >= 2 {
				return append(dst, lexeme{start: pos, end: end, e: e, key: stem})
			}
			if p.caseCompounds {
				if out := p.segmentStem(dst, stem, pos, end); len(out) > len(dst) {
					return out
				}
			}
		}
	}
	if p.compound {
		return p.segment(dst, w, pos, end)
	}
	return nil
}

// maxCompound bounds the length of a compound word, in bytes.
const maxCompound = 160

// segment splits a compound number word into the fewest lexicon pieces.
func (p *Parser) segment(dst []lexeme, w string, start, end int) []lexeme {
	if len(w) > maxCompound {
		return nil
	}
	pieces := p.splitNumber(w, false)
	if pieces == nil {
		pieces = p.splitNumber(p.loosen(w), true)
	}
	if len(pieces) < 2 {
		return nil
	}
	for k, pc := range pieces {
		dst = append(dst, lexeme{start: start, end: end, e: pc.e, key: pc.key, mid: k < len(pieces)-1, glued: k > 0})
	}
	return dst
}

// segmentStem reads the stem of a number word with a case ending, for
// case_compounds: a compound ("ოცდაათ" in "ოცდაათმა") or one
// compound-only part ("რვ" in "რვის"). The lexemes span the whole word.
func (p *Parser) segmentStem(dst []lexeme, stem string, start, end int) []lexeme {
	if len(stem) > maxCompound {
		return nil
	}
	pieces := p.split(stem, false)
	if pieces == nil {
		pieces = p.split(p.loosen(stem), true)
	}
	if len(pieces) == 1 {
		e := pieces[0].e
		if !e.compOnly || !(e.has(rScale) || e.has(rNum) && e.num >= 2) {
			return nil
		}
		whole := *e
		whole.compOnly = false
		return append(dst, lexeme{start: start, end: end, e: &whole, key: pieces[0].key})
	}
	for k, pc := range pieces {
		dst = append(dst, lexeme{start: start, end: end, e: pc.e, key: pc.key, mid: k < len(pieces)-1, glued: k > 0})
	}
	return dst
}

type piece struct {
	key string
	e   *entry
}

func (p *Parser) piece(k string, loose bool) *entry {
	if e, ok := p.morph[k]; ok {
		return e
	}
	e, ok := p.exact[k]
	if !ok && loose {
		e = p.loose[k]
	}
	if e.has(rNum | rScale | rConn | rHalf) {
		return e
	}
	return nil
}

func (p *Parser) split(w string, loose bool) []piece { return p.splitTie(w, loose, false) }

// splitNumber is split, except that when the fewest pieces do not read as
// a number by themselves and another split into as many pieces does, it
// keeps that one: Tamil "இருபத்தொன்பது" is "இருபத்த|ொன்பது" (29), not
// "இரு|பத்தொன்பது" (2, 19).
func (p *Parser) splitNumber(w string, loose bool) []piece {
	pieces := p.splitTie(w, loose, false)
	if len(pieces) < 2 || p.reads(pieces) {
		return pieces
	}
	if alt := p.splitTie(w, loose, true); p.reads(alt) {
		return alt
	}
	return pieces
}

// reads reports whether the pieces of a compound make a number by
// themselves.
func (p *Parser) reads(pieces []piece) bool {
	var st state
	for k, pc := range pieces {
		lx := lexeme{e: pc.e, key: pc.key, mid: k < len(pieces)-1, glued: k > 0}
		if !p.step(&st, &lx) {
			return false
		}
	}
	return st.complete()
}

// splitTie splits w into the fewest pieces; where splits into as many
// differ, each piece starts as early as it can, or with late as late.
func (p *Parser) splitTie(w string, loose, late bool) []piece {
	n := len(w)
	const inf = 1 << 30
	var bestA, fromA [maxCompound + 1]int
	best, from := bestA[:n+1], fromA[:n+1]
	for k := range best {
		best[k] = inf
	}
	best[0] = 0
	for a := 0; a < n; a++ {
		if best[a] == inf || !utf8.RuneStart(w[a]) {
			continue
		}
		for b := a + 1; b <= n && b-a <= 64; b++ {
			if b < n && !utf8.RuneStart(w[b]) {
				continue
			}
			if (best[a]+1 < best[b] || late && best[a]+1 == best[b]) && p.piece(w[a:b], loose) != nil {
				best[b] = best[a] + 1
				from[b] = a
			}
		}
	}
	if best[n] == inf {
		return nil
	}
	var out []piece
	for b := n; b > 0; b = from[b] {
		k := w[from[b]:b]
		out = append(out, piece{k, p.piece(k, loose)})
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// isIdeo reports whether r is written without spaces around it: Han,
// kana, and the like.
func isIdeo(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// digitRun returns the end of the run of ASCII digits at j.
func digitRun(s string, j int) int {
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j
}

// group reports whether s[j] is sep followed by exactly n digits.
func group(s string, j int, sep byte, n int) bool {
	if j >= len(s) || s[j] != sep || j+1+n > len(s) {
		return false
	}
	for k := j + 1; k <= j+n; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return j+1+n == len(s) || !isDigit(s[j+1+n])
}

// lexDigits reads a digit string with the language's separators, and a
// suffix glued to it ("100k", "1,2M").
func (p *Parser) lexDigits(dst []lexeme, s string, pos int, glued bool) ([]lexeme, bool) {
	j := digitRun(s, pos)
	lead := j - pos // digits before the first separator
	sep := byte(0)
	if lead >= 1 && lead <= 3 {
		sep, j = p.groups(s, pos, j, lead)
	}
	intEnd := j
	fracStart, fracEnd := -1, -1
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && s[j] != sep && isDigit(s[j+1]) {
		c := s[j]
		k := digitRun(s, j+1)
		nd := k - j - 1
		dec := false
		switch {
		case sep != 0 || lead == 0:
			dec = true // "1.200.000,42", ",77"
		case p.decimal[c]:
			dec = true
		case nd != 3:
			dec = true // "1.5" where '.' groups thousands: not a group
		}
		if dec {
			fracStart, fracEnd = j+1, k
			j = k
		} else if lead > 3 {
			return nil, false // "1000.500": neither a group nor a decimal
		}
	}
	if lead == 0 && fracStart < 0 {
		return nil, false
	}
	raw := s[pos:j]
	intDigits := s[pos:intEnd]
	if sep != 0 {
		var b strings.Builder
		for k := pos; k < intEnd; k++ {
			if isDigit(s[k]) {
				b.WriteByte(s[k])
			}
		}
		intDigits = b.String()
	}
	intDigits = strings.TrimLeft(intDigits, "0")
	if len(intDigits) > maxDigits {
		return nil, true
	}
	num := intDigits
	if num == "" {
		num = "0"
	}
	isInt := true
	if fracStart >= 0 {
		f := strings.TrimRight(s[fracStart:fracEnd], "0")
		if len(f) > maxDigits {
			f = f[:maxDigits]
		}
		if f != "" {
			num += "." + f
			isInt = false
		}
	}
	v, err := strconv.ParseFloat(num, 64)
	if err != nil {
		return nil, false
	}
	lx := lexeme{start: pos, end: j, digits: true, val: v, isInt: isInt, raw: raw,
		plain: sep == 0 && fracStart < 0, glued: glued}
	out := append(dst, lx)
	if j >= len(s) {
		return out, false
	}
	// a loose suffix after a hyphen: Swedish "300-tal"; or a scale of a
	// thousand or more, as Slovak writes "15-tisíc" (15,000)
	if s[j] == '-' && j+1 < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(r) {
			e := wordEnd(s, j+1)
			if en := p.exact[s[j+1:e]]; en != nil && (en.approxSuffix || en.has(rScale) && en.scale >= 1000) { // keys drop the hyphen
				return append(out, lexeme{start: j, end: e, e: en, key: s[j:e], glued: true}), false
			}
		}
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	if !unicode.IsLetter(r) {
		if isDigitRune(r) {
			return nil, false
		}
		return out, false
	}
	if p.noSpaces && isIdeo(r) {
		return out, false
	}
	// a suffix or scale glued to the digits: "100k", "3М", "5mln"
	e := wordEnd(s, j)
	if en := p.exact[s[j:e]]; en.has(rSuffix | rScale) {
		return append(out, lexeme{start: j, end: e, e: en, key: s[j:e], glued: true}), false
	}
	if p.gluedDigits {
		return p.gluedWord(out, s, j, e), false
	}
	return nil, false
}

// gluedWord reads, for glued_digits, the word s[j:e] glued to the digits
// out: the scales it begins with, longest first, and nothing more
// (Korean "5천명" is 5000, "3명" is 3). An ordinal ending ("3번째") and a
// Latin word ("5G") leave the digits no number.
func (p *Parser) gluedWord(out []lexeme, s string, j, e int) []lexeme {
	if s[j] < utf8.RuneSelf {
		return nil
	}
	for _, suf := range p.ordSuffixes {
		if strings.HasPrefix(s[j:], suf) {
			return nil
		}
	}
	for k := j; k < e; {
		m := 0
		end := k
		for n := 0; n < p.maxRunes && end < e; n++ {
			_, sz := utf8.DecodeRuneInString(s[end:])
			end += sz
			if p.exact[s[k:end]].has(rScale | rSuffix) {
				m = end
			}
		}
		if m == 0 {
			break
		}
		out = append(out, lexeme{start: k, end: m, e: p.exact[s[k:m]], key: s[k:m], glued: true})
		k = m
	}
	return out
}

// groups consumes thousands groups after the leading digits s[pos:j]: the
// same separator each time, each followed by exactly three digits (Indian
// grouping: twos, then a final three).
func (p *Parser) groups(s string, pos, j, lead int) (byte, int) {
	if j >= len(s) || s[pos] == '0' {
		return 0, j // a grouped number does not start with 0: "0.770", "٠٫٧٧٠"
	}
	c := s[j]
	switch c {
	case '.', ',':
		// A separator that is the language's decimal mark groups only
		// when it repeats: "3,000,000" in Spanish.
		// So does one followed by the other mark: "100,000.5".
		if p.decimal[c] && !p.thousands[c] {
			repeats := group(s, j, c, 3) && group(s, j+4, c, 3)
			mixed := group(s, j, c, 3) && j+5 < len(s) && (s[j+4] == '.' || s[j+4] == ',') &&
				s[j+4] != c && isDigit(s[j+5])
			// A decimal mark followed by exactly three digits ("1,250",
			// "100,000") is the thousands grouping of numbers written in
			// the Latin American or English way: a count with three
			// decimals does not occur in news.
			copied := lead >= 1 && group(s, j, c, 3) && !(j+4 < len(s) && isDigit(s[j+4]))
			if !repeats && !mixed && !copied {
				return 0, j
			}
		}
	case ' ', '\'':
		if !p.thousands[c] {
			return 0, j
		}
	default:
		return 0, j
	}
	if p.indian && c == ',' && lead <= 2 {
		k := j
		for group(s, k, c, 2) {
			k += 3
		}
		if k > j && group(s, k, c, 3) {
			return c, k + 4
		}
	}
	k := j
	for group(s, k, c, 3) {
		k += 4
	}
	if k == j {
		return 0, j
	}
	return c, k
}

// kind is what the last lexeme did.
type kind uint8

const (
	kNone kind = iota
	kNum
	kScale
	kConn
	kLink
	kVague
	kDec
	kFrac
	kHalf
	kArticle
	kZero
	kHalfPre
)

const maxParts = 12

// state is the value read so far: a stack of parts, each smaller than the
// place of the one below ("two thousand | five hundred | twenty | one").
type state struct {
	parts      [maxParts]float64
	n          int
	approx     bool // began with a round number said loosely
	prev       kind
	prevDigits bool // the last number was written in digits
	connWord   bool // the number before a connector was a word
	linkFrom   kind
	unitTop    bool // the top part is a lone unit word (for units_before_tens)
	zeroLead   bool // a leading zero word ("cero uno")
	vague      bool
	vmin, vmax float64
	elided     float64 // pending multiplier of an elided unit ("萬九")
	elidedFrom float64
	lastScale  float64
	hasDec     bool
	fracWords  bool
	fracStr    string
	fracVal    float64
	fracUnit   bool
	over       bool    // the expression went past MaxValue
	pend       float64 // a scale waiting for its multiplier (scale_first)
	multFrom   int     // first part of that multiplier
}

// finish multiplies a pending scale_first scale by the parts read after
// it ("elfu" + "mbili"), or by one when there are none.
func (st *state) finish() bool {
	if st.pend == 0 {
		return true
	}
	m := 0.0
	for k := st.multFrom; k < st.n; k++ {
		m += st.parts[k]
	}
	if st.multFrom == st.n {
		m = 1
	}
	st.n = st.multFrom
	q := m * st.pend
	st.pend = 0
	if q > MaxValue || q >= st.belowPlace(st.n) {
		return false
	}
	return st.push(q)
}

func (st *state) push(v float64) bool {
	if st.n == maxParts {
		return false
	}
	st.parts[st.n] = v
	st.n++
	return true
}

func (st *state) top() float64 {
	if st.n == 0 {
		return 0
	}
	return st.parts[st.n-1]
}

// below is the part under the top (MaxValue*10 when none).
func (st *state) belowPlace(n int) float64 {
	if n == 0 {
		return math.Inf(1)
	}
	return place(st.parts[n-1])
}

func (st *state) complete() bool {
	switch st.prev {
	case kNum, kScale, kVague, kFrac, kHalf, kZero:
		return st.n > 0 || st.vague || st.pend > 0
	}
	return false
}

func (st *state) value() (Value, bool) {
	if st.vague {
		if st.vmax > MaxValue {
			return Value{}, false
		}
		return Value{Min: st.vmin, Max: st.vmax, Vague: true}, true
	}
	if st.pend > 0 {
		c := *st
		if !c.finish() {
			return Value{}, false
		}
		return c.value()
	}
	sum := 0.0
	for k := 0; k < st.n; k++ {
		v := st.parts[k]
		if k == st.n-1 && st.elided != 0 {
			v *= st.elided
		}
		sum += v
	}
	if sum > MaxValue || math.IsNaN(sum) {
		return Value{}, false
	}
	sum = tidy(sum)
	return Value{Min: sum, Max: sum, Approx: st.approx}, true
}

// tidy removes the noise of binary arithmetic (1.2 × 10⁶ = 1199999.9999…).
func tidy(v float64) float64 {
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
	if err != nil {
		return v
	}
	return t
}

// step applies one lexeme; it returns false, leaving st unusable, when the
// lexeme cannot continue the expression.
func (p *Parser) step(st *state, lx *lexeme) bool {
	if lx.digits {
		if st.prev == kDec {
			if !lx.plain || lx.glued {
				return false
			}
			f, err := strconv.ParseFloat("0."+lx.raw, 64)
			if err != nil || !st.push(f) {
				return false
			}
			st.prev, st.hasDec, st.prevDigits = kFrac, true, true
			return true
		}
		if lx.glued && !p.noSpaces && !(p.gluedDigits && st.prev == kScale) {
			return false
		}
		return p.number(st, lx.val, lx.isInt, true)
	}
	e := lx.e
	if e == nil {
		return false
	}
	try := func(f func(*state) bool) bool {
		c := *st
		if f(&c) {
			*st = c
			return true
		}
		st.over = st.over || c.over
		return false
	}
	if e.compOnly && !lx.mid && !lx.glued {
		return false
	}
	if e.notFirst && st.prev == kNone {
		return false
	}
	if (st.prev == kDec || st.prev == kFrac && st.fracWords) && e.has(rNum) {
		if try(func(c *state) bool { return fracWord(c, e.num) }) {
			return true
		}
	}
	afterNum := st.prev == kNum || st.prev == kScale || st.prev == kFrac || st.prev == kHalf ||
		st.prev == kLink || st.prev == kZero || st.prev == kVague
	if afterNum && e.has(rScale|rSuffix) {
		if try(func(c *state) bool { return p.scale(c, e, lx) }) {
			return true
		}
	}
	if e.approx {
		// "une vingtaine": only at the start, then as a number.
		return st.prev == kNone && try(func(c *state) bool {
			c.approx = true
			return p.number(c, e.num, true, false)
		})
	}
	if e.has(rNum) && !(st.prev == kNone && e.has(rVague) && !e.has(rScale)) {
		if try(func(c *state) bool { return p.number(c, e.num, e.num == math.Trunc(e.num), false) }) {
			return true
		}
	}
	if e.has(rVague) && st.prev == kNone {
		st.vague, st.vmin, st.vmax, st.prev = true, e.vague[0], e.vague[1], kVague
		return true
	}
	if (st.prev == kNone || st.prev == kArticle) && e.has(rScale) {
		if try(func(c *state) bool { return p.scale(c, e, lx) }) {
			return true
		}
	}
	switch {
	case e.has(rConn) && (st.prev == kNum || st.prev == kScale) && !st.vague:
		st.connWord = !st.prevDigits || st.prev == kScale
		st.prev = kConn
		return true
	case e.has(rLink) && (st.prev == kNum || st.prev == kScale || st.prev == kVague):
		st.linkFrom, st.prev = st.prev, kLink
		return true
	case e.has(rDec) && !st.hasDec && !st.vague &&
		(st.prev == kNone || st.prev == kZero || (st.prev == kNum || st.prev == kScale) && place(st.top()) > 0):
		st.prev = kDec
		return true
	case e.has(rHalf) && !st.hasDec && !st.vague && (st.prev == kNum || st.prev == kScale) && place(st.top()) > 0:
		h := 0.5
		if st.prev == kScale && st.lastScale >= 10 {
			// Half of the scale: "a million and a half", "ألف ونصف" 1500,
			// "hai trăm rưỡi" 250, "ล้านครึ่ง" 1.5 million.
			h = st.lastScale / 2
		}
		if e.halfScale && st.elided != 0 || !st.push(h) {
			return false
		}
		st.hasDec, st.prev = true, kHalf
		return true
	case e.has(rArticle) && st.prev == kNone:
		st.prev = kArticle
		return true
	case e.has(rHalfPre) && st.prev == kNone:
		st.prev = kHalfPre
		return true
	}
	return false
}

// fracWord adds a number word after a decimal word: "point seven seven",
// "virgül yetmişyedi", "κόμμα εβδομήντα επτά".
func fracWord(st *state, v float64) bool {
	if v < 0 || v >= 1000 || v != math.Trunc(v) {
		return false
	}
	iv := int(v)
	switch {
	case st.prev == kDec:
		st.fracStr, st.fracVal = strconv.Itoa(iv), v
		if !st.push(0) {
			return false
		}
	case st.fracVal > 0 && v > 0 && v < place(st.fracVal) && !st.fracUnit:
		st.fracVal += v
		st.fracStr = strconv.Itoa(int(st.fracVal))
	case v <= 9 && st.fracUnit:
		st.fracStr += strconv.Itoa(iv)
	default:
		return false
	}
	st.fracUnit = v <= 9
	f, err := strconv.ParseFloat("0."+st.fracStr, 64)
	if err != nil {
		return false
	}
	st.parts[st.n-1] = f
	st.prev, st.hasDec, st.fracWords = kFrac, true, true
	return true
}

// number adds a number (word or digits) to the expression.
func (p *Parser) number(st *state, v float64, isInt, digits bool) bool {
	unit := !digits && v >= 1 && v <= 9 && isInt
	switch st.prev {
	case kNone:
		if !st.push(v) {
			return false
		}
		st.zeroLead = v == 0 && !digits
		st.prev = kNum
		if st.zeroLead {
			st.prev = kZero
		}
		st.prevDigits, st.unitTop = digits, unit
		return true
	case kZero:
		if st.zeroLead && st.n == 1 && v != 0 {
			// "cero uno", "zero dos": the leading zero is not a digit of value
			st.parts[0] = v
			st.zeroLead = false
			st.prev, st.prevDigits, st.unitTop = kNum, digits, unit
			return true
		}
		if st.zeroLead || !isInt || v == 0 {
			return false
		}
		// a zero that fills an empty place: "二百零三"
		if v >= place(st.top()) {
			return false
		}
		if !st.push(v) {
			return false
		}
		st.prev, st.prevDigits, st.unitTop = kNum, digits, unit
		return true
	case kHalfPre:
		// "साढ़े तीन": three and a half
		if !isInt || v < 1 || !st.push(v+0.5) {
			return false
		}
		st.prev, st.prevDigits, st.unitTop, st.hasDec = kNum, digits, false, true
		return true
	case kNum, kConn, kScale:
	default:
		return false
	}
	if p.scaleFirst && st.pend > 0 && digits && st.n == st.multFrom && st.prev == kScale && v > 0 && v < 1000 {
		// "milioni 1.2", "elfu 5": digits multiply the scale before them,
		// and end the multiplier.
		if !st.push(v) {
			return false
		}
		st.prev, st.prevDigits, st.unitTop = kNum, true, false
		return st.finish()
	}
	if p.scaleFirst && st.pend > 0 && isInt && !digits {
		limit := 1000.0
		if st.pend <= 100 {
			limit = 10
		}
		if st.n == st.multFrom {
			if st.prev == kScale && v >= 1 && v < limit {
				st.push(v)
				st.prev, st.prevDigits, st.unitTop = kNum, false, unit
				return true
			}
		} else {
			m := 0.0
			for k := st.multFrom; k < st.n; k++ {
				m += st.parts[k]
			}
			if v > 0 && v < place(st.top()) && m+v < limit && st.push(v) {
				st.prev, st.prevDigits, st.unitTop = kNum, false, unit
				return true
			}
		}
		if !st.finish() {
			return false
		}
	}
	if !isInt || st.n == 0 || st.hasDec {
		return false
	}
	if digits && (st.prev == kNum && st.prevDigits || st.prev == kConn && !st.connWord) {
		return false // "20 3", "10 y 6": two numbers, not one
	}
	if v == 0 {
		if st.prev == kScale {
			st.prev = kZero // "一万零四十"
			return true
		}
		return false
	}
	top := st.top()
	if p.unitsBeforeTens && st.unitTop && !digits && v == math.Trunc(v) &&
		(st.prev == kConn && v >= 20 && v <= 90 && math.Mod(v, 10) == 0 || st.prev == kNum && v == 10) {
		nv := top + v
		if nv >= st.belowPlace(st.n-1) {
			return false
		}
		st.parts[st.n-1] = nv
		st.prev, st.prevDigits, st.unitTop = kNum, false, false
		return true
	}
	ok := v < place(top)
	if !ok && len(p.vigesimal) > 0 && v < 20 && st.prev != kScale {
		for _, g := range p.vigesimal {
			if math.Mod(top, 100) == g {
				ok = true
			}
		}
	}
	if !ok {
		return false
	}
	if !st.push(v) {
		return false
	}
	if p.elide && st.prev == kScale && unit && st.lastScale >= 100 && isPow10(st.lastScale) {
		st.elided, st.elidedFrom = st.lastScale/10, st.lastScale
	} else {
		st.elided = 0
	}
	st.prev, st.prevDigits, st.unitTop = kNum, digits, unit
	return true
}

// scale multiplies what precedes it: "two hundred", "1,2 milioane",
// "zeci de mii", "数百".
func (p *Parser) scale(st *state, e *entry, lx *lexeme) bool {
	s := e.scale
	if s <= 0 {
		return false
	}
	if e.approxSuffix {
		// "300-tal": the number as it is, said loosely.
		if !(st.prev == kNum && st.prevDigits) {
			return false
		}
		st.approx = true
		st.prev = kScale
		return true
	}
	if !e.has(rScale) {
		// a suffix: only after digits, and a one-letter one only glued
		if !(st.prev == kNum && st.prevDigits) {
			return false
		}
		if utf8.RuneCountInString(lx.key) == 1 && !lx.glued {
			return false
		}
	}
	if p.scaleFirst && !st.vague && e.has(rScale) {
		// Swahili "elfu mbili": the multiplier follows the scale
		if st.prev != kNone && st.prev != kNum && st.prev != kScale || !st.finish() {
			return false
		}
		if st.n > 0 && s >= place(st.top()) {
			return false
		}
		st.pend, st.multFrom = s, st.n
		st.lastScale, st.prev, st.prevDigits, st.unitTop = s, kScale, false, false
		return true
	}
	prev := st.prev
	if prev == kLink {
		if !st.vague && s < 1000 || st.vague && s < 100 {
			return false
		}
		prev = st.linkFrom
	}
	if st.vague {
		if prev != kVague && !(prev == kScale && s > st.lastScale) || s < 2 {
			return false
		}
		st.vmin *= s
		if isPow10(s) {
			st.vmax = (st.vmax+1)*s - 1
		} else {
			st.vmax *= s
		}
		st.lastScale, st.prev = s, kScale
		return st.vmax <= MaxValue
	}
	switch prev {
	case kNone, kArticle:
		if prev == kNone && !e.bareOK {
			return false
		}
		if !st.push(s) {
			return false
		}
		st.lastScale, st.prev, st.prevDigits, st.unitTop = s, kScale, false, false
		return true
	case kNum, kScale, kFrac, kHalf:
	default:
		return false
	}
	if st.elided != 0 {
		if s >= st.elidedFrom {
			st.parts[st.n-1] *= st.elided
		}
		st.elided = 0
	}
	sum, popped := 0.0, 0
	forced := prev == kNum || prev == kFrac || prev == kHalf
	pow := isPow10(s)
	for st.n > 0 {
		t := st.parts[st.n-1]
		if !(!pow || t < s || forced && popped == 0 || prev == kHalf && popped == 1) {
			break
		}
		sum += t
		st.n--
		popped++
	}
	if popped == 0 {
		if !e.bareOK {
			return false
		}
		sum = 1 // "two thousand hundred"
	}
	q := sum * s
	if q > MaxValue {
		st.over = true
		return false
	}
	if q >= st.belowPlace(st.n) {
		return false
	}
	if !st.push(q) {
		return false
	}
	st.lastScale, st.prev, st.prevDigits, st.unitTop = s, kScale, false, false
	st.hasDec = false
	return true
}
