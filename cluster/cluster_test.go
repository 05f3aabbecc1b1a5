package cluster

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"slices"
	"sync"
	"testing"
	"time"

	sitrep "github.com/sitrep-dev/sitrep"
)

var (
	kz     = &sitrep.Place{Name: "Kazakhstan", Country: "KZ", Lat: 48, Lon: 68, Precision: sitrep.PrecisionCountry}
	almaty = &sitrep.Place{Name: "Almaty", Country: "KZ", Admin1: "Almaty", Lat: 43.25, Lon: 76.92, Precision: sitrep.PrecisionCity}
	mang   = &sitrep.Place{Name: "Zhanaozen", Country: "KZ", Admin1: "Mangystau", Precision: sitrep.PrecisionCity}
	fr     = &sitrep.Place{Name: "France", Country: "FR", Precision: sitrep.PrecisionCountry}
)

// ext builds an extraction for tests.
func ext(id, published, outlet string, places []*sitrep.Place, events []sitrep.EventMention, claims ...sitrep.Claim) *sitrep.Extraction {
	x := &sitrep.Extraction{Document: sitrep.Document{ID: id, Published: published, Outlet: outlet, Kind: sitrep.KindArticle,
		Text: "text of " + id}}
	for _, p := range places {
		x.Places = append(x.Places, sitrep.PlaceMention{Place: *p, Surface: p.Name})
	}
	x.Events = events
	for i, c := range claims {
		c.DocumentID = id
		c.ID = fmt.Sprintf("%s-%d", id, i)
		x.Claims = append(x.Claims, c)
	}
	return x
}

func cue(t sitrep.EventType, p *sitrep.Place) sitrep.EventMention {
	return sitrep.EventMention{Type: t, Evidence: string(t), Place: p}
}

func withPlace(c sitrep.Claim, p *sitrep.Place) sitrep.Claim {
	c.Place = p
	return c
}

func kazakhstan() []*sitrep.Extraction {
	l := func(s ...string) []string { return s }
	moia := l("Ministry of Internal Affairs")
	wire := "Interfax reports that according to the Ministry of Internal Affairs 18 police officers were killed and 748 injured in the unrest across Kazakhstan while 2298 people were detained"
	a := ext("a", "2022-01-06T08:00:00Z", "Interfax", []*sitrep.Place{kz, almaty},
		[]sitrep.EventMention{cue(sitrep.Riot, almaty), cue(sitrep.Protest, kz)},
		withPlace(claim("", "", "killed security_forces 18 18 exact", true, l("Interfax"), moia), kz),
		withPlace(claim("", "", "injured security_forces 748 748 exact", true, l("Interfax"), moia), kz))
	a.Document.Text = wire
	// A syndicated copy of a, a day later, lightly edited.
	b := ext("b", "2022-01-06T09:00:00Z", "Mediafax", []*sitrep.Place{kz},
		[]sitrep.EventMention{cue(sitrep.Riot, kz)},
		withPlace(claim("", "", "killed security_forces 18 18 exact", true, l("Interfax"), moia), kz))
	b.Document.Text = "UPDATE " + wire + " (Mediafax)"
	c := ext("c", "2022-01-06T07:00:00Z", "Associated Press", []*sitrep.Place{kz},
		[]sitrep.EventMention{cue(sitrep.Protest, kz)},
		withPlace(claim("", "", "killed security_forces 12 - at_least", false, nil, l("authorities")), kz))
	// Figures only, no cue, no place: follows the unrest by date and the
	// document's places.
	d := ext("d", "2022-01-07", "Khabar-24", []*sitrep.Place{almaty},
		nil, claim("", "", "detained unspecified 2298 2298 exact", true, nil, moia))
	// A flood in Mangystau the same week: not the same event.
	e := ext("e", "2022-01-06", "Tengrinews", []*sitrep.Place{mang},
		[]sitrep.EventMention{cue(sitrep.Disaster, mang)},
		withPlace(claim("", "", "displaced unspecified 300 300 exact", false, nil, l("akimat")), mang))
	// Protests in France a month later.
	f := ext("f", "2022-02-10", "AFP", []*sitrep.Place{fr}, []sitrep.EventMention{cue(sitrep.Protest, fr)})
	// Unrest in Kazakhstan again, weeks later: another event.
	g := ext("g", "2022-01-25", "Reuters", []*sitrep.Place{kz}, []sitrep.EventMention{cue(sitrep.Protest, kz)})
	// A cue in Almaty bridges by date: 2022-01-09 is 2 days after d.
	h := ext("h", "2022-01-09", "Vlast", []*sitrep.Place{almaty}, []sitrep.EventMention{cue(sitrep.Arrests, almaty)})
	return []*sitrep.Extraction{a, b, c, d, e, f, g, h}
}

func eventOf(t *testing.T, evs []sitrep.Event, doc string) sitrep.Event {
	t.Helper()
	for _, e := range evs {
		if slices.Contains(e.Documents, doc) {
			return e
		}
	}
	t.Fatalf("no event has document %s", doc)
	return sitrep.Event{}
}

func TestBuildKazakhstan(t *testing.T) {
	evs := Build(kazakhstan(), Options{})
	var got []string
	for _, e := range evs {
		got = append(got, fmt.Sprint(e.Documents))
	}
	want := []string{"[c a b d h]", "[e]", "[g]", "[f]"}
	if !slices.Equal(got, want) {
		t.Fatalf("Build: events %v, want %v", got, want)
	}
	u := evs[0]
	if u.ID != EventID("c", "KZ") {
		t.Errorf("unrest id = %s, want the id of its earliest document c, %s", u.ID, EventID("c", "KZ"))
	}
	if u.Start != "2022-01-06" || u.End != "2022-01-09" || u.Place == nil || u.Place.Name != "Kazakhstan" {
		t.Errorf("unrest: start %s end %s place %+v", u.Start, u.End, u.Place)
	}
	if want := []sitrep.EventType{sitrep.Protest, sitrep.Riot, sitrep.Arrests}; !slices.Equal(u.Types, want) {
		t.Errorf("unrest types = %v, want %v", u.Types, want)
	}
	if want := [][2]string{{"a", "b"}}; !slices.Equal(u.Duplicates, want) {
		t.Errorf("unrest duplicates = %v, want %v", u.Duplicates, want)
	}
	if u.Title != "Protest, riot, arrests in Kazakhstan, 2022-01-06/2022-01-09" {
		t.Errorf("unrest title = %q", u.Title)
	}
	f := figure(t, u.Figures, sitrep.Killed, sitrep.SecurityForces)
	if f.Best != 18 || f.Low != 12 || *f.High != 18 || f.Citations != 1 || f.IndependentSources != 1 || f.Event != u.ID {
		t.Errorf("unrest killed/security_forces = best %d low %d high %d citations %d independent %d (copy b must not count)",
			f.Best, f.Low, *f.High, f.Citations, f.IndependentSources)
	}
	if d := figure(t, u.Figures, sitrep.Detained, sitrep.Unspecified); d.Best != 2298 {
		t.Errorf("detained = %d, want 2298", d.Best)
	}
	if len(u.Developments) != 5 {
		t.Errorf("unrest developments = %d, want 5", len(u.Developments))
	}
	var names []string
	for _, s := range u.Sources {
		names = append(names, fmt.Sprintf("%s/%s/%d/%d", s.Name, s.Kind, s.Claims, s.Documents))
	}
	if names[0] != "Ministry of Internal Affairs/cited/4/3" {
		t.Errorf("unrest sources = %v", names)
	}
	fl := eventOf(t, evs, "e")
	if fl.Place == nil || fl.Place.Admin1 != "Mangystau" || fl.ID == u.ID {
		t.Errorf("flood place %+v id %s", fl.Place, fl.ID)
	}
	if _, err := json.Marshal(evs); err != nil {
		t.Fatal(err)
	}
}

// TestStableIDs: an event keeps its id as evidence arrives; when two
// events merge, the merged one keeps the older id.
func TestStableIDs(t *testing.T) {
	xs := kazakhstan()
	c := New(Options{})
	c.Add(xs[0]) // a
	id := c.Events()[0].ID
	c.Add(xs[1]) // b
	c.Add(xs[7]) // h, 2022-01-09: three days after a, so it joins
	if got := c.Events(); len(got) != 1 || got[0].ID != id {
		t.Fatalf("after a, b, h: %d events, id %s, want 1 with id %s", len(got), got[0].ID, id)
	}
	// A week-apart pair of Almaty events that a report in between joins.
	c = New(Options{})
	c.Add(ext("x1", "2022-03-01", "A", []*sitrep.Place{almaty}, []sitrep.EventMention{cue(sitrep.Protest, almaty)}))
	c.Add(ext("x2", "2022-03-07", "B", []*sitrep.Place{almaty}, []sitrep.EventMention{cue(sitrep.Protest, almaty)}))
	if n := len(c.Events()); n != 2 {
		t.Fatalf("6 days apart: %d events, want 2", n)
	}
	c.Add(ext("x3", "2022-03-04", "C", []*sitrep.Place{kz}, []sitrep.EventMention{cue(sitrep.Riot, kz)}))
	evs := c.Events()
	if len(evs) != 1 || evs[0].ID != EventID("x1", "KZ") {
		t.Fatalf("after the bridge: %d events, first id %s, want 1 with id %s", len(evs), evs[0].ID, EventID("x1", "KZ"))
	}
}

func TestAdmin1Split(t *testing.T) {
	// Same country, same days, two admin1 areas, no country-level evidence.
	xs := []*sitrep.Extraction{
		ext("p", "2022-03-01", "A", []*sitrep.Place{almaty}, []sitrep.EventMention{cue(sitrep.Protest, almaty)}),
		ext("q", "2022-03-01", "B", []*sitrep.Place{mang}, []sitrep.EventMention{cue(sitrep.Protest, mang)}),
	}
	if n := len(Build(xs, Options{})); n != 2 {
		t.Errorf("two regions: %d events, want 2", n)
	}
	if n := len(Build(xs, Options{Gap: 1})); n != 2 {
		t.Errorf("gap 1: %d events, want 2", n)
	}
}

func TestGapOption(t *testing.T) {
	xs := []*sitrep.Extraction{
		ext("p", "2022-03-01", "A", []*sitrep.Place{kz}, []sitrep.EventMention{cue(sitrep.Protest, kz)}),
		ext("q", "2022-03-06", "B", []*sitrep.Place{kz}, []sitrep.EventMention{cue(sitrep.Protest, kz)}),
	}
	if n := len(Build(xs, Options{})); n != 2 {
		t.Errorf("5 days apart, default gap: %d events, want 2", n)
	}
	if n := len(Build(xs, Options{Gap: 5})); n != 1 {
		t.Errorf("5 days apart, gap 5: %d events, want 1", n)
	}
}

func TestEmptyAndDuplicateInput(t *testing.T) {
	if evs := Build(nil, Options{}); len(evs) != 0 {
		t.Errorf("Build(nil) = %v", evs)
	}
	c := New(Options{})
	c.Add(nil)
	c.Add(&sitrep.Extraction{}) // no id, no place, no evidence
	x := kazakhstan()[0]
	c.Add(x)
	c.Add(x)
	evs := c.Events()
	if len(evs) != 1 || len(evs[0].Documents) != 1 {
		t.Errorf("adding twice: %d events", len(evs))
	}
	// Undated and unplaced evidence still forms events.
	evs = Build([]*sitrep.Extraction{
		ext("u1", "", "A", nil, []sitrep.EventMention{cue(sitrep.Protest, nil)}),
		ext("u2", "", "B", nil, []sitrep.EventMention{cue(sitrep.Riot, nil)}),
		ext("u3", "not a date", "B", []*sitrep.Place{kz}, []sitrep.EventMention{cue(sitrep.Riot, kz)}),
	}, Options{})
	if len(evs) != 2 {
		t.Errorf("undated: %d events, want 2", len(evs))
	}
}

// signature is what must not depend on the order of input: ids,
// documents, duplicates and figures.
func signature(evs []sitrep.Event) string {
	type sig struct {
		ID         string
		Start, End string
		Documents  []string
		Duplicates [][2]string
		Figures    []sitrep.Figure
		Types      []sitrep.EventType
	}
	out := make([]sig, len(evs))
	for i, e := range evs {
		out[i] = sig{e.ID, e.Start, e.End, e.Documents, e.Duplicates, e.Figures, e.Types}
	}
	b, _ := json.Marshal(out)
	return string(b)
}

func TestIncrementalEqualsBatch(t *testing.T) {
	for _, cfg := range []genConfig{
		{docs: 400, countries: 3, days: 40, copies: 0.1, undated: 0.05, unplaced: 0.1},
		{docs: 300, countries: 1, days: 10, copies: 0.2, undated: 0.1, unplaced: 0.2},
		{docs: 200, countries: 10, days: 200},
	} {
		xs := genExtractions(cfg, 1)
		want := signature(Build(xs, Options{}))
		for seed := range int64(5) {
			r := rand.New(rand.NewSource(seed))
			perm := slices.Clone(xs)
			r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			c := New(Options{})
			for i, x := range perm {
				c.Add(x)
				if i%97 == 0 {
					c.Events() // asking midway changes nothing
				}
			}
			if got := signature(c.Events()); got != want {
				t.Errorf("%+v seed %d: incremental events differ from batch", cfg, seed)
			}
		}
	}
}

func TestConcurrentAdd(t *testing.T) {
	xs := genExtractions(genConfig{docs: 300, countries: 3, days: 30, copies: 0.1}, 2)
	want := signature(Build(xs, Options{}))
	c := New(Options{})
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(xs); i += 4 {
				c.Add(xs[i])
				if i%50 == 0 {
					c.Events()
				}
			}
		}()
	}
	wg.Wait()
	if got := signature(c.Events()); got != want {
		t.Errorf("concurrent adds differ from batch")
	}
}

// BenchmarkClusterAdd adds synthetic documents one at a time and reports
// the time per document. The corpus grows in time at a constant rate (10k
// documents a year over 40 countries), as a stream does, so that the
// events near a new document stay as many while the total grows: per
// document time should not grow with the corpus.
func BenchmarkClusterAdd(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		xs := genExtractions(genConfig{docs: n, countries: 40, days: n * 365 / 10_000, copies: 0.05, undated: 0.01, unplaced: 0.05}, 1)
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			var events time.Duration
			for range b.N {
				c := New(Options{})
				for _, x := range xs {
					c.Add(x)
				}
				b.StopTimer()
				t := time.Now()
				c.Events()
				events += time.Since(t)
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/doc")
			b.ReportMetric(float64(events.Nanoseconds())/float64(b.N*n), "events-ns/doc")
		})
	}
}

// TestStrayPlaces: an outlet's name read as a town, or a weekday read as
// an island, does not make an event of its own.
func TestStrayPlaces(t *testing.T) {
	meridian := &sitrep.Place{Name: "Meridian", Country: "US", Admin1: "Mississippi", Precision: sitrep.PrecisionCity}
	thursday := &sitrep.Place{Name: "Thursday Island", Country: "AU", Admin1: "Queensland", Precision: sitrep.PrecisionCity}
	a := ext("a", "2022-01-06", "Meridian News Agency", []*sitrep.Place{kz, kz, almaty, meridian, thursday},
		[]sitrep.EventMention{cue(sitrep.Riot, meridian), cue(sitrep.Protest, thursday)},
		withPlace(claim("", "", "killed unspecified 18 18 exact", true, nil, nil), meridian))
	a.Places[3].Surface = "Meridian"
	a.Places[4].Surface = "Thursday"
	a.Document.Text = "ALMATY, Jan 6 (Meridian) - Riots on Thursday in Kazakhstan."
	evs := Build([]*sitrep.Extraction{a}, Options{})
	if len(evs) != 1 || evs[0].Place == nil || evs[0].Place.Country != "KZ" || len(evs[0].Figures) != 1 {
		t.Fatalf("Build = %d events, first place %+v", len(evs), evs[0].Place)
	}
	// A second country named as such, more than once, is an event of its own.
	b := ext("b", "2022-01-06", "AFP", []*sitrep.Place{kz, kz, fr, fr},
		[]sitrep.EventMention{cue(sitrep.Protest, kz), cue(sitrep.Protest, fr)})
	if evs := Build([]*sitrep.Extraction{b}, Options{}); len(evs) != 2 {
		t.Errorf("two countries: %d events, want 2", len(evs))
	}
}
