package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/sitrep-dev/sitrep"
)

type feature struct {
	Type       string         `json:"type"`
	Geometry   *geometry      `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// GeoJSON writes a FeatureCollection: one feature per event at its place,
// then one per development with a place of its own. Every feature carries
// its place's precision: a country-level place is the country's
// representative point, to be drawn as the country, never as a city.
func GeoJSON(w io.Writer, r *sitrep.SituationReport) error {
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, e := range r.Events {
		low, best, high := Total(e.Figures, sitrep.Killed)
		props := map[string]any{
			"kind": "event", "id": e.ID, "title": e.Title, "start": e.Start, "end": e.End, "types": e.Types,
			"fatalities_low": nullable(low), "fatalities_best": nullable(best), "fatalities_high": nullable(high),
			"figures": e.Figures, "documents": len(e.Documents),
		}
		fc.Features = append(fc.Features, placeFeature(e.Place, props))
		for _, d := range e.Developments {
			if d.Place == nil {
				continue
			}
			fc.Features = append(fc.Features, placeFeature(d.Place, map[string]any{
				"kind": "development", "event": e.ID, "type": d.Type, "evidence": d.Evidence,
				"time": d.Time, "document": d.Document, "source": d.Source,
			}))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(fc); err != nil {
		return fmt.Errorf("report: geojson: %w", err)
	}
	return nil
}

func placeFeature(p *sitrep.Place, props map[string]any) feature {
	f := feature{Type: "Feature", Properties: props}
	if p == nil {
		return f // a feature without geometry, as GeoJSON allows
	}
	props["place"] = p.Name
	props["country"] = p.Country
	props["admin1"] = p.Admin1
	props["precision"] = p.Precision
	f.Geometry = &geometry{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}}
	return f
}

func nullable(v int64) any {
	if v < 0 {
		return nil
	}
	return v
}
