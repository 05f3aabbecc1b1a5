package cluster

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	sitrep "github.com/sitrep-dev/sitrep"
)

// genConfig shapes a synthetic corpus.
type genConfig struct {
	docs      int
	countries int
	days      int     // the corpus spans this many days
	copies    float64 // share of documents that are edited copies of an earlier one
	undated   float64 // share of documents with no date
	unplaced  float64 // share of documents with no place
}

var vocabulary = func() []string {
	r := rand.New(rand.NewSource(99))
	words := make([]string, 5000)
	for i := range words {
		var b strings.Builder
		for range 3 + r.Intn(6) {
			b.WriteByte(byte('a' + r.Intn(26)))
		}
		words[i] = b.String()
	}
	return words
}()

var (
	genOutlets = []string{"Reuters", "AFP", "Associated Press", "Interfax", "Mediafax", "BBC News", "Daily Ledger", "@witness", "@osint_ru"}
	genCiting  = []string{"", "", "Ministry of Internal Affairs", "the Interior Ministry", "police", "Human Rights Watch", "UN OCHA", "Red Cross"}
	genKinds   = []sitrep.FigureKind{sitrep.Killed, sitrep.Injured, sitrep.Detained}
	genGroups  = []sitrep.Group{sitrep.Unspecified, sitrep.Protesters, sitrep.SecurityForces}
)

// genExtractions makes a synthetic corpus of extractions, the same for
// the same seed.
func genExtractions(cfg genConfig, seed int64) []*sitrep.Extraction {
	r := rand.New(rand.NewSource(seed))
	base := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]*sitrep.Extraction, 0, cfg.docs)
	for i := range cfg.docs {
		x := &sitrep.Extraction{}
		cc := fmt.Sprintf("C%02d", r.Intn(cfg.countries))
		day := r.Intn(cfg.days)
		pub := base.Add(time.Duration(day)*24*time.Hour + time.Duration(r.Intn(86400))*time.Second)
		var text string
		if len(out) > 0 && r.Float64() < cfg.copies {
			// An edited copy of a recent document, with its evidence.
			src := out[len(out)-1-r.Intn(min(len(out), 20))]
			*x = *src
			w := strings.Fields(src.Document.Text)
			w[r.Intn(len(w))] = "edited"
			text = "UPDATE " + strings.Join(w, " ")
			pub = pub.Add(time.Hour)
		} else {
			w := make([]string, 40+r.Intn(60))
			for j := range w {
				w[j] = vocabulary[r.Intn(len(vocabulary))]
			}
			text = strings.Join(w, " ")
			x.Places, x.Claims, x.Events = genEvidence(r, cc, r.Float64() < cfg.unplaced)
		}
		x.Document = sitrep.Document{
			ID:        fmt.Sprintf("doc%06d", i),
			Outlet:    genOutlets[r.Intn(len(genOutlets))],
			Published: pub.Format(time.RFC3339),
			Kind:      sitrep.KindArticle,
			Text:      text,
		}
		if strings.HasPrefix(x.Document.Outlet, "@") {
			x.Document.Kind = sitrep.KindPost
			x.Document.Author, x.Document.Outlet = x.Document.Outlet, "X"
		}
		if r.Float64() < cfg.undated {
			x.Document.Published = ""
		}
		claims := make([]sitrep.Claim, len(x.Claims))
		for j, c := range x.Claims {
			c.DocumentID = x.Document.ID
			c.ID = fmt.Sprintf("%s-c%d", x.Document.ID, j)
			claims[j] = c
		}
		x.Claims = claims
		out = append(out, x)
	}
	return out
}

func genEvidence(r *rand.Rand, cc string, unplaced bool) ([]sitrep.PlaceMention, []sitrep.Claim, []sitrep.EventMention) {
	country := &sitrep.Place{Name: "Country " + cc, Country: cc, Precision: sitrep.PrecisionCountry}
	region := &sitrep.Place{Name: "Region " + cc, Country: cc, Admin1: fmt.Sprintf("%s-%d", cc, r.Intn(3)), Precision: sitrep.PrecisionAdmin1}
	var places []sitrep.PlaceMention
	var where *sitrep.Place
	if !unplaced {
		if r.Intn(2) == 0 {
			where = country
		} else {
			where = region
		}
		places = append(places, sitrep.PlaceMention{Place: *where, Surface: where.Name})
	}
	var events []sitrep.EventMention
	types := []sitrep.EventType{sitrep.Protest, sitrep.Riot, sitrep.Arrests, sitrep.Curfew, sitrep.Disaster}
	for p := range r.Intn(3) {
		t := types[r.Intn(len(types))]
		events = append(events, sitrep.EventMention{Type: t, Passage: p, Evidence: string(t), Place: where})
	}
	var claims []sitrep.Claim
	for p := range r.Intn(4) {
		v := int64(1 + r.Intn(40))
		c := sitrep.Claim{
			Kind: genKinds[r.Intn(len(genKinds))], Group: genGroups[r.Intn(len(genGroups))],
			Min: v, Max: &v, Qualifier: sitrep.Exact, Cumulative: r.Intn(2) == 0, Passage: p, Place: where,
		}
		if s := genCiting[r.Intn(len(genCiting))]; s != "" {
			c.Citing = []string{s}
		}
		if r.Intn(5) == 0 {
			c.Time = time.Date(2022, 1, 1+r.Intn(30), 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		}
		claims = append(claims, c)
	}
	return places, claims, events
}
