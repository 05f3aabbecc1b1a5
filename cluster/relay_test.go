package cluster

import (
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

// rcAt is a reported claim for tests: published on day, by outlet.
func rcAt(doc, day, outlet string, c sitrep.Claim) ReportedClaim {
	c.DocumentID = doc
	c.ID = doc + "-" + c.ID
	return ReportedClaim{Claim: c, Published: day, Source: outlet, SourceKind: "outlet"}
}

func TestReconcileRelayRules(t *testing.T) {
	l := func(s ...string) []string { return s }
	tests := []struct {
		name   string
		claims []ReportedClaim
		want   want
	}{
		{
			// README rule 1: copies, translations and relays of one original
			// are one source; a second authority is a second source.
			name: "outlets that repeat an authority's value naming no one are its relays",
			claims: []ReportedClaim{
				rcAt("a", "2031-04-20", "Wire", claim("1", "", "killed unspecified 76 76 exact", true, nil, l("INDECI"))),
				rcAt("b", "2031-04-20", "Daily", claim("1", "", "killed unspecified 76 76 exact", false, nil, nil)),
				rcAt("c", "2031-04-20", "@someone", claim("1", "", "killed unspecified 76 76 exact", false, l("@someone"), nil)),
				rcAt("d", "2031-04-20", "Weekly", claim("1", "", "killed unspecified 76 76 exact", false, l("Weekly"), l("regional government"))),
			},
			want: want{sitrep.Killed, sitrep.Unspecified, 76, 76, 76, false, 4, 2},
		},
		{
			// A relay is not the outlet's own figure: its own earlier bound
			// ("more than 100", from its own reporting) stays current.
			name: "a relay does not replace the outlet's own figure",
			claims: []ReportedClaim{
				rcAt("a", "2031-04-19", "Weekly", claim("1", "", "missing unspecified 56 56 exact", true, nil, l("provincial government"))),
				rcAt("b", "2031-04-20", "Weekly", claim("1", "", "missing unspecified 100 - more_than", false, nil, nil)),
				rcAt("c", "2031-04-21", "Wire", claim("1", "", "missing unspecified 41 41 exact", true, nil, l("provincial government"))),
				rcAt("d", "2031-04-21", "Weekly", claim("1", "", "missing unspecified 41 41 exact", false, nil, nil)),
			},
			want: want{sitrep.Missing, sitrep.Unspecified, 41, 41, 100, false, 2, 1},
		},
		{
			// README rule 2: a rounded relay ("более 22 тысяч" after 22,300)
			// is no figure of its own and sets no bound.
			name: "a rounded relay is the figure it rounds",
			claims: []ReportedClaim{
				rcAt("a", "2031-04-21", "Wire", claim("1", "", "displaced unspecified 22300 22300 exact", true, nil, l("IOM"))),
				rcAt("b", "2031-04-22", "Mir", claim("1", "", "displaced unspecified 22000 - more_than", false, nil, nil)),
				rcAt("c", "2031-04-20", "Wire", claim("1", "", "displaced unspecified 18000 18000 exact", false, nil, l("the disaster management agency INGD"))),
			},
			// README rules 4 and 8: the agency's later, larger estimate does
			// not make the government agency's count stale, nor push it
			// aside as a running total would an incident.
			want: want{sitrep.Displaced, sitrep.Unspecified, 18000, 18000, 22300, false, 1, 1},
		},
		{
			name: "the authorities, named generically, are not a second source",
			claims: []ReportedClaim{
				rcAt("a", "2031-04-25", "Wire", claim("1", "", "injured unspecified 874 874 exact", true, nil, l("authorities"))),
				rcAt("b", "2031-04-25", "Paper", claim("1", "", "injured unspecified 874 874 exact", true, nil, l("Ministry of Health"))),
			},
			want: want{sitrep.Injured, sitrep.Unspecified, 874, 874, 874, false, 2, 1},
		},
		{
			// README rule 8: the latest value of the most authoritative
			// source; a count of the missing falls as people are found.
			name: "between equal authorities, the latest running total",
			claims: []ReportedClaim{
				rcAt("a", "2031-04-19", "Wire", claim("1", "", "missing unspecified 56 56 exact", true, nil, l("authorities"))),
				rcAt("b", "2031-04-21", "Wire", claim("1", "", "missing unspecified 41 41 exact", true, nil, l("provincial government"))),
			},
			want: want{sitrep.Missing, sitrep.Unspecified, 41, 41, 56, false, 1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFigure(t, Reconcile("e", tt.claims), tt.want)
		})
	}
}

// TestReconcileMisread: an outlet's number that no counting source gives
// for its kind and group, but one gives for another ("590 injured" read
// as killed), sets no bound.
func TestReconcileMisread(t *testing.T) {
	l := func(s ...string) []string { return s }
	figs := Reconcile("e", []ReportedClaim{
		rcAt("a", "2031-04-22", "Wire", claim("1", "", "injured unspecified 590 590 exact", true, nil, l("Ministry of Health"))),
		rcAt("a", "2031-04-22", "Wire", claim("2", "", "killed unspecified 1 1 exact", true, nil, l("Ministry of Health"))),
		rcAt("b", "2031-04-22", "Daily", claim("1", "", "killed unspecified 590 590 exact", true, nil, nil)),
	})
	checkFigure(t, figs, want{sitrep.Killed, sitrep.Unspecified, 1, 1, 1, false, 1, 1})
	// Alone, it is all there is.
	figs = Reconcile("e", []ReportedClaim{
		rcAt("a", "2031-04-22", "Wire", claim("1", "", "injured unspecified 590 590 exact", true, nil, l("Ministry of Health"))),
		rcAt("b", "2031-04-22", "Daily", claim("1", "", "killed unspecified 590 590 exact", true, nil, nil)),
	})
	checkFigure(t, figs, want{sitrep.Killed, sitrep.Unspecified, 590, 590, 590, false, 1, 1})
}

func TestArmedForcesAndObservatories(t *testing.T) {
	for _, n := range []string{"the army", "the military", "Mozambique army", "Armee", "armed forces", "Forças Armadas"} {
		if got := NormalizeSource(n); got != "ministry of defence" {
			t.Errorf("NormalizeSource(%q) = %q, want the defence ministry", n, got)
		}
	}
	for _, n := range []string{"military sources", "army officer said"} {
		if got := NormalizeSource(n); got == "ministry of defence" {
			t.Errorf("NormalizeSource(%q) = the defence ministry, want a source of its own", n)
		}
	}
	if r := SourceAuthority("Observatório Cabo Delgado"); r != AuthorityNGO {
		t.Errorf("an observatory ranks %v, want ngo", r)
	}
}

func TestRepeats(t *testing.T) {
	tests := []struct {
		spec string
		v    int64
		want bool
	}{
		{"detained unspecified 500 - more_than", 512, true},
		{"displaced unspecified 22000 - more_than", 22300, true},
		{"killed unspecified 1100 - more_than", 1146, true},
		{"injured unspecified 150 150 about", 148, true},
		{"killed unspecified 40 - at_least", 47, false}, // too small to be rounded
		{"displaced unspecified 22000 22000 exact", 22300, false},
		{"detained unspecified 500 - more_than", 689, false}, // beyond the rounding
		{"detained unspecified 1000 1000 up_to", 1000, true}, // the same value
	}
	for _, tt := range tests {
		c := claim("x", "", tt.spec, false, nil, nil)
		if got := repeats(&c, tt.v); got != tt.want {
			t.Errorf("repeats(%s, %d) = %v, want %v", tt.spec, tt.v, got, tt.want)
		}
	}
}
