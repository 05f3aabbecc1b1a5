package cluster

import (
	"cmp"
	"slices"
	"strings"

	sitrep "github.com/sitrep-dev/sitrep"
)

// atomize cuts one extraction into atoms: its claims and event cues
// grouped by country. A document is about one thing per country, so each
// country's evidence has one family of event types, the one most of its
// cues have (a disaster on a tie: a riot in an earthquake zone is looting
// in the earthquake). Evidence is placed in its own place's country only
// when that is the document's dominant country (the one its place
// mentions name most often) or a country the document names as such;
// otherwise, and when it has no place, in the dominant country. This keeps
// a stray resolution ("Thursday" read as Thursday Island, an outlet read
// as a town) from making an event of its own. A document with no claims
// and no cues but a place gives one empty atom, so that an article the
// extractor read nothing from is still listed with the event it is about.
func atomize(x *sitrep.Extraction, o Options) []atom {
	pubDay, hasPub := int64(0), false
	if t, ok := parseTime(x.Document.Published); ok {
		pubDay, hasPub = dayNumber(t), true
	}
	places := realPlaces(x)
	dominant, tied := dominantCountry(x, places)
	weakCountry := dominant == "" || tied || isolatedTown(places, dominant)
	// Countries the document is about besides the dominant one: named as
	// countries, and more than once.
	count := map[string]int{}
	for _, p := range places {
		count[strings.ToUpper(p.Country)]++
	}
	named := map[string]bool{}
	for _, p := range places {
		c := strings.ToUpper(p.Country)
		if p.Precision == sitrep.PrecisionCountry && c != "" && count[c] >= 2 {
			named[c] = true
		}
	}
	countryOf := func(p *sitrep.Place) string {
		if p != nil && p.Country != "" {
			c := strings.ToUpper(p.Country)
			if dominant == "" || c == dominant || named[c] {
				return c
			}
		}
		return dominant
	}
	dayOf := func(t string) int64 {
		if s, e, ok := parseSpan(t); ok {
			if !hasPub {
				return s
			}
			if d := (s + e) / 2; d-pubDay <= o.spread() && pubDay-d <= o.spread() {
				return d
			}
		}
		if hasPub {
			return pubDay
		}
		return undated
	}

	type acc struct {
		atom
		families     [3]int
		admin1s      map[string]bool
		countryLevel bool
	}
	byCountry := map[string]*acc{}
	get := func(cc string) *acc {
		a := byCountry[cc]
		if a == nil {
			a = &acc{atom: atom{country: cc, start: undated, end: undated}, admin1s: map[string]bool{}}
			byCountry[cc] = a
		}
		return a
	}
	note := func(a *acc, p *sitrep.Place, day int64) {
		if day != undated {
			if a.start == undated || day < a.start {
				a.start = day
			}
			if a.end == undated || day > a.end {
				a.end = day
			}
		}
		if p == nil || p.Country == "" || !strings.EqualFold(p.Country, a.country) {
			return
		}
		if p.Precision == sitrep.PrecisionCountry || p.Admin1 == "" {
			a.countryLevel = true
		} else {
			a.admin1s[p.Admin1] = true
		}
	}
	for i := range x.Claims {
		cl := &x.Claims[i]
		a := get(countryOf(cl.Place))
		a.claims = append(a.claims, int32(i))
		t := cl.Time
		if t == "" {
			t = cl.Published
		}
		note(a, cl.Place, dayOf(t))
	}
	for i := range x.Events {
		m := &x.Events[i]
		a := get(countryOf(m.Place))
		a.mentions = append(a.mentions, int32(i))
		a.families[familyOf(m.Type)]++
		note(a, m.Place, dayOf(m.Time))
	}
	if len(byCountry) == 0 && dominant != "" {
		a := get(dominant)
		a.empty = true
		note(a, nil, dayOf(""))
	}

	out := make([]atom, 0, len(byCountry))
	for _, a := range byCountry {
		switch n := a.families; {
		case n[familyDisaster] > 0 && n[familyDisaster] >= n[familyUnrest]:
			a.family = familyDisaster
		case n[familyUnrest] > 0:
			a.family = familyUnrest
		}
		if len(a.admin1s) == 0 {
			// Only places of its own say where evidence is; without them, the
			// document's place mentions in that country do.
			for _, p := range places {
				note(a, &p, undated)
			}
		}
		for _, p := range places {
			if strings.EqualFold(p.Country, a.country) && p.Admin1 != "" && p.Precision != sitrep.PrecisionCountry {
				a.areas = append(a.areas, p.Admin1)
			}
		}
		slices.Sort(a.areas)
		a.areas = slices.Compact(a.areas)
		a.weak = weakCountry && a.country == dominant
		if !a.countryLevel && len(a.admin1s) == 1 {
			for k := range a.admin1s {
				a.admin1 = k
			}
		}
		out = append(out, a.atom)
	}
	slices.SortFunc(out, func(a, b atom) int { return cmp.Compare(a.country, b.country) })
	return out
}

// realPlaces returns the places a document's place mentions resolve to,
// less those that name a source rather than a place: a surface that
// stands in a dateline's parentheses ("LIMA, April 16 (Meridian) - "), or
// that is the whole name of the outlet, the author or a source a claim
// names, once words such as "news" and "agency" are set aside ("Meridian"
// of "Meridian News Agency", but not "Бишкек" of "Бишкек Сейчас").
func realPlaces(x *sitrep.Extraction) []sitrep.Place {
	names := map[string]bool{}
	add := func(s string) {
		var kept []string
		for _, w := range strings.Fields(foldText(s)) {
			if !mediaWords[w] {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 {
			names[strings.Join(kept, " ")] = true
		}
	}
	add(x.Document.Outlet)
	add(x.Document.Author)
	for i := range x.Claims {
		for _, s := range x.Claims[i].ReportedBy {
			add(s)
		}
		for _, s := range x.Claims[i].Citing {
			add(s)
		}
	}
	out := make([]sitrep.Place, 0, len(x.Places))
	for _, pm := range x.Places {
		if pm.Surface != "" && (strings.Contains(x.Document.Text, "("+pm.Surface+")") || names[foldText(pm.Surface)]) {
			continue
		}
		out = append(out, pm.Place)
	}
	return out
}

// mediaWords are the words of outlets' names that are not their name.
var mediaWords = map[string]bool{
	"news": true, "agency": true, "agence": true, "agentia": true, "press": true, "presse": true, "the": true,
	"tv": true, "radio": true, "online": true, "daily": true, "times": true, "post": true, "breaking": true,
	"noticias": true, "noticia": true, "nachrichten": true, "nachrichtenagentur": true, "новости": true, "staff": true,
	"service": true, "wire": true, "network": true, "channel": true, "media": true, "journal": true, "herald": true,
}

// dominantCountry returns the country that places name most often (ties:
// the one the evidence is placed in most, then the one named first), else the country of the claims' or cues' places,
// else "". A country's own name counts three times: names of towns are
// often another country's too ("Gap", "Chala", "Meridian"), names of
// countries seldom.
//
// tied reports that another country's places are named as often and the
// evidence gives no way between them: the document names two countries
// equally ("Not Peru today: Mozambique's …").
func dominantCountry(x *sitrep.Extraction, places []sitrep.Place) (best string, tied bool) {
	count := map[string]int{}
	var order []string
	add := func(p *sitrep.Place) {
		if p == nil || p.Country == "" {
			return
		}
		k := strings.ToUpper(p.Country)
		if count[k] == 0 {
			order = append(order, k)
		}
		count[k]++
		if p.Precision == sitrep.PrecisionCountry {
			count[k] += 2
		}
	}
	for i := range places {
		add(&places[i])
	}
	if len(order) == 0 {
		for i := range x.Claims {
			add(x.Claims[i].Place)
		}
		for i := range x.Events {
			add(x.Events[i].Place)
		}
	}
	// Ties go to the country the evidence itself is placed in most.
	evidence := map[string]int{}
	for i := range x.Claims {
		if p := x.Claims[i].Place; p != nil {
			evidence[strings.ToUpper(p.Country)]++
		}
	}
	for i := range x.Events {
		if p := x.Events[i].Place; p != nil {
			evidence[strings.ToUpper(p.Country)]++
		}
	}
	for _, k := range order {
		if best == "" || count[k] > count[best] || count[k] == count[best] && evidence[k] > evidence[best] {
			best = k
		}
	}
	for _, k := range order {
		if k != best && count[k] == count[best] {
			tied = true
		}
	}
	return best, tied
}

// isolatedTown reports whether a document's places in a country are all
// one town's name, with neither the country nor any area of it named: a
// name that is often another country's town too ("Chala", "Último"), so
// no proof that the document is about that country.
func isolatedTown(places []sitrep.Place, country string) bool {
	name := ""
	for _, p := range places {
		if !strings.EqualFold(p.Country, country) {
			continue
		}
		if p.Precision != sitrep.PrecisionCity {
			return false
		}
		n := foldText(p.Name)
		if name != "" && n != name {
			return false
		}
		name = n
	}
	return name != ""
}
