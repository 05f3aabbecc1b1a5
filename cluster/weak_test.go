package cluster

import (
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

var (
	peru     = &sitrep.Place{Name: "Peru", Country: "PE", Precision: sitrep.PrecisionCountry}
	arequipa = &sitrep.Place{Name: "Arequipa", Country: "PE", Admin1: "Arequipa", Precision: sitrep.PrecisionAdmin1}
	mozambiq = &sitrep.Place{Name: "Mozambique", Country: "MZ", Precision: sitrep.PrecisionCountry}
	cabo     = &sitrep.Place{Name: "Cabo Delgado", Country: "MZ", Admin1: "Cabo Delgado", Precision: sitrep.PrecisionAdmin1}
	chalaTZ  = &sitrep.Place{Name: "Chala", Country: "TZ", Admin1: "Rukwa", Precision: sitrep.PrecisionCity}
	killed   = func(v string, by ...string) sitrep.Claim {
		return claim("", "", "killed unspecified "+v+" "+v+" exact", true, nil, by)
	}
	twoCrises = func() []*sitrep.Extraction {
		var xs []*sitrep.Extraction
		for i, day := range []string{"2031-04-15", "2031-04-16", "2031-04-17"} {
			x := ext("pe"+string(rune('a'+i)), day+"T10:00:00Z", "Wire", []*sitrep.Place{peru, arequipa},
				[]sitrep.EventMention{cue(sitrep.Disaster, arequipa)}, withPlace(killed("47", "INDECI"), arequipa))
			x.Document.Text = "LIMA - The earthquake in Arequipa killed 47, INDECI said. Rescuers dug through adobe ruins in Chala and Acari."
			xs = append(xs, x)
			y := ext("mz"+string(rune('a'+i)), day+"T11:00:00Z", "Wire", []*sitrep.Place{mozambiq, cabo},
				[]sitrep.EventMention{cue(sitrep.Attack, cabo)}, withPlace(killed("27", "Defence Ministry"), cabo))
			y.Document.Text = "MAPUTO - Insurgents attacked Macomia in Cabo Delgado, killing 27 civilians, the Defence Ministry said."
			xs = append(xs, y)
		}
		return xs
	}
)

func eventsWith(evs []sitrep.Event, doc string) []sitrep.Event {
	var out []sitrep.Event
	for _, e := range evs {
		for _, d := range e.Documents {
			if d == doc {
				out = append(out, e)
			}
		}
	}
	return out
}

// TestWeakEvidenceJoins: a post with no place the gazetteer knows, and an
// article whose only place is a town read in the wrong country, join the
// event of their time window they share the most with (figures, sources,
// names) instead of founding events of their own.
func TestWeakEvidenceJoins(t *testing.T) {
	xs := twoCrises()
	post := ext("post", "2031-04-17T20:00:00Z", "X", nil, []sitrep.EventMention{cue(sitrep.Attack, nil)}, killed("27"))
	post.Document.Text = "Family in Macomia says insurgents burned the market. Defence Ministry: 27 civilians killed."
	town := ext("town", "2031-04-16T18:00:00Z", "La Voz", []*sitrep.Place{chalaTZ, chalaTZ}, nil, withPlace(claim("", "", "killed unspecified 9 - at_least", false, nil, nil), chalaTZ))
	town.Document.Text = "The mayor of Chala counts at least nine dead: no adobe house stands after the earthquake."
	evs := Build(append(xs, post, town), Options{})
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2: %v", len(evs), evs)
	}
	if e := eventsWith(evs, "post"); len(e) != 1 || e[0].Place.Country != "MZ" {
		t.Errorf("the placeless post is in %v, want the Mozambique event", e)
	}
	if e := eventsWith(evs, "town"); len(e) != 1 || e[0].Place.Country != "PE" {
		t.Errorf("the Chala article is in %v, want the Peru event", e)
	}
	for _, e := range evs {
		for _, p := range e.Places {
			if p.Country == "TZ" {
				t.Errorf("event %s lists %s, a place read in the wrong country", e.ID, p.Name)
			}
		}
	}
}

// TestWeakEvidenceNeverMerges: weak evidence that shares as much with two
// events joins neither, and never makes them one; weak evidence that
// shares nothing makes an event of its own, as before.
func TestWeakEvidenceNeverMerges(t *testing.T) {
	xs := twoCrises()
	both := ext("both", "2031-04-16T20:00:00Z", "X", nil, nil, killed("47"), killed("27"))
	both.Document.Text = "Insurgents in Macomia, an earthquake in Arequipa: 47 and 27 dead."
	none := ext("none", "2031-04-16T21:00:00Z", "X", nil, []sitrep.EventMention{cue(sitrep.Protest, nil)}, killed("3"))
	none.Document.Text = "Three dead at a rally somewhere."
	evs := Build(append(xs, both, none), Options{})
	if len(evs) != 4 {
		t.Fatalf("%d events, want the two crises and two of their own", len(evs))
	}
	for _, d := range []string{"pea", "mza"} {
		if e := eventsWith(evs, d); len(e) != 1 || len(e[0].Documents) != 3 {
			t.Errorf("%s: %v, want its crisis' three documents", d, e)
		}
	}
}

// TestWeakOwnCountry: a town read right stays with its country's event,
// even when its words would point elsewhere; and a document that names
// two countries equally goes where its evidence fits.
func TestWeakOwnCountry(t *testing.T) {
	xs := twoCrises()
	pemba := &sitrep.Place{Name: "Pemba", Country: "MZ", Admin1: "Cabo Delgado", Precision: sitrep.PrecisionCity}
	x := ext("pemba", "2031-04-17T12:00:00Z", "X", []*sitrep.Place{pemba}, []sitrep.EventMention{cue(sitrep.Attack, pemba)}, withPlace(killed("47"), pemba))
	x.Document.Text = "Pemba: 47 dead, INDECI, Arequipa, Chala, Acari."
	two := ext("two", "2031-04-17T14:00:00Z", "X", []*sitrep.Place{peru, mozambiq}, []sitrep.EventMention{cue(sitrep.Attack, peru)}, withPlace(killed("27", "Defence Ministry"), peru))
	two.Document.Text = "Not Peru today: Mozambique. Insurgents attacked Macomia; the Defence Ministry says 27 civilians were killed."
	evs := Build(append(xs, x, two), Options{})
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	if e := eventsWith(evs, "pemba"); len(e) != 1 || e[0].Place.Country != "MZ" {
		t.Errorf("the Pemba post is in %v, want the Mozambique event", e)
	}
	if e := eventsWith(evs, "two"); len(e) != 1 || e[0].Place.Country != "MZ" {
		t.Errorf("the post naming two countries is in %v, want the Mozambique event", e)
	}
}

// TestWeakEmptyDocuments: a post the extractor read nothing from, whose
// places are misread ("Cabo" in Brazil, "Delgado" in El Salvador), is
// listed with the event it shares names with; one that shares nothing is
// in no event.
func TestWeakEmptyDocuments(t *testing.T) {
	xs := twoCrises()
	caboBR := &sitrep.Place{Name: "Cabo", Country: "BR", Admin1: "Pernambuco", Precision: sitrep.PrecisionCity}
	delgadoSV := &sitrep.Place{Name: "Delgado", Country: "SV", Admin1: "San Salvador", Precision: sitrep.PrecisionCity}
	post := ext("post", "2031-04-17T19:00:00Z", "X", []*sitrep.Place{caboBR, delgadoSV}, nil)
	post.Document.Text = "Heavy gunfire in Macomia since 8pm, the Defence Ministry silent. Insurgents attacked again. #CaboDelgado"
	other := ext("other", "2031-04-17T19:00:00Z", "X", []*sitrep.Place{chalaTZ}, nil)
	other.Document.Text = "Lovely weather for a picnic today."
	evs := Build(append(xs, post, other), Options{})
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	if e := eventsWith(evs, "post"); len(e) != 1 || e[0].Place.Country != "MZ" {
		t.Errorf("the empty post is in %v, want the Mozambique event", e)
	}
	if e := eventsWith(evs, "other"); len(e) != 0 {
		t.Errorf("the unrelated post is in %v, want none", e)
	}
}

// TestEmptyInArea: a document the extractor read nothing from, placed in
// an event's own area and days, is listed with the event only when it
// shares enough of its words and names with the event's documents: a
// report from the attacked town is; a gas project's financing in the same
// province is not.
func TestEmptyInArea(t *testing.T) {
	xs := twoCrises()
	town := ext("town", "2031-04-17T19:00:00Z", "X", []*sitrep.Place{cabo}, nil)
	town.Document.Text = "Insurgents attacked Macomia again tonight, the Defence Ministry said. #CaboDelgado"
	gas := ext("gas", "2031-04-17T19:00:00Z", "Business Daily", []*sitrep.Place{cabo}, nil)
	gas.Document.Text = "A liquefied natural gas consortium in Cabo Delgado secured twenty billion dollars of financing from fourteen banks and expects five thousand construction jobs."
	evs := Build(append(xs, town, gas), Options{})
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2", len(evs))
	}
	if e := eventsWith(evs, "town"); len(e) != 1 || e[0].Place.Country != "MZ" {
		t.Errorf("the report from Macomia is in %v, want the Mozambique event", e)
	}
	if e := eventsWith(evs, "gas"); len(e) != 0 {
		t.Errorf("the gas project is in %v, want none", e)
	}
}
