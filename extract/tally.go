package extract

import (
	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// isTallyMark reports whether token k is the colon or dash of a tally line
// in a report: "Погибшие: 41", "ranni – 118", "मृतक – 41".
func (ps *passageScan) isTallyMark(k int) bool {
	switch ps.toks[k].Text {
	case ":", "：", "–", "—", "-":
		return true
	}
	return false
}

// tallyLabel reads a tally line of a situation report or bulletin: a
// figure noun, a colon or dash, then the number (perhaps after a
// qualifier) with nothing of its own after it: "Погибшие: 41 (+3 за
// сутки). Пострадавшие: 126", "zranění – 64, pohřešovaní – 4",
// "الجرحى: ١٣٠". The noun is the number's term, not the next one's.
func (ps *passageScan) tallyLabel(n number, s sentence, prevEnd int, used usedSet) (attachment, bool) {
	start := n.start
	if q, ok := ps.endingAt(n.start, catQual, prevEnd); ok {
		start = q.start
	}
	k := start - 1
	from := max(prevEnd, s.start)
	if k <= from || !ps.isTallyMark(k) {
		return attachment{}, false
	}
	after := n.end
	if g, ok := ps.first(after, catGroup); ok && g.end < s.end && ps.toks[g.end].Kind == textnorm.Punct {
		after = g.end // a counter or group after the number: "Korban meninggal: 27 orang,"
	}
	if after < s.end && ps.toks[after].Kind != textnorm.Punct {
		return attachment{}, false // "Toll: 18 dead": the noun after counts
	}
	m, ok := ps.endingAt(k, catNoun, from)
	if !ok {
		// A participle is a label too: "Пропавшие без вести: 9".
		m, ok = ps.endingAt(k, catVerb, from)
	}
	if !ok && k-1 > from && ps.toks[k-1].Kind == textnorm.Word && ps.cats[k-1] == 0 {
		// An adjective the lexicon does not know after the label's noun:
		// "Vittime accertate: 11", "óbitos confirmados: 23".
		m, ok = ps.endingAt(k-1, catNoun, from)
	}
	if !ok || used.has(m.start) {
		return attachment{}, false
	}
	if _, neg := ps.first(m.start-1, catNegative); neg && m.start-1 >= from {
		// Things counted before the participle: "Households affected:
		// 3,200", "Familias afectadas: 900".
		return attachment{}, false
	}
	used.add(m.start)
	return attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: "tally-label", hasTerm: true, termLeft: true}, true
}

// deltaOf reports whether number n is the change since the last report
// written in brackets after number o: "41 (+3 за сутки)", "٤١ (+٣ خلال ٢٤
// ساعة)". It counts people of o's kind; o is then a running total.
func (ps *passageScan) deltaOf(n, o number) bool {
	if n.end < len(ps.toks) && (ps.toks[n.end].Text == "%" || ps.toks[n.end].Text == "٪") {
		return false // "41 (+3%)"
	}
	k := o.end
	if g, ok := ps.first(k, catGroup); ok {
		k = g.end // "Korban meninggal: 27 orang (bertambah 4 …)"
	} else if ps.l.lx.NoSpaces && k+1 < len(ps.toks) && ps.toks[k].Kind == textnorm.Word && ps.toks[k+1].Text == "(" {
		k++ // a counter: "遇难41人（较前日增加3人）", "死者41人（前日比3人増）"
	}
	if k < len(ps.toks) && (ps.toks[k].Text == "(" || ps.toks[k].Text == "（") {
		k++
	} else {
		return false
	}
	if k < len(ps.toks) && ps.toks[k].Text == "+" {
		return k+1 == n.start
	}
	// A word for the rise instead of the sign: "(bertambah 4 dari
	// laporan sebelumnya)" (up 4 since the last report).
	m, ok := ps.first(k, catCumul)
	return ok && m.end == n.start
}

// deltaAfter reports whether a bracketed change follows number n: "41 (+3
// за сутки)".
func (ps *passageScan) deltaAfter(n number) bool {
	for k := n.end + 2; k < len(ps.toks) && k <= n.end+6; k++ {
		if ps.numAt[k] >= 0 {
			return ps.deltaOf(ps.nums[ps.numAt[k]], n)
		}
	}
	return false
}
