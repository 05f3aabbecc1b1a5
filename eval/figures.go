package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// ExtractFunc runs the pipeline over one document.
type ExtractFunc func(doc sitrep.Document) *sitrep.Extraction

// GoldFigure is one figure a gold file expects. Max nil means no upper
// bound ("at least 12").
type GoldFigure struct {
	Kind       sitrep.FigureKind `json:"kind"`
	Min        int64             `json:"min"`
	Max        *int64            `json:"max"`
	Qualifier  sitrep.Qualifier  `json:"qualifier"`
	Vague      bool              `json:"vague"`
	Group      sitrep.Group      `json:"group"`
	Cumulative bool              `json:"cumulative"`
	Optional   bool              `json:"optional"`
}

// FigureRow is one labelled sentence: {lang, text, figures}.
type FigureRow struct {
	Lang    string       `json:"lang"`
	Text    string       `json:"text"`
	Figures []GoldFigure `json:"figures"`
	Source  string       `json:"source,omitempty"`
	Note    string       `json:"note,omitempty"`
}

// PRF counts matches and derives precision, recall and F1.
type PRF struct {
	Predicted int `json:"predicted"`
	Gold      int `json:"gold"`
	Matched   int `json:"matched"`
}

// Precision is matched / predicted (1 when nothing was predicted).
func (p PRF) Precision() float64 {
	if p.Predicted == 0 {
		return 1
	}
	return float64(p.Matched) / float64(p.Predicted)
}

// Recall is matched / gold (1 when nothing was expected).
func (p PRF) Recall() float64 {
	if p.Gold == 0 {
		return 1
	}
	return float64(p.Matched) / float64(p.Gold)
}

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

func (p *PRF) add(q PRF) {
	p.Predicted += q.Predicted
	p.Gold += q.Gold
	p.Matched += q.Matched
}

// FieldScore counts, over matched figures, how often a field was right.
type FieldScore struct {
	Right int `json:"right"`
	Of    int `json:"of"`
}

func (f *FieldScore) add(ok bool) {
	f.Of++
	if ok {
		f.Right++
	}
}

// Share is Right / Of (1 when Of is 0).
func (f FieldScore) Share() float64 {
	if f.Of == 0 {
		return 1
	}
	return float64(f.Right) / float64(f.Of)
}

// FigureMiss is a gold figure not found or a predicted one not expected.
type FigureMiss struct {
	Lang     string `json:"lang"`
	Text     string `json:"text"`
	What     string `json:"what"` // "missed" or "spurious"
	Figure   string `json:"figure"`
	Evidence string `json:"evidence,omitempty"`
}

// FiguresResult is the score of a figure gold set.
type FiguresResult struct {
	All    PRF                   `json:"all"`
	ByLang map[string]PRF        `json:"by_lang"`
	Fields map[string]FieldScore `json:"fields"` // group, qualifier, cumulative
	Misses []FigureMiss          `json:"misses"`
}

// Figures scores the extractor on a JSONL file of labelled sentences. Each
// row is a document in its stated language.
func Figures(r io.Reader, extract ExtractFunc) (FiguresResult, error) {
	res := FiguresResult{ByLang: map[string]PRF{}, Fields: map[string]FieldScore{}}
	err := eachRow(r, "figures", func(line int, row FigureRow) error {
		doc := sitrep.Document{ID: fmt.Sprintf("row%d", line), Text: row.Text, Lang: row.Lang}
		x := extract(doc)
		prf, fields, misses := matchFigures(x.Claims, row.Figures)
		for i := range misses {
			misses[i].Lang, misses[i].Text = row.Lang, row.Text
		}
		res.Misses = append(res.Misses, misses...)
		res.All.add(prf)
		l := res.ByLang[row.Lang]
		l.add(prf)
		res.ByLang[row.Lang] = l
		for k, v := range fields {
			f := res.Fields[k]
			f.Right += v.Right
			f.Of += v.Of
			res.Fields[k] = f
		}
		return nil
	})
	return res, err
}

// eachRow decodes every non-blank line of a JSON Lines reader as a T and
// calls fn with it and its 1-based line number; a line that does not
// decode is an error naming it.
func eachRow[T any](r io.Reader, what string, fn func(line int, row T) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var row T
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return fmt.Errorf("eval %s: line %d: %w", what, line, err)
		}
		if err := fn(line, row); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("eval %s: after line %d: %w", what, line, err)
	}
	return nil
}

// matchFigures pairs predicted claims with gold figures: same kind and
// equal value ranges (exact) or overlapping ones (vague). Optional gold
// figures count only when found.
func matchFigures(claims []sitrep.Claim, gold []GoldFigure) (PRF, map[string]FieldScore, []FigureMiss) {
	var prf PRF
	fields := map[string]FieldScore{}
	used := make([]bool, len(gold))
	var misses []FigureMiss
	for _, c := range claims {
		prf.Predicted++
		hit := -1
		for i, g := range gold {
			if !used[i] && g.Kind == c.Kind && valuesMatch(c, g) {
				hit = i
				break
			}
		}
		if hit < 0 {
			misses = append(misses, FigureMiss{What: "spurious", Figure: claimString(c), Evidence: c.Evidence})
			continue
		}
		used[hit] = true
		prf.Matched++
		g := gold[hit]
		for name, ok := range map[string]bool{
			"group":      g.Group == "" || g.Group == c.Group,
			"qualifier":  g.Qualifier == "" || g.Qualifier == c.Qualifier,
			"cumulative": g.Cumulative == c.Cumulative,
		} {
			f := fields[name]
			f.add(ok)
			fields[name] = f
		}
	}
	for i, g := range gold {
		if !g.Optional || used[i] {
			prf.Gold++
		}
		if !used[i] && !g.Optional {
			misses = append(misses, FigureMiss{What: "missed", Figure: goldString(g)})
		}
	}
	return prf, fields, misses
}

func valuesMatch(c sitrep.Claim, g GoldFigure) bool {
	if g.Vague {
		hi := int64(1) << 62
		if c.Max != nil {
			hi = *c.Max
		}
		return c.Vague && !(hi < g.Min || (g.Max != nil && c.Min > *g.Max))
	}
	if c.Min != g.Min {
		return false
	}
	return g.Max == nil || (c.Max != nil && *c.Max == *g.Max)
}

func claimString(c sitrep.Claim) string {
	hi := "∞"
	if c.Max != nil {
		hi = fmt.Sprint(*c.Max)
	}
	return fmt.Sprintf("%s %d–%s %s %s", c.Kind, c.Min, hi, c.Group, c.Qualifier)
}

func goldString(g GoldFigure) string {
	hi := "∞"
	if g.Max != nil {
		hi = fmt.Sprint(*g.Max)
	}
	return fmt.Sprintf("%s %d–%s %s %s", g.Kind, g.Min, hi, g.Group, g.Qualifier)
}

// WriteFiguresTable prints precision, recall and F1 per language, then per
// field.
func WriteFiguresTable(w io.Writer, title string, res FiguresResult) error {
	ew := &errWriter{w: w}
	ew.printf("%s\n\n| lang | predicted | gold | matched | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n", title)
	langs := make([]string, 0, len(res.ByLang))
	for l := range res.ByLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	row := func(name string, p PRF) {
		ew.printf("| %s | %d | %d | %d | %.3f | %.3f | %.3f |\n", name, p.Predicted, p.Gold, p.Matched, p.Precision(), p.Recall(), p.F1())
	}
	for _, l := range langs {
		row(l, res.ByLang[l])
	}
	row("all", res.All)
	ew.printf("\n| field (on matched figures) | right | of | share |\n|---|---:|---:|---:|\n")
	for _, k := range []string{"group", "qualifier", "cumulative"} {
		f := res.Fields[k]
		ew.printf("| %s | %d | %d | %.3f |\n", k, f.Right, f.Of, f.Share())
	}
	ew.printf("\n")
	return ew.err
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
