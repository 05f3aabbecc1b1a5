package cluster

import (
	"fmt"
	"strings"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

// claim builds a claim for tests: spec is "kind group min max qualifier"
// with max "-" for none and qualifier "vague" making the claim vague.
func claim(id, doc, spec string, cumulative bool, reportedBy, citing []string) sitrep.Claim {
	var kind, group, q string
	var lo int64
	var hi string
	if _, err := fmt.Sscan(spec, &kind, &group, &lo, &hi, &q); err != nil {
		panic(err)
	}
	c := sitrep.Claim{
		ID: id, DocumentID: doc, Kind: sitrep.FigureKind(kind), Group: sitrep.Group(group),
		Min: lo, Qualifier: sitrep.Qualifier(q), Vague: q == "vague", Cumulative: cumulative,
		ReportedBy: reportedBy, Citing: citing,
	}
	if hi != "-" {
		var v int64
		fmt.Sscan(hi, &v)
		c.Max = &v
	}
	return c
}

// seedClaims are the claims a careful analyst reads from the seed document
// (shared/seed/000_0563437313d33bce.gold.json), as the extractor would
// give them.
func seedClaims() []ReportedClaim {
	const doc = "0563437313d33bce"
	l := func(s ...string) []string { return s }
	moia := l("Ministry of Internal Affairs")
	cs := []sitrep.Claim{
		claim("l1-killed", doc, "killed security_forces 18 18 exact", true, l("Interfax", "RIA Novosti"), moia),
		claim("l1-injured", doc, "injured security_forces 748 748 exact", true, l("Interfax", "RIA Novosti"), moia),
		claim("l1-detained", doc, "detained unspecified 2298 2298 exact", true, moia, nil),
		claim("l9-killed", doc, "killed security_forces 18 18 exact", true, l("Russian news agencies"), moia),
		claim("l9-injured", doc, "injured security_forces 748 748 exact", true, l("Russian news agencies"), moia),
		claim("l17-killed", doc, "killed protesters 20 99 vague", false, l("@ActusNonStop"), nil),
		claim("l21-killed", doc, "killed unspecified 20 99 vague", false, nil, nil),
		claim("l21-injured", doc, "injured unspecified 200 999 vague", false, nil, nil),
		claim("l23-killed", doc, "killed unspecified 2 9 vague", false, nil, nil),
		claim("l23-injured", doc, "injured unspecified 200 999 vague", false, nil, nil),
		claim("l25-killed", doc, "killed security_forces 12 - at_least", false, l("Associated Press", "Mediafax"), l("authorities")),
		claim("l25-killed-p", doc, "killed protesters 20 99 vague", false, l("Associated Press", "Mediafax"), l("authorities")),
		claim("l29-killed-a", doc, "killed attackers 20 99 vague", false, l("Khabar-24"), l("Saltanat Azirbek")),
		claim("l29-killed", doc, "killed security_forces 12 - at_least", false, nil, nil),
		claim("l29-injured", doc, "injured unspecified 353 353 exact", false, nil, nil),
	}
	out := make([]ReportedClaim, len(cs))
	for i, c := range cs {
		c.Time = "2022-01-06"
		out[i] = ReportedClaim{Claim: c, Published: "2022-01-06T12:00:00+02:00", Source: "Ziarul"}
	}
	return out
}

func figure(t *testing.T, figs []sitrep.Figure, kind sitrep.FigureKind, group sitrep.Group) sitrep.Figure {
	t.Helper()
	for _, f := range figs {
		if f.Kind == kind && f.Group == group {
			return f
		}
	}
	t.Fatalf("no figure %s/%s in %d figures", kind, group, len(figs))
	return sitrep.Figure{}
}

type want struct {
	kind                   sitrep.FigureKind
	group                  sitrep.Group
	low, best, high        int64
	vague                  bool
	citations, independent int
}

func checkFigure(t *testing.T, figs []sitrep.Figure, w want) {
	t.Helper()
	f := figure(t, figs, w.kind, w.group)
	got := fmt.Sprintf("low %d best %d high %d vague %v citations %d independent %d",
		f.Low, f.Best, *f.High, f.Vague, f.Citations, f.IndependentSources)
	exp := fmt.Sprintf("low %d best %d high %d vague %v citations %d independent %d",
		w.low, w.best, w.high, w.vague, w.citations, w.independent)
	if got != exp {
		t.Errorf("%s/%s: %s, want %s (rule %q)", w.kind, w.group, got, exp, f.BestRule)
	}
}

func TestReconcileSeed(t *testing.T) {
	figs := Reconcile("kz", seedClaims())
	for _, w := range []want{
		{sitrep.Killed, sitrep.SecurityForces, 12, 18, 18, false, 2, 1},
		{sitrep.Injured, sitrep.SecurityForces, 748, 748, 748, false, 2, 1},
		{sitrep.Detained, sitrep.Unspecified, 2298, 2298, 2298, false, 1, 1},
		{sitrep.Killed, sitrep.Protesters, 20, 20, 99, true, 2, 2},
		{sitrep.Killed, sitrep.Attackers, 20, 20, 99, true, 1, 1},
		{sitrep.Injured, sitrep.Unspecified, 353, 353, 353, false, 1, 1},
	} {
		checkFigure(t, figs, w)
	}
	f := figure(t, figs, sitrep.Killed, sitrep.SecurityForces)
	if f.Event != "kz" || f.Conflict || len(f.History) != 4 {
		t.Errorf("killed/security_forces: event %q conflict %v history %d, want kz false 4", f.Event, f.Conflict, len(f.History))
	}
	if f.Latest.Value != 18 || f.Latest.Citing[0] != "Ministry of Internal Affairs" || f.Latest.ReportedBy[0] != "Interfax" {
		t.Errorf("killed/security_forces latest = %+v, want 18 by Interfax citing the ministry", f.Latest)
	}
	if !strings.HasPrefix(f.BestRule, "latest value of the most authoritative independent source") {
		t.Errorf("best rule = %q", f.BestRule)
	}
	// Figures come in vocabulary order.
	var order []string
	for _, f := range figs {
		order = append(order, string(f.Kind)+"/"+string(f.Group))
	}
	wantOrder := "killed/security_forces killed/protesters killed/attackers killed/unspecified injured/security_forces injured/unspecified detained/unspecified"
	if got := strings.Join(order, " "); got != wantOrder {
		t.Errorf("figure order = %s, want %s", got, wantOrder)
	}
}

func TestReconcileCopiesAndIndependence(t *testing.T) {
	base := seedClaims()
	add := func(doc, copyOf, published string, c sitrep.Claim) {
		c.DocumentID = doc
		c.ID = doc + "-" + c.ID
		base = append(base, ReportedClaim{Claim: c, Published: published, CopyOf: copyOf, Source: "Wire"})
	}
	l := func(s ...string) []string { return s }
	// A syndicated copy of the seed repeats both reports of 18: no new citation.
	add("copy", "0563437313d33bce", "2022-01-06T13:00:00Z",
		claim("a", "", "killed security_forces 18 18 exact", true, l("Interfax"), l("Ministry of Internal Affairs")))
	add("copy", "0563437313d33bce", "2022-01-06T13:00:00Z",
		claim("b", "", "killed security_forces 18 18 exact", true, l("Russian news agencies"), l("Ministry of Internal Affairs")))
	figs := Reconcile("kz", base)
	checkFigure(t, figs, want{sitrep.Killed, sitrep.SecurityForces, 12, 18, 18, false, 2, 1})

	// Another outlet citing the ministry under another name corroborates
	// but is not independent.
	add("other", "", "2022-01-06T14:00:00Z",
		claim("c", "", "killed security_forces 18 18 exact", true, l("Reuters"), l("the Interior Ministry")))
	figs = Reconcile("kz", base)
	checkFigure(t, figs, want{sitrep.Killed, sitrep.SecurityForces, 12, 18, 18, false, 3, 1})

	// An outlet that repeats the ministry's value naming no one relays it:
	// a citation, not an independent source (README rule 1).
	add("relay", "", "2022-01-06T15:00:00Z",
		claim("d", "", "killed security_forces 18 18 exact", false, l("Reuters"), nil))
	figs = Reconcile("kz", base)
	checkFigure(t, figs, want{sitrep.Killed, sitrep.SecurityForces, 12, 18, 18, false, 4, 1})

	// A second authority that states the same value is independent.
	add("health", "", "2022-01-06T16:00:00Z",
		claim("e", "", "killed security_forces 18 18 exact", true, l("Reuters"), l("Ministry of Health")))
	figs = Reconcile("kz", base)
	checkFigure(t, figs, want{sitrep.Killed, sitrep.SecurityForces, 12, 18, 18, false, 5, 2})
}

func TestReconcileRules(t *testing.T) {
	l := func(s ...string) []string { return s }
	rc := func(doc, published string, c sitrep.Claim) ReportedClaim {
		c.DocumentID = doc
		return ReportedClaim{Claim: c, Published: published, Source: "Outlet " + doc}
	}
	tests := []struct {
		name   string
		claims []ReportedClaim
		want   want
		check  func(f sitrep.Figure) string
	}{
		{
			name: "latest value of the official source wins over a larger media count",
			claims: []ReportedClaim{
				rc("a", "2022-01-05", claim("1", "", "killed civilians 10 10 exact", true, nil, l("Ministry of Health"))),
				rc("b", "2022-01-06", claim("2", "", "killed civilians 30 30 exact", true, l("BBC News"), nil)),
				rc("c", "2022-01-07", claim("3", "", "killed civilians 25 25 exact", true, nil, l("Ministry of Health"))),
				rc("d", "2022-01-07", claim("4", "", "killed civilians 40 - at_least", false, l("@someone"), nil)),
			},
			want: want{sitrep.Killed, sitrep.Civilians, 25, 25, 30, false, 1, 1},
		},
		{
			name: "a single-incident count is not the total when a running total exists",
			claims: []ReportedClaim{
				rc("a", "2022-01-05", claim("1", "", "killed civilians 50 50 exact", true, l("Reuters"), nil)),
				rc("b", "2022-01-06", claim("2", "", "killed civilians 7 7 exact", false, nil, l("police"))),
			},
			want: want{sitrep.Killed, sitrep.Civilians, 7, 50, 50, false, 1, 1},
		},
		{
			name: "vague figures count only without exact ones",
			claims: []ReportedClaim{
				rc("a", "2022-01-05", claim("1", "", "injured unspecified 200 999 vague", false, nil, l("police"))),
				rc("b", "2022-01-06", claim("2", "", "injured unspecified 120 - at_least", false, l("AFP"), nil)),
			},
			want: want{sitrep.Injured, sitrep.Unspecified, 120, 120, 120, false, 1, 1},
		},
		{
			name: "vague only: best is the lower bound of the range",
			claims: []ReportedClaim{
				rc("a", "2022-01-05", claim("1", "", "injured unspecified 200 999 vague", false, nil, l("police"))),
				rc("b", "2022-01-06", claim("2", "", "injured unspecified 2000 9999 vague", false, l("@x"), nil)),
			},
			want: want{sitrep.Injured, sitrep.Unspecified, 200, 200, 999, true, 1, 1},
		},
		{
			name: "tie between equal authorities: the exact running total",
			claims: []ReportedClaim{
				rc("a", "2022-01-06", claim("1", "", "detained unspecified 3000 - more_than", true, nil, l("police"))),
				rc("b", "2022-01-06", claim("2", "", "detained unspecified 2298 2298 exact", true, nil, l("Ministry of Internal Affairs"))),
			},
			want: want{sitrep.Detained, sitrep.Unspecified, 2298, 2298, 3000, false, 1, 1},
		},
		{
			name: "conflict: independent sources, different exact values, same day",
			claims: []ReportedClaim{
				rc("a", "2022-01-06T10:00:00Z", claim("1", "", "killed protesters 10 10 exact", false, l("Reuters"), nil)),
				rc("b", "2022-01-06T11:00:00Z", claim("2", "", "killed protesters 14 14 exact", false, l("AFP"), nil)),
				rc("c", "2022-01-07T11:00:00Z", claim("3", "", "killed protesters 14 14 exact", false, l("AP"), nil)),
			},
			want:  want{sitrep.Killed, sitrep.Protesters, 14, 14, 14, false, 2, 2},
			check: func(f sitrep.Figure) string { return fmt.Sprint("conflict ", f.Conflict) },
		},
		{
			name: "no conflict when one source updates itself",
			claims: []ReportedClaim{
				rc("a", "2022-01-06T10:00:00Z", claim("1", "", "killed protesters 10 10 exact", false, l("Reuters"), nil)),
				rc("b", "2022-01-06T11:00:00Z", claim("2", "", "killed protesters 14 14 exact", false, l("Reuters"), nil)),
			},
			want:  want{sitrep.Killed, sitrep.Protesters, 14, 14, 14, false, 1, 1},
			check: func(f sitrep.Figure) string { return fmt.Sprint("conflict ", !f.Conflict) },
		},
		{
			name: "claim time orders history before the published time",
			claims: []ReportedClaim{
				rc("b", "2022-01-09", func() sitrep.Claim {
					c := claim("2", "", "killed civilians 5 5 exact", true, nil, l("police"))
					c.Time = "2022-01-04"
					return c
				}()),
				rc("a", "2022-01-05", claim("1", "", "killed civilians 9 9 exact", true, nil, l("police"))),
			},
			want:  want{sitrep.Killed, sitrep.Civilians, 9, 9, 9, false, 1, 1},
			check: func(f sitrep.Figure) string { return fmt.Sprint("conflict ", f.History[0].Claim == "2") },
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			figs := Reconcile("e", tt.claims)
			checkFigure(t, figs, tt.want)
			if tt.check != nil {
				if got := tt.check(figs[0]); got != "conflict true" {
					t.Errorf("check failed: %s", got)
				}
			}
		})
	}
}

func TestReconcileEmpty(t *testing.T) {
	if figs := Reconcile("e", nil); len(figs) != 0 {
		t.Errorf("Reconcile(nil) = %v, want none", figs)
	}
}

func TestNormalizeSource(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Ministry of Internal Affairs", "the Interior Ministry"},
		{"Ministerul Afacerilor Interne", "ministry of internal affairs"},
		{"AP", "Associated Press"},
		{"@ActusNonStop", "actusnonstop"},
		{"Agenția Mediafax", "AGENTIA  MEDIAFAX."},
		{"Khabar-24", "khabar 24"},
	}
	for _, tt := range tests {
		if NormalizeSource(tt.a) != NormalizeSource(tt.b) {
			t.Errorf("NormalizeSource(%q) = %q != NormalizeSource(%q) = %q", tt.a, NormalizeSource(tt.a), tt.b, NormalizeSource(tt.b))
		}
	}
	if NormalizeSource("Reuters") == NormalizeSource("AFP") {
		t.Errorf("Reuters and AFP normalise alike")
	}
}

func TestSourceAuthority(t *testing.T) {
	tests := []struct {
		name string
		want Authority
	}{
		{"Ministry of Internal Affairs", AuthorityOfficial},
		{"authorities", AuthorityOfficial},
		{"police spokesperson", AuthorityOfficial},
		{"Kazakh government", AuthorityOfficial},
		{"UN human rights office", AuthorityInternational},
		{"Associated Press", AuthorityMedia},
		{"Russian news agencies", AuthorityMedia},
		{"Interfax", AuthorityMedia},
		{"Human Rights Watch", AuthorityNGO},
		{"Amnesty International", AuthorityNGO},
		{"@ActusNonStop", AuthorityPost},
		{"Saltanat Azirbek", AuthorityUnknown},
		{"", AuthorityNone},
		{"   ", AuthorityNone},
	}
	for _, tt := range tests {
		if got := SourceAuthority(tt.name); got != tt.want {
			t.Errorf("SourceAuthority(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReconcileAccountsAndJunkNames(t *testing.T) {
	l := func(s ...string) []string { return s }
	mk := func(doc, src, kind string, c sitrep.Claim) ReportedClaim {
		c.DocumentID = doc
		return ReportedClaim{Claim: c, Published: "2031-04-20", Source: src, SourceKind: kind}
	}
	figs := Reconcile("pe", []ReportedClaim{
		mk("a", "Meridian News Agency", "outlet", claim("1", "", "killed unspecified 76 76 exact", true, nil, l("INDECI"))),
		mk("b", "INDECI Reportes (@indeci_reportes)", "post", claim("2", "", "killed unspecified 76 76 exact", true, nil, nil)),
		mk("c", "X", "post", claim("3", "", "killed unspecified 76 76 exact", true, l("@indeci_reportes"), nil)),
		mk("d", "Le Courrier", "outlet", claim("4", "", "killed unspecified 76 76 exact", true, nil, l("Défense civile"))),
		mk("e", "Le Courrier", "outlet", claim("5", "", "killed unspecified 76 76 exact", true, nil, l("the National Civil Defence Institute"))),
		mk("f", "Ziarul", "outlet", claim("6", "", "killed unspecified 76 76 exact", true, l("Reuters"), l("Wednesday"))),
	})
	// Reuters, naming no real source, relays the count of INDECI.
	checkFigure(t, figs, want{sitrep.Killed, sitrep.Unspecified, 76, 76, 76, false, 6, 1})
	if !strings.Contains(figs[0].BestRule, "official") {
		t.Errorf("best rule = %q, want an official source", figs[0].BestRule)
	}
}

// TestSameDayRepeatIsRunningTotal: a source that says "the toll rose to 76"
// and "76 dead" on one day gives a running total, which a larger but less
// authoritative outlet's tally does not push aside.
func TestSameDayRepeatIsRunningTotal(t *testing.T) {
	v := func(n int64) *int64 { return &n }
	mk := func(id string, min int64, max *int64, q sitrep.Qualifier, cum bool, by, citing []string, at string) ReportedClaim {
		return ReportedClaim{Claim: sitrep.Claim{ID: id, DocumentID: "d" + id, Kind: sitrep.Killed, Group: sitrep.Unspecified,
			Min: min, Max: max, Qualifier: q, Cumulative: cum, ReportedBy: by, Citing: citing, Time: at}, Published: at}
	}
	figs := Reconcile("e", []ReportedClaim{
		mk("1", 82, nil, sitrep.AtLeast, true, []string{"Local Daily"}, nil, "2031-04-18"),
		mk("2", 76, v(76), sitrep.Exact, false, []string{"Civil Defence"}, nil, "2031-04-20"),
		mk("3", 76, v(76), sitrep.Exact, true, []string{"Civil Defence"}, nil, "2031-04-20"),
	})
	if len(figs) != 1 || figs[0].Best != 76 {
		t.Fatalf("Reconcile = %+v, want best 76 from the civil defence", figs)
	}
}

// TestSpeakerIsHerSource: a spokeswoman introduced with her ministry in
// one report is that ministry in a later one that names her alone, so the
// ministry's rising count is one source's history; a name that speaks for
// two sources is left as it is.
func TestSpeakerIsHerSource(t *testing.T) {
	l := func(s ...string) []string { return s }
	first := claim("a", "d1", "killed unspecified 4 4 exact", true, l("Meridian"), l("Ministry of Health"))
	first.Speaker = "Aizada Bekova"
	later := claim("b", "d2", "killed unspecified 7 7 exact", true, l("Bishkek Daily"), l("Bekova"))
	rcs := []ReportedClaim{
		{Claim: first, Published: "2031-04-23T10:00:00Z"},
		{Claim: later, Published: "2031-04-25T10:00:00Z"},
	}
	fs := Reconcile("ev", rcs)
	if len(fs) != 1 || fs[0].Best != 7 || fs[0].Low != 7 || fs[0].IndependentSources != 1 {
		t.Fatalf("figures %+v, want the ministry's latest, 7, as low and best", fs)
	}
	if !strings.Contains(fs[0].BestRule, "Ministry of Health") {
		t.Errorf("best rule %q, want the ministry named", fs[0].BestRule)
	}

	// The same surname speaking for two sources maps to neither.
	twin := claim("d", "d4", "killed unspecified 9 9 exact", true, l("Meridian"), l("Ministry of Internal Affairs"))
	twin.Speaker = "Nurlan Bekova"
	rcs = append(rcs, ReportedClaim{Claim: twin, Published: "2031-04-24T10:00:00Z"})
	if sp := speakers(rcs); sp["bekova"] != "" || sp["aizada bekova"] != "Ministry of Health" {
		t.Errorf("speakers = %v, want the full names only", sp)
	}
}
