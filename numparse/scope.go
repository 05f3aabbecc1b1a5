package numparse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file recognises what is out of scope — negative numbers, fractions
// and ordinals — so that Parse can say why an expression is not a count.

// negative reports whether s starts with a minus sign or a negative word
// ("minus", "menos", "负") and returns the rest.
func (p *Parser) negative(s string) (bool, string) {
	for _, m := range []string{"-", "−", "–"} {
		if strings.HasPrefix(s, m) {
			return true, strings.TrimSpace(s[len(m):])
		}
	}
	if k, e := p.phraseAt(s, 0); e.has(rNeg) {
		return true, strings.TrimSpace(s[k:])
	}
	return false, s
}

// phraseAt returns the end and entry of the longest lexicon phrase at pos.
func (p *Parser) phraseAt(s string, pos int) (int, *entry) {
	if pos >= len(s) {
		return pos, nil
	}
	r, _ := utf8.DecodeRuneInString(s[pos:])
	if p.noSpaces && isIdeo(r) {
		if lx, ok := p.lexPrefix(s, pos); ok {
			return lx.end, lx.e
		}
		return pos, nil
	}
	if !unicode.IsLetter(r) {
		return pos, nil
	}
	lx := p.lexWord(nil, s, pos)
	if len(lx) != 1 {
		return pos, nil
	}
	return lx[0].end, lx[0].e
}

// skipTrailing skips spaces and trailing particles ("of", "de", "个")
// from pos and returns where they end.
func (p *Parser) skipTrailing(s string, pos int) int {
	for {
		j := pos
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j == len(s) {
			return j
		}
		k, e := p.phraseAt(s, j)
		if !e.has(rTrail) || k == j {
			return pos
		}
		pos = k
	}
}

// isFractionRest reports whether what follows a number makes it a
// fraction: "/5", " / 15".
func isFractionRest(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if !strings.HasPrefix(rest, "/") {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	return rest != "" && isDigit(rest[0])
}

// hasOrdinalSuffix reports whether rest, after the digits num, is an
// ordinal ending of the language: "5th", "5-lea", "1er", "3.".
func (p *Parser) hasOrdinalSuffix(num, rest string) bool {
	if num == "" || rest == "" || !isDigit(num[len(num)-1]) {
		return false
	}
	for _, suf := range p.ordSuffixes {
		if rest == suf {
			return true
		}
		if (rest[0] == '-' || rest[0] == '.' || rest[0] == '\'') && rest[1:] == suf {
			return true
		}
	}
	return false
}

// isOrdinal reports whether s is an ordinal: digits with an ordinal
// ending, or words one of which is an ordinal of the lexicon.
func (p *Parser) isOrdinal(s string) bool {
	if s == "" {
		return false
	}
	if isDigit(s[0]) {
		j := digitRun(s, 0)
		return j < len(s) && p.hasOrdinalSuffix(s[:j], s[j:])
	}
	if len(p.ordinals) == 0 {
		return false
	}
	if p.noSpaces {
		for _, o := range p.ordinals {
			if strings.Contains(s, strings.TrimSuffix(o, "*")) {
				return true
			}
		}
		return false
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		if p.lookup(w).has(rNum | rScale | rVague) {
			continue
		}
		lw := p.loosen(w)
		for _, o := range p.ordinals {
			if pre, ok := strings.CutSuffix(o, "*"); ok {
				if strings.HasPrefix(w, pre) || strings.HasPrefix(lw, p.loosen(pre)) {
					return true
				}
			} else if w == o || lw == p.loosen(o) {
				return true
			}
		}
	}
	return false
}

// isFraction reports whether s is written as a fraction: "3/15", "二分之一",
// "half".
func (p *Parser) isFraction(s string) bool {
	if i := strings.IndexByte(s, '/'); i > 0 && i+1 < len(s) {
		return true
	}
	for k, e := range p.exact {
		if e.roles&rFrac == 0 {
			continue
		}
		if p.noSpaces {
			if strings.Contains(s, k) {
				return true
			}
			continue
		}
		if s == k || strings.HasPrefix(s, k+" ") || strings.HasSuffix(s, " "+k) || strings.Contains(s, " "+k+" ") {
			return true
		}
	}
	return false
}
