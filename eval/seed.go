package eval

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/sitrep-dev/sitrep"
)

// SeedGold is a full hand annotation of one document, in the format of
// shared/seed/*.gold.json: figures are tied to 1-based line numbers.
type SeedGold struct {
	Document string `json:"document"`
	Passages []struct {
		Line   int     `json:"line"`
		Kind   string  `json:"kind"`
		Lang   *string `json:"lang"`
		Handle string  `json:"handle"`
		Date   string  `json:"date"`
	} `json:"passages"`
	Figures []struct {
		GoldFigure
		Line     int    `json:"line"`
		Evidence string `json:"evidence"`
	} `json:"figures"`
}

// SeedResult is the score of one annotated document.
type SeedResult struct {
	Document  string       `json:"document"`
	Figures   PRF          `json:"figures"`
	Group     FieldScore   `json:"group"`
	Passages  FieldScore   `json:"passages"` // kind and language both right
	Posts     FieldScore   `json:"posts"`    // handle and date right
	Misses    []FigureMiss `json:"misses"`
	PassageOK []string     `json:"passage_errors,omitempty"`
}

// Seed scores the extraction of text against its annotation: a predicted
// figure matches a gold one on the same line with the same kind and equal
// (exact) or overlapping (vague) values, as shared/tools/score_seed.py does.
func Seed(goldJSON, text []byte, extract ExtractFunc) (SeedResult, error) {
	var g SeedGold
	if err := json.Unmarshal(goldJSON, &g); err != nil {
		return SeedResult{}, fmt.Errorf("eval seed: %w", err)
	}
	res := SeedResult{Document: g.Document}
	x := extract(sitrep.Document{ID: sitrep.ContentID(string(text)), Path: g.Document, Text: string(text)})
	lineOf := func(off int) int { return 1 + bytes.Count(text[:off], []byte("\n")) }
	// Group gold and claims by line, then match line by line.
	gold := map[int][]GoldFigure{}
	for _, f := range g.Figures {
		gold[f.Line] = append(gold[f.Line], f.GoldFigure)
	}
	claims := map[int][]sitrep.Claim{}
	for _, c := range x.Claims {
		claims[lineOf(c.Span[0])] = append(claims[lineOf(c.Span[0])], c)
	}
	lines := map[int]bool{}
	for l := range gold {
		lines[l] = true
	}
	for l := range claims {
		lines[l] = true
	}
	for l := range lines {
		prf, fields, misses := matchFigures(claims[l], gold[l])
		res.Figures.add(prf)
		gf := fields["group"]
		res.Group.Right += gf.Right
		res.Group.Of += gf.Of
		for i := range misses {
			misses[i].Text = fmt.Sprintf("line %d", l)
		}
		res.Misses = append(res.Misses, misses...)
	}
	byLine := map[int]sitrep.Passage{}
	for _, p := range x.Passages {
		byLine[p.Line] = p
	}
	for _, gp := range g.Passages {
		p, ok := byLine[gp.Line]
		lang := ""
		if gp.Lang != nil {
			lang = *gp.Lang
		}
		good := ok && string(p.Kind) == gp.Kind && p.Lang == lang
		res.Passages.add(good)
		if !good {
			res.PassageOK = append(res.PassageOK, fmt.Sprintf("line %d: got %s/%q, want %s/%q", gp.Line, p.Kind, p.Lang, gp.Kind, lang))
		}
		if gp.Handle != "" {
			res.Posts.add(ok && p.Post != nil && p.Post.Handle == gp.Handle && p.Post.Date == gp.Date)
		}
	}
	return res, nil
}
