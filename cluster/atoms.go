package cluster

import (
	"cmp"
	"slices"
	"strings"

	sitrep "github.com/sitrep-dev/sitrep"
)

// atomize cuts one extraction into atoms: its claims and event cues
// grouped by country and family of event types. Evidence with no place of
// its own is placed in the document's dominant country, the country its
// place mentions name most often. A document with no claims and no cues
// but a place still gives one atom, so that an article the extractor read
// nothing from is still listed with the event it is about.
func atomize(x *sitrep.Extraction, o Options) []atom {
	pubDay, hasPub := int64(0), false
	if t, ok := parseTime(x.Document.Published); ok {
		pubDay, hasPub = dayNumber(t), true
	}
	dominant := dominantCountry(x)
	countryOf := func(p *sitrep.Place) string {
		if p != nil && p.Country != "" {
			return strings.ToUpper(p.Country)
		}
		return dominant
	}

	// Families by passage and by country, from the typed cues.
	passage := map[int][3]int{}
	country := map[string][3]int{}
	for _, m := range x.Events {
		if f := familyOf(m.Type); f != familyNone {
			p := passage[m.Passage]
			p[f]++
			passage[m.Passage] = p
			k := countryOf(m.Place)
			cc := country[k]
			cc[f]++
			country[k] = cc
		}
	}
	majority := func(n [3]int) family {
		switch {
		case n[familyUnrest] > 0 && n[familyUnrest] >= n[familyDisaster]:
			return familyUnrest
		case n[familyDisaster] > 0:
			return familyDisaster
		}
		return familyNone
	}
	familyFor := func(own family, pass int, cc string) family {
		if own != familyNone {
			return own
		}
		if f := majority(passage[pass]); f != familyNone {
			return f
		}
		return majority(country[cc])
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

	type key struct {
		country string
		family  family
	}
	type acc struct {
		atom
		admin1s      map[string]bool
		countryLevel bool
	}
	byKey := map[key]*acc{}
	get := func(k key) *acc {
		a := byKey[k]
		if a == nil {
			a = &acc{atom: atom{country: k.country, family: k.family, start: undated, end: undated}, admin1s: map[string]bool{}}
			byKey[k] = a
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
		cc := countryOf(cl.Place)
		a := get(key{cc, familyFor(familyNone, cl.Passage, cc)})
		a.claims = append(a.claims, int32(i))
		t := cl.Time
		if t == "" {
			t = cl.Published
		}
		note(a, cl.Place, dayOf(t))
	}
	for i := range x.Events {
		m := &x.Events[i]
		cc := countryOf(m.Place)
		a := get(key{cc, familyFor(familyOf(m.Type), m.Passage, cc)})
		a.mentions = append(a.mentions, int32(i))
		note(a, m.Place, dayOf(m.Time))
	}
	if len(byKey) == 0 && dominant != "" {
		a := get(key{dominant, familyNone})
		note(a, nil, dayOf(""))
	}

	out := make([]atom, 0, len(byKey))
	for _, a := range byKey {
		if len(a.admin1s) == 0 {
			// Only places of its own say where evidence is; without them, the
			// document's place mentions in that country do.
			for _, pm := range x.Places {
				note(a, &pm.Place, undated)
			}
		}
		if !a.countryLevel && len(a.admin1s) == 1 {
			for k := range a.admin1s {
				a.admin1 = k
			}
		}
		out = append(out, a.atom)
	}
	slices.SortFunc(out, func(a, b atom) int {
		if c := cmp.Compare(a.country, b.country); c != 0 {
			return c
		}
		return cmp.Compare(a.family, b.family)
	})
	return out
}

// dominantCountry returns the country a document's place mentions name
// most often (ties: the one named first), else the country of its claims'
// or cues' places, else "".
func dominantCountry(x *sitrep.Extraction) string {
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
	}
	for i := range x.Places {
		add(&x.Places[i].Place)
	}
	if len(order) == 0 {
		for i := range x.Claims {
			add(x.Claims[i].Place)
		}
		for i := range x.Events {
			add(x.Events[i].Place)
		}
	}
	best := ""
	for _, k := range order {
		if best == "" || count[k] > count[best] {
			best = k
		}
	}
	return best
}
