package cluster

import (
	"cmp"
	"math"
	"slices"
	"sync"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Options configure clustering. The zero value works.
type Options struct {
	// Gap is the most days that may separate two pieces of evidence of
	// one event: evidence from 5 and 8 January joins at a gap of 3.
	// Zero means 3.
	Gap int
	// Spread is how many days a claim's or cue's own time may lie from
	// its document's publication and still date it; times further off
	// ("in 2019, 300 people died") are background and the publication
	// date is used instead. Zero means 30.
	Spread int
}

func (o Options) gap() int64 {
	if o.Gap <= 0 {
		return 3
	}
	return int64(o.Gap)
}

func (o Options) spread() int64 {
	if o.Spread <= 0 {
		return 30
	}
	return int64(o.Spread)
}

// family is a set of event types that can be one event: unrest and armed
// violence on one side, disasters on the other. Measures that follow
// either (curfews, emergencies, closures, shutdowns) have no family of
// their own and join the event they follow.
type family uint8

const (
	familyNone family = iota
	familyUnrest
	familyDisaster
)

func familyOf(t sitrep.EventType) family {
	switch t {
	case sitrep.Disaster:
		return familyDisaster
	case sitrep.StateOfEmergency, sitrep.Curfew, sitrep.InternetShutdown, sitrep.TransportClosure:
		return familyNone
	case "":
		return familyNone
	}
	if slices.Contains(sitrep.EventTypes, t) {
		return familyUnrest
	}
	return familyNone
}

// Compatible reports whether two event types can belong to one event: a
// disaster does not merge with a riot or a protest; a curfew, a state of
// emergency, a closure or a shutdown goes with either.
func Compatible(a, b sitrep.EventType) bool {
	fa, fb := familyOf(a), familyOf(b)
	return fa == familyNone || fb == familyNone || fa == fb
}

// undated is the day of evidence with no date at all.
const undated = math.MinInt64

// atom is the evidence one document gives about one place and family of
// event types: the unit that clustering links.
type atom struct {
	doc        int32
	country    string
	admin1     string // "" for country-level evidence
	family     family
	start, end int64 // days; undated when the document has no date
	claims     []int32
	mentions   []int32
	empty      bool     // a document with a place but no evidence
	areas      []string // admin1 areas the document names in the country, sorted
	// weak marks evidence whose place is no good guide: a document with no
	// place at all, one whose country rests on a single town's name that
	// nothing else in it supports, or one that names two countries
	// equally. Weak evidence links no events; Events attaches it to the
	// event it fits (see attachWeak).
	weak bool
}

func (a *atom) dated() bool { return a.start != undated }

// doc is one added extraction with what clustering derived from it.
type doc struct {
	x     *sitrep.Extraction
	at    int64    // published instant
	feats []uint64 // what it shares with events (see features), once asked
}

// span is a run of days [start, end].
type span struct{ start, end int64 }

// group is a cluster of atoms under construction: a union-find root.
type group struct {
	root    int32 // the smallest atom index, under which the group is stored
	atoms   []int32
	founder int32             // earliest atom, which names the event
	spans   map[string][]span // per admin1 ("" for country-level): consolidated runs of days
	undated map[string]bool   // admin1s of undated atoms
	areas   map[string]bool   // admin1 areas its documents name
}

type indexKey struct {
	country string
	family  family
	bucket  int64
}

// Clusterer groups extractions into events as they arrive. Events returns
// the same events whatever the order extractions were added in: clusters
// are the connected components of a symmetric relation between pieces of
// evidence (same country, and the same admin1 area when both name one;
// time windows at most Options.Gap days apart; compatible event types),
// every link is found when the later of its two ends arrives, and each
// event is named after its earliest evidence by (published, document id),
// so that a merged event keeps the older id.
//
// Adding a document costs time in proportion to the evidence it brings
// and the events near it in place and time: groups are indexed by
// (country, family, time bucket of Gap days).
//
// A Clusterer is safe for concurrent use. Extractions must not be changed
// after they are added.
type Clusterer struct {
	mu     sync.Mutex
	opts   Options
	docs   []doc
	byID   map[string]int32
	atoms  []atom
	parent []int32
	groups map[int32]*group
	index  map[indexKey][]int32
	dedup  *Deduper
	weak   []int32 // weak atoms, in no group
}

// New returns an empty Clusterer.
func New(opts Options) *Clusterer {
	return &Clusterer{
		opts:   opts,
		byID:   map[string]int32{},
		groups: map[int32]*group{},
		index:  map[indexKey][]int32{},
		dedup:  NewDeduper(),
	}
}

// Build clusters a batch of extractions: the same as adding each to a new
// Clusterer and asking for its events.
func Build(xs []*sitrep.Extraction, opts Options) []sitrep.Event {
	c := New(opts)
	for _, x := range xs {
		c.Add(x)
	}
	return c.Events()
}

// Add adds the extraction of one document. An extraction whose document
// id was already added is ignored, so adding is idempotent.
func (c *Clusterer) Add(x *sitrep.Extraction) {
	if x == nil {
		return
	}
	fp := NewFingerprint(x.Document.Text) // outside the lock: the costly part
	atoms := atomize(x, c.opts)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.byID[x.Document.ID]; ok {
		return
	}
	d := int32(len(c.docs))
	c.docs = append(c.docs, doc{x: x, at: instant(x.Document.Published)})
	c.byID[x.Document.ID] = d
	c.dedup.AddFingerprint(x.Document.ID, x.Document.Published, fp)
	for _, a := range atoms {
		a.doc = d
		if a.weak {
			c.weak = append(c.weak, int32(len(c.atoms)))
			c.atoms = append(c.atoms, a)
			c.parent = append(c.parent, int32(len(c.parent)))
			continue
		}
		c.addAtom(a)
	}
}

// addAtom links a new atom to the groups it touches and merges them.
func (c *Clusterer) addAtom(a atom) {
	n := int32(len(c.atoms))
	c.atoms = append(c.atoms, a)
	c.parent = append(c.parent, n)
	g := &group{root: n, atoms: []int32{n}, founder: n, spans: map[string][]span{}, undated: map[string]bool{}, areas: map[string]bool{}}
	for _, k := range a.areas {
		g.areas[k] = true
	}
	if a.dated() {
		g.spans[a.admin1] = []span{{a.start, a.end}}
	} else {
		g.undated[a.admin1] = true
	}
	cands := c.candidates(&a, a.family)
	c.groups[n] = g
	for _, r := range cands {
		g = c.merge(g, c.groups[r])
	}
	c.register(&a, n)
}

// candidates returns the roots of the groups of family f that a links to.
func (c *Clusterer) candidates(a *atom, f family) []int32 {
	var out []int32
	seen := map[int32]bool{}
	visit := func(k indexKey) {
		for _, id := range c.index[k] {
			r := c.find(id)
			if seen[r] {
				continue
			}
			seen[r] = true
			if c.links(a, c.groups[r]) {
				out = append(out, r)
			}
		}
	}
	if !a.dated() {
		visit(indexKey{a.country, f, undated})
		return out
	}
	gap := c.opts.gap()
	for b := floorDiv(a.start-gap, gap); b <= floorDiv(a.end+gap, gap); b++ {
		visit(indexKey{a.country, f, b})
	}
	slices.Sort(out)
	return out
}

// links reports whether atom a is within reach of some atom of g (of the
// same country and family, which the index ensures).
func (c *Clusterer) links(a *atom, g *group) bool {
	if !a.dated() {
		for k := range g.undated {
			if a.admin1 == "" || k == "" || k == a.admin1 {
				return true
			}
		}
		return false
	}
	gap := c.opts.gap()
	for k, spans := range g.spans {
		if a.admin1 != "" && k != "" && k != a.admin1 {
			continue
		}
		// The first span that ends at or after a.start-gap.
		i, _ := slices.BinarySearchFunc(spans, a.start-gap, func(s span, t int64) int { return cmp.Compare(s.end, t) })
		if i < len(spans) && spans[i].start <= a.end+gap {
			return true
		}
	}
	return false
}

// merge merges two groups into one, stored under the smaller root.
func (c *Clusterer) merge(g, h *group) *group {
	root, loser := min(g.root, h.root), max(g.root, h.root)
	c.parent[loser] = root
	delete(c.groups, loser)
	if len(h.atoms) > len(g.atoms) {
		g, h = h, g
	}
	g.root = root
	g.atoms = append(g.atoms, h.atoms...)
	if c.atomLess(h.founder, g.founder) {
		g.founder = h.founder
	}
	for k, s := range h.spans {
		g.spans[k] = consolidate(append(g.spans[k], s...), c.opts.gap())
	}
	for k := range h.undated {
		g.undated[k] = true
	}
	for k := range h.areas {
		g.areas[k] = true
	}
	c.groups[root] = g
	return g
}

// consolidate sorts runs of days and joins those at most gap days apart.
func consolidate(s []span, gap int64) []span {
	slices.SortFunc(s, func(a, b span) int { return cmp.Compare(a.start, b.start) })
	out := s[:0]
	for _, x := range s {
		if n := len(out); n > 0 && x.start-out[n-1].end <= gap {
			out[n-1].end = max(out[n-1].end, x.end)
			continue
		}
		out = append(out, x)
	}
	return out
}

// register puts atom n in the index buckets its days cover.
func (c *Clusterer) register(a *atom, n int32) {
	if !a.dated() {
		c.push(indexKey{a.country, a.family, undated}, n)
		return
	}
	gap := c.opts.gap()
	for b := floorDiv(a.start, gap); b <= floorDiv(a.end, gap); b++ {
		c.push(indexKey{a.country, a.family, b}, n)
	}
}

// push appends an atom to a bucket unless the bucket's last entry is
// already in its group, and compacts the bucket to one entry per group
// when it has grown to hold many entries of few groups.
func (c *Clusterer) push(k indexKey, n int32) {
	l := c.index[k]
	r := c.find(n)
	if len(l) > 0 && c.find(l[len(l)-1]) == r {
		return
	}
	l = append(l, n)
	if len(l) >= 16 && len(l)&(len(l)-1) == 0 { // at powers of two
		seen := map[int32]bool{}
		out := l[:0]
		for _, x := range l {
			if r := c.find(x); !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
		l = out
	}
	c.index[k] = l
}

func (c *Clusterer) find(i int32) int32 {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// atomLess orders atoms canonically: by their document's (published, id),
// then country, then family.
func (c *Clusterer) atomLess(a, b int32) bool {
	return c.atomCmp(a, b) < 0
}

func (c *Clusterer) atomCmp(a, b int32) int {
	x, y := &c.atoms[a], &c.atoms[b]
	if x.doc != y.doc {
		return c.docCmp(x.doc, y.doc)
	}
	if v := cmp.Compare(x.country, y.country); v != 0 {
		return v
	}
	return cmp.Compare(x.family, y.family)
}

func (c *Clusterer) docCmp(a, b int32) int {
	x, y := &c.docs[a], &c.docs[b]
	if v := cmp.Compare(x.at, y.at); v != 0 {
		return v
	}
	return cmp.Compare(x.x.Document.ID, y.x.Document.ID)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}
