// Package report renders a situation report: Markdown for people, JSON
// for programs. Every number printed cites its evidence, in the original
// language, and its source chain.
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// JSON writes the report as DESIGN.md's report shape.
func JSON(w io.Writer, r *sitrep.SituationReport) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("report: json: %w", err)
	}
	return nil
}

// Markdown writes the report for people: per event, the headline figures
// with their evidence and sources, the key developments by type, the
// places, and the sources and posts.
func Markdown(w io.Writer, r *sitrep.SituationReport) error {
	ew := &errWriter{w: w}
	ew.printf("# Situation report\n\n")
	if len(r.Events) == 0 {
		ew.printf("No events: no figure or development was found in the input.\n")
		return ew.err
	}
	for i := range r.Events {
		markdownEvent(ew, &r.Events[i])
	}
	return ew.err
}

func markdownEvent(ew *errWriter, e *sitrep.Event) {
	ew.printf("## %s\n\n", e.Title)
	var meta []string
	if e.Place != nil {
		meta = append(meta, "**Place:** "+placeName(e.Place))
	}
	if e.Start != "" {
		when := e.Start
		if e.End != "" && e.End != e.Start {
			when += " to " + e.End
		}
		meta = append(meta, "**When:** "+when)
	}
	if len(e.Types) > 0 {
		var ts []string
		for _, t := range e.Types {
			ts = append(ts, string(t))
		}
		meta = append(meta, "**Types:** "+strings.Join(ts, ", "))
	}
	meta = append(meta, fmt.Sprintf("**Documents:** %d", len(e.Documents)))
	ew.printf("%s\n\n", strings.Join(meta, " · "))

	ew.printf("### Headline figures\n\n")
	if len(e.Figures) == 0 {
		ew.printf("No figures reported.\n\n")
	} else {
		ew.printf("| kind | group | low | best | high | latest source | citations | independent sources |\n")
		ew.printf("|---|---|---:|---:|---:|---|---:|---:|\n")
		for _, f := range e.Figures {
			ew.printf("| %s | %s | %d | %s | %s | %s | %d | %d |\n", f.Kind, strings.ReplaceAll(string(f.Group), "_", " "),
				f.Low, best(f), high(f), cell(chain(f.Latest.ReportedBy, f.Latest.Citing)), f.Citations, f.IndependentSources)
		}
		ew.printf("\n")
		for _, f := range e.Figures {
			ew.printf("**%s, %s: %s**%s. %s.\n\n", f.Kind, strings.ReplaceAll(string(f.Group), "_", " "), best(f), conflict(f), f.BestRule)
			for _, g := range groupHistory(f.History) {
				h := g.first
				more := ""
				switch {
				case g.n == 2:
					more = " (and 1 more report of it)"
				case g.n > 2:
					more = fmt.Sprintf(" (and %d more reports of it)", g.n-1)
				}
				ew.printf("- %s%s: «%s» (%s) — %s%s\n", dateOr(h.Time), valueText(h), oneLine(h.Evidence), h.Lang,
					chain(h.ReportedBy, h.Citing), more)
			}
			ew.printf("\n")
		}
	}

	if len(e.Developments) > 0 {
		ew.printf("### Key developments\n\n")
		byType := map[sitrep.EventType][]sitrep.Development{}
		var types []sitrep.EventType
		for _, d := range e.Developments {
			if byType[d.Type] == nil {
				types = append(types, d.Type)
			}
			byType[d.Type] = append(byType[d.Type], d)
		}
		for _, t := range types {
			ew.printf("- **%s**\n", strings.ReplaceAll(string(t), "_", " "))
			for _, d := range byType[t] {
				where := ""
				if d.Place != nil {
					where = " — " + placeName(d.Place)
				}
				ew.printf("  - %s«%s»%s\n", dateOr(d.Time), oneLine(d.Evidence), where)
			}
		}
		ew.printf("\n")
	}

	if len(e.Places) > 0 {
		ew.printf("### Places\n\n")
		for _, p := range e.Places {
			ew.printf("- %s (%s", placeName(&p), p.Precision)
			if p.Precision != sitrep.PrecisionCountry {
				ew.printf(", %.2f, %.2f", p.Lat, p.Lon)
			}
			ew.printf(")\n")
		}
		ew.printf("\n")
	}

	if len(e.Sources) > 0 {
		ew.printf("### Sources and posts\n\n")
		srcs := append([]sitrep.Source(nil), e.Sources...)
		sort.SliceStable(srcs, func(i, j int) bool { return srcs[i].Claims > srcs[j].Claims })
		for _, s := range srcs {
			ew.printf("- %s (%s): %d claims in %d documents\n", s.Name, s.Kind, s.Claims, s.Documents)
		}
		ew.printf("\n")
	}
	if len(e.Duplicates) > 0 {
		ew.printf("Copies recognised and counted once: %d pairs.\n\n", len(e.Duplicates))
	}
}

// reportGroup is a run of reports that say the same thing: one value on
// one day through one chain of sources.
type reportGroup struct {
	first sitrep.Report
	n     int
}

// groupHistory folds the reports of a figure that repeat one value, day
// and source chain (syndicated copies, a headline and its paragraph) into
// one line, keeping their order.
func groupHistory(hs []sitrep.Report) []reportGroup {
	var out []reportGroup
	index := map[string]int{}
	for _, h := range hs {
		k := fmt.Sprintf("%s|%s|%s", dateOr(h.Time), valueText(h), chain(h.ReportedBy, h.Citing))
		if i, ok := index[k]; ok {
			out[i].n++
			continue
		}
		index[k] = len(out)
		out = append(out, reportGroup{first: h, n: 1})
	}
	return out
}

func placeName(p *sitrep.Place) string {
	if p.Country != "" && p.Name != p.Country && p.Precision != sitrep.PrecisionCountry {
		return p.Name + ", " + p.Country
	}
	return p.Name
}

func best(f sitrep.Figure) string {
	if f.Vague {
		return fmt.Sprintf("%d+ (vague)", f.Best)
	}
	return fmt.Sprint(f.Best)
}

func high(f sitrep.Figure) string {
	if f.High == nil {
		return "—"
	}
	return fmt.Sprint(*f.High)
}

func conflict(f sitrep.Figure) string {
	if f.Conflict {
		return " (independent sources disagree)"
	}
	return ""
}

func valueText(h sitrep.Report) string {
	switch {
	case h.Vague && h.Max != nil:
		return fmt.Sprintf("%d–%d (vague)", h.Min, *h.Max)
	case h.Max == nil:
		return fmt.Sprintf("%d or more (%s)", h.Min, h.Qualifier)
	case h.Qualifier != sitrep.Exact && h.Qualifier != "":
		return fmt.Sprintf("%d (%s)", h.Min, h.Qualifier)
	}
	return fmt.Sprint(h.Min)
}

func dateOr(t string) string {
	if t == "" {
		return ""
	}
	if len(t) > 10 {
		t = t[:10]
	}
	return t + ", "
}

// chain writes a source chain from the original outwards:
// "Ministry of Internal Affairs ← Interfax, RIA Novosti".
func chain(reportedBy, citing []string) string {
	var parts []string
	if len(citing) > 0 {
		parts = append(parts, strings.Join(citing, ", "))
	}
	if len(reportedBy) > 0 {
		parts = append(parts, strings.Join(reportedBy, ", "))
	}
	if len(parts) == 0 {
		return "unattributed"
	}
	return "according to " + strings.Join(parts, " via ")
}

func cell(s string) string { return strings.ReplaceAll(s, "|", "\\|") }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
