package extract

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// attribution is the source chain of a sentence: who reports its claims
// (outlets, agencies, accounts) and whom they cite (the original source).
type attribution struct {
	reportedBy []string
	citing     []string
	speaker    string // the person speaking for the original source, if named
}

// maxNameTokens bounds a source name read from the text.
const maxNameTokens = 6

// postposition is the value of an "according to" marker that follows its
// names (lexicon attribution.according_after).
const postposition = "after"

// sentenceAttribution holds the attribution of each clause of a sentence.
// Clauses are cut at ", and"-like joints ("..., and police said 27 were
// detained"), so that each reporting verb governs its own clause.
type sentenceAttribution struct {
	clauseOf []int // token offset from the sentence start → clause
	clauses  []attribution
	numbered []bool // whether a clause holds a number
	closing  []bool // whether a clause's attribution follows its figures
}

// forToken returns the attribution of the claim whose number starts at
// token i: its clause's own, else that of the clauses with no number of
// their own (a trailing "..., according to X"), else the whole sentence's.
func (sa *sentenceAttribution) forToken(s sentence, i int) attribution {
	c := sa.clauseOf[i-s.start]
	if a := sa.clauses[c]; len(a.reportedBy)+len(a.citing) > 0 {
		// Its own clause's sources, and the chain that clauses without
		// figures add ("..., selon Reuters, citant le ministère").
		for k, f := range sa.clauses {
			if k != c && !sa.numbered[k] {
				a.reportedBy = appendNew(a.reportedBy, f.reportedBy...)
				a.citing = appendNew(a.citing, f.citing...)
				if a.speaker == "" {
					a.speaker = f.speaker
				}
			}
		}
		return a
	}
	var free, all attribution
	for k, a := range sa.clauses {
		if sa.closing[k] && sa.numbered[k] && k < c {
			continue // "74 Tote laut Zivilschutz": for its own figures only
		}
		all.reportedBy = appendNew(all.reportedBy, a.reportedBy...)
		all.citing = appendNew(all.citing, a.citing...)
		all.speaker = cmp.Or(all.speaker, a.speaker)
		if !sa.numbered[k] {
			free.reportedBy = appendNew(free.reportedBy, a.reportedBy...)
			free.citing = appendNew(free.citing, a.citing...)
			free.speaker = cmp.Or(free.speaker, a.speaker)
		}
	}
	if len(free.reportedBy)+len(free.citing) > 0 {
		return free
	}
	return all
}

// attribution reads the attribution markers of a sentence, clause by
// clause.
func (x *Extractor) attribution(ps *passageScan, s sentence, st *docState) *sentenceAttribution {
	// First the markers and the names they bring.
	type marker struct {
		role        cat
		at, end     int // the marker's first token, and the end of its names
		names       []string
		postponed   bool // an "according to" after the figures it follows
		followedCut bool // its names end at a comma: the clause ends there
		atStart     bool // its names are the sentence's first name, for want of a subject
		speaker     string
	}
	var ms []marker
	var last attribution
	const markers = 1<<catCitedBy | 1<<catCiting | 1<<catAccording | 1<<catReported | 1<<catSaid
	for i := s.start; i < s.end; i++ {
		if ps.cats[i]&markers == 0 {
			continue
		}
		var m match
		var ok bool
		var role cat
		for _, c := range []cat{catCitedBy, catCiting, catAccording, catReported, catSaid} {
			if m, ok = ps.first(i, c); ok {
				role = c
				break
			}
		}
		if !ok {
			continue
		}
		var names []string
		atStart := false // names read from the sentence's start, for want of a subject
		next := m.end
		st.spoke = ""
		switch role {
		case catAccording, catCiting, catCitedBy:
			if m.e.val == postposition {
				// A postposition the lexicon marks: "poliisin mukaan",
				// "politsei teatel"; what follows it is the figure.
				if m.start > s.start && ps.toks[m.start-1].Kind != textnorm.Punct {
					names, atStart = x.subjectBefore(ps, m.start, s, st)
				}
				break
			}
			names, next = x.namesAfter(ps, m.end, s, st, 4)
			if len(names) == 0 && role == catAccording && m.start > s.start && ps.capitalised(m.start-1) &&
				ps.toks[m.start-1].Kind == textnorm.Word {
				// A postposition: "Sağlık Bakanlığı'nın açıklamasına göre".
				names, atStart = x.subjectBefore(ps, m.start, s, st)
			}
		case catReported, catSaid:
			if ps.announcesEvent(m.end, s) {
				// "The prime minister announced the resignation of his
				// government as the toll rose to seven": the verb's
				// object is another piece of news, not the figures.
				i = m.end - 1
				continue
			}
			names, next = x.namesAfter(ps, m.end, s, st, 3) // "informó este lunes el Ministerio"
			if len(names) == 0 {
				names, atStart = x.subjectBefore(ps, m.start, s, st)
				next = m.end
			}
		}
		mk := marker{role: role, at: i, end: next, names: names, atStart: atStart}
		if len(names) > 0 {
			mk.speaker = st.spoke
		}
		if role == catAccording || role == catCitedBy {
			for k := s.start; k < i; k++ {
				if ps.numAt[k] >= 0 {
					mk.postponed = true
				}
			}
			mk.followedCut = mk.postponed && next < s.end && ps.toks[next].Text == ","
		}
		ms = append(ms, mk)
		if next > i+1 {
			i = next - 1
		}
	}
	// A name taken from the sentence's start for want of a subject
	// ("…, qui fait état de trois morts") yields to a subject another
	// marker of the sentence read where it stands.
	if slices.ContainsFunc(ms, func(mk marker) bool { return len(mk.names) > 0 && !mk.atStart }) {
		for k := range ms {
			if ms[k].atStart {
				ms[k].names, ms[k].speaker = nil, ""
			}
		}
	}
	// "potrivit Institutului …, citat de agenția Meridian": who is cited
	// by someone else is the cited source, not the reporter.
	citedBy := slices.ContainsFunc(ms, func(mk marker) bool { return mk.role == catCitedBy && len(mk.names) > 0 })
	role := func(mk marker) cat {
		if mk.role == catAccording && citedBy {
			return catCiting
		}
		return mk.role
	}
	for _, mk := range ms {
		switch role(mk) {
		case catAccording, catCitedBy, catReported:
			last.reportedBy = appendNew(last.reportedBy, mk.names...)
		case catCiting, catSaid:
			last.citing = appendNew(last.citing, mk.names...)
		}
	}
	// Then the clauses: cut at ", and", ";", either side of a parenthesis
	// ("76 dead per INDECI (a local paper counted at least 82), 618
	// injured"), and after an "according to" that closes the figures
	// before it ("74 Tote laut Zivilschutz, 618 Verletzte").
	var cuts []int
	for _, mk := range ms {
		if mk.followedCut {
			cuts = append(cuts, mk.end+1)
		}
	}
	// The clause map is only read while this sentence is extracted, so
	// the passage's buffer serves every sentence in turn.
	ps.clauseBuf = grow(ps.clauseBuf, s.end-s.start)
	sa := &sentenceAttribution{clauseOf: ps.clauseBuf, clauses: []attribution{{}}, numbered: []bool{false}, closing: []bool{false}}
	c := 0
	for i := s.start; i < s.end; i++ {
		t := ps.toks[i]
		if i > s.start && ((t.Text == "," && i+1 < s.end && ps.isConjunction(i+1)) || t.Text == ";" ||
			t.Text == "(" || ps.toks[i-1].Text == ")" || slices.Contains(cuts, i)) {
			c++
			sa.clauses = append(sa.clauses, attribution{})
			sa.numbered = append(sa.numbered, false)
			sa.closing = append(sa.closing, false)
		}
		sa.clauseOf[i-s.start] = c
		if ps.numAt[i] >= 0 {
			sa.numbered[c] = true
		}
	}
	for _, mk := range ms {
		c := sa.clauseOf[mk.at-s.start]
		a := &sa.clauses[c]
		switch role(mk) {
		case catAccording, catCitedBy, catReported:
			a.reportedBy = appendNew(a.reportedBy, mk.names...)
		case catCiting, catSaid:
			a.citing = appendNew(a.citing, mk.names...)
		}
		a.speaker = cmp.Or(a.speaker, mk.speaker)
		if mk.postponed {
			sa.closing[c] = true
		}
	}
	// What the sentence cites is what later anaphors refer to; failing
	// that, the last known source it names ("Le ministère de l'Intérieur
	// a qualifié ces chiffres de spéculations. Selon lui, ...").
	switch {
	case len(last.citing) > 0:
		st.lastSource = last.citing[0]
	case len(last.reportedBy) > 0:
		st.lastSource = last.reportedBy[0]
	default:
		for i := s.start; i < s.end; i++ {
			if m, ok := ps.first(i, catSource); ok && ps.sourceShape(m) {
				st.lastSource = m.e.val
				i = m.end - 1
			}
		}
	}
	return sa
}

func appendNew(list []string, names ...string) []string {
	for _, n := range names {
		dup := false
		for _, have := range list {
			if strings.EqualFold(have, n) {
				dup = true
			}
		}
		if !dup && n != "" {
			list = append(list, n)
		}
	}
	return list
}

// namesAfter reads the source names that follow a marker: known sources,
// generic sources ("the authorities"), anaphors, or capitalised names,
// joined by conjunctions. Up to skip lower-case descriptor words may come
// first ("agențiilor de presă ruse Interfax").
func (x *Extractor) namesAfter(ps *passageScan, k int, s sentence, st *docState, skip int) ([]string, int) {
	var names []string
	j := k
	skipped := 0
	for j < s.end {
		if name, end, ok := x.nameAt(ps, j, s, st); ok {
			names = append(names, name)
			j = end
			skipped = 0
			// Another name joined by a conjunction or a comma?
			if j < s.end && (ps.isConjunction(j) || ps.toks[j].Text == ",") {
				if _, _, ok := x.nameAt(ps, j+1, s, st); ok {
					j++
					continue
				}
			}
			break
		}
		t := ps.toks[j]
		if t.Text == "-" && j > k && j+1 < s.end && ps.toks[j-1].End == t.Start && t.End == ps.toks[j+1].Start {
			j++ // "пресс-секретарь", "vice-président": one descriptor word
			continue
		}
		if t.Kind != textnorm.Word || skipped >= skip || ps.numAt[j] >= 0 || ps.isMarker(j) {
			break
		}
		skipped++
		j++
	}
	return names, j
}

// nameAt reads one source name starting at token j.
func (x *Extractor) nameAt(ps *passageScan, j int, s sentence, st *docState) (string, int, bool) {
	if j >= s.end {
		return "", j, false
	}
	if m, ok := ps.first(j, catAnaphora); ok && st.lastSource != "" &&
		(m.end >= s.end || ps.toks[m.end].Kind == textnorm.Punct || !ps.capitalised(m.end)) {
		// "instituției" refers back; "Ministerului Sănătății" is a name.
		// "the ministry's spokeswoman Diana Rosca": its speaker.
		return st.lastSource, x.personAfter(ps, m.end, s, st, st.lastSource), true
	}
	if m, ok := ps.first(j, catSource); ok && ps.sourceShape(m) {
		// A known source may be the head of a longer capitalised name
		// ("Interior Ministry of Kazakhstan"): the known name wins.
		return m.e.val, x.personAfter(ps, m.end, s, st, m.e.val), true
	}
	if name, end, ok := x.inflectedAt(ps, j, s); ok {
		// "в Министерстве здравоохранения", "пресс-секретарь Минздрава
		// Айзада Бекова": a known source in another case, perhaps the
		// head of a longer name.
		return name, x.personAfter(ps, end, s, st, name), true
	}
	if m, ok := ps.first(j, catGeneric); ok && (m.end >= s.end || !ps.capitalised(m.end) || ps.toks[m.end].Kind == textnorm.Punct) {
		// "the government"; but "El Gobierno Regional de Arequipa" is a
		// name of its own.
		return m.e.val, m.end, true
	}
	if ps.toks[j].Kind == textnorm.Punct || !ps.capitalised(j) || ps.numAt[j] >= 0 {
		return "", j, false
	}
	if _, ok := ps.first(j, catDay); ok {
		return "", j, false // "said Wednesday"
	}
	if utf8.RuneCountInString(ps.toks[j].Text) <= 2 && (j+1 >= s.end || !ps.capitalised(j+1) || ps.toks[j+1].Kind == textnorm.Punct) {
		return "", j, false // "La", "El": an article, not a name
	}
	end := j + 1
	for end < s.end && end-j < maxNameTokens {
		t := ps.toks[end]
		switch {
		case t.Kind != textnorm.Punct && ps.capitalised(end) && ps.numAt[end] < 0:
			end++
		case (t.Text == "-" || t.Kind == textnorm.Number) && ps.toks[end-1].End == t.Start:
			end++ // "Khabar-24"
		case t.Kind == textnorm.Number && (end+1 >= s.end || ps.toks[end+1].Kind == textnorm.Punct):
			end++ // "France 24"
		case isNameConnector(t.Text) && end+1 < s.end && ps.capitalised(end+1) && ps.toks[end+1].Kind != textnorm.Punct:
			end += 2 // "Ministerul de Interne", "Ministry of Health"
		default:
			if name, e, ok := x.knownAfter(ps, end, s, st); ok {
				return name, e, true
			}
			return x.spokenFor(ps, j, x.withGeneric(ps, end, s), st), x.withGeneric(ps, end, s), true
		}
	}
	return x.spokenFor(ps, j, x.withGeneric(ps, end, s), st), x.withGeneric(ps, end, s), true
}

// knownAfter reads a known source written in lower case right after a
// capitalised name ending at token end, which is then its country or
// city in the genitive: "Afganistanin sisäministeriö", "Afghanistans
// indenrigsministerium", "Afghanistan's interior ministry".
func (x *Extractor) knownAfter(ps *passageScan, end int, s sentence, st *docState) (string, int, bool) {
	if end < s.end && isPossessive(ps.toks[end].Text) {
		end++
	}
	if end >= s.end || ps.capitalised(end) {
		return "", end, false
	}
	if m, ok := ps.first(end, catSource); ok && ps.sourceShape(m) {
		return m.e.val, x.personAfter(ps, m.end, s, st, m.e.val), true
	}
	if name, e, ok := x.inflectedAt(ps, end, s); ok {
		return name, x.personAfter(ps, e, s, st, name), true
	}
	return "", end, false
}

// withGeneric extends a capitalised name ending at token end by a generic
// source word that follows it: "the Jordanian government", "Kenyan
// police" are authorities of a country, not "Jordanian".
func (x *Extractor) withGeneric(ps *passageScan, end int, s sentence) int {
	if end < s.end && !ps.capitalised(end) {
		if m, ok := ps.first(end, catGeneric); ok {
			return m.end
		}
	}
	return end
}

// spokenFor returns the source a name read from tokens [a, b) stands
// for: the source a person the document introduced speaks for
// ("Айзада Бекова" after "пресс-секретарь Минздрава Айзада Бекова"),
// else the name itself.
func (x *Extractor) spokenFor(ps *passageScan, a, b int, st *docState) string {
	if sp, ok := st.speakers[ps.norm.S[ps.toks[a].Start:ps.toks[b-1].End]]; ok {
		st.spoke = sp.person
		return sp.source
	}
	return x.canonical(ps, a, b)
}

// personAfter reads the name of a person speaking for source, right
// after the source's name ends at token k: "Минздрава Айзада Бекова",
// "Health Ministry spokeswoman Aizada Bekova", "ministère de la Santé,
// Aizada Bekova". After a comma or up to three lower-case words of a
// title come two or three capitalised words, and no more: a longer run is
// another name. The document remembers the person, by full name and by
// surname, as speaking for source. It returns the end of what it read: k
// when no person follows.
func (x *Extractor) personAfter(ps *passageScan, k int, s sentence, st *docState, source string) int {
	j := k
	if j < s.end && ps.toks[j].Text == "," {
		j++
	} else {
		for n := 0; n < 3 && j < s.end; n++ {
			t := ps.toks[j]
			if !(t.Kind == textnorm.Word && !ps.capitalised(j) || t.Text == "-") || ps.isMarker(j) || ps.numAt[j] >= 0 {
				break
			}
			j++
		}
	}
	n := 0
	for j+n < s.end && n <= 3 && ps.personWord(j+n) {
		n++
	}
	if n < 2 || n > 3 {
		return k
	}
	if st.speakers == nil {
		st.speakers = map[string]speaker{}
	}
	person := ps.text(j, j+n)
	sp := speaker{person: person, source: source}
	st.speakers[ps.norm.S[ps.toks[j].Start:ps.toks[j+n-1].End]] = sp
	st.speakers[ps.norm.S[ps.toks[j+n-1].Start:ps.toks[j+n-1].End]] = sp
	st.spoke = person
	return j + n
}

// personWord reports whether token j may be part of a person's name: a
// capitalised word that is no number, marker, known or generic source,
// or day.
func (ps *passageScan) personWord(j int) bool {
	if ps.toks[j].Kind != textnorm.Word || !ps.capitalised(j) || ps.numAt[j] >= 0 || ps.isMarker(j) {
		return false
	}
	const not = 1<<catSource | 1<<catGeneric | 1<<catDay | 1<<catAnaphora
	return ps.cats[j]&not == 0
}

// canonical returns the known name of a source read from tokens [a, b),
// or its text as written.
func (x *Extractor) canonical(ps *passageScan, a, b int) string {
	// The normalised text of the tokens is the folded name: no need to
	// fold the surface again.
	if k, ok := x.sources[ps.norm.S[ps.toks[a].Start:ps.toks[b-1].End]]; ok {
		return k.Name
	}
	surface := ps.text(a, b)
	for i := a; i < b; i++ {
		if m, ok := ps.first(i, catSource); ok && m.end <= b && ps.sourceShape(m) {
			return m.e.val
		}
	}
	if k, ok := x.inflectedSource(ps, a, b); ok {
		return k
	}
	// "die Nachrichtenagentur ZPD", "the Daily Ledger": a lower-case
	// determiner before a capitalised name is not part of it.
	if b-a > 1 && !ps.capitalised(a) && ps.capitalised(a+1) && ps.toks[a].Kind == textnorm.Word {
		return x.canonical(ps, a+1, b)
	}
	return strings.Trim(surface, " ,.:;\"'«»“”")
}

// inflectedSource matches tokens [a, b) against the known sources' names
// word by word, letting each word differ in its ending: case endings turn
// "ministerul sănătății" into "ministerului sănătății", "министерство"
// into "министерства". Words of four letters or fewer must be equal.
func (x *Extractor) inflectedSource(ps *passageScan, a, b int) (string, bool) {
	n := b - a
	if n == 0 {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(ps.toks[a].Text)
	for _, al := range x.aliases[aliasKey{n, first}] {
		ok := true
		for i, w := range al.words {
			if !sameStem(w, ps.toks[a+i].Text) {
				ok = false
				break
			}
		}
		if ok {
			return al.src.Name, true
		}
	}
	return "", false
}

// inflectedAt reads the longest known source, in any of its inflected
// forms, that starts at token j: up to maxNameTokens words, none of them
// punctuation or a number.
func (x *Extractor) inflectedAt(ps *passageScan, j int, s sentence) (string, int, bool) {
	n := 0
	for j+n < s.end && n < maxNameTokens && ps.toks[j+n].Kind == textnorm.Word && ps.numAt[j+n] < 0 {
		n++
	}
	for ; n > 0; n-- {
		if name, ok := x.inflectedSource(ps, j, j+n); ok {
			return name, j + n, true
		}
	}
	return "", j, false
}

// sameStem reports whether two words share all but their last few
// letters: a common prefix of at least four letters, at least as long as
// the shorter word less three letters and the longer less five.
func sameStem(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) <= 4 || len(b) <= 4 || a[0] != b[0] {
		return false
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la <= 4 || lb <= 4 {
		return false
	}
	common := 0 // runes
	for i := 0; i < len(a) && i < len(b); {
		ra, n := utf8.DecodeRuneInString(a[i:])
		rb, _ := utf8.DecodeRuneInString(b[i:])
		if ra != rb {
			break
		}
		common++
		i += n
	}
	// Endings of up to five letters on the longer word ("Bakanlığı'nın"),
	// but not a short word that merely begins a long one ("Civic",
	// "civilförsvaret").
	return common >= 4 && common >= min(la, lb)-3 && common >= max(la, lb)-5
}

// subjectBefore reads the subject of a reporting verb at token k: the
// words between the clause's start and the verb, if few; else, when the
// verb's clause starts with a conjunction ("... and said"), the name the
// sentence starts with.
func (x *Extractor) subjectBefore(ps *passageScan, k int, s sentence, st *docState) (names []string, atStart bool) {
	if k-1 > s.start && ps.toks[k-1].Text == ")" {
		// A name glossed in parentheses right before the verb: "Veghea
		// Civică (Civic Watch Moldova) affirme".
		for p := k - 2; p > s.start && p >= k-2-maxNameTokens; p-- {
			if ps.toks[p].Text == "(" {
				if name, e, ok := x.nameAt(ps, p+1, s, st); ok && e == k-1 {
					return []string{name}, false
				}
				break
			}
		}
	}
	start := k
	for start > s.start {
		t := ps.toks[start-1]
		if t.Kind == textnorm.Punct && t.Text != "-" && t.Text != "'" {
			break
		}
		if ps.numAt[start-1] >= 0 || ps.isMarker(start-1) {
			break
		}
		start--
	}
	// Conjunctions and hyphens that lead the clause are not its subject.
	for start < k && (ps.isConjunction(start) || ps.toks[start].Kind == textnorm.Punct) {
		start++
	}
	if start == k {
		if name, _, ok := x.startName(ps, s, st); ok && s.start < k {
			return []string{name}, true
		}
		return nil, false
	}
	if k-start > maxNameTokens {
		// Too long to be a name: look for a name at its end, perhaps in
		// parentheses ("L'organisation ... Veghea Civică (Civic Watch
		// Moldova) affirme").
		end := k
		if end > start && ps.toks[end-1].Text == ")" {
			end--
		}
		for i := max(start, end-maxNameTokens); i < end; i++ {
			if name, e, ok := x.nameAt(ps, i, s, st); ok && e == end {
				return []string{name}, false
			}
		}
		return nil, false
	}
	if k-start == 1 && ps.toks[start].Kind == textnorm.Word && !ps.capitalised(start) {
		// A lone lower-case word is a pronoun ("qui", "which", "care"),
		// not a source, unless the lexicon knows it.
		if m, ok := ps.first(start, catGeneric); ok {
			return []string{m.e.val}, false
		}
		if _, ok := ps.first(start, catAnaphora); ok && st.lastSource != "" {
			return []string{st.lastSource}, false
		}
		// "El Gobierno Regional de Arequipa, que ..., también contabiliza
		// 76 muertos": an adverb before the verb, the subject at the
		// sentence's start.
		if name, _, ok := x.startName(ps, s, st); ok && s.start < start {
			return []string{name}, true
		}
		return nil, false
	}
	for i := start; i < k; i++ {
		if m, ok := ps.first(i, catAnaphora); ok && st.lastSource != "" &&
			(m.end == k || m.end < k && x.personAfter(ps, m.end, s, st, st.lastSource) == k) {
			return []string{st.lastSource}, false // "the ministry said", "ministry spokeswoman Diana Rosca said"
		}
		if m, ok := ps.first(i, catSource); ok && m.end == k && ps.sourceShape(m) {
			return []string{m.e.val}, false
		}
		if m, ok := ps.first(i, catSource); ok && m.end < k && ps.sourceShape(m) && x.personAfter(ps, m.end, s, st, m.e.val) == k {
			return []string{m.e.val}, false // "Health Ministry spokeswoman Aizada Bekova said"
		}
		if m, ok := ps.first(i, catGeneric); ok && m.end == k && ps.onlyArticles(start, i) {
			// "the government said"; but "The provincial government" is
			// a government of its own.
			return []string{m.e.val}, false
		}
	}
	// A group or figure word is no source ("18 dead ... said").
	capital := false
	for i := start; i < k; i++ {
		if _, ok := ps.first(i, catNoun); ok {
			return nil, false
		}

		capital = capital || ps.capitalised(i)
	}
	if !capital && start > s.start && ps.numAt[start-1] >= 0 && ps.toks[start-1].Kind == textnorm.Number {
		// "347 kişinin gözaltına alındığını": the rest of a figure, not a
		// name; in a verb-final sentence the subject leads it
		// ("İçişleri Bakanlığı 132 polisin … bildirdi").
		if name, _, ok := x.startName(ps, s, st); ok && s.start < start {
			return []string{name}, true
		}
		return nil, false
	}
	if !capital && k-start > 3 {
		return nil, false // "que solo incluye en su": a clause, not a name
	}
	return []string{x.spokenFor(ps, start, k, st)}, false
}

// announcesEvent reports whether an event cue ("the resignation",
// "a state of emergency", "la démission") follows a reporting verb ending
// at token k within three words, with no number or punctuation between.
// A word of a cue whose other parts the sentence lacks announces nothing:
// "ministerija" in "pranešė Vidaus reikalų ministerija" is a name, not a
// dismissal.
func (ps *passageScan) announcesEvent(k int, s sentence) bool {
	for j := k; j < s.end && j < k+3; j++ {
		if ps.cats[j]&(1<<catEvent) != 0 {
			for _, m := range ps.at[j] {
				if m.e.cat == catEvent && ps.cueComplete(m.e, s) {
					return true
				}
			}
		}
		if ps.numAt[j] >= 0 || ps.toks[j].Kind == textnorm.Punct {
			return false
		}
	}
	return false
}

// cueComplete reports whether every part of the event cue of entry e
// occurs in the sentence.
func (ps *passageScan) cueComplete(e *entry, s sentence) bool {
	var parts uint64
	for i := s.start; i < s.end; i++ {
		if ps.cats[i]&(1<<catEvent) == 0 {
			continue
		}
		for _, m := range ps.at[i] {
			if m.e.cat == catEvent && m.e.val == e.val && m.e.cue == e.cue {
				parts |= 1 << (m.e.part % 64)
			}
		}
	}
	return bits.OnesCount64(parts) >= len(ps.l.lx.Events[sitrep.EventType(e.val)][e.cue])
}

// startName reads the name a sentence starts with, for a verb that has
// no subject of its own. A lone capitalised word before a number is a
// preposition or an adverb that starts the sentence ("From 2010 to 2015
// there were … reported"), not a source, unless the lexicon knows it.
func (x *Extractor) startName(ps *passageScan, s sentence, st *docState) (string, int, bool) {
	name, end, ok := x.nameAt(ps, s.start, s, st)
	if ok && end == s.start+1 && end < s.end && ps.numAt[end] >= 0 &&
		ps.cats[s.start]&(1<<catSource|1<<catGeneric|1<<catAnaphora) == 0 {
		return "", s.start, false
	}
	return name, end, ok
}

// onlyArticles reports whether tokens [a, b) are all short lower-case
// words: articles and determiners ("the", "la", "los").
func (ps *passageScan) onlyArticles(a, b int) bool {
	for k := a; k < b; k++ {
		if t := ps.toks[k]; t.Kind != textnorm.Word || ps.capitalised(k) && k > a || utf8.RuneCountInString(t.Text) > 3 {
			return false
		}
	}
	return true
}

// sourceShape reports whether a known-source match is written as that
// source would be: a short alias ("UN", "AP", "WHO") only in capitals, so
// that the Romanian article "un" or the pronoun "who" is no source.
func (ps *passageScan) sourceShape(m match) bool {
	if m.end-m.start > 1 {
		return true
	}
	w := ps.toks[m.start].Text
	if utf8.RuneCountInString(w) > 3 {
		return true
	}
	a, b := ps.norm.Orig(ps.toks[m.start].Start, ps.toks[m.start].End)
	orig := ps.body[a:b]
	return orig == strings.ToUpper(orig) && orig != strings.ToLower(orig)
}

// isMarker reports whether an attribution marker starts at token j.
func (ps *passageScan) isMarker(j int) bool {
	for _, c := range []cat{catAccording, catCiting, catCitedBy, catSaid, catReported} {
		if _, ok := ps.first(j, c); ok {
			return true
		}
	}
	return false
}

func (ps *passageScan) isConjunction(j int) bool {
	return ps.l.conj[ps.toks[j].Text]
}

// isNameConnector reports whether a lower-case word may join the parts of
// a proper name ("Ministry of Health", "Ministerul de Interne").
func isNameConnector(w string) bool {
	switch w {
	case "de", "of", "al", "ai", "a", "du", "des", "la", "le", "von", "van", "der", "del", "di", "da", "do", "dos", "das", "bin", "el", "for", "on", "and", "the":
		return true
	}
	return false
}
