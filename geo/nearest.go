package geo

import (
	"math"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

// grid is a 1°×1° bucket index of populated places, built on first use.
type grid struct {
	once  sync.Once
	cells map[[2]int16][]int32
}

func cellOf(lat, lon float64) [2]int16 {
	return [2]int16{int16(math.Floor(lat)), int16(math.Floor(lon))}
}

// Nearest returns the populated place nearest to a point (within about
// 300 km), for reverse geocoding: which country, which admin area a gold
// point or a map click lies in.
func (g *Gazetteer) Nearest(lat, lon float64) (sitrep.Place, bool) {
	g.grid.once.Do(func() {
		g.grid.cells = map[[2]int16][]int32{}
		for i := range g.places {
			p := &g.places[i]
			if p.kind == kCity {
				c := cellOf(float64(p.lat), float64(p.lon))
				g.grid.cells[c] = append(g.grid.cells[c], int32(i))
			}
		}
	})
	c := cellOf(lat, lon)
	best, bestD := int32(-1), math.Inf(1)
	for dy := int16(-2); dy <= 2; dy++ {
		for dx := int16(-3); dx <= 3; dx++ {
			lo := c[1] + dx
			if lo >= 180 {
				lo -= 360
			} else if lo < -180 {
				lo += 360
			}
			for _, pi := range g.grid.cells[[2]int16{c[0] + dy, lo}] {
				p := &g.places[pi]
				if d := Distance(lat, lon, float64(p.lat), float64(p.lon)); d < bestD {
					best, bestD = pi, d
				}
			}
		}
	}
	if best < 0 {
		return sitrep.Place{}, false
	}
	return g.toPlace(best), true
}
