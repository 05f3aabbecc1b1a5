package eval

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/numparse"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// CasualtyRow is one row of casualties.dev.jsonl: a headline or coder's
// note with the killed count coded for its event.
type CasualtyRow struct {
	Source       string `json:"source"`
	ID           string `json:"id"`
	Text         string `json:"text"`
	Killed       *int64 `json:"killed"`
	KilledLow    *int64 `json:"killed_low"`
	KilledHigh   *int64 `json:"killed_high"`
	KilledInText *bool  `json:"killed_in_text"`
	Lang         string `json:"lang"`
}

// CasualtyScore is the score of one source.
type CasualtyScore struct {
	Rows int `json:"rows"`
	// InText counts rows whose coded count appears in the text, and
	// AnyMatch those of them where some killed claim equals it.
	InText   int `json:"in_text"`
	AnyMatch int `json:"any_match"`
	// TotalMatch counts rows where the killed claims add up to the count.
	TotalMatch int `json:"total_match"`
	// Unbacked counts rows with a killed claim whose value its own
	// evidence does not state: a number the text does not back.
	Unbacked int `json:"unbacked"`
	// OffCode counts rows with a killed claim whose value is none of the
	// coded counts (killed, low, high). UCDP and ACLED code events, not
	// texts, so a text's own partial count lands here too: a stricter,
	// noisier measure than Unbacked.
	OffCode int `json:"off_code"`
	// WithKilled counts rows with at least one killed claim.
	WithKilled int `json:"with_killed"`
}

// AnyMatchRecall is AnyMatch / InText.
func (s CasualtyScore) AnyMatchRecall() float64 { return ratio(s.AnyMatch, s.InText) }

// UnbackedShare is Unbacked / Rows.
func (s CasualtyScore) UnbackedShare() float64 { return ratio(s.Unbacked, s.Rows) }

// TotalMatchShare is TotalMatch / Rows.
func (s CasualtyScore) TotalMatchShare() float64 { return ratio(s.TotalMatch, s.Rows) }

// CasualtyMiss is a row the extractor got wrong.
type CasualtyMiss struct {
	Source string  `json:"source"`
	ID     string  `json:"id"`
	Text   string  `json:"text"`
	Coded  int64   `json:"coded"`
	Got    []int64 `json:"got"`
	What   string  `json:"what"` // "missed" or "unbacked"
}

// CasualtiesResult is the score per source and overall.
type CasualtiesResult struct {
	All      CasualtyScore            `json:"all"`
	BySource map[string]CasualtyScore `json:"by_source"`
	Misses   []CasualtyMiss           `json:"misses"`
}

// Casualties scores killed figures on casualty rows, with the scoring
// rules of shared/eval/README.md.
func Casualties(r io.Reader, extract ExtractFunc) (CasualtiesResult, error) {
	res := CasualtiesResult{BySource: map[string]CasualtyScore{}}
	err := eachRow(r, "casualties", func(line int, row CasualtyRow) error {
		if row.Killed == nil {
			return nil
		}
		x := extract(sitrep.Document{ID: fmt.Sprintf("row%d", line), Text: row.Text, Lang: row.Lang})
		var got []int64
		var total int64
		for _, c := range x.Claims {
			if c.Kind != sitrep.Killed {
				continue
			}
			got = append(got, c.Min)
			total += c.Min
		}
		coded := *row.Killed
		s := res.BySource[row.Source]
		s.Rows++
		if len(got) > 0 {
			s.WithKilled++
		}
		if row.KilledInText != nil && *row.KilledInText {
			s.InText++
			if contains(got, coded) {
				s.AnyMatch++
			} else {
				res.Misses = append(res.Misses, CasualtyMiss{row.Source, row.ID, row.Text, coded, got, "missed"})
			}
		}
		if total == coded {
			s.TotalMatch++
		}
		for _, v := range got {
			if v != coded && (row.KilledLow == nil || v != *row.KilledLow) && (row.KilledHigh == nil || v != *row.KilledHigh) {
				s.OffCode++
				break
			}
		}
		for _, c := range x.Claims {
			if c.Kind == sitrep.Killed && !backed(c) {
				s.Unbacked++
				res.Misses = append(res.Misses, CasualtyMiss{row.Source, row.ID, row.Text, coded, got, "unbacked"})
				break
			}
		}
		res.BySource[row.Source] = s
		return nil
	})
	if err != nil {
		return res, err
	}
	for _, s := range res.BySource {
		res.All.Rows += s.Rows
		res.All.InText += s.InText
		res.All.AnyMatch += s.AnyMatch
		res.All.TotalMatch += s.TotalMatch
		res.All.Unbacked += s.Unbacked
		res.All.OffCode += s.OffCode
		res.All.WithKilled += s.WithKilled
	}
	return res, nil
}

// backed reports whether a claim's evidence states its value: a vague
// quantity, or a number expression of that value among its words.
func backed(c sitrep.Claim) bool {
	if c.Vague {
		return true
	}
	p := numparse.ForLang(c.Lang)
	if p == nil {
		return false
	}
	s := textnorm.Fold(c.Evidence)
	if c.Min == 1 {
		// "a soldier was killed": an article that counts one; "the
		// attacker was shot dead": a noun in the singular.
		if lx := lexicon.Get(c.Lang); lx != nil {
			words := strings.Fields(s)
			for _, a := range lx.Articles {
				if slices.Contains(words, textnorm.Fold(a)) {
					return true
				}
			}
			for _, ps := range lx.Singular {
				for _, p := range ps {
					if strings.Contains(" "+s+" ", " "+textnorm.Fold(strings.TrimSuffix(p, "*"))) {
						return true
					}
				}
			}
			// "19-year-old shot and killed": a person named by an age
			// (hyphens read as spaces, as the extractor skips them).
			spaced := strings.ReplaceAll(s, "-", " ")
			for _, m := range lx.AgeMarkers {
				for _, part := range strings.Split(m, "…") {
					if part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(part), "*")); part != "" &&
						strings.Contains(spaced, strings.ReplaceAll(textnorm.Fold(part), "-", " ")) {
						return true
					}
				}
			}
		}
	}
	for _, t := range textnorm.Tokens(s) {
		if v, _, ok := p.Scan(s, t.Start); ok && !v.Vague && int64(v.Min) == c.Min {
			return true
		}
	}
	return false
}

func contains(vs []int64, v int64) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// WriteCasualtiesTable prints the scores per source.
func WriteCasualtiesTable(w io.Writer, res CasualtiesResult) error {
	ew := &errWriter{w: w}
	ew.printf("Casualties (killed)\n\n| source | rows | killed in text | any-match recall | total match | rows with a killed figure its words do not state | rows with a killed figure off the coded count |\n|---|---:|---:|---:|---:|---:|---:|\n")
	names := make([]string, 0, len(res.BySource))
	for n := range res.BySource {
		names = append(names, n)
	}
	sort.Strings(names)
	row := func(n string, s CasualtyScore) {
		ew.printf("| %s | %d | %d | %.3f | %.3f | %d (%.1f %%) | %d (%.1f %%) |\n", n, s.Rows, s.InText, s.AnyMatchRecall(),
			s.TotalMatchShare(), s.Unbacked, 100*s.UnbackedShare(), s.OffCode, 100*ratio(s.OffCode, s.Rows))
	}
	for _, n := range names {
		row(n, res.BySource[n])
	}
	row("all", res.All)
	ew.printf("\n")
	return ew.err
}
