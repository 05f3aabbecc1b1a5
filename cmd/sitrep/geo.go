package main

import (
	"sync"

	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/pipeline"
)

var (
	gazOnce sync.Once
	gaz     pipeline.Geocoder
)

// defaultGeocoder returns the embedded gazetteer, loaded once. If it
// cannot be loaded, the pipeline runs without places and says so.
func defaultGeocoder(m *Main) pipeline.Geocoder {
	gazOnce.Do(func() {
		g, err := geo.Default()
		if err != nil {
			m.Logger.Warn("gazetteer unavailable; places will not be resolved", "err", err)
			return
		}
		gaz = g.Stage()
	})
	return gaz
}
