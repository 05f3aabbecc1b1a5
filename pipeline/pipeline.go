// Package pipeline runs the stages over documents: segment, detect the
// language of each passage, extract claims and event cues, find places, and
// attach each claim and cue to its place. It owns concurrency; the stages
// it calls are pure.
package pipeline

import (
	"context"
	"log/slog"
	"runtime"
	"sort"
	"sync"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/extract"
	"github.com/sitrep-dev/sitrep/lang"
	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/segment"
)

// Geocoder finds and resolves the places a passage names. countries are
// the ISO codes the document has named so far, most frequent first, for
// disambiguation. The geo package provides the real one.
type Geocoder interface {
	Places(text, lang string, countries []string) []sitrep.PlaceMention
}

// Config configures a Pipeline. The zero value works: the default
// detector and extractor, no geocoder, one worker per core.
type Config struct {
	Detector  *lang.Detector
	Extractor *extract.Extractor
	Geocoder  Geocoder
	Workers   int
	Logger    *slog.Logger
}

// Pipeline turns documents into extractions.
type Pipeline struct {
	det    *lang.Detector
	ex     *extract.Extractor
	geo    Geocoder
	n      int
	logger *slog.Logger
}

// New builds a pipeline, filling the zero fields of cfg with defaults.
func New(cfg Config) (*Pipeline, error) {
	p := &Pipeline{det: cfg.Detector, ex: cfg.Extractor, geo: cfg.Geocoder, n: cfg.Workers, logger: cfg.Logger}
	if p.det == nil {
		p.det = lang.Default()
	}
	if p.ex == nil {
		ex, err := extract.Default()
		if err != nil {
			return nil, err
		}
		p.ex = ex
	}
	if p.n <= 0 {
		p.n = runtime.GOMAXPROCS(0)
	}
	if p.logger == nil {
		p.logger = slog.New(slog.DiscardHandler)
	}
	return p, nil
}

// Process runs every stage over one document.
func (p *Pipeline) Process(doc sitrep.Document) *sitrep.Extraction {
	passages := segment.Split(doc)
	p.detect(doc, passages)
	res := p.ex.Document(doc, passages)
	x := &sitrep.Extraction{Document: doc, Passages: passages, Claims: res.Claims, Events: res.Events}
	if x.Claims == nil {
		x.Claims = []sitrep.Claim{}
	}
	if x.Events == nil {
		x.Events = []sitrep.EventMention{}
	}
	x.Places = []sitrep.PlaceMention{}
	if p.geo != nil {
		p.locate(x)
	}
	if x.Document.Lang == "" {
		x.Document.Lang = mainLanguage(passages)
	}
	return x
}

// detect sets the language of each passage. Long passages decide the
// document's main language, which then settles short, uncertain ones; a
// language given with the document is trusted for every passage written in
// a script its lexicon uses.
func (p *Pipeline) detect(doc sitrep.Document, passages []sitrep.Passage) {
	texts := make([]string, len(passages))
	for i := range passages {
		ps := &passages[i]
		if ps.Kind == sitrep.PassageFragment {
			continue
		}
		texts[i] = segment.StripMarkup(doc.Text[ps.Body[0]:ps.Body[1]])
		if given := lexicon.Base(doc.Lang); given != "" && p.ex.Supports(given) && p.ex.ScriptFits(texts[i], given) {
			ps.Lang, ps.LangConfidence = given, 1
			continue
		}
		ps.Lang, ps.LangConfidence = p.pick(texts[i], p.det.Candidates(texts[i], 4))
	}
	prior := mainLanguage(passages)
	for i := range passages {
		ps := &passages[i]
		if prior != "" && ps.Lang != "" && ps.Lang != prior && ps.LangConfidence < 0.9 {
			ps.Lang, ps.LangConfidence = p.det.DetectWithPrior(texts[i], prior)
		}
	}
}

// pick chooses among the detector's candidates. A confident detector
// decides alone; otherwise each candidate gains for every term of its
// lexicon found in the text, so that "4 dead in air raids" is English.
func (p *Pipeline) pick(text string, cands []lang.Candidate) (string, float64) {
	if len(cands) == 0 {
		return "", 0
	}
	if len(cands) == 1 || (cands[0].Confidence >= 0.9 && letters(text) >= shortPassage) {
		return cands[0].Lang, cands[0].Confidence
	}
	best, bestScore := cands[0], -1.0
	for _, c := range cands {
		score := c.Confidence + 0.45*float64(min(p.ex.Affinity(text, c.Lang), 3))
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best.Lang, best.Confidence
}

// shortPassage is the length in letters under which even a confident
// detector is checked against the lexicons.
const shortPassage = 160

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// mainLanguage is the language of most running text among passages
// detected with confidence.
func mainLanguage(passages []sitrep.Passage) string {
	weight := map[string]int{}
	for _, ps := range passages {
		if ps.Lang != "" && ps.LangConfidence >= 0.5 {
			weight[ps.Lang] += ps.Body.Len()
		}
	}
	best, bw := "", 0
	for l, w := range weight {
		if w > bw || (w == bw && l < best) {
			best, bw = l, w
		}
	}
	return best
}

// locate finds the places of every passage and gives each claim and event
// cue the nearest place named before it in its passage, else the
// document's main country.
func (p *Pipeline) locate(x *sitrep.Extraction) {
	type source struct {
		index, offset int
		text, lang    string
		masked        []sitrep.Span
	}
	var srcs []source
	for _, ps := range x.Passages {
		if ps.Kind == sitrep.PassageFragment && len(ps.Hashtags) == 0 {
			continue
		}
		// A post's signature names its author, never a place.
		text := x.Document.Text[ps.Span[0]:ps.Body[1]]
		srcs = append(srcs, source{ps.Index, ps.Span[0], text, ps.Lang, p.ex.Masked(text, ps.Lang)})
	}
	// Two passes: the first finds which countries the document is about,
	// the second resolves every passage with all of them as context, so
	// that a town named in the first line is read in the light of the
	// country named in the last.
	var countries []string
	for pass := 0; pass < 2; pass++ {
		count := map[string]int{}
		var found []string
		x.Places = x.Places[:0]
		for _, src := range srcs {
			for _, m := range p.geo.Places(src.text, src.lang, countries) {
				if inside(m.Span, src.masked) {
					continue
				}
				m.Passage = src.index
				m.Span = sitrep.Span{m.Span[0] + src.offset, m.Span[1] + src.offset}
				x.Places = append(x.Places, m)
				if m.Country == "" {
					continue
				}
				if count[m.Country] == 0 {
					found = append(found, m.Country)
				}
				count[m.Country]++
			}
			if pass == 0 {
				countries = found
			}
		}
		sort.SliceStable(found, func(i, j int) bool { return count[found[i]] > count[found[j]] })
		countries = found
		if len(countries) == 0 {
			break // nothing to learn from a second pass
		}
	}
	var main *sitrep.Place
	if len(countries) > 0 {
		for _, m := range x.Places {
			if m.Country == countries[0] && m.Precision == sitrep.PrecisionCountry {
				pl := m.Place
				main = &pl
				break
			}
		}
		if main == nil {
			main = &sitrep.Place{Name: countries[0], Country: countries[0], Precision: sitrep.PrecisionCountry}
		}
	}
	// A claim or cue takes the nearest place named before it in its
	// passage, else the first named after it. Places in the document's
	// main country are preferred when the passage names one: in "Russian
	// peacekeepers entered Kazakhstan" the event is in Kazakhstan.
	placeFor := func(passage int, at int) *sitrep.Place {
		var before, after, mainBefore, mainAfter *sitrep.Place
		for i := range x.Places {
			m := &x.Places[i]
			if m.Passage != passage {
				continue
			}
			pl := m.Place
			inMain := main != nil && m.Country == main.Country
			if m.Span[0] <= at {
				before = &pl
				if inMain {
					mainBefore = &pl
				}
			} else {
				if after == nil {
					after = &pl
				}
				if inMain && mainAfter == nil {
					mainAfter = &pl
				}
			}
		}
		for _, p := range []*sitrep.Place{mainBefore, mainAfter, before, after} {
			if p != nil {
				return p
			}
		}
		return main
	}
	for i := range x.Claims {
		x.Claims[i].Place = placeFor(x.Claims[i].Passage, x.Claims[i].Span[0])
	}
	for i := range x.Events {
		x.Events[i].Place = placeFor(x.Events[i].Passage, x.Events[i].Span[0])
	}
}

// inside reports whether span s lies within one of spans.
func inside(s sitrep.Span, spans []sitrep.Span) bool {
	for _, m := range spans {
		if m[0] <= s[0] && s[1] <= m[1] {
			return true
		}
	}
	return false
}

// Item is one document to process, or the error of reading it.
type Item struct {
	Doc sitrep.Document
	Err error
}

// Output is the result for one input item, in input order.
type Output struct {
	X   *sitrep.Extraction
	Err error
}

// Run processes items concurrently and calls emit for each result in
// input order. It stops early if ctx is cancelled or emit fails.
func (p *Pipeline) Run(ctx context.Context, items <-chan Item, emit func(Output) error) error {
	type job struct {
		seq  int
		item Item
	}
	type done struct {
		seq int
		out Output
	}
	jobs := make(chan job)
	results := make(chan done)
	var wg sync.WaitGroup
	for range p.n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out := Output{Err: j.item.Err}
				if out.Err == nil {
					out.X = p.Process(j.item.Doc)
				}
				select {
				case results <- done{j.seq, out}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		seq := 0
		for it := range items {
			select {
			case jobs <- job{seq, it}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(results) }()

	pending := map[int]Output{}
	next := 0
	var emitErr error
	for d := range results {
		pending[d.seq] = d.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if emitErr == nil {
				emitErr = emit(out)
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	return ctx.Err()
}
