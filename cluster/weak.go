package cluster

import (
	"cmp"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Weak evidence (atom.weak) is evidence whose place cannot be trusted: a
// post that names no place the gazetteer knows ("O meu irmão ligou de
// Macomia"), an article whose only place is a town name that is also
// another country's ("Chala"), a post that names two countries as often
// ("Not Peru today: Mozambique's N380 reopened"). Founding an event of its
// own, it would split the event it is about; linking by its place, it
// could join two events that are not one. So it links nothing, and once
// the events of the other evidence are known, each piece of weak evidence
// joins one of them:
//
//  1. the event of its own country it links to, as any evidence would
//     (a town read right stays with its country's event), else
//  2. the event active in its time window, of a compatible type, that it
//     shares the most with — figures (kind and value), named sources,
//     copies of its text, and words, among them hashtags and the names
//     of places the gazetteer missed — counting only what it shares with
//     that event alone among the candidates, and only when that clearly
//     exceeds what it shares with any other;
//  3. else, with the other weak evidence left over, it makes events as
//     before: by country, type and time.
//
// Weak evidence never joins two events, so it cannot merge crises.

// Feature weights: what a document shares with an event.
const (
	weightWord       = 1  // a word of five letters or more
	weightName       = 2  // a capitalised word within a sentence: a name
	weightValue      = 3  // a figure: kind and value
	weightSource     = 2  // a named source
	weightCopy       = 12 // a near-duplicate of one of the event's documents
	minAffinity      = 4  // the least an attachment needs
	affinityMargin   = 2  // and how many times the runner-up it must be
	maxFeatureSpread = 64 // features in more candidate events are ignored
)

type feature = uint64

func featureHash(kind byte, s string) feature {
	h := fnv.New64a()
	h.Write([]byte{kind})
	h.Write([]byte(s))
	return h.Sum64()&^7 | uint64(featureKindBits(kind))
}

// featureKindBits keeps a feature's kind in its low bits, so that its
// weight needs no table.
func featureKindBits(kind byte) uint64 {
	switch kind {
	case 'n':
		return 1
	case 'v':
		return 2
	case 's':
		return 3
	case 'd':
		return 4
	}
	return 0
}

func featureWeight(f feature) int {
	switch f & 7 {
	case 1:
		return weightName
	case 2:
		return weightValue
	case 3:
		return weightSource
	case 4:
		return weightCopy
	}
	return weightWord
}

// features returns what a document may share with an event, sorted and
// unique: its words of five letters or more (their first six letters,
// with the document's language), its names (capitalised words that do
// not begin a sentence), its figures (kind and value, from 10 up — small
// numbers meet by chance — vague ones aside) and the sources its claims
// name.
func features(x *sitrep.Extraction) []feature {
	var out []feature
	lang := docLang(x)
	sentenceStart := true
	for _, w := range strings.FieldsFunc(strings.ReplaceAll(x.Document.Text, "\n", " \n "), func(r rune) bool {
		return r != '\n' && unicode.IsSpace(r)
	}) {
		if w == "\n" {
			sentenceStart = true
			continue
		}
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		start := sentenceStart
		sentenceStart = strings.ContainsAny(w, ".!?:—") && !strings.HasPrefix(w, "http")
		if core == "" || strings.HasPrefix(w, "http") || strings.HasPrefix(w, "@") {
			continue
		}
		f := foldText(core)
		if f == "" || strings.IndexFunc(f, unicode.IsLetter) < 0 {
			continue
		}
		first := []rune(core)[0]
		if unicode.IsUpper(first) && !start && len([]rune(f)) >= 3 {
			out = append(out, featureHash('n', f))
		}
		if r := []rune(f); len(r) >= 5 {
			// The first six letters: a crude stem, so that inflected
			// forms meet ("мобильного", "мобильный").
			// Words are compared within a language: Spanish and
			// Portuguese share "distrito" and "mercado", which says
			// nothing of the event.
			out = append(out, featureHash('w', lang+"\x00"+string(r[:min(len(r), 6)])))
		}
	}
	for i := range x.Claims {
		c := &x.Claims[i]
		if !c.Vague && value(c) >= 10 {
			out = append(out, featureHash('v', string(c.Kind)+"\x00"+itoa(value(c))))
		}
		for _, names := range [][]string{c.ReportedBy, c.Citing} {
			for _, n := range names {
				if junkSource(n) {
					continue
				}
				if k := NormalizeSource(n); k != "" && !genericSource(k) {
					out = append(out, featureHash('s', k))
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := v < 0
	if neg {
		v = -v
	}
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// docFeatures returns a document's features, computed once.
func (c *Clusterer) docFeatures(d int32) []feature {
	doc := &c.docs[d]
	if doc.feats == nil {
		doc.feats = features(doc.x)
		if doc.feats == nil {
			doc.feats = []feature{}
		}
	}
	return doc.feats
}

// candidate is an event under construction that weak evidence may join.
type candidate struct {
	founder    int32
	atoms      []int32
	country    string
	family     family
	start, end int64 // undated when it has no dated evidence
	admin1s    map[string]bool
	said       *said // what its documents say, once asked
}

// saying returns what the candidate's documents say, computed once.
func (c *Clusterer) saying(cd *candidate) said {
	if cd.said == nil {
		s := c.featureCounts(cd.atoms)
		cd.said = &s
	}
	return *cd.said
}

func (c *Clusterer) newCandidate(founder int32, atoms []int32, f family) *candidate {
	cd := &candidate{founder: founder, atoms: atoms, country: c.atoms[founder].country, family: f,
		start: undated, end: undated, admin1s: map[string]bool{}}
	for _, ai := range atoms {
		c.extend(cd, ai)
	}
	return cd
}

func (c *Clusterer) extend(cd *candidate, ai int32) {
	a := &c.atoms[ai]
	cd.admin1s[a.admin1] = true
	if !a.dated() {
		return
	}
	if cd.start == undated || a.start < cd.start {
		cd.start = a.start
	}
	if cd.end == undated || a.end > cd.end {
		cd.end = a.end
	}
}

// near reports whether weak atom a lies within the candidate's time
// window (Gap days) and its type is compatible.
func (c *Clusterer) near(a *atom, cd *candidate) bool {
	if a.family != familyNone && cd.family != familyNone && a.family != cd.family {
		return false
	}
	if !a.dated() || cd.start == undated {
		return false
	}
	gap := c.opts.gap()
	return a.start <= cd.end+gap && cd.start <= a.end+gap
}

// attachWeak places the weak atoms: into the candidates, or into events
// of their own, which it returns. cands must be in a canonical order (by
// founder), so that the result does not depend on the order of Add.
func (c *Clusterer) attachWeak(cands []*candidate, copies map[string]string) []*candidate {
	if len(c.weak) == 0 {
		return nil
	}
	weak := slices.Clone(c.weak)
	slices.SortFunc(weak, c.atomCmp)

	// Candidates by time bucket.
	gap := c.opts.gap()
	buckets := map[int64][]int32{}
	for i, cd := range cands {
		if cd.start == undated {
			continue
		}
		for b := floorDiv(cd.start, gap); b <= floorDiv(cd.end, gap); b++ {
			buckets[b] = append(buckets[b], int32(i))
		}
	}
	near := func(a *atom) []int32 {
		var out []int32
		if !a.dated() {
			return nil
		}
		for b := floorDiv(a.start-gap, gap); b <= floorDiv(a.end+gap, gap); b++ {
			for _, i := range buckets[b] {
				if c.near(a, cands[i]) {
					out = append(out, i)
				}
			}
		}
		slices.Sort(out)
		return slices.Compact(out)
	}

	// The features of the weak documents, and which nearby candidates
	// share each.
	group := func(id string) string { // a duplicate group's name
		if o := copies[id]; o != "" {
			return o
		}
		return id
	}
	weakFeats := map[int32][]feature{}
	wanted := map[feature]bool{}
	nearOf := map[int32][]int32{}
	// First, weak evidence that its own country's event takes.
	var rest []int32
	for _, ai := range weak {
		a := &c.atoms[ai]
		nearOf[ai] = near(a)
		if i := c.ownCountry(a, cands, nearOf[ai]); i >= 0 {
			// Evidence of the event's own country may found it: the event
			// is named after its earliest evidence, as when events merge
			// (a document with no evidence, only a place, founds nothing).
			cands[i].atoms = append(cands[i].atoms, ai)
			if !a.empty && c.atomLess(ai, cands[i].founder) {
				cands[i].founder = ai
			}
			continue
		}
		rest = append(rest, ai)
	}
	for _, ai := range rest {
		a := &c.atoms[ai]
		if len(nearOf[ai]) == 0 {
			continue
		}
		fs := slices.Clone(c.docFeatures(a.doc))
		fs = append(fs, featureHash('d', group(c.docs[a.doc].x.Document.ID)))
		weakFeats[ai] = fs
		for _, f := range fs {
			wanted[f] = true
		}
	}
	holders := map[feature][]holder{} // feature → candidates, ascending
	if len(wanted) > 0 {
		needed := map[int32]bool{}
		for _, l := range nearOf {
			for _, i := range l {
				needed[i] = true
			}
		}
		for i, cd := range cands {
			if !needed[int32(i)] {
				continue
			}
			seen := map[int32]bool{}
			for _, ai := range cd.atoms {
				d := c.atoms[ai].doc
				if seen[d] {
					continue
				}
				seen[d] = true
				fs := c.docFeatures(d)
				fs = append(fs[:len(fs):len(fs)], featureHash('d', group(c.docs[d].x.Document.ID)))
				for _, f := range fs {
					if !wanted[f] {
						continue
					}
					h := holders[f]
					switch {
					case len(h) > 0 && h[len(h)-1].cand == int32(i):
						h[len(h)-1].docs++
					case len(h) <= maxFeatureSpread:
						holders[f] = append(h, holder{int32(i), 1})
					}
				}
			}
		}
	}

	// The candidates that hold each weak document through its other
	// evidence: the document names two countries, and its weak part is not
	// the other's event for what it shares with itself.
	self := map[int32][]int32{}
	for i, cd := range cands {
		for _, ai := range cd.atoms {
			if d := c.atoms[ai].doc; len(self[d]) == 0 || self[d][len(self[d])-1] != int32(i) {
				self[d] = append(self[d], int32(i))
			}
		}
	}
	var left []int32
	for _, ai := range rest {
		if i := c.affinity(weakFeats[ai], nearOf[ai], holders, self[c.atoms[ai].doc]); i >= 0 {
			cands[i].atoms = append(cands[i].atoms, ai)
			continue
		}
		if !c.atoms[ai].empty { // evidence of nothing, near no event, is dropped
			left = append(left, ai)
		}
	}

	// What is left makes events of its own, linked as strong evidence
	// links: same country and family, the same admin1 area when both name
	// one, days at most Gap apart.
	slices.SortFunc(left, func(x, y int32) int {
		a, b := &c.atoms[x], &c.atoms[y]
		if v := cmp.Compare(a.country, b.country); v != 0 {
			return v
		}
		if v := cmp.Compare(a.family, b.family); v != 0 {
			return v
		}
		if v := cmp.Compare(a.start, b.start); v != 0 {
			return v
		}
		return c.atomCmp(x, y)
	})
	parent := make([]int, len(left))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range left {
		a := &c.atoms[left[i]]
		for j := i + 1; j < len(left); j++ {
			b := &c.atoms[left[j]]
			if b.country != a.country || b.family != a.family || b.dated() != a.dated() {
				break
			}
			if a.dated() && b.start > a.end+gap {
				break
			}
			if a.admin1 != "" && b.admin1 != "" && a.admin1 != b.admin1 {
				continue
			}
			if ri, rj := find(i), find(j); ri != rj {
				parent[max(ri, rj)] = min(ri, rj)
			}
		}
	}
	byRoot := map[int]*candidate{}
	var own []*candidate
	for i, ai := range left {
		r := find(i)
		cd := byRoot[r]
		if cd == nil {
			cd = c.newCandidate(ai, nil, c.atoms[ai].family)
			byRoot[r] = cd
			own = append(own, cd)
		}
		cd.atoms = append(cd.atoms, ai)
		c.extend(cd, ai)
		if c.atomLess(ai, cd.founder) {
			cd.founder = ai
		}
	}
	return own
}

// ownCountry returns the candidate of the weak atom's own country that it
// links to as strong evidence would (same country, the same admin1 area
// when both name one, within the time window), the one with the most
// evidence; -1 when there is none or the atom has no country.
func (c *Clusterer) ownCountry(a *atom, cands []*candidate, near []int32) int {
	best := -1
	if a.country == "" {
		return best
	}
	for _, i := range near {
		cd := cands[i]
		if cd.country != a.country {
			continue
		}
		if a.admin1 != "" && !cd.admin1s[""] && !cd.admin1s[a.admin1] {
			continue
		}
		if a.empty && (a.admin1 != "" && !cd.admin1s[a.admin1] || !c.saysEnoughOf(a.doc, c.saying(cd))) {
			// A document with nothing but a place: only in its own area,
			// and only if it shares enough with the event.
			continue
		}
		if best < 0 || len(cd.atoms) > len(cands[best].atoms) {
			best = int(i)
		}
	}
	return best
}

// holder is a candidate that holds a feature, in so many documents.
type holder struct {
	cand int32
	docs int
}

// affinity returns the nearby candidate that the features share the most
// with, when that is at least minAffinity and affinityMargin times the
// runner-up's; else -1. A feature counts for the nearby candidate that
// holds it in the most documents, when that is at least affinityMargin
// times as many as any other nearby candidate's: a word that every event
// uses tells none apart, a word used once in one event and throughout
// another speaks for the other.
//
// self lists the candidates that hold the document itself: they are not
// chosen, and the document does not count among their holders.
func (c *Clusterer) affinity(fs []feature, near []int32, holders map[feature][]holder, self []int32) int {
	near = slices.DeleteFunc(slices.Clone(near), func(i int32) bool { return slices.Contains(self, i) })
	if len(near) == 0 {
		return -1
	}
	score := map[int32]int{}
	for _, f := range fs {
		top, n1, n2 := int32(-1), 0, 0
		for _, h := range holders[f] {
			if _, ok := slices.BinarySearch(near, h.cand); !ok {
				continue
			}
			switch {
			case h.docs > n1:
				top, n1, n2 = h.cand, h.docs, n1
			case h.docs > n2:
				n2 = h.docs
			}
		}
		if top >= 0 && n1 >= affinityMargin*n2 {
			score[top] += featureWeight(f)
		}
	}
	best, second := int32(-1), 0
	for _, i := range near {
		s := score[i]
		switch {
		case best < 0 || s > score[best]:
			if best >= 0 {
				second = max(second, score[best])
			}
			best = i
		default:
			second = max(second, s)
		}
	}
	if best < 0 || score[best] < minAffinity || score[best] < affinityMargin*second {
		return -1
	}
	return int(best)
}

// docLang returns the language most of a document's passages are in (by
// length), else the document's own hint.
func docLang(x *sitrep.Extraction) string {
	n := map[string]int{}
	best := ""
	for i := range x.Passages {
		p := &x.Passages[i]
		if p.Lang == "" {
			continue
		}
		n[p.Lang] += p.Span.Len()
		if best == "" || n[p.Lang] > n[best] || n[p.Lang] == n[best] && p.Lang < best {
			best = p.Lang
		}
	}
	if best == "" {
		best = strings.ToLower(x.Document.Lang)
	}
	return best
}
