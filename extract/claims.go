package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/numparse"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// Windows, in tokens, within which a term attaches to a number.
const (
	nounGap       = 4  // "37 de răniți", "12 police officers dead"
	verbBeforeGap = 5  // "au fost reținute 1.204"
	verbAfterGap  = 14 // "12 agenți ai forțelor de ordine și zeci de protestatari au fost uciși"
	groupAfterGap = 2
)

// usedSet holds the tokens of terms already taken by a number of the
// sentence; a sentence has few, so a small slice serves.
// Copies share the slice.
type usedSet struct{ toks *[]int }

func (u usedSet) has(k int) bool { return slices.Contains(*u.toks, k) }

func (u usedSet) add(k int) { *u.toks = append(*u.toks, k) }

// attachment is how a figure term was found for a number.
type attachment struct {
	kind     sitrep.FigureKind
	term     match
	how      string
	hasTerm  bool
	termLeft bool
}

func (x *Extractor) sentence(ps *passageScan, s sentence, st *docState, res *Result) {
	if ps.any(s, catHypothetical) {
		// A drill or scenario ("según el escenario del simulacro, el
		// sismo ficticio dejaba 45 fallecidos"): nothing here happened.
		x.attribution(ps, s, st)
		return
	}
	x.events(ps, s, res)
	prevFig, first := ps.lastFig, len(res.Claims)
	defer func() {
		ps.lastFig = nil
		if len(res.Claims) > first {
			ps.lastFig = &res.Claims[len(res.Claims)-1]
		}
	}()
	var nums []int
	for ni, n := range ps.nums {
		if n.start >= s.start && n.end <= s.end {
			if n.word && n.v.Max == 1 && n.end < s.end && ps.numAt[n.end] >= 0 && !ps.nums[ps.numAt[n.end]].word &&
				!ps.negative(ps.nums[ps.numAt[n.end]], s) {
				continue // "ett 300-tal": an article before a number in digits, not before an age
			}
			if ps.subjectDeterminer(n, s) {
				continue // "dræbte et jordskred fem mennesker": the subject's article
			}
			nums = append(nums, ni)
		}
	}
	// Attribution is read even without figures: it names the source
	// that later anaphors refer to.
	attr := x.attribution(ps, s, st)
	// What this sentence attributes its figures to carries to the next
	// sentences of the paragraph; a sentence without figures passes on
	// nothing: "The prime minister announced his resignation. The
	// official toll rose to seven" does not make the toll his.
	var lastAt attribution
	defer func() {
		if len(lastAt.reportedBy)+len(lastAt.citing) > 0 {
			ps.carried = lastAt
		}
	}()
	if len(nums) == 0 && !ps.any(s, catSingular) {
		return
	}
	before := len(res.Claims)
	emit := func(n number, a attachment, prevEnd, nextStart int, cumulative bool) {
		at := attr.forToken(s, n.start)
		if len(at.reportedBy)+len(at.citing) == 0 && ps.p.Post == nil {
			// A paragraph goes on reporting the source it named: "The
			// Interior Ministry said 12 died. The dead include four
			// police officers."
			at = ps.carried
		}
		c := ps.claim(n, a, s, prevEnd, nextStart, cumulative, at)
		if len(at.reportedBy)+len(at.citing) > 0 {
			st.attributed[c.ID] = true
			lastAt = at
		}
		res.Claims = append(res.Claims, c)
	}
	defer func() {
		if n, a, g, ok := ps.singular(s, res.Claims[before:]); ok && !ps.modal(s, n, a) {
			emit(n, a, s.start, s.end, false)
			res.Claims[len(res.Claims)-1].Group = g
		}
	}()
	usedNouns := usedSet{toks: new([]int)}
	anyCumulative := ps.any(s, catCumul)
	var prev attachment // the term of the previous figure in the sentence
	prevCumulative := false
	for idx, ni := range nums {
		n := ps.nums[ni]
		// A change in brackets after a figure ("8 (+2 за денонощие)") is
		// a count whatever word follows it.
		delta := idx > 0 && prev.hasTerm && ps.deltaOf(n, ps.nums[nums[idx-1]])
		if ps.negative(n, s) && !delta || !isInteger(n.v.Min) {
			// A decimal counts no one: "der Stärke 7,2 ist auf 1.100
			// gestiegen" must leave the total's noun to the 1.100.
			continue
		}
		prevEnd, nextStart := s.start, s.end
		if idx > 0 {
			prevEnd = ps.nums[nums[idx-1]].end
		}
		if idx+1 < len(nums) {
			nextStart = ps.nums[nums[idx+1]].start
		}
		var a attachment
		if !delta {
			a = ps.attach(n, s, prevEnd, nextStart, usedNouns)
		}
		switch {
		case delta:
			// "Погибшие: 41 (+3 за сутки)": the change since the last
			// report counts people of the total's kind.
			a = prev
			a.termLeft = true
			a.how = "delta"
		case a.hasTerm:
		case prev.hasTerm && prev.termLeft && ps.coordinated(ps.nums[nums[idx-1]], n):
			// "killing 8 near Betroka and 3 near Taolagnaro": a verb
			// before the first number governs the coordinated second.
			a = prev
			a.how = "coordinated"
		case prev.hasTerm && prev.termLeft && idx+1 < len(nums) && ps.listItem(ps.nums[nums[idx-1]], n, ps.nums[nums[idx+1]]):
			// "affected 45,000 people in Norte, 38,500 in Centro and
			// 12,000 in Sul": the verb governs the middle items too.
			a = prev
			a.how = "coordinated"
		case prev.hasTerm && (ps.breaksDown(n, s, prevEnd) || ps.includedGroupBefore(n, s)):
			// "detained 1,250 people, including 34 journalists": a
			// breakdown by group takes the kind of the figure it breaks
			// down.
			a = prev
			a.termLeft = true
			a.how = "breakdown"
		case prev.hasTerm && ps.earlierToll(n, s, prevEnd):
			// "31 people were arrested, up from 19 earlier", "17 morts,
			// contre 12 annoncés plus tôt": an earlier or competing toll
			// of the figure before is a figure of its kind.
			a = prev
			a.termLeft = true
			a.how = sitrep.RuleEarlier
		case idx == 0 && prevFig != nil && ps.opensWithEarlier(n, s):
			// "bombeiros confirmam 9 mortos; antes eram 7": a clause
			// after a semicolon opening with an "earlier" marker gives
			// the last figure before it an earlier toll.
			m, _ := ps.earlierMarker(n, s, s.start)
			a = attachment{kind: prevFig.Kind, term: m, how: sitrep.RuleEarlier, hasTerm: true, termLeft: true}
		case idx == 0 && prevFig != nil && ps.breaksDown(n, s, s.start) && ps.opensWithAmong(s, n):
			// "Police detained 47 people. Among them are three
			// journalists": a sentence opening with "among them" breaks
			// down the previous sentence's last figure.
			m, _ := ps.first(s.start, catAmong)
			a = attachment{kind: prevFig.Kind, term: m, how: "breakdown", hasTerm: true, termLeft: true}
			prevCumulative = prevFig.Cumulative
		default:
			// "The death toll ... rose to 47": the kind comes from the
			// total's subject.
			if m, ok := ps.totalSubject(n, s, usedNouns); ok {
				a = attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: "subject-of-total", hasTerm: true, termLeft: true}
			}
		}
		if !a.hasTerm {
			continue
		}
		if a.term.e.cat == catVerb && ps.thingsCounted(n, s) {
			// A figure verb said of things counts no one: "Uusi vero
			// tappaa satoja pieniä kauppoja" (the new tax will kill
			// hundreds of small shops).
			prev = attachment{}
			continue
		}
		cumulative := anyCumulative && ps.cumulativeFor(n, s) || ps.deltaAfter(n)
		if delta {
			cumulative = false
		}
		if a.how == "breakdown" {
			cumulative = prevCumulative // "rose to 71, including 19 children"
		}
		if a.how == sitrep.RuleEarlier {
			cumulative = false // "a urcat la 19, față de 11 anunțați inițial"
		}
		prev, prevCumulative = a, cumulative
		if !isInteger(n.v.Min) || n.v.Min < 0 || n.v.Max > 1e9 {
			continue
		}
		// A number its own figure verb follows is that verb's subject, not
		// an agent: Swahili "na" is both "by" and "and" ("walifariki na
		// 19 walijeruhiwa"); nor is one its own figure noun follows ("von
		// 890 Toten", of 890 dead).
		// Nor is one after an "earlier" marker that ends in "by": "față de
		// 11", "zuvor war von 17 die Rede".
		agent := a.how != "verb-after-number" && a.how != "noun-after-number" && a.how != sitrep.RuleEarlier && ps.isAgent(n, prevEnd)
		if a.how == "coordinated" && n.start > s.start && ps.isConjunction(n.start-1) {
			agent = false // "watu 15,000 katika Garissa na 4,500 Wajir": "na" joins a list
		}
		// Zero counts no one: "Ingen har gripits" (no one was arrested).
		none := n.v.Max == 0 && !n.v.Vague
		if !ps.oneIsFigure(n, a, s) || agent || none || ps.negated(s, a.kind, n.start, a.term.start) || ps.modal(s, n, a) {
			if !a.termLeft {
				// Nor is the next number a breakdown of a term that
				// follows an article: "Una scossa di magnitudo 5,2 ha
				// colpito … 11 persone" (a quake hit); but a verb before
				// still governs it: "a rănit cu un cuțit patru trecători".
				prev = attachment{}
			}
			continue
		}
		emit(n, a, prevEnd, nextStart, cumulative)
		if h, ok := ps.coordinatedSingular(n, a, s); ok && !ps.negated(s, a.kind, h.start) {
			// "Three police officers and the attacker were killed": the
			// verb counts the singular noun joined to the number's too.
			b := a
			b.how = "coordinated-singular"
			emit(number{start: h.start, end: h.end, v: numparse.Value{Min: 1, Max: 1}, word: true}, b, n.end, nextStart, false)
			res.Claims[len(res.Claims)-1].Group = sitrep.Group(h.e.val)
		}
	}
}

// thingsCounted reports whether number n counts things: a noun of the
// lexicon's negatives follows it past a filler and one word the lexicon
// does not know (an adjective), "hundredvis af små butikker", "satoja
// pieniä kivijalkakauppoja" (hundreds of small shops). Right after the
// number, negative has already read it; two words between are more
// often an adverbial ("watu 1,250 mwishoni mwa wiki", at the end of the
// week), and in a script without spaces a word is no token.
func (ps *passageScan) thingsCounted(n number, s sentence) bool {
	if ps.l.lx.NoSpaces {
		return false
	}
	skipped := 0
	for k := n.end; k < s.end; k++ {
		if _, ok := ps.first(k, catNegative); ok {
			return k > n.end
		}
		t := ps.toks[k]
		if k == n.end && (isFiller(t.Text) || ps.cats[k] == 1<<catPerp) {
			continue // "of", and "af" (of, by) that Danish also marks agents with
		}
		// A qualifier's word after the number is an adjective: Danish
		// "små" (small; before a number, just under).
		if t.Kind != textnorm.Word || ps.cats[k]&^(1<<catQual) != 0 || ps.numAt[k] >= 0 || ps.isConjunction(k) || skipped == 1 {
			return false
		}
		skipped++
	}
	return false
}

// coordinatedSingular finds a group noun in the singular, with no number,
// that a conjunction joins to the group noun right after number n, so that
// n's figure verb counts it as one: "Three police officers and the
// attacker were killed", "Tre betjente og gerningsmanden blev dræbt",
// "žuvo trys policininkai ir užpuolikas". The verb must follow the noun at
// once (a word between: "were"), or stand before the number with the noun
// ending its clause or going on with an agent, a place or a time.
func (ps *passageScan) coordinatedSingular(n number, a attachment, s sentence) (match, bool) {
	if !a.hasTerm || a.term.e.cat != catVerb {
		return match{}, false
	}
	j := -1
	for k := n.end; k < s.end && k <= n.end+2; k++ {
		if g, ok := ps.first(k, catGroup); ok {
			j = g.end
			break
		}
		if ps.toks[k].Kind == textnorm.Punct || ps.numAt[k] >= 0 {
			return match{}, false
		}
	}
	if j < 0 || j+1 >= s.end || !ps.isConjunction(j) {
		return match{}, false
	}
	k := j + 1
	h, ok := ps.first(k, catSingular)
	if !ok && k+1 < s.end && ps.toks[k].Kind == textnorm.Word && ps.cats[k] == 0 && ps.numAt[k] < 0 {
		k++ // a determiner: "and the attacker"
		h, ok = ps.first(k, catSingular)
	}
	if !ok || ps.numAt[h.start] >= 0 || h.end > s.end {
		return match{}, false
	}
	if a.termLeft {
		if a.term.end > n.start {
			return match{}, false
		}
		goesOn := uint32(1<<catPerp | 1<<catLocative | 1<<catDay)
		if h.end < s.end && ps.toks[h.end].Kind != textnorm.Punct && ps.cats[h.end]&goesOn == 0 {
			return match{}, false
		}
		return h, true
	}
	if a.term.start < h.end || a.term.start > h.end+1 {
		return match{}, false
	}
	if a.term.start == h.end+1 {
		if t := ps.toks[h.end]; t.Kind != textnorm.Word || ps.cats[h.end] != 0 || ps.numAt[h.end] >= 0 {
			return match{}, false
		}
	}
	return h, true
}

// clauseMarks is the punctuation that cuts a sentence into clauses for
// running-total markers.
var clauseMarks = map[string]bool{",": true, "，": true, "、": true, "،": true, ":": true, "：": true, "—": true, "–": true}

// cumulativeFor reports whether a running-total marker covers number n:
// one in n's clause (between commas, colons or dashes), or one in a clause
// that counts nothing itself ("So far, 2,430 people have been killed").
// A clause with a number of its own keeps its marker: in "612 were
// arrested on Thursday, bringing the total to 4,803" and "The toll has
// climbed to 318, while another 1,400 were injured" only the total is
// one.
func (ps *passageScan) cumulativeFor(n number, s sentence) bool {
	marker, counts := false, false // of the clause being read
	mine, free := false, false
	inMine := false
	flush := func() {
		if inMine {
			mine = marker
		} else if marker && !counts {
			free = true
		}
		marker, counts, inMine = false, false, false
	}
	for k := s.start; k < s.end; k++ {
		if ni := ps.numAt[k]; ni >= 0 {
			o := ps.nums[ni]
			if k == o.start && !o.article && !ps.negative(o, s) {
				counts = true
			}
			if k >= n.start && k < n.end {
				inMine = true
			}
			if _, ok := ps.first(k, catCumul); ok {
				marker = true
			}
			continue
		}
		if ps.toks[k].Kind == textnorm.Punct && clauseMarks[ps.toks[k].Text] || ps.isConjunction(k) && ps.joinsNumbers(k, s) {
			// A conjunction right between two numbers begins another
			// clause where no comma does: "hukkunute arv on tõusnud
			// 96-ni ja üle 600 inimese on saanud vigastada".
			flush()
			continue
		}
		if _, ok := ps.first(k, catCumul); ok {
			marker = true
		}
	}
	flush()
	return mine || free
}

// joinsNumbers reports whether the conjunction at token k stands right
// between two numbers: after one, or what is glued to it ("96-ni",
// "96:een"), and before another or its qualifier ("ja üle 600").
func (ps *passageScan) joinsNumbers(k int, s sentence) bool {
	j := k - 1
	for j > s.start && ps.numAt[j] < 0 && ps.toks[j].Start == ps.toks[j-1].End {
		j--
	}
	if j < s.start || ps.numAt[j] < 0 {
		return false
	}
	next := k + 1
	if q, ok := ps.first(next, catQual); ok {
		next = q.end
	}
	return next < s.end && ps.numAt[next] >= 0
}

// singular reads one person of a group counted by a figure verb with no
// number of its own: its subject or object named in the singular, "The
// attacker was shot dead by police", "Militant killed in blast", "قُتل
// المهاجم", "Police shot dead the attacker". It returns the noun as a
// number one with the verb as its term, for a kind no claim of the
// sentence has. A noun before the verb counts only when the verb's clause
// ends there or goes on with an agent, a place or a time ("… shot dead by
// police", "… killed in Dhaka"): "The man killed his neighbour" counts no
// one. A noun after the verb counts right after it (an article between)
// and not as an agent ("killed by a soldier").
func (ps *passageScan) singular(s sentence, claims []sitrep.Claim) (number, attachment, sitrep.Group, bool) {
	for k := s.start; k < s.end; k++ {
		if ps.cats[k]&(1<<catVerb) == 0 {
			continue
		}
		for _, v := range ps.at[k] {
			if v.e.cat != catVerb || v.start != k {
				continue
			}
			// A claim of the kind may stand beside it, if its verb is another:
			// "L'uomo armato è stato ucciso dagli agenti dopo aver ucciso
			// due passanti".
			kind := sitrep.FigureKind(v.e.val)
			vs := ps.span(v.start, v.end)
			if slices.ContainsFunc(claims, func(c sitrep.Claim) bool {
				return c.Kind == kind && (c.Span[0] < vs[1] && vs[0] < c.Span[1] || c.Rule == ps.p.Lang+"/figure/singular-subject")
			}) || ps.negated(s, kind, v.start) {
				continue
			}
			if g, ok := ps.singularAround(v, s, claims); ok && !ps.negated(s, kind, g.start) {
				n := number{start: g.start, end: g.end, v: numparse.Value{Min: 1, Max: 1}, word: true}
				a := attachment{kind: kind, term: v, hasTerm: true, termLeft: v.end <= g.start, how: "singular-subject"}
				return n, a, sitrep.Group(g.e.val), true
			}
		}
	}
	return number{}, attachment{}, "", false
}

// isPossessive reports whether a token is an English-style possessive
// ("professor's", "'s", "students'").
func isPossessive(w string) bool {
	return w == "'" || w == "'s" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'")
}

// singularAround finds the singular group noun a figure verb counts (see
// singular).
func (ps *passageScan) singularAround(v match, s sentence, claims []sitrep.Claim) (match, bool) {
	// After the verb: "قُتل المهاجم", "Police shot dead the attacker".
	for j := v.end; j < s.end && j <= v.end+1; j++ {
		if g, ok := ps.first(j, catSingular); ok {
			return g, true
		}
		if g, ok := ps.agePerson(j, s, claims); ok {
			return g, true // "Uhićen je 52-godišnji vozač", "žuvo 19 metų vaikinas"
		}
		if t := ps.toks[j]; t.Kind != textnorm.Word || ps.numAt[j] >= 0 || ps.cats[j]&(1<<catPerp|1<<catGroup|1<<catLocative) != 0 {
			break
		}
	}
	// Before it, when the verb's clause ends or goes on with an agent, a
	// place or a time, and the verb is no noun ("over the professor's
	// murder").
	if b := v.start - 1; b >= s.start && isPossessive(ps.toks[b].Text) {
		return match{}, false
	}
	if v.end < s.end {
		t := ps.toks[v.end]
		goesOn := uint32(1<<catPerp | 1<<catLocative | 1<<catDay)
		if ps.l.lx.AgentAfterVerb {
			// "Нападника застрелили поліцейські": the agent after the verb.
			goesOn |= 1 << catGroup
		}
		if t.Kind != textnorm.Punct && ps.cats[v.end]&goesOn == 0 && !ps.isConjunction(v.end) {
			return match{}, false
		}
	}
	for j := v.start - 1; j >= s.start && j >= v.start-6; j-- {
		t := ps.toks[j]
		if ps.numAt[j] >= 0 {
			if g, ok := ps.agePerson(j, s, claims); ok && g.end <= v.start {
				return g, true // "A 52-year-old driver was arrested"
			}
			break
		}
		if t.Kind == textnorm.Punct && t.Text != "'" && t.Text != "-" {
			break
		}
		if g, ok := ps.first(j, catSingular); ok && g.end <= v.start {
			if ps.numberedNoun(g) {
				return match{}, false // "tak satu pun dari 40 penumpang bus kedua terluka"
			}
			if _, agent := ps.endingAt(g.start, catPerp, max(s.start, g.start-2)); agent {
				return match{}, false // "by the gunman"
			}
			if !ps.inClaims(g, claims) {
				return g, true
			}
			// The victims a number counts stand between the verb and its
			// subject at the head of the sentence: "Saldırgan, bıçakla
			// dört yayayı yaraladıktan sonra … öldürüldü", "袭击者持刀刺伤
			// 四名路人后被警方击毙".
			for k := s.start; k <= s.start+1 && k < g.start; k++ {
				if h, ok := ps.first(k, catSingular); ok && h.end <= g.start && !ps.inClaims(h, claims) {
					return h, true
				}
			}
			return match{}, false
		}
	}
	// In a verb-final language a figure verb that ends the sentence counts
	// the singular topic that opens it, however far: "容疑者は通行人4人を…
	// 警察に射殺された", "ضارب پس از زخمی کردن چهار عابر با چاقو، با شلیک
	// پلیس کشته شد".
	if ps.l.lx.VerbFinal && ps.endsSentenceAt(v.end, s) {
		for k := s.start; k <= s.start+1 && k < v.start; k++ {
			if h, ok := ps.first(k, catSingular); ok && h.end <= v.start && !ps.inClaims(h, claims) {
				return h, true
			}
		}
	}
	return match{}, false
}

// agePerson reads a person named by an age at token j: a number in
// digits that an age marker of the lexicon follows, hyphens between ("A
// 52-year-old driver", "un homme de 45 ans", "52-godišnji vozač"). It
// returns the age and its marker as a singular of the group of a group
// noun right after the marker ("15-godišnji dječak", children), else of no
// group: a noun of the singular lists alone, such as a driver, is no
// victim group ("Uhićen je 52-godišnji vozač"). An age in a claim
// ("three people, aged 19 to 25") or after "of" ("one of the 40-year-old
// buildings") names no one.
func (ps *passageScan) agePerson(j int, s sentence, claims []sitrep.Claim) (match, bool) {
	if len(ps.l.ageMarkers) == 0 || j < s.start || j >= s.end || ps.numAt[j] < 0 {
		return match{}, false
	}
	n := ps.nums[ps.numAt[j]]
	if n.word || n.v.Vague || n.v.Min != n.v.Max || n.start != j {
		return match{}, false
	}
	if n.v.Min < 1 || n.v.Min > 120 {
		return match{}, false // "sulaikytas 2019 metų gegužę": a year
	}
	start, end := n.start, -1
	for _, am := range ps.l.ageMarkers {
		b, ok := n.start, true
		for i := len(am.before) - 1; i >= 0 && ok; i-- {
			b--
			ok = b >= s.start && am.before[i].matches(ps.toks[b].Text)
		}
		k, i := n.end, 0
		for ; ok && i < len(am.after) && k < s.end; k++ {
			if w := ps.toks[k].Text; w == "-" || w == "‑" || w == "–" {
				continue
			}
			if !am.after[i].matches(ps.toks[k].Text) {
				break
			}
			i++
		}
		if ok && i == len(am.after) && k > end {
			start, end = min(start, b), k
		}
	}
	if end < 0 {
		return match{}, false
	}
	for k := start - 1; k >= s.start && k >= start-2; k-- {
		if w := ps.toks[k].Text; isFiller(w) && w != "-" {
			return match{}, false // "one of the 40-year-old buildings"
		}
	}
	m := match{start: start, end: end, e: &entry{cat: catSingular, val: string(sitrep.Unspecified)}}
	if ps.inClaims(m, claims) {
		return match{}, false
	}
	if g, ok := ps.first(end, catGroup); ok {
		m.e = &entry{cat: catSingular, val: g.e.val}
	}
	return m, true
}

// numberedNoun reports whether a number other than one stands right
// before noun g, which is then that number's noun, not a singular: once
// the number is dropped ("none of the 40 passengers", "could displace up
// to 20,000 residents"), the noun counts no one either, in languages
// whose plural nouns look singular ("40 penumpang", "20.000 warga").
func (ps *passageScan) numberedNoun(g match) bool {
	j := g.start - 1
	if j < 0 || ps.numAt[j] < 0 {
		return false
	}
	v := ps.nums[ps.numAt[j]].v
	return v.Max != 1 || v.Vague
}

// endsSentenceAt reports whether only punctuation follows token k in the
// sentence.
func (ps *passageScan) endsSentenceAt(k int, s sentence) bool {
	for ; k < s.end; k++ {
		if ps.toks[k].Kind != textnorm.Punct {
			return false
		}
	}
	return true
}

// inClaims reports whether match m lies in the span of one of claims.
func (ps *passageScan) inClaims(m match, claims []sitrep.Claim) bool {
	ms := ps.span(m.start, m.end)
	return slices.ContainsFunc(claims, func(c sitrep.Claim) bool { return c.Span[0] < ms[1] && ms[0] < c.Span[1] })
}

// groupRightAfter reports whether a group noun follows the number closely
// ("34 journalists", "34 de jurnaliști", "13 of them children"), or
// the qualifier written after it: "40-қа дейін мигрант" (up to 40
// migrants).
func (ps *passageScan) groupRightAfter(n number, s sentence) bool {
	from := n.end
	if q, ok := ps.first(n.end, catQualAfter); ok {
		from = q.end
	}
	for k := from; k < s.end && k <= from+2; k++ {
		if _, ok := ps.first(k, catGroup); ok {
			return true
		}
		if ps.toks[k].Kind == textnorm.Punct || ps.numAt[k] >= 0 {
			return false
		}
	}
	return false
}

// groupGlued reports whether a group noun or counter follows number n at
// once, or after a qualifier written after it: "2000 жители", "2000多名居民",
// "2000 से ज़्यादा निवासी". Such a number counts people, not a year.
func (ps *passageScan) groupGlued(n number, s sentence) bool {
	at := func(k int) bool {
		if k >= s.end {
			return false
		}
		_, ok := ps.first(k, catGroup)
		return ok || ps.l.classifiers[ps.toks[k].Text] // "2000人以上"
	}
	if q, ok := ps.first(n.end, catQualAfter); ok && at(q.end) {
		return true
	}
	return at(n.end)
}

// amongAsideAfter reports whether an aside opened by a comma and an
// "among" marker follows number n at once: "Hundreds, including many
// children, ...".
func (ps *passageScan) amongAsideAfter(n number, s sentence) bool {
	if n.end+1 >= s.end || ps.toks[n.end].Text != "," {
		return false
	}
	_, ok := ps.first(n.end+1, catAmong)
	return ok
}

// plusAfter reports whether a plus sign is glued to number n with no
// number after it: "600+ dead", not "3+1".
func (ps *passageScan) plusAfter(n number) bool {
	k := n.end
	return k < len(ps.toks) && ps.toks[k].Text == "+" && ps.toks[k].Start == ps.toks[k-1].End &&
		(k+1 >= len(ps.toks) || ps.numAt[k+1] < 0)
}

// earlierToll reports whether an "earlier" marker ends right before number
// n or its qualifier, after token from, and opens an aside or clause (a
// punctuation mark before it): ", up from 19", ", contre 12", ", frente a
// los 28", ", sebelumnya 12". Without the punctuation the marker is a
// preposition of the sentence: "attaques contre 3 postes".
func (ps *passageScan) earlierToll(n number, s sentence, from int) bool {
	m, ok := ps.earlierMarker(n, s, from)
	return ok && m.start > max(from, s.start) && ps.toks[m.start-1].Kind == textnorm.Punct
}

// opensWithEarlier reports whether sentence s follows a semicolon, which
// ends a sentence here but joins two clauses, and opens with an "earlier"
// marker right before number n: "9 mortos; antes eram 7".
func (ps *passageScan) opensWithEarlier(n number, s sentence) bool {
	if s.start == 0 || ps.toks[s.start-1].Text != ";" && ps.toks[s.start-1].Text != "；" {
		return false
	}
	m, ok := ps.earlierMarker(n, s, s.start)
	return ok && m.start == s.start
}

// earlierMarker returns the "earlier" marker that ends right before number
// n or its qualifier, after token from.
func (ps *passageScan) earlierMarker(n number, s sentence, from int) (match, bool) {
	from = max(from, s.start)
	j := n.start
	if q, ok := ps.endingAt(j, catQual, from); ok {
		j = q.start
	}
	return ps.endingAt(j, catEarlier, from)
}

// opensWithAmong reports whether sentence s opens with an "among" marker
// that ends before number n ("Among them were", "Олардың арасында").
func (ps *passageScan) opensWithAmong(s sentence, n number) bool {
	m, ok := ps.first(s.start, catAmong)
	return ok && m.end <= n.start
}

// breaksDown reports whether a group noun follows number n closely, so
// that n, with no term of its own, breaks down the figure before it by
// group ("detained 1,250 people, including 34 journalists", "13 of them
// children"). A counter or generic noun ("people", "نفر") names no group
// to break down by: it does so only after an "among" marker ("including 5
// people from abroad"), and "44 mrtvých, 91 cestujících se podařilo
// zachránit" (44 dead, 91 passengers were rescued) counts no one.
func (ps *passageScan) breaksDown(n number, s sentence, from int) bool {
	for k := n.end; k < s.end && k <= n.end+2; k++ {
		if g, ok := ps.first(k, catGroup); ok {
			return g.e.val != string(sitrep.Unspecified) || ps.amongBefore(n, from)
		}
		if ps.toks[k].Kind == textnorm.Punct || ps.numAt[k] >= 0 {
			return false
		}
	}
	return false
}

// includedGroupBefore reports whether a group noun stands right before
// the number after an "including" marker, as languages that write the
// noun first put it: Swahili "wakiwemo waandishi wa habari 34".
func (ps *passageScan) includedGroupBefore(n number, s sentence) bool {
	g, ok := ps.endingAt(n.start, catGroup, max(s.start, n.start-4))
	if !ok {
		return false
	}
	_, among := ps.endingAt(g.start, catAmong, max(s.start, g.start-3))
	return among
}

// totalSubject finds the figure noun a running total's number refers to:
// the number follows a cumulative marker ("rose to", "a ajuns la", "ist
// auf ... gestiegen"), and the noun ("death toll", "Zahl der Toten") stands
// earlier in the sentence, unused by another number.
func (ps *passageScan) totalSubject(n number, s sentence, used usedSet) (match, bool) {
	near := false
	for k := max(s.start, n.start-6); k < n.start; k++ {
		for _, m := range ps.at[k] {
			if m.e.cat == catCumul && m.end <= n.start {
				near = true
			}
		}
	}
	// Verb-final languages put the marker after the number: "auf 47
	// gestiegen", "до 47 возросло".
	for k := n.end; k < s.end && k <= n.end+2 && !near; k++ {
		if _, ok := ps.first(k, catCumul); ok {
			near = true
		}
	}
	if !near {
		return match{}, false
	}
	for k := n.start - 1; k >= s.start; k-- {
		if m, ok := ps.first(k, catNoun); ok && !used.has(k) && m.end <= n.start {
			used.add(k)
			return m, true
		}
		if ni := ps.numAt[k]; ni >= 0 && isInteger(ps.nums[ni].v.Min) && !ps.negative(ps.nums[ni], s) {
			// A measure or a span of time ("de magnitudine 7,4", "from
			// five days of protests") counts no one: look past it.
			break
		}
	}
	// Subject after the verb: "47-re emelkedett ... áldozatainak száma".
	for k := n.end; k < s.end; k++ {
		if ps.numAt[k] >= 0 {
			break
		}
		if m, ok := ps.first(k, catNoun); ok && !used.has(k) {
			used.add(k)
			return m, true
		}
	}
	return match{}, false
}

// negated reports whether the clause of a number or of its term (tokens
// at) holds a phrase saying its numbers are no figures of kind ("had been
// released" for detained; "14 Einsätzen aus, verletzt wurde niemand").
// Another clause's phrase leaves it be: "Among those held are 11 minors,
// … adding that 40 had been released".
func (ps *passageScan) negated(s sentence, kind sitrep.FigureKind, at ...int) bool {
	for _, k := range at {
		if ps.negatedIn(s, kind, k) {
			return true
		}
	}
	return false
}

// anyKind is the kind of a Lexicon.Unreal phrase: it negates every kind.
const anyKind = "*"

// lastInClause reports whether a phrase ending before token end is the
// last of its clause, which ends before token to. An Unreal word counts
// only before the number or term it bears on: in "12 died and the toll
// may rise" it looks ahead; a verb-final language puts it after, last in
// the clause ("避難を迫られる恐れがある。").
func (ps *passageScan) lastInClause(end, to int) bool {
	return end >= to || ps.toks[end].Kind == textnorm.Punct
}

// saidBetween reports whether a reporting verb stands in tokens [from,
// to): a Modal or Unreal word before it bears on the report, not on the
// figure ("Politiet kan nu bekræfte at…", the police can now confirm that…).
func (ps *passageScan) saidBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if ps.cats[k]&(1<<catSaid|1<<catReported) != 0 {
			return true
		}
	}
	return false
}

func (ps *passageScan) negatedIn(s sentence, kind sitrep.FigureKind, at int) bool {
	from, to := at, at
	for from > s.start && !ps.endsClause(from-1) {
		from--
	}
	for to < s.end && !ps.endsClause(to) {
		to++
	}
	for k := from; k < to; k++ {
		if ps.cats[k]&(1<<catNot) == 0 {
			continue
		}
		for _, m := range ps.at[k] {
			if m.e.cat == catNot && m.e.val == string(kind) {
				return true
			}
			if m.e.cat == catNot && m.e.val == anyKind && (k < at || ps.l.lx.VerbFinal || ps.lastInClause(m.end, to)) && !ps.saidBetween(m.end, at) {
				return true
			}
		}
	}
	return false
}

// modalVal marks the lexicon's Modal words among the catNot phrases; no
// figure kind has that name.
const modalVal = "modal"

// modalGap is how many tokens before a number and its term a modal word
// may stand: "could displace up to 20,000", "ar putea afecta până la".
const modalGap = 4

// modal reports whether a Modal word ("could", "plans to", "simulated",
// "denied that") stands between number n and its term, or at most
// modalGap tokens before both in the same clause: the figure is one that
// may happen, is simulated or denied. A modal word after both, or in
// another clause, leaves it be: "3,000 fled on Sunday and more could
// follow", "30 were killed, which the army denied".
func (ps *passageScan) modal(s sentence, n number, a attachment) bool {
	lo, hi := min(n.start, a.term.start), max(n.end, a.term.end)
	if !a.hasTerm {
		lo, hi = n.start, n.end
	}
	if q, ok := ps.endingAt(n.start, catQual, s.start); ok && q.start < lo {
		lo = q.start // "ar putea afecta până la 10.000"
	}
	from := lo
	for from > s.start && lo-from < modalGap && !ps.endsClause(from-1) && ps.toks[from-1].Text != "," {
		from--
	}
	for k := from; k < hi; k++ {
		if ps.cats[k]&(1<<catNot) == 0 {
			continue
		}
		for _, m := range ps.at[k] {
			if m.e.cat == catNot && m.e.val == modalVal && m.end <= hi && !ps.saidBetween(m.end, lo) {
				return true
			}
		}
	}
	// Or right after them, where a verb-final clause puts its modal:
	// "bis zu 30.000 Menschen ihre Häuser verlassen müssen könnten",
	// "een ramp met 200 slachtoffers werd nagebootst"; but not past a
	// conjunction: "12 died and the toll could rise".
	for k := hi; k < s.end && k < hi+2; k++ {
		if ps.toks[k].Kind == textnorm.Punct || ps.isConjunction(k) {
			break
		}
		for _, m := range ps.at[k] {
			if m.e.cat == catNot && m.e.val == modalVal {
				return true
			}
		}
	}
	return false
}

// endsClause reports whether token k is punctuation that ends a clause.
func (ps *passageScan) endsClause(k int) bool {
	t := ps.toks[k]
	return t.Kind == textnorm.Punct && (clauseMarks[t.Text] || t.Text == ";" || t.Text == "；")
}

// coordinated reports whether b follows a within a few tokens, joined by
// a conjunction, with no punctuation but commas between them.
func (ps *passageScan) coordinated(a, b number) bool {
	if b.start-a.end > 5 {
		return false
	}
	conj := ps.conjunctionGlued(b.start) // Arabic "وجنديين", "و3"
	last := -1
	for k := a.end; k < b.start; k++ {
		if ps.isConjunction(k) {
			conj, last = true, k
		}
		if t := ps.toks[k]; t.Kind == textnorm.Punct && t.Text != "," {
			return false
		}
	}
	if last >= 0 && last+1 < b.start {
		// After the conjunction only a qualifier may come: "and at least
		// 3", but "injuring three and burning two" joins another verb.
		if q, ok := ps.endingAt(b.start, catQual, last+1); !ok || q.start != last+1 {
			return false
		}
	}
	return conj
}

// conjunctionGlued reports whether token k starts with a conjunction
// written as a clitic: Arabic "و" in "وثلاثة".
func (ps *passageScan) conjunctionGlued(k int) bool {
	w := ps.toks[k].Text
	for _, c := range ps.l.m.clitics {
		if len(w) > len(c) && strings.HasPrefix(w, c) && ps.l.conj[c] {
			return true
		}
	}
	return false
}

// subjectDeterminer reports whether a number word meaning one is the
// article of a subject that stands, in a verb-second clause, between the
// verb and the count: "Separat dræbte et jordskred fem mennesker",
// "kostede en lignende ulykke ni mennesker livet". One or two plain words
// (an event's name among them) follow it, then a number that is no date,
// age or amount.
func (ps *passageScan) subjectDeterminer(n number, s sentence) bool {
	if !n.word || n.v.Vague || n.v.Max != 1 || n.start == s.start {
		return false
	}
	for j := n.end; j < s.end && j <= n.end+2; j++ {
		if k := ps.numAt[j]; k >= 0 {
			return j > n.end && !ps.negative(ps.nums[k], s)
		}
		if t := ps.toks[j]; t.Kind != textnorm.Word || ps.cats[j]&^(1<<catEvent) != 0 || ps.isConjunction(j) {
			return false
		}
	}
	return false
}

// oneIsFigure filters number words meaning one ("un", "o", "one", "une"),
// which are articles far more often than figures: they count only right
// next to their term ("killing one", "un mort") or right before a group
// noun ("one protester was shot"), and never before "of" ("one of the").
func (ps *passageScan) oneIsFigure(n number, a attachment, s sentence) bool {
	if !n.word || n.v.Vague || n.v.Max > 1 {
		return true
	}
	// "a soldier", "un polițist": the group must follow at once, and be
	// no modifier of an event ("an insurgent attack", "un atac terorist").
	at := n.end
	if at < s.end && ps.l.classifiers[ps.toks[at].Text] {
		at++ // "一名士兵": a measure word between
	}
	if at < s.end && ps.numAt[at] >= 0 && ps.negative(ps.nums[ps.numAt[at]], s) {
		// An age between: "a 15-year-old girl", "ein 15-jähriges Mädchen".
		for j := ps.nums[ps.numAt[at]].end; j < s.end && j <= at+5; j++ {
			if _, ok := ps.first(j, catGroup); ok {
				at = j
				break
			}
		}
	}
	g, groupNext := ps.first(at, catGroup)
	if groupNext && g.end < s.end && ps.cats[g.end]&(1<<catEvent) != 0 {
		groupNext = false
	}
	if !groupNext && a.how == "breakdown" && at+1 < s.end && ps.toks[at].Kind == textnorm.Word && ps.cats[at] == 0 && ps.numAt[at] < 0 {
		// A breakdown's one after "among" or ", including" may take an adjective:
		// "onder wie een Duitse journalist", "including a Palestinian
		// journalist"; not "during a violent student strike".
		_, among := ps.endingAt(n.start, catAmong, max(s.start, n.start-3))
		if among || n.start-2 >= s.start && ps.toks[n.start-2].Text == "," {
			_, groupNext = ps.first(at+1, catGroup)
		}
	}
	if n.article {
		// An article counts one of a noun in the singular only: not "a
		// police spokeswoman said".
		if _, one := ps.first(at, catSingular); !one && at+1 < s.end {
			if _, one = ps.first(at+1, catSingular); !one {
				groupNext = false
			}
		}
		// "killed a soldier", "a soldier was killed"; but "wounded when a
		// gunman opened fire": a verb before the article must touch it.
		// An object marker may stand between: "mató a un policía".
		touches := a.term.end == n.start || a.term.end+1 == n.start && ps.l.objectMarkers[ps.toks[a.term.end].Text]
		return groupNext && (!a.termLeft || touches || a.how == "breakdown" || a.how == "coordinated" || ps.amongTermNear(a, n))
	}
	if n.end < s.end && isFiller(ps.toks[n.end].Text) {
		// "one of the largest" is no figure; "killed one of their
		// drivers", right after its verb, and "One of the militants was
		// killed", a group before its verb, are one of a group.
		if a.termLeft {
			return a.term.end == n.start && a.how != "breakdown"
		}
		for k := n.end + 1; k < s.end && k <= n.end+2; k++ {
			if _, ok := ps.first(k, catGroup); ok {
				return true
			}
		}
		return false
	}
	if a.how == "breakdown" || a.how == "coordinated" {
		// "printre care un polițist", "six protesters and one police
		// officer": one of the group.
		return groupNext
	}
	if a.termLeft {
		// An object marker may stand between: "mató a un soldado".
		marked := a.term.end+1 == n.start && ps.l.objectMarkers[ps.toks[a.term.end].Text]
		if g, ok := ps.endingAt(n.start, catSingular, a.term.end); ok && g.start == a.term.end {
			return true // a singular noun between, where the number follows it: "kumuua polisi mmoja"
		}
		return a.term.end >= n.start || groupNext && (marked || ps.amongTermNear(a, n))
	}
	if a.term.start <= n.end+1 {
		// "one person killed", "One member was killed"; but where every
		// noun has a capital, a noun between that is no group is a thing:
		// "mit einem Messer verletzt" (wounded with a knife).
		if a.term.start == n.end+1 && ps.l.lx.CapitalisedNouns {
			_, ok := ps.first(at, catGroup)
			return ok
		}
		return true
	}
	_, ok := ps.first(at, catGroup)
	return ok
}

// amongTermNear reports whether a number's term before it is an "among"
// term ("among the dead", "entre los fallecidos") a copula away at most:
// "Among the dead was a police officer", "Tra i fermati c'è anche un
// minorenne".
func (ps *passageScan) amongTermNear(a attachment, n number) bool {
	return a.termLeft && n.start-a.term.end <= 4 && ps.isAmongTerm(a.term)
}

// isAmongTerm reports whether a figure term opens with an "among" marker.
func (ps *passageScan) isAmongTerm(m match) bool {
	for _, o := range ps.at[m.start] {
		if o.e.cat == catAmong {
			return true
		}
	}
	return false
}

// amongTermBefore reports whether an "among" figure term ends at token k
// or shortly before it, after token from, with no punctuation between:
// the conjunction at k is then "also" ("Printre cei reținuți se află și
// patru minori", among those held are also four minors).
func (ps *passageScan) amongTermBefore(k, from int) bool {
	for j := k; j > from && j >= k-3; j-- {
		if m, ok := ps.endingAt(j, catVerb, from); ok && ps.isAmongTerm(m) {
			return true
		}
		if ps.toks[j-1].Kind == textnorm.Punct {
			return false
		}
	}
	return false
}

// isAgent reports whether a number counts the agents of a passive rather
// than victims: "raped by five policemen", "tués par 3 hommes armés".
func (ps *passageScan) isAgent(n number, from int) bool {
	if _, ok := ps.endingAt(n.start, catQual, from); ok {
		return false
	}
	_, ok := ps.endingAt(n.start, catPerp, from)
	return ok
}

// any reports whether a match of category c starts in the sentence.
func (ps *passageScan) any(s sentence, c cat) bool {
	for i := s.start; i < s.end; i++ {
		if _, ok := ps.first(i, c); ok {
			return true
		}
	}
	return false
}

// negative reports whether a number is a date, age, amount, score or
// similar rather than a count of people.
func (ps *passageScan) negative(n number, s sentence) bool {
	// A phrase of the lexicon's negatives right after the number, or
	// after the dot of the abbreviation it ends with ("120 tūkst. eurų",
	// "250 млн. рублей").
	abbrDot := n.end < s.end && ps.toks[n.end].Text == "." && ps.toks[n.end-1].Kind == textnorm.Word
	for k := n.end; k < n.end+2 && k < s.end; k++ {
		if _, ok := ps.first(k, catNegative); ok && !(ps.toks[k].Text == "." && k == s.end-1) {
			// The dot of an ordinal ("8. gün") is no full stop ("kayıp: 8.").
			if k == n.end || ps.toks[k-1].Text == "-" || isFiller(ps.toks[k-1].Text) || k == n.end+1 && abbrDot {
				return true
			}
		}
		if ps.numAt[k] >= 0 {
			break
		}
	}
	// Or right after a qualifier written after the number: "1 200-ден
	// астам үйден" (from more than 1,200 houses).
	if q, ok := ps.first(n.end, catQualAfter); ok && q.end < s.end && ps.toks[q.end].Kind == textnorm.Word {
		if _, ok := ps.first(q.end, catNegative); ok {
			return true
		}
	}
	if n.end < s.end {
		next := ps.toks[n.end].Text
		switch next {
		case "%", "‰", "٪":
			return true
		case ":", "-", "–", "/":
			if n.end+1 < s.end && ps.toks[n.end+1].Kind == textnorm.Number {
				return true // time, score, date, range of years
			}
		}
	}
	if n.start > s.start {
		prev := ps.toks[n.start-1].Text
		switch prev {
		case "$", "€", "£", "¥", "#", "№", "n°":
			return true
		case "nr", "no":
			// A number sign, unless the lexicon reads the word as one of
			// its own: Latvian "no" (from, of) in "no 30 līdz 40", "viens
			// no trim".
			if ps.cats[n.start-1]&^(1<<catNegativeBefore) == 0 {
				return true
			}
		case "-", "/", ":":
			// A score, range or date; but a number in words after a
			// time is a count: "UPDATE 21:15 - Seventeen people died".
			if n.start-2 >= s.start && ps.toks[n.start-2].Kind == textnorm.Number && !n.word &&
				!(prev == ":" && ps.toks[n.start].Start > ps.toks[n.start-1].End) {
				return true // but "Boletim das 18h: 23 óbitos" lists after a time
			}
		}
		// "UPDATE 3", "page 12", "στις 5" (at five); but a number written
		// with thousands grouped ("στις 4.803") is a count.
		grouped := !n.word && n.v.Min >= 1000 && strings.ContainsAny(ps.text(n.start, n.end), "., \u00a0\u202f")
		if _, ok := ps.endingAt(n.start, catNegativeBefore, s.start); ok && !grouped {
			return true
		}
		// A date: a month name right before the number.
		if ps.isMonth(n.start - 1) {
			return true
		}
	}
	if ps.inWord(n, s) {
		return true
	}
	// A date written day first with an ordinal dot: "12. martā", "am
	// 12. März".
	if !n.word && n.end+1 < s.end && ps.toks[n.end].Text == "." && ps.isMonth(n.end+1) {
		return true
	}
	// A year standing alone, or after a locative even before a figure
	// noun: "a similar tremor in 2011 killed 96 people".
	if !n.word && !n.v.Vague && n.v.Min >= 1900 && n.v.Min <= 2100 && n.end-n.start == 1 &&
		!strings.ContainsAny(ps.toks[n.start].Text, ".,") {
		if _, ok := ps.first(n.end, catNoun); !ok && !ps.groupGlued(n, s) {
			return true
		}
		if _, ok := ps.endingAt(n.start, catLocative, s.start); ok {
			return true
		}
	}
	return false
}

// inWord reports whether a number in words, in a language written
// without spaces, is part of a longer word: a numeral glued to an
// ideograph that is no counter, figure term, group or qualifier, as in
// the place names 四川 (Sichuan), 九州 (Kyushu) and 三重. A count goes on
// with its classifier or term: 三名, 三死五伤, 两千余人.
func (ps *passageScan) inWord(n number, s sentence) bool {
	if !ps.l.lx.NoSpaces || !n.word || n.end >= s.end {
		return false
	}
	next, last := ps.toks[n.end], ps.toks[n.end-1]
	if next.Kind != textnorm.Word || next.Start != last.End || ps.l.classifiers[next.Text] {
		return false
	}
	if _, ok := ps.l.lx.Numbers.Words[last.Text]; !ok {
		if _, ok := ps.l.lx.Numbers.Scales[last.Text]; !ok {
			return false // it ends with its classifier: "数名", "数人"
		}
	}
	for _, c := range []cat{catGroup, catNoun, catVerb, catQualAfter, catNegative} {
		if _, ok := ps.first(n.end, c); ok {
			return false
		}
	}
	// Nor is a numeral before another numeral or a vague quantity: 七八个人
	// (seven or eight people), 十几人 (a dozen or so).
	if _, ok := ps.l.lx.Numbers.Words[next.Text]; ok {
		return false
	}
	for w := range ps.l.lx.Numbers.Vague {
		if strings.HasPrefix(w, next.Text) {
			return false
		}
	}
	return true
}

func (ps *passageScan) isMonth(i int) bool {
	if i < 0 {
		return false
	}
	_, ok := ps.l.months()[ps.toks[i].Text]
	return ok
}

func (l *language) months() map[string]int { return l.lx.Months }

// fillers may stand between a number and its noun: "37 de răniți",
// "12 of them", "dozens of".
var fillers = map[string]bool{"de": true, "of": true, "d'": true, "d": true, "'": true,
	"-": true, "del": true, "di": true, "van": true, "из": true, "z": true}

func isFiller(w string) bool { return fillers[w] }

// attach finds the figure term of a number, in order of preference: a
// noun right after it, a term right before it, a verb right after it, a
// verb after the subject it counts.
func (ps *passageScan) attach(n number, s sentence, prevEnd, nextStart int, used usedSet) attachment {
	if a, ok := ps.frame(n, s, prevEnd); ok {
		return a
	}
	if a, ok := ps.tallyLabel(n, s, prevEnd, used); ok {
		return a
	}
	// A noun after the number, perhaps after a group noun or adjectives:
	// "18 morți", "37 de răniți", "12 soldiers dead", "nine badly
	// decomposed bodies".
	afterGroup := false
	from := n.end
	if n.dual {
		from = n.start // the dual noun itself: "قتيلان"
	}
	for k := from; k < s.end && k <= n.end+nounGap; k++ {
		if ps.numAt[k] >= 0 && k >= n.end {
			break
		}
		if ps.l.lx.NoSpaces && k > from && ps.toks[k].Start > ps.toks[k-1].End {
			// A space parts the items of a headline in a language written
			// without spaces: "大雨 死者13人 行方不明者5人" (13 dead, 5
			// missing); the noun past it is the next item's.
			break
		}
		if m, ok := ps.first(k, catNoun); ok && !ps.titleCase(m, s) {
			if n.word && n.v.Max == 1 && k > n.end && !afterGroup && ps.verbOfNextNumber(m, s) {
				// "A fire at a plant injured nine workers", "Un incendie a
				// blessé sept ouvriers": the one's thing is no one, and
				// the verb is the next number's.
				break
			}
			used.add(k)
			return attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: "noun-after-number", hasTerm: true}
		}
		if g, ok := ps.first(k, catGroup); ok {
			k = g.end - 1
			afterGroup = true
			continue
		}
		if t := ps.toks[k]; t.Kind == textnorm.Punct && t.Text != "-" && !(k == n.end && ps.plusAfter(n)) {
			break
		}
		if afterGroup && !isFiller(ps.toks[k].Text) {
			break // "460 personas de edificios afectados": the noun is the buildings'
		}
		if _, ok := ps.first(k, catVerb); ok || ps.isConjunction(k) {
			break
		}
	}
	// A verb or noun just before: "au fost reținute 1.204 de persoane",
	// "killed at least 12 people", "Toll: 18"; but not across a locative
	// that the number counts places of ("affected ... across four
	// provinces").
	_, located := ps.endingAt(n.start, catLocative, prevEnd)
	var deferred attachment // a verb before the number in a verb-final language
	// A qualifier of several tokens is no gap: "задържа в събота най-малко 140".
	gapFrom := n.start
	if q, ok := ps.endingAt(n.start, catQual, prevEnd); ok {
		gapFrom = q.start
	}
before:
	for k := n.start - 1; !located && k >= prevEnd && k >= gapFrom-verbBeforeGap && k >= s.start; k-- {
		for _, c := range []cat{catVerb, catNoun} {
			if m, ok := ps.endingAt(k+1, c, prevEnd); ok && !used.has(m.start) {
				if (c == catNoun && n.start-m.end > 3) || ps.titleCase(m, s) || ps.nameFollows(m, n) {
					continue
				}
				if c == catVerb && ps.reachedTotal(m, s, used) {
					continue // "O número de mortos atingiu 14": the total's noun counts
				}
				a := attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: "term-before-number", hasTerm: true, termLeft: true}
				if c == catVerb && ps.l.lx.VerbFinal {
					// A verb-final language puts the number's verb after
					// it; one before it may modify a noun ("बाढ़ प्रभावित
					// इलाकों से … 15 हज़ार लोगों को … पहुँचाया गया", from
					// the flood-affected areas): it counts only when no
					// verb follows.
					deferred = a
					break before
				}
				return a
			}
		}
		if ps.isTermBarrier(k) && !ps.abbreviationDot(k) || ps.isConjunction(k) && !ps.amongTermBefore(k, max(prevEnd, s.start)) {
			break
		}
	}
	// A verb after the subject the number counts, possibly shared by a
	// coordination: "18 killed", "12 agenți ... și zeci de protestatari au
	// fost uciși". Far from the number, the verb counts it only when the
	// number counts people: a group noun follows it ("21 cities have been
	// killed" and "737 Max jet ... that killed" are no figures).
	scale := 1
	if ps.l.lx.NoSpaces {
		scale = 3 // one token per ideograph
	}
	reach := n.end + 5*scale
	if ps.groupRightAfter(n, s) || ps.amongAsideAfter(n, s) {
		// People of its own, or an aside that names some of them
		// ("Стотици, сред които много деца, се смятат за изчезнали",
		// hundreds, among them many children, are feared missing).
		reach = n.end + verbAfterGap*scale
	}
	if _, ok := ps.endingAt(n.start, catLocative, prevEnd); ok {
		reach = n.start // "protesters in 21 cities have been killed"
	}
	for k := n.end; k < s.end && k <= reach; k++ {
		if deferred.hasTerm && ps.toks[k].Kind == textnorm.Punct {
			break // "پس از زخمی کردن چهار عابر …، … کشته شد": the verb before governs
		}
		if m, ok := ps.first(k, catVerb); ok && !ps.titleCase(m, s) {
			if m.end < s.end && ps.l.articles[ps.toks[m.end].Text] {
				// "Four men murdered a pastor": a verb with an object
				// after it makes the number its agent.
				return attachment{}
			}
			if ps.countsObject(m, s) {
				// "confinar a 80.000 vecinos y a evacuar a otros 300": the
				// verb counts the number it governs.
				return attachment{}
			}
			how := "verb-after-subject"
			if k == n.end {
				how = "verb-after-number"
			}
			return attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: how, hasTerm: true}
		}
		if _, ok := ps.first(k, catNoun); ok && ps.numAt[k] < 0 && k > n.end+nounGap {
			break // a noun of another figure
		}
		// Another number, even right after this one: Finnish "yksi
		// kolmesta kuolleesta" (one of the three dead).
		if ps.numAt[k] >= 0 && ps.numAt[k-1] != ps.numAt[k] {
			if o := ps.nums[ps.numAt[k]]; o.end < s.end {
				if ps.partOfThem(o, s) {
					// "Оползень накрыл 11 человек, шестеро из них числятся
					// пропавшими", "١١ شخصاً لا يزال ستة منهم في عداد
					// المفقودين": the verb is the part's, not the whole's.
					break
				}
				if _, ok := ps.first(o.end, catVerb); ok && ps.predicateBetween(n, o) && !ps.negative(o, s) {
					// (A number of things has no verb of its own: "5200 ember
					// tartózkodik a 22 ideiglenes szálláshelyen", in 22 shelters.)
					break // "23 persone sono state denunciate e 6 arrestate": the verb is 6's
				}
				if m, ok := ps.first(o.end, catNoun); ok {
					if n.v.Max > 1 && ps.amongBefore(o, n.end) {
						// "Watoto watano ni miongoni mwa watu 11
						// waliokufa", "Cinq enfants figurent parmi les 11
						// personnes tuées": a part of the total's figure;
						// but one of them is no figure ("Un bărbat … printre
						// cei trei morți").
						return attachment{kind: sitrep.FigureKind(m.e.val), term: m, how: "among-total", hasTerm: true}
					}
					break // "16, provocando sei morti": the verb is the other number's
				}
				if !ps.groupRightAfter(n, s) && ps.groupRightAfter(o, s) && !ps.isConjunction(k-1) {
					// "auf sieben, 874 Menschen wurden verletzt": a number
					// without people of its own stops at one with them.
					break
				}
				if ps.groupRightAfter(o, s) && k-2 >= n.end && ps.isConjunction(k-1) && ps.toks[k-2].Text == "," {
					// "including 19 children, and 11,200 people have been
					// displaced": ", and" begins another clause, whose
					// verb is its own number's.
					break
				}
				if ps.groupRightAfter(o, s) && ps.opensClause(n, o, s) {
					// "including nine children, and said 12 people were
					// still unaccounted for", "11 persone, mentre due
					// anziani sono morti": likewise past a comma and a
					// word that joins no list.
					break
				}
				if ps.commaBefore(n, o) && (ps.ownTermAfter(o, s) || ps.partitiveVerbAfter(o, s)) {
					// "The coast guard rescued 41 people, eight died",
					// "18人获救，12人遇难", "42 utas utazott, közülük 26-an
					// megsérültek": past a comma, a number its own term
					// follows at once (or after its counter) has that term.
					break
				}
				if ps.l.lx.NoSpaces && ps.wholeBefore(n, o) {
					// "乗組員9人のうち4人の死亡を確認", "9人中有4人": the
					// Chinese and Japanese "among" follows the whole the
					// next number is part of, and the term is the part's.
					break
				}
			}
		}
		if ps.isClauseBarrier(k) && !ps.attributionAside(k, n, s) {
			break
		}
		if ps.toks[k].Text == "," && ps.afterTotalMarker(n, s) {
			// "Idadi ya waliofariki imefikia 45, na watu wengine 12
			// hawajulikani walipo": a running total's number ends its
			// clause; the verb past the comma is the next figure's.
			break
		}
	}
	return deferred
}

// commaBefore reports whether a comma stands between numbers n and o and
// no conjunction right before o or its qualifier: o then begins a clause of
// its own rather than a list with n.
func (ps *passageScan) commaBefore(n, o number) bool {
	j := o.start
	if q, ok := ps.endingAt(o.start, catQual, n.end); ok {
		j = q.start
	}
	if j-1 < n.end || ps.isConjunction(j-1) || ps.conjunctionGlued(o.start) {
		return false
	}
	for k := n.end; k < j; k++ {
		switch ps.toks[k].Text {
		case ",", "，", "،":
			return true
		}
	}
	return false
}

// ownTermAfter reports whether a figure term follows number o at once, or
// right after the counter or generic noun it counts ("6 kişiden haber
// alınamıyor"); a specific group between ("2 sivil öldü") leaves the term
// to a list the number may be part of.
func (ps *passageScan) ownTermAfter(o number, s sentence) bool {
	k := o.end
	if t := ps.toks[min(k, s.end-1)].Text; k+1 < s.end && (t == "-" || t == "'") && ps.cats[k+1] == 0 {
		k += 2 // a case ending: "26-an megsérültek"
	}
	if k < s.end && ps.l.classifiers[ps.toks[k].Text] {
		k++ // "12人遇难"
	} else if g, ok := ps.first(k, catGroup); ok && g.e.val == string(sitrep.Unspecified) {
		k = g.end
	}
	if k >= s.end || ps.numAt[k] >= 0 {
		return false
	}
	_, verb := ps.first(k, catVerb)
	_, noun := ps.first(k, catNoun)
	return verb || noun
}

// verbOfNextNumber reports whether figure term m is also a verb that a
// number follows at once, perhaps after a qualifier: "injured nine
// workers", "a blessé au moins sept ouvriers".
func (ps *passageScan) verbOfNextNumber(m match, s sentence) bool {
	if _, ok := ps.first(m.start, catVerb); !ok {
		return false
	}
	k := m.end
	if q, ok := ps.first(k, catQual); ok {
		k = q.end
	}
	return k < s.end && ps.numAt[k] >= 0
}

// partitiveVerbAfter reports whether a figure verb follows number o a few
// words on, with no group, number or punctuation between: the relative
// partitive "11 people, six of whom are still missing", "10 persone, sei
// delle quali risultano disperse", "tio personer, varav sex fortfarande
// saknas". The verb is the part's; the whole before the comma (buried,
// carried) has none.
func (ps *passageScan) partitiveVerbAfter(o number, s sentence) bool {
	for k := o.end; k < s.end && k <= o.end+4; k++ {
		if ps.toks[k].Kind == textnorm.Punct || ps.numAt[k] >= 0 {
			return false
		}
		if _, ok := ps.first(k, catVerb); ok {
			return k > o.end
		}
		if _, ok := ps.first(k, catGroup); ok {
			return false
		}
	}
	return false
}

// partOfThem reports whether number o is a part "of them" with no noun of
// its own, the subject of what follows: "шестеро из них", "ستة منهم",
// "شش نفر از آنها"; but not an aside with a noun ("six of them children").
func (ps *passageScan) partOfThem(o number, s sentence) bool {
	k := o.end
	if k < s.end && ps.l.classifiers[ps.toks[k].Text] {
		k++
	} else if g, ok := ps.first(k, catGroup); ok && sitrep.Group(g.e.val) == sitrep.Unspecified {
		k = g.end
	}
	if k >= s.end {
		return false
	}
	m, ok := ps.first(k, catAmong)
	if !ok {
		return false
	}
	for j := m.end; j < s.end && j <= m.end+1; j++ {
		if _, ok := ps.first(j, catGroup); ok {
			return false
		}
	}
	return true
}

// wholeBefore reports whether only number n's group and an "among" marker
// stand between n and the next number o: "9人のうち4人", "9 लोगों में से 4".
func (ps *passageScan) wholeBefore(n, o number) bool {
	k := n.end
	if k < len(ps.toks) && ps.l.classifiers[ps.toks[k].Text] {
		k++
	} else if g, ok := ps.first(k, catGroup); ok {
		k = g.end
	}
	for _, m := range ps.at[min(k, len(ps.at)-1)] {
		if m.e.cat == catAmong && m.start == k && m.end == o.start {
			return true
		}
	}
	return false
}

// opensClause reports whether number o, with people of its own, begins
// another clause than number n's: a comma stands between them, the word
// right before o (or its qualifier) is no conjunction, punctuation or
// "among" marker, and a figure verb follows o before any punctuation; o
// is otherwise an aside ("Cinq exilés, dont une fillette de sept ans,
// sont morts").
func (ps *passageScan) opensClause(n, o number, s sentence) bool {
	j := o.start
	if q, ok := ps.endingAt(o.start, catQual, n.end); ok {
		j = q.start
	}
	w := j - 1
	if w <= n.end || ps.toks[w].Kind == textnorm.Punct || ps.isConjunction(w) {
		return false
	}
	if _, ok := ps.endingAt(j, catAmong, n.end); ok {
		return false
	}
	comma := false
	for k := n.end; k < w; k++ {
		if ps.toks[k].Text == "," {
			comma = true
		}
	}
	if !comma {
		return false
	}
	for k := o.end; k < s.end && ps.toks[k].Kind != textnorm.Punct; k++ {
		if _, ok := ps.first(k, catVerb); ok {
			return true
		}
	}
	return false
}

// countsObject reports whether a figure verb governs a number right after
// it (past a qualifier or a group word like "otros"), one with no figure
// term of its own: "evacuar a otros 300 que vivían cerca". Such a verb is
// no verb of a number before it. Verb-final languages, whose number after
// a verb opens the next clause, and articles are left out.
func (ps *passageScan) countsObject(v match, s sentence) bool {
	if ps.l.lx.VerbFinal {
		return false
	}
	for k := v.end; k < s.end && k <= v.end+2; {
		ni := ps.numAt[k]
		if ni < 0 && k == v.end && ps.l.objectMarkers[ps.toks[k].Text] {
			k++ // "mataron a tres personas", "au ucis pe trei polițiști"
			continue
		}
		if ni < 0 {
			m, ok := ps.first(k, catQual)
			if !ok {
				m, ok = ps.first(k, catGroup)
			}
			if !ok {
				return false
			}
			k = m.end
			continue
		}
		o := ps.nums[ni]
		if o.article || o.word && o.v.Max <= 1 || ps.negative(o, s) {
			return false
		}
		for j := o.end; j < s.end && j <= o.end+3; j++ {
			if ps.cats[j]&(1<<catVerb|1<<catNoun) != 0 || ps.toks[j].Kind == textnorm.Punct {
				return ps.toks[j].Kind == textnorm.Punct
			}
		}
		return true
	}
	return false
}

// amongBefore reports whether an "among" marker stands shortly before
// number o, after token from, with no punctuation between: "parmi les
// 11", "miongoni mwa watu 11".
func (ps *passageScan) amongBefore(o number, from int) bool {
	for j := o.start; j >= from && j >= o.start-3; j-- {
		if _, ok := ps.endingAt(j, catAmong, from); ok {
			return true
		}
		if j > from && ps.toks[j-1].Kind == textnorm.Punct {
			return false
		}
	}
	return false
}

// afterTotalMarker reports whether a number follows a running total's
// marker ("imefikia 45", "bertambah menjadi 331", "rose to at least 50")
// whose subject noun stands before it ("Idadi ya waliofariki", "the
// death toll").
func (ps *passageScan) afterTotalMarker(n number, s sentence) bool {
	end := n.start
	if q, ok := ps.endingAt(n.start, catQual, s.start); ok {
		end = q.start
	}
	m, ok := ps.endingAt(end, catCumul, s.start)
	if !ok {
		return false
	}
	for k := s.start; k < m.start; k++ {
		if _, ok := ps.first(k, catNoun); ok {
			return true
		}
	}
	return false
}

// frame finds an idiom of the lexicon's frames that wraps number n: its
// opening words end right before the number or its qualifier, and its
// closing words follow the number or its group: Persian "جان دست‌کم ۳۸
// نفر را گرفت" (took the lives of at least 38 people).
func (ps *passageScan) frame(n number, s sentence, prevEnd int) (attachment, bool) {
	end := n.start
	if q, ok := ps.endingAt(n.start, catQual, prevEnd); ok {
		end = q.start
	}
	k := n.end
	if g, ok := ps.first(k, catGroup); ok {
		k = g.end
	}
	if k >= s.end {
		return attachment{}, false
	}
	// Every opening that ends there, the longest first: frames may share
	// one ("los … nieznany", "los … kolejnych nieznany").
	for i := max(prevEnd, end-8, 0); i < end; i++ {
		for _, open := range ps.at[i] {
			if open.e.cat != catFrameOpen || open.end > end || !ps.subjectBetween(open.end, end) {
				continue
			}
			for _, m := range ps.at[k] {
				if m.e.cat == catFrameClose && m.e.val == open.e.val && m.e.cue == open.e.cue {
					return attachment{kind: sitrep.FigureKind(open.e.val), term: open, how: "frame", hasTerm: true, termLeft: true}, true
				}
			}
		}
	}
	return attachment{}, false
}

// subjectBetween reports whether tokens from..to are nothing or, in a
// verb-second clause, a short subject between a frame's opening and its
// number: "Sidste år kostede en lignende ulykke ni mennesker livet".
func (ps *passageScan) subjectBetween(from, to int) bool {
	if to-from > 3 {
		return false
	}
	for j := from; j < to; j++ {
		if t := ps.toks[j]; t.Kind != textnorm.Word || ps.cats[j]&^(1<<catEvent) != 0 || ps.isConjunction(j) {
			return false
		}
	}
	return true
}

// nameFollows reports whether a term before number n is followed, before
// the number, by a capitalised word the lexicon does not know: the term
// is then part of a name ("Red Dead Redemption 2"), even in a headline
// whose every word is capitalised.
func (ps *passageScan) nameFollows(m match, n number) bool {
	k := m.end
	if k >= n.start || ps.l.lx.CapitalisedNouns || !ps.capitalised(m.start) {
		// A term in lower case is no part of the name after it: "hukkus
		// Kiievis vähemalt seitse inimest" (seven died in Kyiv).
		return false
	}
	t := ps.toks[k]
	if t.Kind != textnorm.Word || !ps.capitalised(k) || ps.cats[k] != 0 || ps.numAt[k] >= 0 {
		return false
	}
	a, b := ps.norm.Orig(t.Start, t.End)
	w := ps.body[a:b]
	return w != strings.ToUpper(w) // "KILLED TRIBAL REBEL": capitals say nothing
}

// titleCase reports whether a term match is written with a capital in a
// cased script while it is neither the sentence's first word nor part of a
// line in capitals: then it is part of a name ("Red Dead Redemption 2").
func (ps *passageScan) titleCase(m match, s sentence) bool {
	if m.start == s.start || !ps.capitalised(m.start) || ps.toks[m.start].Kind != textnorm.Word || ps.l.lx.CapitalisedNouns {
		return false
	}
	if m.start > s.start {
		prev := ps.toks[m.start-1]
		if prev.Kind == textnorm.Punct && prev.Text != "," {
			return false // after a quote, colon or dash a capital is expected
		}
	}
	a, b := ps.norm.Orig(ps.toks[m.start].Start, ps.toks[m.start].End)
	w := ps.body[a:b]
	if w == strings.ToUpper(w) {
		return false // "KILL THREE": a headline in capitals
	}
	// A headline in title case capitalises most words ("Two Girls Dead
	// after Landmine Blast"): then a capital says nothing.
	words, upper := 0, 0
	for k := s.start; k < s.end; k++ {
		if t := ps.toks[k]; t.Kind == textnorm.Word && len(t.Text) > 3 {
			words++
			if ps.capitalised(k) {
				upper++
			}
		}
	}
	return upper*10 < words*6
}

// abbreviationDot reports whether token k is the period of an
// abbreviated qualifier ("ok.", "ca.").
func (ps *passageScan) abbreviationDot(k int) bool {
	if k == 0 || ps.toks[k].Text != "." || utf8.RuneCountInString(ps.toks[k-1].Text) > 6 {
		return false
	}
	_, ok := ps.endingAt(k, catQual, max(0, k-3))
	return ok
}

// isTermBarrier reports whether token k stops the search for a term
// before a number.
func (ps *passageScan) isTermBarrier(k int) bool {
	t := ps.toks[k]
	return t.Kind == textnorm.Punct && t.Text != "-" && t.Text != "'"
}

// isClauseBarrier reports whether token k ends the clause a number is the
// subject of: an "according to" or "citing" marker, or a colon. Reporting
// verbs are no barrier: "3 students said to have been killed".
func (ps *passageScan) isClauseBarrier(k int) bool {
	for _, c := range []cat{catAccording, catCiting} {
		if _, ok := ps.first(k, c); ok {
			return true
		}
	}
	return ps.toks[k].Text == ":"
}

// attributionAside reports whether the "according to" marker at token k
// stands inside the clause of number n, which counts people (a group noun
// follows it), rather than ending it: "Three police officers were,
// according to first reports, wounded", "Trojica policajaca su, prema
// prvim informacijama, ranjena", "Traja policajti boli podľa prvých
// informácií zranení".
func (ps *passageScan) attributionAside(k int, n number, s sentence) bool {
	return ps.toks[k].Text != ":" && ps.groupRightAfter(n, s)
}

// claim builds the claim of a number with its term.
func (ps *passageScan) claim(n number, a attachment, s sentence, prevEnd, nextStart int, cumulative bool, attr attribution) sitrep.Claim {
	c := sitrep.Claim{
		DocumentID: ps.doc.ID,
		Passage:    ps.p.Index,
		Lang:       ps.p.Lang,
		Kind:       a.kind,
		Qualifier:  sitrep.Exact,
		Group:      sitrep.Unspecified,
		Cumulative: cumulative,
		Rule:       ps.p.Lang + "/figure/" + a.how,
	}
	lo, hi := int64(n.v.Min), int64(n.v.Max)
	c.Min = lo
	if n.v.Vague {
		c.Vague = true
		c.Qualifier = sitrep.Vague
		c.Max = &hi
	} else {
		c.Max = &hi
	}
	spanStart, spanEnd := n.start, n.end
	// Qualifier right before the number ("cel puțin 12", "more than 100").
	if !n.v.Vague {
		if q, ok := ps.endingAt(n.start, catQual, prevEnd); ok {
			c.Qualifier = sitrep.Qualifier(q.e.val)
			spanStart = q.start
		} else if q, ok := ps.endingAt(a.term.start, catQual, prevEnd); ok && a.how == "frame" {
			// Before the frame: "دست‌کم جان هزار نفر را گرفت".
			c.Qualifier = sitrep.Qualifier(q.e.val)
			spanStart = q.start
		}
		if q, ok := ps.first(n.end, catQualAfter); ok && c.Qualifier == sitrep.Exact {
			// Also after an "exact" introducer: "अब तक 15 हज़ार से
			// ज़्यादा" (so far more than 15 thousand).
			c.Qualifier = sitrep.Qualifier(q.e.val)
		}
		if n.v.Approx && c.Qualifier == sitrep.Exact {
			c.Qualifier = sitrep.About // "une vingtaine", "ett tjugotal"
		}
		if ps.plusAfter(n) && c.Qualifier == sitrep.Exact {
			c.Qualifier = sitrep.MoreThan // "600+ dead"
		}
		if c.Qualifier == sitrep.AtLeast || c.Qualifier == sitrep.MoreThan {
			c.Max = nil
		}
	}
	// The victim group: between the number and its term, or right after
	// the number.
	groupFrom, groupTo := n.end, n.end+groupAfterGap+1
	if n.dual {
		groupFrom = n.start // "جنديين": two soldiers
	}
	if n.end < s.end && ps.numAt[n.end] >= 0 && ps.negative(ps.nums[ps.numAt[n.end]], s) {
		// An age between: "a 15-year-old girl", "ein 15-jähriges Mädchen".
		age := ps.nums[ps.numAt[n.end]]
		groupFrom, groupTo = age.end, age.end+groupAfterGap+4
	}
	if !a.termLeft && a.term.start > n.end || a.how == "verb-after-number" {
		// A verb right after the number leaves no room for its group:
		// what follows the verb is its agent or object ("Washambuliaji
		// watatu waliuawa na wanajeshi").
		groupTo = a.term.start
	}
	if a.how == "subject-of-total" || a.termLeft && cumulative && a.how != "breakdown" {
		// "the number of injured rose to 590 after protesters stormed…":
		// a running total's group is its subject's, or right after it.
		groupTo = groupFrom + 1
		for groupTo < s.end && isFiller(ps.toks[groupTo-1].Text) {
			groupTo++
		}
	}
	g, ok := ps.groupIn(groupFrom, groupTo, s)
	if ok && g.end < s.end && ps.cats[g.end]&(1<<catVerb) != 0 && (a.termLeft || a.term.start != g.end) &&
		!(n.dual && g.start == n.start) && !ps.verbOfKind(g.end, a.kind) && !ps.conjunctionGlued(g.end) {
		// "toll reaches 63 as police arrest looters": the group is the
		// subject of another verb, not what the number counts. A dual
		// noun is its number's own group, and so is a noun before a verb
		// with a conjunction glued to it ("قُتل مسلحان وأصيب شرطي", "قُتل
		// ثلاثة جنود وأصيب"); a verb of the same kind goes on with the
		// same figure ("أُصيب ثلاثة صحفيين بجروح", three journalists were
		// wounded).
		ok = false
	}
	if ok {
		g = ps.specificAfter(g, s)
		c.Group = sitrep.Group(g.e.val)
		if g.end > spanEnd {
			spanEnd = g.end
		}
		if q, ok := ps.first(g.end, catQualAfter); ok && c.Qualifier == sitrep.Exact && !n.v.Vague && g.start <= n.end+1 {
			// After the number's noun: "١٢ شرطياً على الأقل" (12
			// policemen at least).
			c.Qualifier = sitrep.Qualifier(q.e.val)
			if c.Qualifier == sitrep.AtLeast || c.Qualifier == sitrep.MoreThan {
				c.Max = nil
			}
		}
	} else if g, ok := ps.endingAt(n.start, catGroup, max(prevEnd, n.start-4)); ok {
		// Right before the number, as Swahili and Arabic write it:
		// "watu 1,250", "waandishi wa habari 34".
		c.Group = sitrep.Group(g.e.val)
		if g.start < spanStart {
			spanStart = g.start
		}
		// The qualifier then stands before the group: "zaidi ya watu
		// 20,000", "takriban wakazi 300".
		if q, ok := ps.endingAt(g.start, catQual, prevEnd); ok && c.Qualifier == sitrep.Exact && !n.v.Vague {
			c.Qualifier = sitrep.Qualifier(q.e.val)
			spanStart = q.start
			if c.Qualifier == sitrep.AtLeast || c.Qualifier == sitrep.MoreThan {
				c.Max = nil
			}
		}
	} else if g, ok := ps.groupBeforeQualifier(n, prevEnd); ok {
		// Before the qualifier of the number: "住民およそ700人" (residents,
		// about 700), "警察官少なくとも12人".
		c.Group = sitrep.Group(g.e.val)
	} else if g, ok := ps.groupBeforeTerm(a, s); ok {
		c.Group = sitrep.Group(g.e.val)
	} else if g, ok := ps.subjectOfTotalGroup(a, s); ok {
		c.Group = sitrep.Group(g.e.val)
	} else if g, ok := ps.amongGroup(s); ok && !ps.amongAsideAfter(n, s) {
		c.Group = sitrep.Group(g.e.val)
	}
	if !a.termLeft {
		if a.term.end > spanEnd && a.term.start-n.end <= verbAfterGap {
			spanEnd = a.term.end
		}
		// The agent of a passive: "uciși de protestatari", "tués par la police".
		if p, ok := ps.first(a.term.end, catPerp); ok {
			if who, ok := ps.agent(p.end, s); ok {
				c.Perpetrator = &who
			}
		}
	} else if a.term.start < spanStart {
		spanStart = a.term.start
	}
	c.Span = ps.span(spanStart, spanEnd)
	c.Evidence = ps.doc.Text[c.Span[0]:c.Span[1]]
	c.ReportedBy = attr.reportedBy
	c.Citing = attr.citing
	c.Speaker = attr.speaker
	if len(c.ReportedBy) == 0 {
		c.ReportedBy = ps.defaultReporter()
	}
	if c.ReportedBy == nil {
		c.ReportedBy = []string{}
	}
	if c.Citing == nil {
		c.Citing = []string{}
	}
	c.Time = ps.time()
	c.Published = ps.doc.Published
	c.ID = claimID(c)
	return c
}

// groupIn returns the first group phrase starting in tokens [from, to).
func (ps *passageScan) groupIn(from, to int, s sentence) (match, bool) {
	for k := from; k < to && k < s.end; k++ {
		if ps.numAt[k] >= 0 && k > from {
			break
		}
		if t := ps.toks[k].Text; t == "," || t == ";" || t == ":" || t == "—" || t == "–" {
			break // "Watu kumi na wanne, wakiwemo watoto", "двое погибших — полицейский": another's group
		}
		if _, ok := ps.first(k, catAmong); ok && k > from {
			break // "Watoto watano ni miongoni mwa watu 11": the total's group
		}
		if g, ok := ps.first(k, catGroup); ok {
			if k > from && g.end < s.end && ps.numAt[g.end] >= 0 && !ps.conjunctionGlued(g.end) {
				// "兵士5人と民間人2人": the group of the next number; but
				// not before a conjunction glued to that number: "أصيب
				// ٢٢ من عناصر الأمن و٣٥ محتجاً".
				break
			}
			return g, true
		}
	}
	return match{}, false
}

// specificAfter returns the group that a counter or generic noun
// introduces, when one follows it at once or after "of": "۳ هزار نفر از
// ساکنان" (3,000 people of the residents) counts residents. Otherwise it
// returns g.
func (ps *passageScan) specificAfter(g match, s sentence) match {
	if g.e.val != string(sitrep.Unspecified) {
		return g
	}
	k := g.end
	if k < s.end && isFiller(ps.toks[k].Text) {
		k++
	}
	if h, ok := ps.first(k, catGroup); ok && h.e.val != string(sitrep.Unspecified) && ps.numAt[k] < 0 {
		return h
	}
	return g
}

// groupBeforeQualifier returns the group noun that ends right before the
// qualifier of number n, in languages that write the noun first: "住民お
// よそ700人", "警察官少なくとも12人".
func (ps *passageScan) groupBeforeQualifier(n number, prevEnd int) (match, bool) {
	q, ok := ps.endingAt(n.start, catQual, prevEnd)
	if !ok {
		return match{}, false
	}
	return ps.endingAt(q.start, catGroup, max(prevEnd, q.start-4))
}

// verbOfKind reports whether a figure verb of the given kind starts at
// token k.
func (ps *passageScan) verbOfKind(k int, kind sitrep.FigureKind) bool {
	for _, m := range ps.at[k] {
		if m.e.cat == catVerb && m.e.val == string(kind) {
			return true
		}
	}
	return false
}

// groupBeforeTerm returns the group noun right before a figure term that
// precedes the number: "the number of journalists injured had risen to
// nine".
func (ps *passageScan) groupBeforeTerm(a attachment, s sentence) (match, bool) {
	if !a.termLeft || a.term.start <= s.start {
		return match{}, false
	}
	if g, ok := ps.endingAt(a.term.start, catGroup, s.start); ok && g.e.val != string(sitrep.Unspecified) &&
		(g.start == s.start || ps.numAt[g.start-1] < 0) {
		// Not a group a number before it counts: "قُتل ثلاثة جنود وأصيب
		// خمسة آخرون" (three soldiers killed and five others wounded).
		return g, true
	}
	return match{}, false
}

// subjectOfTotalGroup returns the group named next to a running total's
// subject noun: "the number of journalists injured had risen to nine".
func (ps *passageScan) subjectOfTotalGroup(a attachment, s sentence) (match, bool) {
	if a.how != "subject-of-total" {
		return match{}, false
	}
	for k := max(s.start, a.term.start-3); k < a.term.end+3 && k < s.end; k++ {
		if ps.numAt[k] >= 0 {
			continue
		}
		if g, ok := ps.first(k, catGroup); ok && g.e.val != string(sitrep.Unspecified) {
			return g, true
		}
	}
	return match{}, false
}

// amongGroup returns the group a marker such as "among" or "parmi"
// introduces anywhere in the sentence: "9 morts et 214 blessés parmi les
// manifestants".
func (ps *passageScan) amongGroup(s sentence) (match, bool) {
	for k := s.start; k < s.end; k++ {
		m, ok := ps.first(k, catAmong)
		if !ok {
			continue
		}
		for j := m.end; j < m.end+3 && j < s.end; j++ {
			if ps.numAt[j] >= 0 {
				break // "printre care un polițist": a breakdown with its own number
			}
			if g, ok := ps.first(j, catGroup); ok {
				return g, true
			}
		}
	}
	return match{}, false
}

// agent reads the actor after a passive's agent marker.
func (ps *passageScan) agent(k int, s sentence) (string, bool) {
	for j := k; j < k+3 && j < s.end; j++ {
		if a, ok := ps.first(j, catActor); ok {
			return a.e.val, true
		}
		if g, ok := ps.first(j, catGroup); ok {
			return g.e.val, true
		}
	}
	return "", false
}

// defaultReporter is who reports a claim the text attributes to no one:
// the post's account, else the document's outlet or author.
func (ps *passageScan) defaultReporter() []string {
	if ps.p.Post != nil && ps.p.Post.Handle != "" {
		return []string{"@" + ps.p.Post.Handle}
	}
	if ps.doc.Outlet != "" {
		return []string{ps.doc.Outlet}
	}
	if ps.doc.Author != "" {
		return []string{ps.doc.Author}
	}
	return nil
}

// time is the date a claim refers to: the post's date, else the day the
// document was published.
func (ps *passageScan) time() string {
	if ps.p.Post != nil && ps.p.Post.Date != "" {
		return ps.p.Post.Date
	}
	if len(ps.doc.Published) >= 10 {
		return ps.doc.Published[:10]
	}
	return ""
}

// claimID derives a claim's id from its document, span and kind, so that
// re-extracting a document gives the same ids.
func claimID(c sitrep.Claim) string {
	b := make([]byte, 0, len(c.DocumentID)+40)
	b = append(b, c.DocumentID...)
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(c.Span[0]), 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, int64(c.Span[1]), 10)
	b = append(b, '|')
	b = append(b, c.Kind...)
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// events finds the event cues of a sentence: a cue fires when each of its
// parts occurs in the sentence.
func (x *Extractor) events(ps *passageScan, s sentence, res *Result) {
	// cueHit gathers, for one cue of one type, which of its parts occur
	// and where: first from, last to.
	type cueHit struct {
		t        string
		cue      int
		parts    uint64
		from, to int
	}
	var hits []cueHit // few per sentence: a slice beats maps here
	for i := s.start; i < s.end; i++ {
		if ps.cats[i]&(1<<catEvent) == 0 {
			continue
		}
		for _, m := range ps.at[i] {
			if m.e.cat != catEvent {
				continue
			}
			h := -1
			for j := range hits {
				if hits[j].t == m.e.val && hits[j].cue == m.e.cue {
					h = j
					break
				}
			}
			if h < 0 {
				hits = append(hits, cueHit{t: m.e.val, cue: m.e.cue, from: m.start, to: m.end})
				h = len(hits) - 1
			}
			bit := uint64(1) << (m.e.part % 64)
			if hits[h].parts&bit == 0 {
				hits[h].parts |= bit
				hits[h].from, hits[h].to = min(hits[h].from, m.start), max(hits[h].to, m.end)
			}
		}
	}
	var done []string
	for _, h := range hits {
		if slices.Contains(done, h.t) {
			continue
		}
		cue := ps.l.lx.Events[sitrep.EventType(h.t)][h.cue]
		if bits.OnesCount64(h.parts) < len(cue) {
			continue
		}
		sp := ps.span(h.from, h.to)
		done = append(done, h.t)
		res.Events = append(res.Events, sitrep.EventMention{
			Type:     sitrep.EventType(h.t),
			Passage:  ps.p.Index,
			Span:     sp,
			Evidence: ps.doc.Text[sp[0]:sp[1]],
			Time:     ps.time(),
			Rule:     ps.p.Lang + "/event/" + h.t + "/" + strconv.Itoa(h.cue),
		})
	}
}
