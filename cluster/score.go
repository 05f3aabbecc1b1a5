package cluster

import (
	"fmt"
	"slices"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Truth is the ground truth of an events corpus (cluster/testdata/truth.json).
type Truth struct {
	Events []TruthEvent `json:"events"`
	// Duplicates lists every pair of documents within a group of copies.
	Duplicates [][2]string `json:"duplicates"`
	// Noise lists documents that belong to no event.
	Noise []string `json:"noise"`
}

// TruthEvent is one true event.
type TruthEvent struct {
	Key       string             `json:"key"`
	Country   string             `json:"country"`
	Admin1    string             `json:"admin1"`
	Start     string             `json:"start"`
	End       string             `json:"end"`
	Types     []sitrep.EventType `json:"types"`
	Documents []string           `json:"documents"`
	Figures   []TruthFigure      `json:"figures"`
}

// TruthFigure is one true reconciled figure.
type TruthFigure struct {
	Kind               sitrep.FigureKind `json:"kind"`
	Group              sitrep.Group      `json:"group"`
	Low                int64             `json:"low"`
	Best               int64             `json:"best"`
	High               int64             `json:"high"`
	IndependentSources int               `json:"independent_sources"`
	AllSources         []string          `json:"all_sources"`
	Note               string            `json:"note,omitempty"`
}

// Scores measure events against the truth.
type Scores struct {
	// Events is the number of true events; Found how many of them have a
	// predicted event that holds most of their documents and whose
	// documents are mostly theirs.
	Events, Found int
	// Splits counts predicted events beyond the first whose documents are
	// mostly one true event's. Merges counts predicted events holding
	// documents of two or more true events. Spurious counts predicted
	// events with no document of any true event (noise, or unknown).
	Splits, Merges, Spurious int
	// NoiseInEvents counts noise documents that some predicted event holds.
	NoiseInEvents int
	// BCubed precision, recall and F1 of the clustering of the truth's
	// documents (noise documents are clusters of their own). A document in
	// several predicted events is clustered with all of their documents.
	Precision, Recall, F1 float64
	// Figures is the number of true figures; FiguresFound how many the
	// matched predicted event has (same kind and group); Low, Best, High
	// and Independent how many of those have that value right.
	Figures, FiguresFound, Low, Best, High, Independent int
	// ExtraFigures counts the figures of matched events, vague ones
	// aside, whose kind and group the truth does not list: a figure given
	// the wrong group or kind, or one the labels leave out.
	ExtraFigures int
	// DuplicatePrecision and DuplicateRecall compare the pairs of
	// documents within predicted duplicate groups with the true pairs.
	DuplicatePrecision, DuplicateRecall float64
	// Errors describes each miss, for a reader.
	Errors []string
}

// String summarises the scores on one line.
func (s Scores) String() string {
	return fmt.Sprintf("events %d/%d found, %d splits, %d merges, %d spurious, %d noise in events; "+
		"B3 P %.3f R %.3f F1 %.3f; figures %d/%d found, low %d, best %d, high %d, independent %d, %d extra; duplicates P %.3f R %.3f",
		s.Found, s.Events, s.Splits, s.Merges, s.Spurious, s.NoiseInEvents, s.Precision, s.Recall, s.F1,
		s.FiguresFound, s.Figures, s.Low, s.Best, s.High, s.Independent, s.ExtraFigures, s.DuplicatePrecision, s.DuplicateRecall)
}

// Score measures predicted events against the truth: whether every true
// event is found (matched by document overlap), with no split and no
// spurious merge; whether each of its figures has the right low, best,
// high and number of independent sources; and how well duplicates are
// found.
func Score(events []sitrep.Event, truth Truth) Scores {
	var s Scores
	s.Events = len(truth.Events)
	label := map[string]int{} // document → true event index; -1 for noise
	for i, e := range truth.Events {
		for _, d := range e.Documents {
			label[d] = i
		}
	}
	for _, d := range truth.Noise {
		label[d] = -1
	}

	// Per predicted event: documents per true event.
	counts := make([]map[int]int, len(events))
	majority := make([]int, len(events)) // true event most represented, or -1
	for p, e := range events {
		counts[p] = map[int]int{}
		for _, d := range e.Documents {
			if l, ok := label[d]; ok {
				counts[p][l]++
			}
		}
		majority[p] = -1
		best := 0
		for l, n := range counts[p] {
			if l >= 0 && (n > best || n == best && l < majority[p]) {
				majority[p], best = l, n
			}
		}
		truthEvents := 0
		for l := range counts[p] {
			if l >= 0 {
				truthEvents++
			}
		}
		switch {
		case truthEvents == 0:
			s.Spurious++
			s.Errors = append(s.Errors, fmt.Sprintf("spurious event %s %q: %v", e.ID, e.Title, e.Documents))
		case truthEvents > 1:
			s.Merges++
			s.Errors = append(s.Errors, fmt.Sprintf("event %s %q merges true events: %v", e.ID, e.Title, named(counts[p], truth)))
		}
	}
	inEvent := map[string]bool{}
	for _, e := range events {
		for _, d := range e.Documents {
			inEvent[d] = true
		}
	}
	for _, d := range truth.Noise {
		if inEvent[d] {
			s.NoiseInEvents++
			s.Errors = append(s.Errors, fmt.Sprintf("noise document %s is in an event", d))
		}
	}

	for i, te := range truth.Events {
		match := -1
		for p := range events {
			if counts[p][i] == 0 {
				continue
			}
			if match < 0 || counts[p][i] > counts[match][i] ||
				counts[p][i] == counts[match][i] && len(events[p].Documents) < len(events[match].Documents) {
				match = p
			}
		}
		parts := 0
		for p := range events {
			if majority[p] == i {
				parts++
			}
		}
		if parts > 1 {
			s.Splits += parts - 1
			s.Errors = append(s.Errors, fmt.Sprintf("%s is split over %d events", te.Key, parts))
		}
		s.Figures += len(te.Figures)
		if match < 0 {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: no event holds any of its documents", te.Key))
			continue
		}
		known := 0
		for _, n := range counts[match] {
			known += n
		}
		if n := counts[match][i]; 2*n > len(te.Documents) && 2*n > known {
			s.Found++
		} else {
			s.Errors = append(s.Errors, fmt.Sprintf("%s: best event %s holds %d of its %d documents among %d known",
				te.Key, events[match].ID, n, len(te.Documents), known))
		}
		scoreFigures(&s, te, events[match])
	}

	s.Precision, s.Recall = bcubed(events, truth, label)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.DuplicatePrecision, s.DuplicateRecall = duplicateScores(events, truth)
	return s
}

func named(counts map[int]int, truth Truth) map[string]int {
	out := map[string]int{}
	for l, n := range counts {
		if l >= 0 {
			out[truth.Events[l].Key] = n
		} else {
			out["noise"] = n
		}
	}
	return out
}

func scoreFigures(s *Scores, te TruthEvent, e sitrep.Event) {
	for _, f := range e.Figures {
		if !f.Vague && !slices.ContainsFunc(te.Figures, func(tf TruthFigure) bool { return tf.Kind == f.Kind && tf.Group == f.Group }) {
			s.ExtraFigures++
			s.Errors = append(s.Errors, fmt.Sprintf("%s %s/%s: a figure the truth does not list (best %d, %s)", te.Key, f.Kind, f.Group, f.Best, f.BestRule))
		}
	}
	for _, tf := range te.Figures {
		i := slices.IndexFunc(e.Figures, func(f sitrep.Figure) bool { return f.Kind == tf.Kind && f.Group == tf.Group })
		if i < 0 {
			s.Errors = append(s.Errors, fmt.Sprintf("%s %s/%s: no figure", te.Key, tf.Kind, tf.Group))
			continue
		}
		f := e.Figures[i]
		s.FiguresFound++
		high := int64(-1)
		if f.High != nil {
			high = *f.High
		}
		ok := true
		if f.Low == tf.Low {
			s.Low++
		} else {
			ok = false
		}
		if f.Best == tf.Best {
			s.Best++
		} else {
			ok = false
		}
		if high == tf.High {
			s.High++
		} else {
			ok = false
		}
		if f.IndependentSources == tf.IndependentSources {
			s.Independent++
		} else {
			ok = false
		}
		if !ok {
			s.Errors = append(s.Errors, fmt.Sprintf("%s %s/%s: low %d best %d high %d independent %d, want %d %d %d %d (%s)",
				te.Key, tf.Kind, tf.Group, f.Low, f.Best, high, f.IndependentSources,
				tf.Low, tf.Best, tf.High, tf.IndependentSources, f.BestRule))
		}
	}
}

// bcubed returns the BCubed precision and recall over the truth's
// documents.
func bcubed(events []sitrep.Event, truth Truth, label map[string]int) (p, r float64) {
	together := map[string]map[string]bool{} // document → documents predicted with it
	for _, e := range events {
		for _, d := range e.Documents {
			if _, ok := label[d]; !ok {
				continue
			}
			m := together[d]
			if m == nil {
				m = map[string]bool{}
				together[d] = m
			}
			for _, o := range e.Documents {
				if _, ok := label[o]; ok {
					m[o] = true
				}
			}
		}
	}
	size := map[int]int{}
	for i, e := range truth.Events {
		size[i] = len(e.Documents)
	}
	n := 0
	for d, l := range label {
		pred := together[d]
		if len(pred) == 0 {
			pred = map[string]bool{d: true}
		}
		right := 0
		for o := range pred {
			if o == d || (l >= 0 && label[o] == l) {
				right++
			}
		}
		trueSize := 1
		if l >= 0 {
			trueSize = size[l]
		}
		p += float64(right) / float64(len(pred))
		r += float64(right) / float64(trueSize)
		n++
	}
	if n == 0 {
		return 0, 0
	}
	return p / float64(n), r / float64(n)
}

// duplicateScores compares the pairs within predicted duplicate groups
// with the true pairs.
func duplicateScores(events []sitrep.Event, truth Truth) (p, r float64) {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		if parent[x] == "" || parent[x] == x {
			return x
		}
		parent[x] = find(parent[x])
		return parent[x]
	}
	for _, e := range events {
		for _, d := range e.Duplicates {
			a, b := find(d[0]), find(d[1])
			if a != b {
				parent[b] = a
			}
		}
	}
	groups := map[string][]string{}
	for x := range parent {
		groups[find(x)] = append(groups[find(x)], x)
	}
	for root := range groups {
		if !slices.Contains(groups[root], root) {
			groups[root] = append(groups[root], root)
		}
	}
	pair := func(a, b string) [2]string {
		if b < a {
			a, b = b, a
		}
		return [2]string{a, b}
	}
	predicted := map[[2]string]bool{}
	for _, g := range groups {
		for i := range g {
			for j := i + 1; j < len(g); j++ {
				predicted[pair(g[i], g[j])] = true
			}
		}
	}
	want := map[[2]string]bool{}
	for _, d := range truth.Duplicates {
		want[pair(d[0], d[1])] = true
	}
	hit := 0
	for k := range predicted {
		if want[k] {
			hit++
		}
	}
	p, r = 1, 1
	if len(predicted) > 0 {
		p = float64(hit) / float64(len(predicted))
	}
	if len(want) > 0 {
		r = float64(hit) / float64(len(want))
	}
	return p, r
}
