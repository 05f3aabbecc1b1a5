package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// csvHeader names the columns of CSV, close to those ACLED and UCDP users
// know: one row per event.
var csvHeader = []string{"event_id", "event_date", "end_date", "country", "admin1", "location", "latitude", "longitude",
	"geo_precision", "event_type", "fatalities_low", "fatalities_best", "fatalities_high", "injured", "detained",
	"missing", "displaced", "sources", "documents", "title"}

// CSV writes one row per event. Fatalities and the other counts are the
// event's totals: the larger of the figure for people of no stated group
// and the sum over the stated groups, so that a total and its breakdown
// are not added together.
func CSV(w io.Writer, r *sitrep.SituationReport) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	for _, e := range r.Events {
		var country, admin1, loc, lat, lon, prec string
		if p := e.Place; p != nil {
			country, admin1, prec = p.Country, p.Admin1, string(p.Precision)
			if p.Precision != sitrep.PrecisionCountry {
				loc = p.Name
			}
			lat, lon = strconv.FormatFloat(p.Lat, 'f', 4, 64), strconv.FormatFloat(p.Lon, 'f', 4, 64)
		}
		var types []string
		for _, t := range e.Types {
			types = append(types, string(t))
		}
		var sources []string
		for _, s := range e.Sources {
			sources = append(sources, s.Name)
		}
		low, best, high := Total(e.Figures, sitrep.Killed)
		_, injured, _ := Total(e.Figures, sitrep.Injured)
		_, detained, _ := Total(e.Figures, sitrep.Detained)
		_, missing, _ := Total(e.Figures, sitrep.Missing)
		_, displaced, _ := Total(e.Figures, sitrep.Displaced)
		row := []string{e.ID, day(e.Start), day(e.End), country, admin1, loc, lat, lon, prec, strings.Join(types, ";"),
			itoa(low), itoa(best), itoa(high), itoa(injured), itoa(detained), itoa(missing), itoa(displaced),
			strings.Join(sources, ";"), strconv.Itoa(len(e.Documents)), e.Title}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("report: csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("report: csv: %w", err)
	}
	return nil
}

// Total returns an event's low, best and high count of one kind: the
// larger of the unspecified-group figure and the sum over the named
// groups, for each of the three. Missing values are -1.
func Total(figs []sitrep.Figure, kind sitrep.FigureKind) (low, best, high int64) {
	var uLow, uBest, uHigh, gLow, gBest, gHigh int64 = -1, -1, -1, 0, 0, 0
	named := false
	for _, f := range figs {
		if f.Kind != kind {
			continue
		}
		h := f.Best
		if f.High != nil {
			h = *f.High
		}
		if f.Group == sitrep.Unspecified {
			uLow, uBest, uHigh = f.Low, f.Best, h
			continue
		}
		named = true
		gLow += f.Low
		gBest += f.Best
		gHigh += h
	}
	if !named {
		return uLow, uBest, uHigh
	}
	return max(uLow, gLow), max(uBest, gBest), max(uHigh, gHigh)
}

func itoa(v int64) string {
	if v < 0 {
		return ""
	}
	return strconv.FormatInt(v, 10)
}

func day(t string) string {
	if len(t) > 10 {
		return t[:10]
	}
	return t
}
