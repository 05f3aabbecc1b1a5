package extract

import (
	"strings"
	"unicode/utf8"

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
	catEvent
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
	prefix  map[string][]*entry
	clitics []string // prefixes that may be glued to a word
	// minPrefix and maxPrefix bound the byte length of prefix patterns'
	// first words, so that only prefixes of those lengths are looked up.
	minPrefix, maxPrefix int
	// prefixHead marks the first two bytes of prefix patterns' first
	// words: a token starting otherwise needs no prefix look-up at all.
	prefixHead []bool
}

func newMatcher(clitics []string) *matcher {
	m := &matcher{exact: map[string][]*entry{}, prefix: map[string][]*entry{}}
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
		n := len(pat[0].w)
		if m.minPrefix == 0 || n < m.minPrefix {
			m.minPrefix = n
		}
		m.maxPrefix = max(m.maxPrefix, n)
		m.prefix[pat[0].w] = append(m.prefix[pat[0].w], e)
		if m.prefixHead == nil {
			m.prefixHead = make([]bool, 1<<16)
		}
		m.prefixHead[head2(pat[0].w)] = true
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

// forms calls fn with the token itself and the token without each clitic
// prefix it starts with.
func (m *matcher) forms(w string, fn func(string) bool) bool {
	if fn(w) {
		return true
	}
	for _, c := range m.clitics {
		if len(w) > len(c)+1 && strings.HasPrefix(w, c) && fn(w[len(c):]) {
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

// head2 packs the first two bytes of w.
func head2(w string) int {
	switch len(w) {
	case 0:
		return 0
	case 1:
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// find returns every phrase match in toks, by start token.
func (m *matcher) find(toks []textnorm.Token) [][]match {
	at := make([][]match, len(toks))
	for i := range toks {
		w := toks[i].Text
		at[i] = m.matchForm(toks, i, w, at[i])
		for _, c := range m.clitics {
			if len(w) > len(c)+1 && strings.HasPrefix(w, c) {
				at[i] = m.matchForm(toks, i, w[len(c):], at[i])
			}
		}
	}
	return at
}

// matchForm appends the phrases that start at token i, read as w.
func (m *matcher) matchForm(toks []textnorm.Token, i int, w string, out []match) []match {
	out = m.try(toks, i, w, m.exact[w], out)
	if m.prefixHead == nil || !m.prefixHead[head2(w)] {
		return out
	}
	// Every prefix of the word, rune by rune, within the lengths prefix
	// patterns have, may start a prefix pattern.
	for k := 0; k < len(w) && k < m.maxPrefix; {
		_, n := utf8.DecodeRuneInString(w[k:])
		k += n
		if k >= m.minPrefix {
			if cands, ok := m.prefix[w[:k]]; ok {
				out = m.try(toks, i, w, cands, out)
			}
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
		if !m.forms(toks[i].Text, pt.matches) {
			return 0, false
		}
		i++
	}
	return i, true
}
