package cluster

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	sitrep "github.com/sitrep-dev/sitrep"
)

// ReportedClaim is a claim with what Reconcile needs to know of the
// document that carried it.
type ReportedClaim struct {
	Claim sitrep.Claim
	// Published is the document's publication time (RFC 3339 or
	// YYYY-MM-DD); it dates the claim when neither Claim.Time nor
	// Claim.Published is set.
	Published string
	// Source is who published the claim when the claim names no one: the
	// handle of the post it was read from, else the document's outlet,
	// else its author. It is the claim's original source when Citing and
	// ReportedBy are both empty.
	Source string
	// SourceKind is "post" when Source is a social-media account (its
	// claims rank as posts, see Authority), else "outlet" or "".
	SourceKind string
	// CopyOf is the id of the document that the claim's document is a
	// duplicate of (the first of its duplicate group), or "" when the
	// document is no copy. Claims of copies are the same citation as the
	// original's and are not counted again.
	CopyOf string
}

// OriginalSource returns the source a claim ultimately rests on: the first
// name it cites, else the first that reports it, else the publisher.
// Names that are no source ("Wednesday", "and") are passed over.
func (rc *ReportedClaim) OriginalSource() string {
	for _, names := range [][]string{rc.Claim.Citing, rc.Claim.ReportedBy} {
		for _, n := range names {
			if !junkSource(n) {
				return n
			}
		}
	}
	return rc.Source
}

// time returns the time that dates the claim, as given.
func (rc *ReportedClaim) time() string {
	switch {
	case rc.Claim.Time != "":
		return rc.Claim.Time
	case rc.Claim.Published != "":
		return rc.Claim.Published
	}
	return rc.Published
}

// reportedBy returns who published the claim: the names it gives, else
// its publisher.
func (rc *ReportedClaim) reportedBy() []string {
	if len(rc.Claim.ReportedBy) > 0 {
		return rc.Claim.ReportedBy
	}
	if rc.Source != "" {
		return []string{rc.Source}
	}
	return []string{}
}

// document returns the id of the document that stands for the claim's
// duplicate group.
func (rc *ReportedClaim) document() string {
	if rc.CopyOf != "" {
		return rc.CopyOf
	}
	return rc.Claim.DocumentID
}

// value is the single number a claim stands for: its lower bound, or its
// upper bound when it gives only that ("up to 50" read as 0–50).
func value(c *sitrep.Claim) int64 {
	if c.Min == 0 && c.Max != nil {
		return *c.Max
	}
	return c.Min
}

// upper is a claim's upper bound; an open-ended claim ("at least 12")
// vouches for no more than its lower bound.
func upper(c *sitrep.Claim) int64 {
	if c.Max != nil {
		return *c.Max
	}
	return c.Min
}

// isExact reports whether a claim states an exact figure.
func isExact(c *sitrep.Claim) bool {
	return !c.Vague && c.Qualifier == sitrep.Exact
}

// item is one claim being reconciled, with what is derived from it once.
type item struct {
	rc      *ReportedClaim
	order   int    // position in the sorted input
	at      int64  // instant, for ordering
	day     int64  // calendar day; valid when dated
	dated   bool   //
	source  string // normalised original source
	rank    Authority
	display string // original source as first written
	relay   bool   // a report of another source's figure (see foldRelays)
	// corroborates is the source that a generic authority's report is
	// counted as, for independence (see foldRelays); "" for source.
	corroborates string
}

// Reconcile turns the claims of one event into its figures, one per
// figure kind and victim group, in the order of sitrep.FigureKinds and
// sitrep.Groups (kinds and groups outside the vocabulary last, sorted).
// It follows the rules of cluster/testdata/README.md:
//
//   - Claims are ordered by time (Claim.Time, else the published time),
//     then by their order in claims, which should be document order.
//     Claims of duplicate documents (CopyOf) that repeat a value their
//     group already gave are dropped: a copy is the same citation.
//   - Each claim rests on its original source (OriginalSource, compared
//     by NormalizeSource). A claim that rests on an outlet, an unknown name
//     or a post and repeats, exactly or rounded, the value of a counting
//     source (an authority, an international agency, a rights group) is a
//     relay of that source: a citation of it, not a figure of its own; one
//     that rests on "the authorities" and repeats a named authority's value
//     is that authority for independence. An outlet's exact number that
//     counting sources give only for another kind or group is a misreading
//     of it and sets no bound. Only a source's current figure counts: its
//     latest, except that a single-incident count does not replace its
//     running total of the same day and a rounded bound ("more than
//     1,100") does not replace the exact figure it agrees with.
//   - Vague claims count only when there is no other. Posts count only
//     when nobody else gives a figure. A current figure overtaken by
//     another source's larger one of a later day, a source at least as
//     authoritative, is stale.
//   - low is the smallest lower bound and high the largest upper bound of
//     the remaining current figures ("up to N" gives no lower bound; an
//     open-ended "at least N" gives N as its upper bound).
//   - best is the current figure of the most authoritative source
//     (Authority: official > international > media > unknown > NGO >
//     post); a count that is not cumulative gives way to a running total
//     as large or larger (not to a less authoritative counting body's);
//     between equals an exact figure wins, then a running total, then the
//     latest, then the larger value. Best is never a sum.
//     Figure.BestRule says which rule decided.
//   - Citations and IndependentSources count the reports of the best
//     value and their distinct original sources. Conflict is set when
//     two sources give different exact values for the same day.
func Reconcile(eventID string, claims []ReportedClaim) []sitrep.Figure {
	spoken := speakers(claims)
	items := make([]item, len(claims))
	for i := range claims {
		rc := &claims[i]
		t := rc.time()
		it := item{rc: rc, order: i, at: instant(t)}
		if tt, ok := parseTime(t); ok {
			it.day, it.dated = dayNumber(tt), true
		}
		it.display = rc.OriginalSource()
		if src, ok := spoken[NormalizeSource(it.display)]; ok {
			it.display = src // a person another report names as speaking for src
		}
		it.source = NormalizeSource(it.display)
		it.rank = SourceAuthority(it.display)
		if it.display == rc.Source && rc.SourceKind == "post" && it.rank == AuthorityUnknown {
			it.rank = AuthorityPost
		}
		if it.source == "" {
			// Nobody named: the document itself is the source, so that
			// unattributed claims of two documents are not one source.
			it.source = "\x00" + rc.document()
		}
		items[i] = it
	}
	mergeAccounts(items)
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.at, b.at) })
	items = dropCopies(items)

	type key struct {
		kind  sitrep.FigureKind
		group sitrep.Group
	}
	byKey := map[key][]item{}
	var keys []key
	for _, it := range items {
		k := key{it.rc.Claim.Kind, it.rc.Claim.Group}
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], it)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(kindOrder(a.kind), kindOrder(b.kind)); c != 0 {
			return c
		}
		if c := cmp.Compare(a.kind, b.kind); c != 0 {
			return c
		}
		if c := cmp.Compare(groupOrder(a.group), groupOrder(b.group)); c != 0 {
			return c
		}
		return cmp.Compare(a.group, b.group)
	})
	// The values that counting sources give, per kind and group: an
	// outlet's number that repeats one of another kind or group, and
	// none of its own, is a misreading of that number.
	stated := map[int64]map[key]bool{}
	for _, it := range items {
		c := &it.rc.Claim
		if counts(it.rank) && !c.Vague && !genericSource(it.source) {
			k := key{c.Kind, c.Group}
			if stated[value(c)] == nil {
				stated[value(c)] = map[key]bool{}
			}
			stated[value(c)][k] = true
		}
	}
	figs := make([]sitrep.Figure, 0, len(keys))
	for _, k := range keys {
		misread := func(c *sitrep.Claim) bool {
			ks := stated[value(c)]
			return len(ks) > 0 && !ks[k]
		}
		figs = append(figs, reconcileOne(eventID, k.kind, k.group, byKey[k], misread))
	}
	return figs
}

// mergeAccounts maps a source whose name begins with another source's
// name to that source, so that an organisation's own account speaks for
// it: "INDECI Reportes (@indeci_reportes)" and "@indeci_reportes" for
// INDECI, "@bishkekrights" for the Bishkek Rights Centre. The shortest
// such name wins, which does not depend on the order of claims.
func mergeAccounts(items []item) {
	keys := map[string]bool{}
	for _, it := range items {
		if !strings.HasPrefix(it.source, "\x00") {
			keys[it.source] = true
		}
	}
	compact := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	to := map[string]string{}
	for k := range keys {
		best := ""
		for o := range keys {
			if o == k || len(compact(o)) < 4 {
				continue
			}
			// o's words begin k's, or k is one word (a handle) that o's
			// words, run together, begin, or that begins them.
			ok := strings.HasPrefix(k, o+" ") ||
				!strings.Contains(k, " ") && strings.Contains(o, " ") &&
					(strings.HasPrefix(compact(o), k) || strings.HasPrefix(k, compact(o)))
			if ok && (best == "" || len(o) < len(best) || len(o) == len(best) && o < best) {
				best = o
			}
		}
		if best != "" {
			to[k] = best
		}
	}
	for i := range items {
		// Follow chains to their end: "indeci reportes" → "indeci".
		for n := 0; n < 4; n++ {
			t, ok := to[items[i].source]
			if !ok {
				break
			}
			items[i].source = t
		}
	}
}

func kindOrder(k sitrep.FigureKind) int {
	if i := slices.Index(sitrep.FigureKinds, k); i >= 0 {
		return i
	}
	return len(sitrep.FigureKinds)
}

func groupOrder(g sitrep.Group) int {
	if i := slices.Index(sitrep.Groups, g); i >= 0 {
		return i
	}
	return len(sitrep.Groups)
}

// dropCopies removes the claims of duplicate documents that only repeat
// their group's claims: for each duplicate group and each stated value,
// as many reports are kept as the one document of the group that states
// it most often. items must be sorted; the order is kept.
func dropCopies(items []item) []item {
	type valueKey struct {
		kind       sitrep.FigureKind
		group      sitrep.Group
		min, max   int64
		open       bool
		qualifier  sitrep.Qualifier
		vague      bool
		cumulative bool
	}
	type groupKey struct {
		doc string
		v   valueKey
	}
	type docKey struct {
		doc string
		v   valueKey
	}
	kept := map[groupKey]int{}
	seen := map[docKey]int{}
	out := items[:0]
	for _, it := range items {
		c := &it.rc.Claim
		v := valueKey{c.Kind, c.Group, c.Min, upper(c), c.Max == nil, c.Qualifier, c.Vague, c.Cumulative}
		g := groupKey{it.rc.document(), v}
		d := docKey{c.DocumentID, v}
		seen[d]++
		if seen[d] > kept[g] {
			kept[g]++
			out = append(out, it)
		}
	}
	return out
}

// reconcileOne reconciles the sorted, deduplicated claims of one kind and
// group.
//
// misread reports whether a claim's value is one that counting sources
// give only for other kinds or groups of the event.
func reconcileOne(eventID string, kind sitrep.FigureKind, group sitrep.Group, items []item, misread func(*sitrep.Claim) bool) sitrep.Figure {
	f := sitrep.Figure{Event: eventID, Kind: kind, Group: group, History: make([]sitrep.Report, 0, len(items))}
	for _, it := range items {
		c := &it.rc.Claim
		f.History = append(f.History, sitrep.Report{
			Claim:      c.ID,
			Document:   c.DocumentID,
			Min:        c.Min,
			Max:        c.Max,
			Qualifier:  c.Qualifier,
			Vague:      c.Vague,
			Cumulative: c.Cumulative,
			Time:       it.rc.time(),
			ReportedBy: it.rc.reportedBy(),
			Citing:     nonNil(c.Citing),
			Evidence:   c.Evidence,
			Lang:       c.Lang,
		})
	}

	items = foldRelays(items)

	// The pool: claims that are not vague, or the vague ones when there is
	// nothing else. Relays are history and citations of the figure they
	// repeat, not a current figure of their own; so is an earlier toll
	// the report revises ("41 still missing, down from 56").
	var pool, misreads []item
	for _, it := range items {
		c := &it.rc.Claim
		if c.Vague || it.relay || c.Earlier() {
			continue
		}
		// An outlet's exact number that no counting source gives for this
		// kind and group but one gives for another ("590 injured" read as
		// killed, "seven dead, 874 injured" read as seven injured) is
		// that other figure misread, not a count of the outlet's own.
		if !counts(it.rank) && isExact(c) && value(c) >= 5 && misread != nil && misread(c) {
			misreads = append(misreads, it)
			continue
		}
		pool = append(pool, it)
	}
	if len(pool) == 0 {
		pool = misreads
	}
	f.Vague = len(pool) == 0
	if f.Vague {
		pool = nil
		for _, it := range items {
			if !it.relay {
				pool = append(pool, it)
			}
		}
		if len(pool) == 0 {
			pool = items
		}
	}

	totals := sourceTotals(pool)
	// Posts count only when nobody else gives a figure: an account's
	// "my cameraman was detained" is one incident, not a bound on the
	// total that a ministry or a rights group keeps.
	considered := totals
	if slices.ContainsFunc(totals, func(it item) bool { return it.rank > AuthorityPost }) {
		considered = slices.DeleteFunc(slices.Clone(totals), func(it item) bool { return it.rank <= AuthorityPost })
	}
	considered = dropStale(considered)
	f.Low, f.High = bounds(considered)

	best, rule := chooseBest(considered, f.Vague)
	bc := &best.rc.Claim
	f.Best = value(bc)
	f.BestRule = rule
	f.Latest = sitrep.Latest{
		Value:      f.Best,
		Time:       best.rc.time(),
		ReportedBy: best.rc.reportedBy(),
		Citing:     nonNil(bc.Citing),
	}

	// Corroboration of the best value: every report of it, and how many
	// original sources they rest on.
	sources := map[string]bool{}
	for _, it := range items {
		c := &it.rc.Claim
		if value(c) == f.Best && c.Vague == bc.Vague {
			f.Citations++
			if it.corroborates != "" {
				sources[it.corroborates] = true
			} else {
				sources[it.source] = true
			}
		}
	}
	f.IndependentSources = len(sources)
	f.Conflict = conflict(pool)
	return f
}

// speakers maps the normalised name of each person that a claim names as
// speaking for its original source (Claim.Speaker), and her surname, to
// that source: "Айзада Бекова", introduced in one article as the health
// ministry's spokeswoman, is the ministry in the next one that quotes her
// by name alone. A name that speaks for two sources maps to neither.
func speakers(claims []ReportedClaim) map[string]string {
	out := map[string]string{}
	clash := map[string]bool{}
	for i := range claims {
		c := &claims[i].Claim
		src := c.OriginalSource()
		if c.Speaker == "" || src == "" || NormalizeSource(src) == NormalizeSource(c.Speaker) {
			continue
		}
		keys := []string{NormalizeSource(c.Speaker)}
		if f := strings.Fields(keys[0]); len(f) > 1 {
			keys = append(keys, f[len(f)-1])
		}
		for _, k := range keys {
			if have, ok := out[k]; ok && NormalizeSource(have) != NormalizeSource(src) {
				clash[k] = true
			}
			out[k] = src
		}
	}
	for k := range clash {
		delete(out, k)
	}
	return out
}

// sourceTotals returns the current figure of each original source, in
// the order the sources first appear: its latest claim, where
//   - a repeat of the same value at the same time keeps the first report,
//     which the others follow;
//   - a single-incident count does not replace a running total of the
//     same day or later ("killing two officers … brings the toll to nine");
//   - a bound that agrees with the exact figure it follows does not
//     replace it (a relay's rounded "more than 1,100" after "1,146").
func sourceTotals(pool []item) []item {
	cur := map[string]int{}
	var out []item
	for _, it := range pool {
		i, ok := cur[it.source]
		if !ok {
			cur[it.source] = len(out)
			out = append(out, it)
			continue
		}
		if replaces(it, out[i]) {
			out[i] = it
			continue
		}
		// One source saying the same value twice on one day, once as a
		// running total ("the toll rose to 76") and once plainly ("76
		// dead"), says a running total.
		if c, n := &out[i].rc.Claim, &it.rc.Claim; !c.Cumulative && n.Cumulative && value(c) == value(n) && out[i].at == it.at {
			out[i].rc.Claim.Cumulative = true
		}
	}
	return out
}

// dropStale removes the totals overtaken by another source's larger
// total of a later day: "two killed" on Tuesday is no lower bound once the
// ministry says twelve on Thursday. Only a source as authoritative
// overtakes: an agency's later, larger estimate does not make the
// government's count stale. Totals are kept in order.
func dropStale(totals []item) []item {
	var latestDay int64
	dated := false
	for _, it := range totals {
		if it.dated && (!dated || it.day > latestDay) {
			latestDay, dated = it.day, true
		}
	}
	if !dated {
		return totals
	}
	out := make([]item, 0, len(totals))
	for _, t := range totals {
		stale := false
		if t.dated && t.day < latestDay {
			for _, u := range totals {
				if u.dated && u.day > t.day && u.source != t.source && u.rank >= t.rank && value(&u.rc.Claim) > value(&t.rc.Claim) {
					stale = true
					break
				}
			}
		}
		if !stale {
			out = append(out, t)
		}
	}
	return out
}

// replaces reports whether a later claim of a source replaces its current
// one; see sourceTotals.
func replaces(next, cur item) bool {
	n, c := &next.rc.Claim, &cur.rc.Claim
	switch {
	case next.at == cur.at && value(n) == value(c) && n.Vague == c.Vague:
		return false
	case c.Cumulative && !n.Cumulative && (!next.dated || !cur.dated || next.day <= cur.day):
		return false
	case isExact(c) && !isExact(n) && agrees(n, value(c)):
		return false
	}
	return true
}

// agrees reports whether a claim's range admits the value v. "About"
// admits a tenth either side.
func agrees(c *sitrep.Claim, v int64) bool {
	if c.Qualifier == sitrep.About {
		d := max(value(c)/10, 1)
		return v >= value(c)-d && v <= value(c)+d
	}
	lo, hi := c.Min, upper(c)
	if c.Max == nil {
		return v >= lo
	}
	return v >= lo && v <= hi
}

// hasLower reports whether a claim bounds the count from below: "up to
// 1,500" and "fewer than 10" do not.
func hasLower(c *sitrep.Claim) bool {
	switch c.Qualifier {
	case sitrep.UpTo, sitrep.AtMost, sitrep.FewerThan:
		return false
	}
	return true
}

// bounds returns the smallest lower bound and the largest upper bound of
// the claims. When no claim bounds the count from below, low is the
// smallest value.
func bounds(items []item) (low int64, high *int64) {
	var h int64
	haveLow := false
	for i, it := range items {
		c := &it.rc.Claim
		if hasLower(c) && (!haveLow || c.Min < low) {
			low, haveLow = c.Min, true
		}
		if u := upper(c); i == 0 || u > h {
			h = u
		}
	}
	if !haveLow {
		for i, it := range items {
			if v := value(&it.rc.Claim); i == 0 || v < low {
				low = v
			}
		}
	}
	return low, &h
}

// chooseBest picks, among the current figures of the sources, the claim
// whose value is the figure's best, and says why in words.
func chooseBest(totals []item, vague bool) (item, string) {
	// A single-incident count within a running total is not the total:
	// a count that is not cumulative gives way to a running total as large
	// or larger, unless that total is another counting body's, less
	// authoritative: an agency's estimate of the displaced does not push
	// aside the government's count, while an outlet's running toll,
	// compiled from the authorities' reports, includes their incidents.
	var why []string
	cands := make([]item, 0, len(totals))
	for _, t := range totals {
		if !t.rc.Claim.Cumulative && slices.ContainsFunc(totals, func(u item) bool {
			return u.rc.Claim.Cumulative && (u.rank >= t.rank || !counts(u.rank)) && value(&u.rc.Claim) >= value(&t.rc.Claim)
		}) {
			continue
		}
		cands = append(cands, t)
	}
	if len(cands) < len(totals) {
		why = append(why, "running totals preferred over the counts they include")
	}
	top := AuthorityNone
	for _, it := range cands {
		top = max(top, it.rank)
	}
	var tied []item
	for _, it := range cands {
		if it.rank == top {
			tied = append(tied, it)
		}
	}
	best := tied[0]
	distinct := false
	for _, it := range tied[1:] {
		if value(&it.rc.Claim) != value(&best.rc.Claim) {
			distinct = true
		}
		if better(it, best) {
			best = it
		}
	}
	if distinct {
		why = append(why, fmt.Sprintf("%d sources of equal authority, so the exact running total, then the latest, then the larger value", len(tied)))
	}

	rule := "latest value of the most authoritative independent source"
	if top != AuthorityNone {
		rule += " (" + top.String() + ": " + best.display + ")"
	}
	if vague {
		rule = "no exact figure, so the lower bound of the vague range of the " + strings.TrimPrefix(rule, "latest value of the ")
	}
	if len(why) > 0 {
		rule += "; " + strings.Join(why, "; ")
	}
	return best, rule
}

// better reports whether a should be preferred to b between sources of
// equal authority: an exact figure first, then a running total, then the
// later day (the latest value: a count of the missing falls as people are
// found), then the larger value, then the later report.
func better(a, b item) bool {
	ca, cb := &a.rc.Claim, &b.rc.Claim
	if ea, eb := isExact(ca), isExact(cb); ea != eb {
		return ea
	}
	if ca.Cumulative != cb.Cumulative {
		return ca.Cumulative
	}
	if a.dated && b.dated && a.day != b.day {
		return a.day > b.day
	}
	if va, vb := value(ca), value(cb); va != vb {
		return va > vb
	}
	return a.order > b.order
}

// conflict reports whether independent sources gave different exact
// values on the same day: running totals and single-incident counts are
// compared among their own kind.
func conflict(pool []item) bool {
	type key struct {
		day        int64
		cumulative bool
	}
	type set struct{ values, sources map[any]bool }
	by := map[key]*set{}
	for _, it := range pool {
		c := &it.rc.Claim
		if !isExact(c) || !it.dated {
			continue
		}
		k := key{it.day, c.Cumulative}
		s := by[k]
		if s == nil {
			s = &set{map[any]bool{}, map[any]bool{}}
			by[k] = s
		}
		s.values[value(c)] = true
		s.sources[it.source] = true
		// Two values and two sources always pair two sources that disagree.
		if len(s.values) > 1 && len(s.sources) > 1 {
			return true
		}
	}
	return false
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// counts reports whether a source of rank r keeps a count of its own:
// an authority, an international agency or a rights group. News outlets,
// unknown names and posts mostly pass on the counts of others.
func counts(r Authority) bool {
	return r == AuthorityOfficial || r == AuthorityInternational || r == AuthorityNGO
}

// foldRelays marks as relays the reports that rest on an outlet, an
// unknown name, a post (the extractor found no one else behind them) or
// an authority named only generically ("the authorities", "officials")
// and that repeat a figure a counting source states for the same kind and
// group: the same value, or that value rounded ("more than 500" after
// 512, "более 22 тысяч" after 22,300). A relay is attributed to the
// counting source it repeats (the most authoritative, then the earliest):
// it counts as a citation of that source, not as an independent source,
// and it does not replace the outlet's own figure, if it has one. items
// must be sorted; the order is kept.
func foldRelays(items []item) []item {
	var primary []int
	for i, it := range items {
		if counts(it.rank) && !genericSource(it.source) && !it.rc.Claim.Vague {
			primary = append(primary, i)
		}
	}
	if len(primary) == 0 {
		return items
	}
	for i := range items {
		it := &items[i]
		c := &it.rc.Claim
		if counts(it.rank) && !genericSource(it.source) || c.Vague {
			continue
		}
		best := -1
		for _, j := range primary {
			p := &items[j]
			if p.source == it.source || !repeats(c, value(&p.rc.Claim)) {
				continue
			}
			if counts(it.rank) && p.rank < it.rank {
				continue // "the authorities" are not an agency's relay
			}
			if best < 0 || p.rank > items[best].rank {
				best = j
			}
		}
		if best >= 0 {
			p := &items[best]
			if counts(it.rank) {
				// "The authorities": the same source as the authority that
				// gives the value, but a figure of their own, since which
				// authority's history it belongs to is unknown.
				it.corroborates = p.source
				continue
			}
			it.source, it.rank, it.display, it.relay = p.source, p.rank, p.display, true
		}
	}
	return items
}

// repeats reports whether a claim states the value v, or v rounded to a
// number of at least 100 with at most two significant digits, bounded
// from below or "about".
func repeats(c *sitrep.Claim, v int64) bool {
	n := value(c)
	if n == v {
		return true
	}
	if n < 100 || !hasLower(c) || c.Qualifier == sitrep.Exact {
		return false
	}
	unit := int64(1)
	for n%(unit*10) == 0 {
		unit *= 10
	}
	if n/unit >= 100 {
		return false // three or more significant digits: not rounded
	}
	if c.Qualifier == sitrep.About {
		return v-n <= unit/2 && n-v <= unit/2
	}
	return v >= n && v < n+unit
}

// genericSource reports whether a normalised source name names no one in
// particular: "the authorities", "officials", "the government".
func genericSource(norm string) bool {
	switch norm {
	case "authorities", "government", "local authorities", "security forces", "власти", "autoridades", "autorites", "behorden", "autoritati":
		return true
	}
	return false
}
