package cluster

import (
	"cmp"
	"slices"
	"strings"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Events returns the events of everything added so far, ordered by start
// date and id. Evidence of no event type (figures, curfews, closures with
// no protest or disaster cue beside them) joins the event of either family
// it links to, the one with more evidence; evidence that links to none
// forms events of its own.
func (c *Clusterer) Events() []sitrep.Event {
	c.mu.Lock()
	defer c.mu.Unlock()

	type cluster struct {
		founder int32
		atoms   []int32
	}
	typed := map[int32]*cluster{}
	for r, g := range c.groups {
		if c.atoms[r].family != familyNone {
			typed[r] = &cluster{founder: g.founder, atoms: slices.Clone(g.atoms)}
		}
	}
	untyped := map[int32]*cluster{}
	saying := map[int32]said{} // what each group's documents say, for evidence of nothing
	for i := range c.atoms {
		a := &c.atoms[i]
		if a.family != familyNone || a.weak {
			continue
		}
		best := int32(-1)
		for _, f := range []family{familyUnrest, familyDisaster} {
			for _, r := range c.candidates(a, f) {
				if a.empty && a.admin1 != "" && !c.groups[r].areas[a.admin1] {
					// A document with nothing but a place joins an event only
					// in its own area: a drill in another region of the
					// country is not the earthquake.
					continue
				}
				if a.empty {
					if _, ok := saying[r]; !ok {
						saying[r] = c.featureCounts(c.groups[r].atoms)
					}
					if !c.saysEnoughOf(a.doc, saying[r]) {
						continue
					}
				}
				if best < 0 || c.biggerGroup(r, best) {
					best = r
				}
			}
		}
		if best >= 0 {
			typed[best].atoms = append(typed[best].atoms, int32(i))
			continue
		}
		if a.empty {
			continue // evidence of nothing, near no event
		}
		r := c.find(int32(i))
		u := untyped[r]
		if u == nil {
			u = &cluster{founder: int32(i)}
			untyped[r] = u
		}
		u.atoms = append(u.atoms, int32(i))
		if c.atomLess(int32(i), u.founder) {
			u.founder = int32(i)
		}
	}

	copies := map[string]string{}
	for _, p := range c.dedup.Pairs() {
		copies[p[1]] = p[0]
	}
	cands := make([]*candidate, 0, len(typed)+len(untyped))
	for r, cl := range typed {
		cands = append(cands, c.newCandidate(cl.founder, cl.atoms, c.atoms[r].family))
	}
	for _, cl := range untyped {
		cands = append(cands, c.newCandidate(cl.founder, cl.atoms, familyNone))
	}
	slices.SortFunc(cands, func(a, b *candidate) int { return c.atomCmp(a.founder, b.founder) })
	cands = append(cands, c.attachWeak(cands, copies)...)
	events := make([]sitrep.Event, 0, len(cands))
	for _, cd := range cands {
		events = append(events, c.event(cd, copies))
	}
	slices.SortFunc(events, func(a, b sitrep.Event) int {
		if v := cmp.Compare(a.Start, b.Start); v != 0 {
			return v
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return events
}

// minSharedPart is the part of its features (one in so many) that a
// document with no evidence, only a place, must share with an event to be
// listed with it: a gas project's financing in the province of an
// insurgent attack, the same days, is not the attack.
const minSharedPart = 3

// said is what the documents of an event say: how many of them have each
// feature.
type said struct {
	count map[feature]int32
	docs  map[int32]bool
}

// featureCounts returns what the documents of atoms say.
func (c *Clusterer) featureCounts(atoms []int32) said {
	s := said{count: map[feature]int32{}, docs: map[int32]bool{}}
	for _, ai := range atoms {
		d := c.atoms[ai].doc
		if s.docs[d] {
			continue
		}
		s.docs[d] = true
		for _, f := range c.docFeatures(d) {
			s.count[f]++
		}
	}
	return s
}

// saysEnoughOf reports whether the other documents of an event have at
// least one in minSharedPart of document d's features.
func (c *Clusterer) saysEnoughOf(d int32, s said) bool {
	fs := c.docFeatures(d)
	own := int32(0)
	if s.docs[d] {
		own = 1
	}
	n := 0
	for _, f := range fs {
		if s.count[f] > own {
			n++
		}
	}
	return n*minSharedPart >= len(fs)
}

// biggerGroup reports whether group a has more evidence than group b, or
// as much and an earlier founder.
func (c *Clusterer) biggerGroup(a, b int32) bool {
	ga, gb := c.groups[a], c.groups[b]
	if len(ga.atoms) != len(gb.atoms) {
		return len(ga.atoms) > len(gb.atoms)
	}
	return c.atomLess(ga.founder, gb.founder)
}

// EventID returns the id of the event founded by the evidence a document
// gives about one country: stable as the event grows and merges, since
// the earliest evidence keeps founding it.
func EventID(documentID, country string) string {
	return "ev-" + strings.ToLower(sitrep.ContentID(documentID+"\x00"+strings.ToUpper(country)))
}

// eventID names the event founded by atom a. Evidence of a disaster gets
// a name of its own, since one document can found both a disaster and an
// unrest event in one country.
func (c *Clusterer) eventID(a *atom, country string, f family) string {
	if f == familyDisaster {
		country += "\x00disaster"
	}
	return EventID(c.docs[a.doc].x.Document.ID, country)
}

// event assembles one event from its atoms.
// It is named after its founder's document, and placed in the country of
// its strong evidence (weak evidence may be placed wrongly).
func (c *Clusterer) event(cd *candidate, copies map[string]string) sitrep.Event {
	atoms := cd.atoms
	slices.SortFunc(atoms, c.atomCmp)
	fa := &c.atoms[cd.founder]
	ev := sitrep.Event{
		ID:           c.eventID(fa, cd.country, cd.family),
		Types:        []sitrep.EventType{},
		Developments: []sitrep.Development{},
		Places:       []sitrep.Place{},
		Sources:      []sitrep.Source{},
		Documents:    []string{},
		Duplicates:   [][2]string{},
	}

	var claims []ReportedClaim
	inEvent := map[string]bool{}
	start, end := int64(undated), int64(undated)
	admin1s := map[string]bool{}
	places := newPlaceCounter()
	sources := newSourceCounter()
	typeCount := map[sitrep.EventType]int{}
	for _, ai := range atoms {
		a := &c.atoms[ai]
		d := &c.docs[a.doc]
		x := d.x
		id := x.Document.ID
		if !inEvent[id] {
			inEvent[id] = true
			ev.Documents = append(ev.Documents, id)
			name, kind := publisher(x)
			sources.document(name, kind, id)
			for i := range x.Places {
				if strings.EqualFold(x.Places[i].Country, cd.country) {
					places.add(x.Places[i].Place)
				}
			}
		}
		if a.dated() {
			if start == undated || a.start < start {
				start = a.start
			}
			if end == undated || a.end > end {
				end = a.end
			}
		}
		// Weak evidence placed in another country says nothing of where the
		// event is.
		here := a.country == cd.country
		if here {
			admin1s[a.admin1] = true
		}
		copyOf := copies[id]
		for _, ci := range a.claims {
			cl := x.Claims[ci]
			src, kind := claimPublisher(x, &cl)
			claims = append(claims, ReportedClaim{Claim: cl, Published: x.Document.Published, Source: src, SourceKind: kind, CopyOf: copyOf})
			if cl.Place != nil && (here || strings.EqualFold(cl.Place.Country, cd.country)) {
				places.add(*cl.Place)
			}
		}
		seen := map[[2]int]bool{}
		for _, mi := range a.mentions {
			m := &x.Events[mi]
			if m.Place != nil && (here || strings.EqualFold(m.Place.Country, cd.country)) {
				places.add(*m.Place)
			}
			k := [2]int{m.Passage, slices.Index(sitrep.EventTypes, m.Type)}
			if seen[k] {
				continue // one development per type and passage
			}
			seen[k] = true
			typeCount[m.Type]++
			t := m.Time
			if t == "" {
				t = x.Document.Published
			}
			name, _ := publisher(x)
			ev.Developments = append(ev.Developments, sitrep.Development{
				Type: m.Type, Document: id, Passage: m.Passage, Evidence: m.Evidence,
				Place: m.Place, Time: t, Source: name,
			})
		}
	}
	if start != undated {
		ev.Start, ev.End = dayString(start), dayString(end)
	}
	// A person that one report names as speaking for a source is that
	// source in the others.
	sources.spoken = speakers(claims)
	for i := range claims {
		rc := &claims[i]
		sources.claim(&rc.Claim, rc.Source, rc.SourceKind, rc.Claim.DocumentID)
	}
	ev.Figures = Reconcile(ev.ID, claims)
	if ev.Figures == nil {
		ev.Figures = []sitrep.Figure{}
	}
	slices.SortStableFunc(ev.Developments, func(a, b sitrep.Development) int {
		return cmp.Compare(instant(a.Time), instant(b.Time))
	})
	for t := range typeCount {
		ev.Types = append(ev.Types, t)
	}
	slices.SortFunc(ev.Types, func(a, b sitrep.EventType) int {
		if v := cmp.Compare(typeOrder(a), typeOrder(b)); v != 0 {
			return v
		}
		return cmp.Compare(a, b)
	})
	ev.Places = places.sorted()
	ev.Place = eventPlace(cd.country, admin1s, ev.Places)
	ev.Sources = sources.sorted()
	for _, id := range ev.Documents {
		if o := copies[id]; o != "" && inEvent[o] {
			ev.Duplicates = append(ev.Duplicates, [2]string{o, id})
		}
	}
	ev.Title = title(typeCount, ev.Place, ev.Start, ev.End)
	return ev
}

// publisher returns who published a document: for a post its author (or
// account), for an article its outlet (or author).
func publisher(x *sitrep.Extraction) (name, kind string) {
	d := &x.Document
	if d.Kind == sitrep.KindPost {
		if d.Author != "" {
			return d.Author, "post"
		}
		return d.Outlet, "post"
	}
	if d.Outlet != "" {
		return d.Outlet, "outlet"
	}
	return d.Author, "outlet"
}

// claimPublisher returns who published a claim: the account of the
// embedded post it was read from, else the document's publisher.
func claimPublisher(x *sitrep.Extraction, cl *sitrep.Claim) (name, kind string) {
	if p := passageAt(x, cl.Passage); p != nil && p.Post != nil && p.Post.Handle != "" {
		return "@" + strings.TrimPrefix(p.Post.Handle, "@"), "post"
	}
	return publisher(x)
}

func passageAt(x *sitrep.Extraction, i int) *sitrep.Passage {
	if i >= 0 && i < len(x.Passages) && x.Passages[i].Index == i {
		return &x.Passages[i]
	}
	for j := range x.Passages {
		if x.Passages[j].Index == i {
			return &x.Passages[j]
		}
	}
	return nil
}

// placeCounter counts the places an event names.
type placeCounter struct {
	n     map[string]int
	place map[string]sitrep.Place
	order []string
}

func newPlaceCounter() *placeCounter {
	return &placeCounter{n: map[string]int{}, place: map[string]sitrep.Place{}}
}

func placeKey(p sitrep.Place) string {
	return strings.ToUpper(p.Country) + "\x00" + p.Admin1 + "\x00" + string(p.Precision) + "\x00" + p.Name
}

func (pc *placeCounter) add(p sitrep.Place) {
	if p.Name == "" && p.Country == "" {
		return
	}
	k := placeKey(p)
	if pc.n[k] == 0 {
		pc.order = append(pc.order, k)
		pc.place[k] = p
	}
	pc.n[k]++
}

// sorted returns the places, most named first, then by name.
func (pc *placeCounter) sorted() []sitrep.Place {
	keys := slices.Clone(pc.order)
	slices.SortFunc(keys, func(a, b string) int {
		if v := cmp.Compare(pc.n[b], pc.n[a]); v != 0 {
			return v
		}
		return cmp.Compare(a, b)
	})
	out := make([]sitrep.Place, 0, len(keys))
	for _, k := range keys {
		out = append(out, pc.place[k])
	}
	return out
}

// eventPlace is where an event is: its admin1 area when all its evidence
// is in one, else its country; the most named such place, else a place
// made from the code.
func eventPlace(country string, admin1s map[string]bool, places []sitrep.Place) *sitrep.Place {
	if country == "" {
		return nil
	}
	admin1 := ""
	if len(admin1s) == 1 {
		for k := range admin1s {
			admin1 = k
		}
	}
	for _, want := range []sitrep.Precision{sitrep.PrecisionCountry, sitrep.PrecisionAdmin1} {
		for _, p := range places {
			if !strings.EqualFold(p.Country, country) {
				continue
			}
			if admin1 == "" && p.Precision == sitrep.PrecisionCountry && want == sitrep.PrecisionCountry {
				return &p
			}
			if admin1 != "" && p.Admin1 == admin1 && p.Precision == want && want == sitrep.PrecisionAdmin1 {
				return &p
			}
		}
	}
	if admin1 != "" {
		for _, p := range places {
			if strings.EqualFold(p.Country, country) && p.Admin1 == admin1 {
				return &p
			}
		}
	}
	return &sitrep.Place{Name: country, Country: country, Precision: sitrep.PrecisionCountry}
}

// title names an event by its main types, place and dates.
func title(types map[sitrep.EventType]int, place *sitrep.Place, start, end string) string {
	ts := make([]sitrep.EventType, 0, len(types))
	for t := range types {
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b sitrep.EventType) int {
		if v := cmp.Compare(types[b], types[a]); v != 0 {
			return v
		}
		if v := cmp.Compare(typeOrder(a), typeOrder(b)); v != 0 {
			return v
		}
		return cmp.Compare(a, b)
	})
	var words []string
	for _, t := range ts[:min(3, len(ts))] {
		words = append(words, strings.ReplaceAll(string(t), "_", " "))
	}
	s := "Reports"
	if len(words) > 0 {
		s = strings.Join(words, ", ")
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	if place != nil {
		s += " in " + place.Name
	}
	switch {
	case start == "":
	case start == end:
		s += ", " + start
	default:
		s += ", " + start + "/" + end
	}
	return s
}

func typeOrder(t sitrep.EventType) int {
	if i := slices.Index(sitrep.EventTypes, t); i >= 0 {
		return i
	}
	return len(sitrep.EventTypes)
}

// sourceCounter counts the sources behind an event's claims and
// documents, compared by normalised name.
type sourceCounter struct {
	by     map[string]*sourceCount
	order  []string
	spoken map[string]string // person → the source she speaks for (see speakers)
}

type sourceCount struct {
	sitrep.Source
	docs map[string]bool
}

func newSourceCounter() *sourceCounter { return &sourceCounter{by: map[string]*sourceCount{}} }

func (sc *sourceCounter) get(name, kind string) *sourceCount {
	k := NormalizeSource(name)
	if k == "" {
		return nil
	}
	if src, ok := sc.spoken[k]; ok {
		name, k = src, NormalizeSource(src)
	}
	s := sc.by[k]
	if s == nil {
		s = &sourceCount{Source: sitrep.Source{Name: name, Kind: kind}, docs: map[string]bool{}}
		sc.by[k] = s
		sc.order = append(sc.order, k)
	}
	return s
}

func (sc *sourceCounter) document(name, kind, doc string) {
	if s := sc.get(name, kind); s != nil {
		s.docs[doc] = true
	}
}

// claim counts a claim for each source of its chain: who reported it,
// whom it cites, or its publisher when it names no one.
func (sc *sourceCounter) claim(cl *sitrep.Claim, publisher, kind, doc string) {
	seen := map[*sourceCount]bool{}
	count := func(name, kind string) {
		if s := sc.get(name, kind); s != nil && !seen[s] {
			seen[s] = true
			s.Claims++
			s.docs[doc] = true
		}
	}
	for _, n := range cl.ReportedBy {
		k := "outlet"
		if strings.HasPrefix(n, "@") {
			k = "post"
		}
		count(n, k)
	}
	for _, n := range cl.Citing {
		count(n, "cited")
	}
	if len(cl.ReportedBy) == 0 && len(cl.Citing) == 0 {
		count(publisher, kind)
	}
}

// sorted returns the sources, most claims first, then most documents,
// then by name.
func (sc *sourceCounter) sorted() []sitrep.Source {
	out := make([]sitrep.Source, 0, len(sc.order))
	for _, k := range sc.order {
		s := sc.by[k]
		s.Documents = len(s.docs)
		out = append(out, s.Source)
	}
	slices.SortStableFunc(out, func(a, b sitrep.Source) int {
		if v := cmp.Compare(b.Claims, a.Claims); v != 0 {
			return v
		}
		if v := cmp.Compare(b.Documents, a.Documents); v != 0 {
			return v
		}
		return cmp.Compare(a.Name, b.Name)
	})
	return out
}
