package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/geo"
)

// GeoRow is one row of a geoparsing gold file (geo.dev.jsonl): a toponym
// at byte offsets [Start, End) of Text, with its true coordinates and,
// when known, its country's name.
type GeoRow struct {
	Source  string  `json:"source"`
	Text    string  `json:"text"`
	Toponym string  `json:"toponym"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
	Country *string `json:"country"`
	Lang    string  `json:"lang,omitempty"`
}

// GeoCounts are the tallies of one source (or of all).
type GeoCounts struct {
	Rows int `json:"rows"`
	// Given toponym.
	Resolved   int `json:"resolved"`    // some place returned
	Within161  int `json:"within_161"`  // within 161 km (100 miles) of the gold point
	CountryN   int `json:"country_n"`   // rows with a gold country
	CountryHit int `json:"country_hit"` // of those, the same ISO2 country
	// The same on rows whose gold country is null, derived from the gold
	// point (the country of the nearest populated place).
	DerivedN   int `json:"derived_n"`
	DerivedHit int `json:"derived_hit"`
	// Entity counts rows within 161 km, or resolved to the right country
	// or admin1 area at that precision: the right place, whose
	// representative point follows another convention than the gold's.
	Entity int `json:"entity"`
	// Unaided: toponyms found by Places in the text.
	Found          int `json:"found"`            // gold span overlapped by a found toponym
	FoundWithin161 int `json:"found_within_161"` // of those, resolved within 161 km
}

// GivenAcc is the share of rows resolved within 161 km, toponym given.
func (c GeoCounts) GivenAcc() float64 { return ratio(c.Within161, c.Rows) }

// CountryAcc is the share of rows with a gold country whose resolved
// country is the same.
func (c GeoCounts) CountryAcc() float64 { return ratio(c.CountryHit, c.CountryN) }

// DerivedAcc is the country accuracy on rows whose gold country was
// derived from the gold point.
func (c GeoCounts) DerivedAcc() float64 { return ratio(c.DerivedHit, c.DerivedN) }

// EntityAcc is the share of rows resolved to the right place, counting a
// country or admin area by identity rather than by distance.
func (c GeoCounts) EntityAcc() float64 { return ratio(c.Entity, c.Rows) }

// Recall is the share of gold toponyms found unaided.
func (c GeoCounts) Recall() float64 { return ratio(c.Found, c.Rows) }

// FoundAcc is the share of found toponyms resolved within 161 km.
func (c GeoCounts) FoundAcc() float64 { return ratio(c.FoundWithin161, c.Found) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *GeoCounts) add(o GeoCounts) {
	c.Rows += o.Rows
	c.Resolved += o.Resolved
	c.Within161 += o.Within161
	c.CountryN += o.CountryN
	c.CountryHit += o.CountryHit
	c.Entity += o.Entity
	c.DerivedN += o.DerivedN
	c.DerivedHit += o.DerivedHit
	c.Found += o.Found
	c.FoundWithin161 += o.FoundWithin161
}

// GeoMiss is a row the resolver got wrong, for reading, not scoring.
type GeoMiss struct {
	Line    int     `json:"line"`
	Source  string  `json:"source"`
	Toponym string  `json:"toponym"`
	Got     string  `json:"got"`
	Km      float64 `json:"km"`
	Mode    string  `json:"mode"` // "given", "country", "unfound", "unaided"
}

// GeoResult is the score of a gold file, per source and in total.
type GeoResult struct {
	Sources map[string]*GeoCounts `json:"sources"`
	Total   GeoCounts             `json:"total"`
	Misses  []GeoMiss             `json:"misses"`
}

// Geo scores g on a JSONL gold file of GeoRows. Two modes:
//
//   - toponym given: ResolveToponym on the gold span; accuracy within
//     161 km, and exact-country accuracy;
//   - unaided: Places on the whole text; recall of the gold toponym (a
//     found span overlapping the gold span), and the share of found ones
//     resolved within 161 km.
//
// Country accuracy is scored on rows whose gold country is given: the
// name is mapped to ISO2 with the gazetteer's own country names. Where the
// gold country is null it is derived from the gold point, as the country
// of the nearest populated place (geo.Nearest), and reported apart
// ("derived country"): a region such as Europe has no country, so those
// rows count against it. Entity accuracy also counts as right a country or
// admin1 area resolved at that precision whose identity matches the gold
// point's (its country; for admin1, also the nearest place's admin1),
// because representative points of large areas follow conventions that
// differ by hundreds of kilometres.
func Geo(r io.Reader, g *geo.Gazetteer) (GeoResult, error) {
	res := GeoResult{Sources: map[string]*GeoCounts{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var row GeoRow
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			return res, fmt.Errorf("eval geo: line %d: %w", line, err)
		}
		start, end, err := spanOf(row)
		if err != nil {
			return res, fmt.Errorf("eval geo: line %d: %w", line, err)
		}
		row.Start, row.End = start, end
		var c GeoCounts
		c.Rows = 1
		// The gold country: the row's, else that of the place nearest to
		// the gold point.
		goldCC := ""
		given := row.Country != nil && *row.Country != ""
		if given {
			goldCC, _ = g.CountryCode(*row.Country)
		}
		near, nearOK := g.Nearest(row.Lat, row.Lon)
		if !given && nearOK {
			goldCC = near.Country
		}
		p, ok := g.ResolveToponym(row.Text, row.Toponym, row.Start, row.End, row.Lang)
		if ok {
			c.Resolved = 1
			km := geo.Distance(p.Lat, p.Lon, row.Lat, row.Lon)
			if km <= 161 {
				c.Within161 = 1
			} else {
				res.Misses = append(res.Misses, GeoMiss{line, row.Source, row.Toponym, p.Name + " " + p.Country + " " + string(p.Precision), km, "given"})
			}
			if km <= 161 || sameEntity(p, goldCC, near, nearOK) {
				c.Entity = 1
			}
		} else {
			res.Misses = append(res.Misses, GeoMiss{line, row.Source, row.Toponym, "", -1, "given"})
		}
		if given {
			c.CountryN = 1
		} else if goldCC != "" {
			c.DerivedN = 1
		}
		if goldCC != "" {
			if ok && p.Country == goldCC {
				c.CountryHit, c.DerivedHit = c.CountryN, c.DerivedN
			} else if ok {
				res.Misses = append(res.Misses, GeoMiss{line, row.Source, row.Toponym, p.Country + " want " + goldCC, 0, "country"})
			}
		}
		found := false
		for _, pm := range g.Places(row.Text, row.Lang, geo.Context{}) {
			if pm.Span[0] < row.End && pm.Span[1] > row.Start {
				found = true
				km := geo.Distance(pm.Lat, pm.Lon, row.Lat, row.Lon)
				if km <= 161 {
					c.FoundWithin161 = 1
				} else {
					res.Misses = append(res.Misses, GeoMiss{line, row.Source, row.Toponym, pm.Surface + " → " + pm.Name + " " + pm.Country, km, "unaided"})
				}
				break
			}
		}
		if found {
			c.Found = 1
		} else {
			res.Misses = append(res.Misses, GeoMiss{line, row.Source, row.Toponym, "", -1, "unfound"})
		}
		src := row.Source
		if src == "" {
			src = "-"
		}
		if res.Sources[src] == nil {
			res.Sources[src] = &GeoCounts{}
		}
		res.Sources[src].add(c)
		res.Total.add(c)
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("eval geo: line %d: %w", line+1, err)
	}
	return res, nil
}

func sameEntity(p sitrep.Place, goldCC string, near sitrep.Place, nearOK bool) bool {
	switch p.Precision {
	case sitrep.PrecisionCountry:
		return goldCC != "" && p.Country == goldCC
	case sitrep.PrecisionAdmin1:
		return nearOK && p.Country == near.Country && p.Admin1 != "" && p.Admin1 == near.Admin1
	}
	return false
}

// spanOf returns the byte span of the row's toponym. Gold files give
// offsets in bytes or, as several published corpora do, in characters;
// the span that holds the toponym is taken, else the occurrence nearest
// to the given offset.
func spanOf(r GeoRow) (int, int, error) {
	if r.Start >= 0 && r.End <= len(r.Text) && r.Start < r.End && (r.Toponym == "" || r.Text[r.Start:r.End] == r.Toponym) {
		return r.Start, r.End, nil
	}
	if r.Toponym == "" {
		return 0, 0, fmt.Errorf("span [%d,%d) outside text of %d bytes", r.Start, r.End, len(r.Text))
	}
	// Character offsets → byte offsets.
	n, bs, be := 0, -1, -1
	for i := range r.Text {
		if n == r.Start {
			bs = i
		}
		if n == r.End {
			be = i
		}
		n++
	}
	if n == r.End {
		be = len(r.Text)
	}
	if bs >= 0 && be > bs && r.Text[bs:be] == r.Toponym {
		return bs, be, nil
	}
	best, bestD := -1, 0
	for i := 0; ; {
		j := strings.Index(r.Text[i:], r.Toponym)
		if j < 0 {
			break
		}
		d := i + j - r.Start
		if d < 0 {
			d = -d
		}
		if best < 0 || d < bestD {
			best, bestD = i+j, d
		}
		i += j + 1
	}
	if best < 0 {
		return 0, 0, fmt.Errorf("toponym %q not in text", r.Toponym)
	}
	return best, best + len(r.Toponym), nil
}

// PrintGeo writes res as a table: one line per source and a total.
func PrintGeo(w io.Writer, res GeoResult) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "source\trows\tgiven@161km\tgiven entity\tcountry\t(n)\tderived country\t(n)\tunaided recall\tfound@161km\t")
	names := make([]string, 0, len(res.Sources))
	for s := range res.Sources {
		names = append(names, s)
	}
	sort.Strings(names)
	row := func(name string, c GeoCounts) {
		fmt.Fprintf(tw, "%s\t%d\t%.1f%%\t%.1f%%\t%.1f%%\t%d\t%.1f%%\t%d\t%.1f%%\t%.1f%%\t\n", name, c.Rows,
			100*c.GivenAcc(), 100*c.EntityAcc(), 100*c.CountryAcc(), c.CountryN, 100*c.DerivedAcc(), c.DerivedN,
			100*c.Recall(), 100*c.FoundAcc())
	}
	for _, s := range names {
		row(s, *res.Sources[s])
	}
	row("total", res.Total)
	return tw.Flush()
}
