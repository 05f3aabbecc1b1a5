package extract

import (
	"strings"

	"github.com/sitrep-dev/sitrep/textnorm"
)

// cat is the category of a lexicon phrase.
type cat uint8

const (
	catQual cat = iota
	catQualAfter
	catNoun
	catVerb
	catGroup
	catActor
	catAmong
	catPerp
	catCumul
	catAccording
	catCiting
	catCitedBy
	catSaid
	catReported
	catAnaphora
	catGeneric
	catSource
	catNegative
	catNegativeBefore
	catDay
	catLocative
	catNot
	catHypothetical
	catEvent
	catDual
	catSingular
	catRangeBefore
	catRangeLink
	catRangeBare
	catFrameOpen
	catFrameClose
	catEarlier
	numCats
)

// patTok is one word of a phrase; prefix words match any token that
// starts with them.
type patTok struct {
	w      string
	prefix bool
}

// entry is one phrase of a lexicon with what it means.
type entry struct {
	cat  cat
	val  string // kind, group, qualifier, actor or source label, event type
	cue  int    // event cue index within its type
	part int    // part index within the cue
	pat  []patTok
}

// matcher finds every lexicon phrase in a token sequence in one pass: at
// each token it looks up the phrases that can start there, by exact first
// word and by every prefix of the token, and checks their remaining words.
type matcher struct {
	exact   map[string][]*entry
	prefix  trieNode // prefix patterns by the bytes of their first word
	clitics []string // prefixes that may be glued to a word
}

// trieNode is a byte trie of prefix patterns' first words: walking a
// token's bytes down it meets every pattern whose prefix the token starts
// with, without hashing each prefix.
type trieNode struct {
	keys     []byte
	children []*trieNode
	entries  []*entry // patterns whose first word ends here
}

func (n *trieNode) child(b byte) *trieNode {
	for i, k := range n.keys {
		if k == b {
			return n.children[i]
		}
	}
	return nil
}

func (n *trieNode) insert(w string, e *entry) {
	for i := 0; i < len(w); i++ {
		c := n.child(w[i])
		if c == nil {
			c = &trieNode{}
			n.keys = append(n.keys, w[i])
			n.children = append(n.children, c)
		}
		n = c
	}
	n.entries = append(n.entries, e)
}

func newMatcher(clitics []string) *matcher {
	m := &matcher{exact: map[string][]*entry{}}
	for _, c := range clitics {
		if c = textnorm.Fold(strings.TrimSpace(c)); c != "" && !strings.HasPrefix(c, "-") {
			m.clitics = append(m.clitics, c)
		}
	}
	return m
}

// compilePhrase splits a lexicon phrase into pattern words the same way
// text is split, so that the two compare token by token.
func compilePhrase(p string) []patTok {
	p = textnorm.Fold(strings.TrimSpace(p))
	var out []patTok
	for _, t := range textnorm.Tokens(p) {
		if t.Text == "*" && len(out) > 0 && t.Start > 0 && p[t.Start-1] != ' ' {
			out[len(out)-1].prefix = true
			continue
		}
		out = append(out, patTok{w: t.Text})
	}
	return out
}

func (m *matcher) add(c cat, val string, phrase string, cue, part int) {
	pat := compilePhrase(phrase)
	if len(pat) == 0 {
		return
	}
	e := &entry{cat: c, val: val, cue: cue, part: part, pat: pat}
	if pat[0].prefix {
		m.prefix.insert(pat[0].w, e)
	} else {
		m.exact[pat[0].w] = append(m.exact[pat[0].w], e)
	}
}

// match is one phrase found in the tokens [start, end).
type match struct {
	start, end int
	e          *entry
}

func (pt patTok) matches(w string) bool {
	if pt.prefix {
		return strings.HasPrefix(w, pt.w)
	}
	return w == pt.w
}

// formMatches reports whether the token w, or w without a clitic prefix,
// matches pt.
func (m *matcher) formMatches(w string, pt patTok) bool {
	if pt.matches(w) {
		return true
	}
	for _, c := range m.clitics {
		if len(w) > len(c)+1 && strings.HasPrefix(w, c) && pt.matches(w[len(c):]) {
			return true
		}
	}
	return false
}

// cliticBeforeDigit returns the length of the clitic prefix of w when
// digits follow it ("و31"), else 0.
func (m *matcher) cliticBeforeDigit(w string) int {
	for _, c := range m.clitics {
		if len(w) > len(c) && strings.HasPrefix(w, c) && w[len(c)] >= '0' && w[len(c)] <= '9' {
			return len(c)
		}
	}
	return 0
}

// find returns every phrase match in toks, by start token.
func (m *matcher) find(toks []textnorm.Token) [][]match {
	return m.findInto(toks, &scratch{})
}

// scratch holds buffers that one Document call reuses from passage to
// passage, and a pool lends to the next call.
type scratch struct {
	norm  []int32
	toks  []textnorm.Token
	buf   []match
	idx   []int
	at    [][]match
	cats  []uint32
	numAt []int
	qual  []bool
}

// grow returns s resized to n zeroed elements, reusing its array when it
// can.
func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		s = s[:n]
		clear(s)
		return s
	}
	return make([]T, n, n+n/2)
}

// findInto is find with the buffers of sc.
func (m *matcher) findInto(toks []textnorm.Token, sc *scratch) [][]match {
	// All matches go into one buffer, sliced per token at the end: one
	// allocation instead of one per token that starts a phrase.
	buf := sc.buf[:0]
	idx := grow(sc.idx, len(toks)+1)
	for i := range toks {
		idx[i] = len(buf)
		w := toks[i].Text
		buf = m.matchForm(toks, i, w, buf)
		for _, c := range m.clitics {
			if len(w) > len(c)+1 && strings.HasPrefix(w, c) {
				buf = m.matchForm(toks, i, w[len(c):], buf)
			}
		}
	}
	idx[len(toks)] = len(buf)
	at := grow(sc.at, len(toks))
	for i := range toks {
		if idx[i] < idx[i+1] {
			at[i] = buf[idx[i]:idx[i+1]:idx[i+1]]
		}
	}
	sc.buf, sc.idx, sc.at = buf, idx, at
	return at
}

// matchForm appends the phrases that start at token i, read as w.
func (m *matcher) matchForm(toks []textnorm.Token, i int, w string, out []match) []match {
	if cands, ok := m.exact[w]; ok {
		out = m.try(toks, i, w, cands, out)
	}
	// Every prefix of the word may start a prefix pattern.
	n := &m.prefix
	for k := 0; k < len(w); k++ {
		if n = n.child(w[k]); n == nil {
			break
		}
		if len(n.entries) > 0 {
			out = m.try(toks, i, w, n.entries, out)
		}
	}
	return out
}

func (m *matcher) try(toks []textnorm.Token, i int, w string, cands []*entry, out []match) []match {
	for _, e := range cands {
		if !e.pat[0].matches(w) {
			continue
		}
		if end, ok := m.rest(toks, i+1, e.pat[1:]); ok {
			out = append(out, match{start: i, end: end, e: e})
		}
	}
	return out
}

func (m *matcher) rest(toks []textnorm.Token, i int, pat []patTok) (int, bool) {
	for _, pt := range pat {
		if i >= len(toks) {
			return 0, false
		}
		if !m.formMatches(toks[i].Text, pt) {
			return 0, false
		}
		i++
	}
	return i, true
}
