package pipeline

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// fakeGeo names one place wherever its name occurs.
type fakeGeo struct{ places map[string]sitrep.Place }

func (f fakeGeo) Places(text, lang string, countries []string) []sitrep.PlaceMention {
	var out []sitrep.PlaceMention
	for name, p := range f.places {
		for i := 0; ; {
			j := strings.Index(text[i:], name)
			if j < 0 {
				break
			}
			out = append(out, sitrep.PlaceMention{Place: p, Surface: name, Span: sitrep.Span{i + j, i + j + len(name)}})
			i += j + len(name)
		}
	}
	return out
}

func newPipeline(t *testing.T, geo Geocoder) *Pipeline {
	t.Helper()
	p, err := New(Config{Geocoder: geo, Workers: 3})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestProcessPlaces(t *testing.T) {
	geo := fakeGeo{map[string]sitrep.Place{
		"Russian": {Name: "Russia", Country: "RU", Precision: sitrep.PrecisionCountry},
		"Lyon":    {Name: "Lyon", Country: "FR", Precision: sitrep.PrecisionCity},
		"France":  {Name: "France", Country: "FR", Precision: sitrep.PrecisionCountry},
	}}
	p := newPipeline(t, geo)
	doc := sitrep.Document{ID: "d", Lang: "en", Text: "Protests spread across France on Monday.\n\n" +
		"Russian state media said at least 7 protesters were killed in Lyon."}
	x := p.Process(doc)
	if len(x.Claims) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(x.Claims), x.Claims)
	}
	if pl := x.Claims[0].Place; pl == nil || pl.Name != "Lyon" {
		t.Errorf("claim place = %+v, want Lyon (in the document's main country, not Russia)", pl)
	}
	if len(x.Places) != 3 {
		t.Errorf("got %d place mentions, want 3", len(x.Places))
	}
	for _, m := range x.Places {
		if doc.Text[m.Span[0]:m.Span[1]] != m.Surface {
			t.Errorf("place span %v is %q, want %q", m.Span, doc.Text[m.Span[0]:m.Span[1]], m.Surface)
		}
	}
}

func TestRunKeepsOrder(t *testing.T) {
	p := newPipeline(t, nil)
	items := make(chan Item)
	go func() {
		defer close(items)
		for i := range 20 {
			if i == 7 {
				items <- Item{Err: fmt.Errorf("input %d unreadable", i)}
				continue
			}
			items <- Item{Doc: sitrep.Document{ID: fmt.Sprint(i), Lang: "en", Text: fmt.Sprintf("At least %d people were killed.", i+2)}}
		}
	}()
	var got []string
	err := p.Run(context.Background(), items, func(o Output) error {
		if o.Err != nil {
			got = append(got, "err")
			return nil
		}
		got = append(got, o.X.Document.ID)
		if len(o.X.Claims) != 1 {
			t.Errorf("document %s: %d claims", o.X.Document.ID, len(o.X.Claims))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, 20)
	for i := range want {
		want[i] = fmt.Sprint(i)
	}
	want[7] = "err"
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestRunStopsOnEmitError(t *testing.T) {
	p := newPipeline(t, nil)
	items := make(chan Item, 10)
	for i := range 10 {
		items <- Item{Doc: sitrep.Document{ID: fmt.Sprint(i), Text: "x"}}
	}
	close(items)
	stop := fmt.Errorf("disk full")
	n := 0
	err := p.Run(context.Background(), items, func(Output) error { n++; return stop })
	if err != stop || n != 1 {
		t.Errorf("Run = %v after %d emits, want %v after 1", err, n, stop)
	}
}
