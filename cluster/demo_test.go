package cluster

import (
	"strings"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

// demoClaims are claims as an extractor could read them from the demo
// corpus (demo/corpus.jsonl, demo/README.md): an imagined crisis with
// relays, syndicated copies, running totals, single incidents, posts and
// rounded bounds. Each line: document, date, "kind group min max
// qualifier", cumulative, reported_by, citing; the document's outlet is
// the fallback source and posts are marked by an "@" in the outlet.
func demoClaims() []ReportedClaim {
	type row struct {
		doc, day, spec string
		cum            bool
		by, citing     string
	}
	rows := []row{
		// killed, unspecified
		{"d09", "04", "killed unspecified 2 2 exact", false, "", ""},
		{"d15", "05", "killed unspecified 9 9 exact", true, "", ""},
		{"d15", "05", "killed unspecified 9 9 exact", true, "", "Interior Ministry"},
		{"d16", "05", "killed unspecified 9 9 exact", true, "", ""},
		{"d16", "05", "killed unspecified 9 9 exact", true, "", "Interior Ministry"},
		{"d21", "05", "killed unspecified 9 9 exact", true, "", "МВД"},
		{"d24", "06", "killed unspecified 12 12 exact", true, "Canal Nord TV", "Ministerul Afacerilor Interne"},
		{"d25", "06", "killed unspecified 12 12 exact", true, "Meridian News Agency", "Interior Ministry"},
		{"d26", "06", "killed unspecified 24 - at_least", false, "", "Civic Watch Moldova"},
		{"d28", "06", "killed unspecified 12 12 exact", true, "ZPD", "Innenministeriums"},
		{"d31", "06", "killed unspecified 24 - at_least", false, "", ""},
		// killed, security forces: an incident within the total
		{"d09", "04", "killed security_forces 1 1 exact", false, "", "Interior Ministry"},
		{"d15", "05", "killed security_forces 2 2 exact", false, "", "Interior Ministry"},
		{"d15", "05", "killed security_forces 3 3 exact", true, "", "Interior Ministry"},
		{"d25", "06", "killed security_forces 4 4 exact", false, "Meridian News Agency", "Interior Ministry"},
		// killed, protesters
		{"d09", "04", "killed protesters 1 1 exact", false, "", "Interior Ministry"},
		{"d15", "05", "killed protesters 3 3 exact", true, "", "Interior Ministry"},
		{"d18", "05", "killed protesters 12 - at_least", false, "", "Veghea Civică"},
		{"d22", "05", "killed protesters 12 - at_least", false, "", "Veghea Civică"},
		{"d25", "06", "killed protesters 5 5 exact", false, "Meridian News Agency", "Interior Ministry"},
		{"d26", "06", "killed protesters 17 - at_least", false, "", "Veghea Civică"},
		// detained, unspecified: a rounded relay after the exact total
		{"d04", "03", "detained unspecified 37 37 exact", false, "Meridian", "Interior Ministry"},
		{"d05", "03", "detained unspecified 37 37 exact", false, "APC", "ministère de l'Intérieur"},
		{"d06", "04", "detained unspecified 200 - more_than", false, "", ""},
		{"d08", "04", "detained unspecified 200 999 vague", false, "", ""},
		{"d09", "04", "detained unspecified 212 212 exact", true, "", "Interior Ministry"},
		{"d20", "05", "detained unspecified 640 640 exact", true, "", "Ministerio del Interior"},
		{"d24", "06", "detained unspecified 1146 1146 exact", true, "Canal Nord TV", "Ministerul Afacerilor Interne"},
		{"d25", "06", "detained unspecified 1146 1146 exact", true, "Meridian News Agency", "Interior Ministry"},
		{"d26", "06", "detained unspecified 0 1500 up_to", false, "", "Veghea Civică"},
		{"d28", "06", "detained unspecified 1100 - more_than", false, "ZPD", "Innenministeriums"},
		// detained, journalists: one incident in a post
		{"d09", "04", "detained journalists 2 2 exact", false, "", "Media Watch Moldova"},
		{"d14", "04", "detained journalists 1 1 exact", false, "", ""},
		// missing: a total that falls
		{"d19", "05", "missing unspecified 23 23 exact", true, "", ""},
		{"d26", "06", "missing unspecified 30 - at_least", false, "", "Veghea Civică"},
		{"d27", "06", "missing unspecified 14 14 exact", false, "", "the Red Cross"},
		// displaced: official about 800, UN up to 1,500, vague hundreds
		{"d27", "06", "displaced unspecified 200 999 vague", false, "", ""},
		{"d27", "06", "displaced unspecified 800 800 about", false, "", "regional executive"},
		{"d27", "06", "displaced unspecified 1500 1500 up_to", false, "", "The UN's humanitarian coordination office"},
		// injured, unspecified
		{"d09", "04", "injured unspecified 127 127 exact", false, "", "Health Ministry"},
		{"d11", "04", "injured unspecified 20 99 vague", false, "", ""},
		{"d17", "05", "injured unspecified 244 244 exact", true, "Canal Nord TV", "Ministerul Sănătății"},
		{"d26", "06", "injured unspecified 400 400 about", false, "", "Veghea Civică"},
		{"d27", "06", "injured unspecified 312 312 exact", true, "", "Health Ministry"},
		// injured, protesters: only witnesses' "dozens"
		{"d04", "03", "injured protesters 20 99 vague", false, "", "witnesses"},
	}
	outlets := map[string]string{
		"d04": "The Daily Ledger", "d05": "Le Courrier de l'Est", "d06": "Meridian Breaking (@MeridianBreaking)",
		"d08": "El Observador Global", "d09": "Meridian News Agency", "d11": "Info Est Direct (@InfoEstDirect)",
		"d14": "Andrei Popa (@apopa_tv)", "d15": "Meridian News Agency", "d16": "Northern Star Online",
		"d17": "InfoPrut", "d18": "Le Courrier de l'Est", "d19": "Crucea Roșie Moldova (@CruceaRosieMD)",
		"d20": "El Observador Global", "d21": "Новости-Днестр", "d22": "Ruth Okafor (@rokafor_osint)",
		"d24": "InfoPrut", "d25": "The Daily Ledger", "d26": "Le Courrier de l'Est", "d27": "Meridian News Agency",
		"d28": "Rundschau Online", "d31": "Veghea Civică (@VegheaCivica)",
	}
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return []string{s}
	}
	var out []ReportedClaim
	for i, r := range rows {
		c := claim(r.doc+"-"+string(rune('a'+i%26)), r.doc, r.spec, r.cum, split(r.by), split(r.citing))
		rc := ReportedClaim{Claim: c, Published: "2031-03-" + r.day + "T12:00:00Z", Source: outlets[r.doc], SourceKind: "outlet"}
		if strings.Contains(rc.Source, "(@") {
			rc.SourceKind = "post"
		}
		if r.doc == "d16" {
			rc.CopyOf = "d15" // syndicated, lightly edited
		}
		out = append(out, rc)
	}
	return out
}

// TestReconcileDemo checks the figures demo/README.md says an analyst
// should conclude.
func TestReconcileDemo(t *testing.T) {
	figs := Reconcile("md", demoClaims())
	for _, w := range []struct {
		kind            sitrep.FigureKind
		group           sitrep.Group
		low, best, high int64
		vague           bool
	}{
		{sitrep.Killed, sitrep.Unspecified, 12, 12, 24, false},
		{sitrep.Killed, sitrep.SecurityForces, 4, 4, 4, false},
		{sitrep.Killed, sitrep.Protesters, 5, 5, 17, false},
		{sitrep.Injured, sitrep.Unspecified, 312, 312, 400, false},
		{sitrep.Injured, sitrep.Protesters, 20, 20, 99, true},
		{sitrep.Detained, sitrep.Unspecified, 1146, 1146, 1500, false},
		{sitrep.Detained, sitrep.Journalists, 2, 2, 2, false},
		{sitrep.Missing, sitrep.Unspecified, 14, 14, 30, false},
		{sitrep.Displaced, sitrep.Unspecified, 800, 800, 1500, false},
	} {
		f := figure(t, figs, w.kind, w.group)
		if f.Low != w.low || f.Best != w.best || *f.High != w.high || f.Vague != w.vague {
			t.Errorf("%s/%s = low %d best %d high %d vague %v, want %d %d %d %v (rule %q)",
				w.kind, w.group, f.Low, f.Best, *f.High, f.Vague, w.low, w.best, w.high, w.vague, f.BestRule)
		}
	}
	// 12 killed: four reports (the copy of d15 adds none), one ministry.
	f := figure(t, figs, sitrep.Killed, sitrep.Unspecified)
	if f.Citations != 3 || f.IndependentSources != 1 {
		t.Errorf("killed/unspecified citations %d independent %d, want 3 1", f.Citations, f.IndependentSources)
	}
	f = figure(t, figs, sitrep.Detained, sitrep.Unspecified)
	if f.Citations != 2 || f.IndependentSources != 1 || f.Conflict {
		t.Errorf("detained/unspecified citations %d independent %d conflict %v, want 2 1 false", f.Citations, f.IndependentSources, f.Conflict)
	}
}
