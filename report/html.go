package report

import (
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

//go:embed report.html.tmpl
var htmlSource string

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"best":   best,
	"high":   high,
	"value":  valueText,
	"chain":  chain,
	"place":  placeName,
	"human":  func(s any) string { return strings.ReplaceAll(fmt.Sprint(s), "_", " ") },
	"date":   day,
	"isLast": func(i, n int) bool { return i == n-1 },
}).Parse(htmlSource))

// HTML writes the report as one self-contained page: per event, the
// figures table, each figure's timeline of reported values with its
// evidence and source chain, the developments and the sources.
func HTML(w io.Writer, r *sitrep.SituationReport) error {
	if err := htmlTemplate.Execute(w, r); err != nil {
		return fmt.Errorf("report: html: %w", err)
	}
	return nil
}
