package extract

import "github.com/sitrep-dev/sitrep/textnorm"

// listItem reports whether number n is a middle item of a list that a
// verb before the first number governs, each item with a place of its
// own: "affected 45,000 people in Norte, 38,500 in Centro and 12,000 in
// Sul". Number p is the item before, o the item after; n follows p after
// a comma and words that name no figure, and a conjunction joins o to n.
func (ps *passageScan) listItem(p, n, o number) bool {
	j := n.start
	if q, ok := ps.endingAt(n.start, catQual, p.end); ok {
		j = q.start
	}
	if j-p.end > 6 || j-1 <= p.end || ps.toks[j-1].Text != "," {
		return false
	}
	for k := p.end; k < j-1; k++ {
		if ps.toks[k].Kind == textnorm.Punct || ps.isConjunction(k) || ps.numAt[k] >= 0 {
			return false
		}
		if _, ok := ps.first(k, catVerb); ok {
			return false
		}
		if _, ok := ps.first(k, catNoun); ok {
			return false
		}
	}
	return ps.coordinated(n, o)
}

// predicateBetween reports whether something other than a group noun, a
// qualifier, a conjunction or a comma stands between numbers n and o: n
// then has a predicate of its own, and a verb right after o is o's: "23
// persone sono state denunciate e 6 arrestate" (23 reported to the
// prosecutor and 6 arrested).
func (ps *passageScan) predicateBetween(n, o number) bool {
	for k := n.end; k < o.start; k++ {
		if g, ok := ps.first(k, catGroup); ok {
			k = g.end - 1
			continue
		}
		if q, ok := ps.first(k, catQual); ok && q.end <= o.start {
			k = q.end - 1
			continue
		}
		if ps.isConjunction(k) || ps.toks[k].Text == "," {
			continue
		}
		return true
	}
	return false
}

// reachedTotal reports whether verb m before a number is also a
// running-total marker and a figure noun, unused, stands before it in the
// sentence: then the number is that noun's total, "O número de mortos
// atingiu 14" (the number of dead reached 14), not a count of the verb's
// kind, as in "As chuvas atingiram 32 mil pessoas" (the rains hit 32,000
// people).
func (ps *passageScan) reachedTotal(m match, s sentence, used usedSet) bool {
	marker := false
	for _, c := range ps.at[m.start] {
		if c.e.cat == catCumul && c.end == m.end {
			marker = true
		}
	}
	if !marker {
		return false
	}
	for k := m.start - 1; k >= s.start; k-- {
		if t, ok := ps.first(k, catNoun); ok && !used.has(k) && t.end <= m.start {
			return true
		}
		if ps.numAt[k] >= 0 {
			return false
		}
	}
	return false
}
