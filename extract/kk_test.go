package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestKazakhClaims: Kazakh is verb-final and agglutinative. Case endings
// sit on number words ("мыңнан астам", "онға жуық") or follow digits after
// a hyphen ("150-ден астам", "238-ге жетті"); the noun after a number is
// singular; collective numerals count ("төртеуі").
func TestKazakhClaims(t *testing.T) {
	tests := []struct {
		text string
		want []fig
	}{
		{"Алматыда 225 адам қаза тапты, деп хабарлады Бас прокуратура.", []fig{{"killed", 225, 225, "unspecified", "exact"}}},
		// A converb ("қаза тауып") joins two figures; a group in the
		// genitive before the number.
		{"Құқық қорғау органдарының 19 қызметкері қаза тауып, 1 300-ден астам адам жарақат алды.", []fig{
			{"killed", 19, 19, "security_forces", "exact"}, {"injured", 1300, -1, "unspecified", "more_than"}}},
		{"Бір жарым мыңнан астам адам баспанасыз қалды.", []fig{{"displaced", 1500, -1, "unspecified", "more_than"}}},
		{"Ғимараттан 200-ге тарта адам эвакуацияланды.", []fig{{"evacuated", 200, 200, "unspecified", "about"}}},
		{"Полиция бейбіт жиынға қатысқан 50-ге жуық белсендіні ұстады.", []fig{{"detained", 50, 50, "protesters", "about"}}},
		{"Шабуыл кезінде екі полицей мен бір бейбіт тұрғын жараланды.", []fig{
			{"injured", 2, 2, "security_forces", "exact"}, {"injured", 1, 1, "civilians", "exact"}}},
		{"Жарылыстан бір адам мерт болды, тағы төртеуі жарақат алды.", []fig{
			{"killed", 1, 1, "unspecified", "exact"}, {"injured", 4, 4, "unspecified", "exact"}}},
		{"Су тасқыны кезінде 12 мың адам эвакуацияланып, 3 адам хабарсыз кетті.", []fig{
			{"evacuated", 12000, 12000, "unspecified", "exact"}, {"missing", 3, 3, "unspecified", "exact"}}},
		// The figure noun before the number, the group after it.
		{"Қаза тапқандардың 12-сі полицей.", []fig{{"killed", 12, 12, "security_forces", "exact"}}},
		{"Тағы 3 адамның мәйіті табылды.", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		// One person in the singular: the object of an active verb, the
		// subject of an intransitive one.
		{"Полиция шабуылдаушыны атып өлтірді.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"Қақтығыста бір шекарашы мерт болды.", []fig{{"killed", 1, 1, "security_forces", "exact"}}},
		// Latin script.
		{"Almatyda 5 adam qaza tapty.", []fig{{"killed", 5, 5, "unspecified", "exact"}}},
		// No figures: people who gathered, released, sentenced; cattle;
		// cars burnt; a drill.
		{"Жаңаөзенде 10 мыңға жуық адам алаңға шықты.", nil},
		{"Ұсталғандардың 70-і босатылды.", nil},
		{"Сот 12 адамды 5 жылға бас бостандығынан айырды.", nil},
		{"Құрғақшылықтан 40 мың бас мал қырылды.", nil},
		{"Кеше түнде Талдықорғанда 20-дан астам көлік өртелді.", nil},
		{"Оқу-жаттығу сценарийі бойынша жер сілкінісінен 45 адам қаза тапты.", nil},
		{"Ер адам көршісін балтамен өлтірді.", nil},
	}
	for _, tt := range tests {
		got := figs(run(t, tt.text, "kk"))
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("[kk] %q\n got  %v\n want %v", tt.text, got, tt.want)
		}
	}
}

// TestKazakhCumulative: "жетті" (reached) and "бері" (since) make a
// running total; "-ге дейін өсті" (rose to) is exact, "-ге дейін" alone
// (up to) is not.
func TestKazakhCumulative(t *testing.T) {
	tests := []struct {
		text       string
		min        int64
		qual       sitrep.Qualifier
		cumulative bool
	}{
		{"Қаза тапқандардың саны 238-ге жетті.", 238, sitrep.Exact, true},
		{"Жараланғандар саны 590-ға дейін өсті.", 590, sitrep.Exact, true},
		{"Алматыда 1 қаңтардан бері 300 адам ұсталды.", 300, sitrep.Exact, true},
		{"Батып кеткен қайықтағы 40-қа дейін мигрант хабар-ошарсыз кетті.", 40, sitrep.UpTo, false},
	}
	for _, tt := range tests {
		r := run(t, tt.text, "kk")
		if len(r.Claims) != 1 {
			t.Errorf("%q: %d claims, want 1: %v", tt.text, len(r.Claims), figs(r))
			continue
		}
		c := r.Claims[0]
		if c.Min != tt.min || c.Qualifier != tt.qual || c.Cumulative != tt.cumulative {
			t.Errorf("%q: %d %s cumulative %v, want %d %s cumulative %v", tt.text, c.Min, c.Qualifier, c.Cumulative,
				tt.min, tt.qual, tt.cumulative)
		}
	}
}

// TestKazakhAttribution: the source stands before a postposition
// ("министрлігінің мәліметінше", "ІІМ-нің хабарлауынша") or after "деп
// хабарлады"; known sources are read in their Kazakh names and case forms.
func TestKazakhAttribution(t *testing.T) {
	tests := []struct {
		text, reportedBy, citing string
	}{
		{"ҚР Денсаулық сақтау министрлігінің мәліметінше, 4 353 адам медициналық көмекке жүгінді.", "Test Outlet", "Ministry of Health"},
		{"ІІМ-нің хабарлауынша, 8 адам ұсталды.", "Test Outlet", "Ministry of Internal Affairs"},
		{"Түнгі қақтығыстарда 12 полицей қаза тапты, деп хабарлады ІІМ.", "Test Outlet", "Ministry of Internal Affairs"},
		{"Атыс кезінде 26 содыр жойылды, деп хабарлады Қорғаныс министрлігі.", "Test Outlet", "Ministry of Defence"},
		{"Бұл туралы ҚР ТЖМ баспасөз қызметі хабарлады: 300 адам эвакуацияланды.", "Test Outlet", "Civil Defence"},
		{"Жол апатында 2 адам қаза тапты, деп хабарлайды Tengrinews.kz.", "Tengrinews.kz", ""},
		{"Полицияның хабарлауынша, қақтығыс кезінде 3 полицей жарақат алды.", "Test Outlet", "police"},
	}
	for _, tt := range tests {
		r := run(t, tt.text, "kk")
		if len(r.Claims) != 1 {
			t.Errorf("%q: %d claims, want 1: %v", tt.text, len(r.Claims), figs(r))
			continue
		}
		c := r.Claims[0]
		if strings.Join(c.ReportedBy, ",") != tt.reportedBy || strings.Join(c.Citing, ",") != tt.citing {
			t.Errorf("%q: reported by %q citing %q, want %q citing %q", tt.text, c.ReportedBy, c.Citing, tt.reportedBy, tt.citing)
		}
	}
}

// TestKazakhEvents: event cues of the January 2022 unrest and of
// disasters, in Kazakh.
func TestKazakhEvents(t *testing.T) {
	tests := []struct {
		text string
		want sitrep.EventType
	}{
		{"Қазақстанда 5 қаңтарда төтенше жағдай жарияланды.", sitrep.StateOfEmergency},
		{"Алматыда коменданттық сағат енгізілді.", sitrep.Curfew},
		{"Алматыда интернет толығымен өшірілді.", sitrep.InternetShutdown},
		{"ҰҚШҰ бітімгерлік күштері Қазақстанға келді.", sitrep.ForeignIntervention},
		{"Президент Үкіметтің отставкасын қабылдады.", sitrep.GovernmentResignation},
		{"Алматы әуежайында рейстер тоқтатылды.", sitrep.TransportClosure},
		{"Тонаушылар дүкендерді тонап кетті.", sitrep.Riot},
		{"Наразылық білдірушілер әкімдік ғимаратын өртеп жіберді.", sitrep.Arson},
		{"Жаңаөзенде газ бағасына қарсы наразылық басталды.", sitrep.Protest},
		{"Ақтөбе облысында су тасқыны болды.", sitrep.Disaster},
	}
	for _, tt := range tests {
		r := run(t, tt.text, "kk")
		found := false
		for _, e := range r.Events {
			found = found || e.Type == tt.want
		}
		if !found {
			t.Errorf("%q: events %v, want %s", tt.text, r.Events, tt.want)
		}
	}
}
