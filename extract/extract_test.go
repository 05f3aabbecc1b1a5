package extract_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/extract"
	"github.com/sitrep-dev/sitrep/segment"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

var (
	exOnce sync.Once
	ex     *extract.Extractor
	exErr  error
)

func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	exOnce.Do(func() { ex, exErr = extract.Default() })
	if exErr != nil {
		t.Fatalf("extract.Default: %v", exErr)
	}
	return ex
}

// run extracts from text, every passage taken to be in lang.
func run(t testing.TB, text, lang string) extract.Result {
	t.Helper()
	doc := sitrep.Document{ID: "t", Text: text, Outlet: "Test Outlet"}
	ps := segment.Split(doc)
	for i := range ps {
		ps[i].Lang = lang
	}
	return extractor(t).Document(doc, ps)
}

type fig struct {
	kind  sitrep.FigureKind
	min   int64
	max   int64 // -1: no upper bound
	group sitrep.Group
	qual  sitrep.Qualifier
}

func (f fig) String() string {
	return fmt.Sprintf("%s %d..%d %s %s", f.kind, f.min, f.max, f.group, f.qual)
}

func figs(r extract.Result) []fig {
	var out []fig
	for _, c := range r.Claims {
		f := fig{kind: c.Kind, min: c.Min, max: -1, group: c.Group, qual: c.Qualifier}
		if c.Max != nil {
			f.max = *c.Max
		}
		out = append(out, f)
	}
	return out
}

// figCase is a text and the figures the extractor must read in it, in
// order.
type figCase struct {
	lang, text string
	want       []fig
}

// cumCase is a text and the cumulative flag of each of its claims, in
// order.
type cumCase struct {
	lang, text string
	want       []bool
}

// checkCumulative runs every case and reports those whose claims'
// running-total flags differ.
func checkCumulative(t *testing.T, cases []cumCase) {
	t.Helper()
	for _, c := range cases {
		var got []bool
		for _, cl := range run(t, c.text, c.lang).Claims {
			got = append(got, cl.Cumulative)
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("[%s] %q: cumulative %v, want %v", c.lang, c.text, got, c.want)
		}
	}
}

// checkFigs runs every case and reports those whose figures differ.
func checkFigs(t *testing.T, cases []figCase) {
	t.Helper()
	for _, c := range cases {
		if got := figs(run(t, c.text, c.lang)); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("[%s] %q\n got  %v\n want %v", c.lang, c.text, got, c.want)
		}
	}
}

func TestClaims(t *testing.T) {
	checkFigs(t, []figCase{
		// Romanian: thousands with '.', number before noun with "de", verbs after the subject.
		// One person of a group named in the singular, with a figure verb
		// and no number: its subject when the clause ends or goes on with
		// an agent or a place, its object right after it; a noun that
		// governs an object is an agent, a verb after a possessive a noun.
		{"en", "Militant killed in suicide blast in Dhaka.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"en", "The gunman was shot dead by a soldier after wounding four passers-by.", []fig{
			{"injured", 4, 4, "civilians", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"en", "Police arrest student over professor's murder.", []fig{{"detained", 1, 1, "civilians", "exact"}}},
		{"en", "The man killed his neighbour with an axe.", nil},
		// A term followed by a capitalised word it does not know is part
		// of a name, even in a title-case headline.
		{"en", "Google Stadia Red Dead Redemption 2 Runs at 30fps", nil},
		// A number joined by "and" to another verb is that verb's; an
		// article must touch the verb before it; "One of the militants"
		// before its verb is one.
		{"en", "Gunmen attacked the village, injuring three and burning two houses.", []fig{{"injured", 3, 3, "unspecified", "exact"}}},
		{"en", "He was wounded when a gunman opened fire.", nil},
		{"en", "One of the militants was killed in Zokra district.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// A verb with an object after it makes the number before it its
		// agent; without one, the headline's passive counts the number.
		{"en", "Four men murdered a pastor in Chimoio.", nil},
		{"en", "Four men murdered in Chimoio.", []fig{{"killed", 4, 4, "unspecified", "exact"}}},
		// Where case shows the roles, the object may lead and the agent
		// follow the verb.
		{"uk", "Нападника застрелили поліцейські після сутички.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"cs", "Útočníka zastřelila policie poté, co zranil dva lidi.", []fig{
			{"injured", 2, 2, "unspecified", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"en", "The death toll rose to 4, including a police officer.", []fig{
			{"killed", 4, 4, "unspecified", "exact"}, {"killed", 1, 1, "security_forces", "exact"}}},
		// Dutch puts the running total's verb last: "op 4.803 komt".
		{"nl", "Waarmee het totale aantal arrestaties sinds het begin van de protesten op 4.803 komt.", []fig{{"detained", 4803, 4803, "unspecified", "exact"}}},
		// "The number of people evacuated": a figure noun in CJK.
		{"zh", "从被围困城市撤离的人数不足二十人。", []fig{{"evacuated", 20, 20, "unspecified", "fewer_than"}}},
		{"ja", "町から避難できたのは20人未満にとどまる。", []fig{{"evacuated", 20, 20, "unspecified", "fewer_than"}}},
		{"id", "Pelaku ditembak mati polisi di Medan.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// The group after a number is not the subject of another verb or
		// clause: "toll reaches 63 as police arrest looters", "rose to 590
		// after protesters stormed", ", and 11,200 people have been
		// displaced".
		{"en", "Quake toll reaches 63 as police arrest looters.", []fig{{"killed", 63, 63, "unspecified", "exact"}}},
		{"en", "The number of injured rose to 590 after protesters stormed parliament.", []fig{{"injured", 590, 590, "unspecified", "exact"}}},
		{"en", "The death toll has climbed to 71, including 19 children, and 11,200 people have been displaced.", []fig{
			{"killed", 71, 71, "unspecified", "exact"}, {"killed", 19, 19, "children", "exact"}, {"displaced", 11200, 11200, "unspecified", "exact"}}},
		{"ru", "Двое погибших — полицейский и участник протеста.", []fig{{"killed", 2, 2, "unspecified", "exact"}}},
		// A breakdown after a colon, in collective numerals.
		{"ru", "Число погибших выросло до семи: шестеро участников акций протеста и один сотрудник милиции.", []fig{
			{"killed", 7, 7, "unspecified", "exact"}, {"killed", 6, 6, "protesters", "exact"}, {"killed", 1, 1, "security_forces", "exact"}}},
		// A span of time is no count, written as a compound or not.
		{"en", "They were being held on 48 hour holds.", nil},
		{"en", "A 24-year-old man was killed in a 12-hour siege.", []fig{{"killed", 1, 1, "civilians", "exact"}}},
		// A group written before its number (Swahili), a breakdown after
		// "including" with the group first, and no group across a comma.
		{"sw", "Watu kumi na wanne, wakiwemo watoto watatu, walikufa maji.", []fig{
			{"killed", 14, 14, "unspecified", "exact"}, {"killed", 3, 3, "children", "exact"}}},
		{"sw", "Mamlaka ziliwakamata watu 1,250 mwishoni mwa wiki, wakiwemo waandishi wa habari 34.", []fig{
			{"detained", 1250, 1250, "unspecified", "exact"}, {"detained", 34, 34, "journalists", "exact"}}},
		// Arabic "عدد من" (a number of) is a few; a verb first, then one
		// soldier in the singular.
		{"ar", "قُتل عدد من المسلحين في الاشتباك، فيما أصيب جندي.", []fig{
			{"killed", 2, 9, "attackers", "vague"}, {"injured", 1, 1, "security_forces", "exact"}}},
		// German "ein" before a noun that is no group is an article: "mit
		// einem Messer", "in einem Hinterhalt".
		{"de", "Ein Soldat wurde in einem Hinterhalt getötet, nachdem er vier Passanten mit einem Messer verletzt hatte.", []fig{
			{"killed", 1, 1, "security_forces", "exact"}, {"injured", 4, 4, "civilians", "exact"}}},
		{"de", "Drei Bergsteiger werden seit Sonntag vermisst, ein Mensch wurde getötet.", []fig{
			{"missing", 3, 3, "unspecified", "exact"}, {"killed", 1, 1, "unspecified", "exact"}}},
		// Hindi "lives went": "एक हज़ार लोगों की जान गई".
		{"hi", "चक्रवात में कम से कम एक हज़ार लोगों की जान गई।", []fig{{"killed", 1000, -1, "unspecified", "at_least"}}},
		// Romanian singular passives ("a fost împușcat mortal").
		{"ro", "Atacatorul a fost împușcat mortal de polițiști.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// Swedish "ett 300-tal": some 300, the "ett" an article.
		{"sv", "Räddningstjänsten evakuerade ett 300-tal boende från höghuset.", []fig{{"evacuated", 300, 300, "civilians", "about"}}},
		// Indonesian "seorang": one person.
		{"id", "Seorang prajurit terluka dalam baku tembak.", []fig{{"injured", 1, 1, "security_forces", "exact"}}},
		// A measure between a running total's subject and its number
		// does not break them apart.
		{"ro", "Numărul morților în urma cutremurului de magnitudine 7,4 a crescut la 47.", []fig{
			{"killed", 47, 47, "unspecified", "exact"}}},
		{"ro", "Bilanțul a crescut la 7 morți și 1.204 de răniți.", []fig{
			{"killed", 7, 7, "unspecified", "exact"}, {"injured", 1204, 1204, "unspecified", "exact"}}},
		{"ro", "Cel puțin 5 jandarmi au fost răniți de protestatari.", []fig{
			{"injured", 5, -1, "security_forces", "at_least"}}},
		{"ro", "Poliția a reținut 40 de persoane.", []fig{
			{"detained", 40, 40, "unspecified", "exact"}}},
		// "Un" before a person noun counts one; the age is no figure.
		{"ro", "Un bărbat de 45 de ani a fost rănit.", []fig{
			{"injured", 1, 1, "civilians", "exact"}}},
		{"ro", "Legea a trecut cu 212 voturi.", nil},
		// English.
		{"en", "At least 14 civilians were killed and 30 wounded in the blast.", []fig{
			{"killed", 14, -1, "civilians", "at_least"}, {"injured", 30, 30, "unspecified", "exact"}}},
		{"en", "Police arrested 212 protesters overnight.", []fig{
			{"detained", 212, 212, "protesters", "exact"}}},
		{"en", "The death toll rose to 1,032, officials said.", []fig{
			{"killed", 1032, 1032, "unspecified", "exact"}}},
		{"en", "Senators killed the bill by 52 votes to 48.", nil},
		{"en", "Two fishermen drowned and five sailors remain unaccounted for.", []fig{
			{"killed", 2, 2, "unspecified", "exact"}, {"missing", 5, 5, "unspecified", "exact"}}},
		// A number after a locative counts places, not victims.
		{"en", "Nearly 8,000 residents were affected by flooding across three districts.", []fig{
			{"affected", 8000, 8000, "civilians", "about"}}},
		{"en", "A 23-year-old man was arrested on 12 March.", nil},
		{"en", "One of the officers said the crowd was calm.", nil},
		// French: thousands with a space, vague quantities.
		{"fr", "Au moins 2 300 personnes ont été évacuées.", []fig{
			{"evacuated", 2300, -1, "unspecified", "at_least"}}},
		{"fr", "Des centaines de manifestants ont été interpellés.", []fig{
			{"detained", 200, 999, "protesters", "vague"}}},
		{"fr", "Le match s'est terminé 3-1 devant 40 000 spectateurs.", nil},
		// A round number said loosely is "about" it.
		{"fr", "Une trentaine de manifestants ont été interpellés.", []fig{
			{"detained", 30, 30, "protesters", "about"}}},
		// German capitalises every noun: a capital inside a sentence does
		// not make "Vertriebene" or "Tote" part of a name.
		{"de", "1.450 Vertriebene wurden seither notdürftig untergebracht.", []fig{
			{"displaced", 1450, 1450, "unspecified", "exact"}}},
		{"de", "Die DRK zählt jetzt 6 Tote.", []fig{
			{"killed", 6, 6, "unspecified", "exact"}}},
		// Arabic: a noun in the dual counts two; a conjunction or
		// preposition glued to a number word.
		{"ar", "سقط قتيلان في غارة على القرية.", []fig{
			{"killed", 2, 2, "unspecified", "exact"}}},
		{"ar", "قتل أربعة مدنيين وشرطيان في الكمين.", []fig{
			{"killed", 4, 4, "civilians", "exact"}, {"killed", 2, 2, "security_forces", "exact"}}},
		{"ar", "أصيب رجل وخمسة أطفال في الحريق.", []fig{
			{"injured", 5, 5, "children", "exact"}}},
		// French: an elided article or preposition before a number word.
		{"fr", "Le maire confirme qu'un policier a été blessé.", []fig{
			{"injured", 1, 1, "security_forces", "exact"}}},
		// Turkish: a number word in the ablative before "fazla" / "az".
		{"tr", "Yangında otuzdan fazla kişi yaralandı.", []fig{
			{"injured", 30, -1, "unspecified", "more_than"}}},
		// An abbreviated qualifier's period ends no sentence.
		{"pl", "W wypadku rannych zostało ok. 70 osób.", []fig{
			{"injured", 70, 70, "unspecified", "about"}}},
		// A word that begins with a formal numeral is a word: 参加者, the
		// group written before its number.
		{"ja", "参加者15人が負傷した。", []fig{
			{"injured", 15, 15, "protesters", "exact"}}},
		// "One" a word away after its verb is an article: "wounded with
		// a knife".
		{"ro", "Bărbatul a fost rănit cu un cuțit și transportat la spital.", nil},
		// Hindi: a time of day before a number is no clock time without
		// "बजे".
		{"hi", "शनिवार शाम 12 छात्र घायल हुए।", []fig{
			{"injured", 12, 12, "children", "exact"}}},
		{"hi", "सुबह 9 बजे बाज़ार खुला।", nil},
		// Persian: "among the dead" is a figure term.
		{"fa", "هفت زن در میان کشته\u200cشدگان بودند.", []fig{
			{"killed", 7, 7, "unspecified", "exact"}}},
		// Chinese: a measure word between "one" and its group.
		{"zh", "爆炸中一名记者受伤。", []fig{
			{"injured", 1, 1, "journalists", "exact"}}},
		// Greek: "a thousand" in the accusative.
		{"el", "Η πλημμύρα άφησε χίλιους ανθρώπους άστεγους.", []fig{
			{"displaced", 1000, 1000, "unspecified", "exact"}}},
		// Swahili "na" is "and" before a number with its own verb.
		{"sw", "Watu wanne walifariki na 12 walijeruhiwa.", []fig{
			{"killed", 4, 4, "unspecified", "exact"}, {"injured", 12, 12, "unspecified", "exact"}}},
		// Swedish: the death toll as a total's subject.
		{"sv", "Dödssiffran efter raset har stigit till 31.", []fig{
			{"killed", 31, 31, "unspecified", "exact"}}},
		// Hungarian: a case ending after a hyphen ("-ra", onto) marks a
		// running total, not a time.
		{"hu", "A sebesültek száma 85-re emelkedett.", []fig{
			{"injured", 85, 85, "unspecified", "exact"}}},
		// Greek: "στις" before a clock time voids it, not before a count
		// with its thousands grouped.
		{"el", "Ο συνολικός αριθμός των συλλήψεων ανήλθε στις 2.140.", []fig{
			{"detained", 2140, 2140, "unspecified", "exact"}}},
		{"el", "Η έκρηξη σημειώθηκε στις 7 και τραυματίστηκαν δύο άνθρωποι.", []fig{
			{"injured", 2, 2, "unspecified", "exact"}}},
		// Persian: Persian digits.
		{"fa", "دست کم ۱۲ نفر کشته شدند.", []fig{
			{"killed", 12, -1, "unspecified", "at_least"}}},
		// "Between 30 and 40": one figure from 30 to 40, after a range
		// marker only; the second number may follow a range link.
		{"en", "Between 30 and 40 migrants are still missing.", []fig{
			{"missing", 30, 40, "unspecified", "exact"}}},
		{"id", "Antara 20 hingga 30 nelayan dilaporkan hilang.", []fig{
			{"missing", 20, 30, "unspecified", "exact"}}},
		{"sw", "Watu kati ya 30 na 40 walikufa maji.", []fig{
			{"killed", 30, 40, "unspecified", "exact"}}},
		// A decimal counts no one and leaves the total's noun to the
		// number after it.
		{"de", "Die Zahl der Todesopfer nach dem Erdbeben der Stärke 7,2 ist auf mindestens 1.100 gestiegen.", []fig{
			{"killed", 1100, -1, "unspecified", "at_least"}}},
		// Swahili: the qualifier before a group written before its
		// number; after a verb right after the number comes its agent,
		// not its group.
		{"sw", "Zaidi ya watu 20,000 wameathirika na ukame.", []fig{
			{"affected", 20000, -1, "unspecified", "more_than"}}},
		{"sw", "Washambuliaji watatu waliuawa na wanajeshi.", []fig{
			{"killed", 3, 3, "attackers", "exact"}}},
		// A running total's number ends its clause: the verb past the
		// comma is the next figure's.
		{"id", "Korban meninggal bertambah menjadi 331 orang, sementara 8 orang masih hilang.", []fig{
			{"killed", 331, 331, "unspecified", "exact"}, {"missing", 8, 8, "unspecified", "exact"}}},
		// A part of a total after "among" takes the total's figure; one
		// person among them is no figure.
		{"fr", "Cinq enfants figurent parmi les 11 personnes tuées.", []fig{
			{"killed", 5, 5, "children", "exact"}, {"killed", 11, 11, "unspecified", "exact"}}},
		{"ro", "Un bărbat de 45 de ani se numără printre cei trei morți.", []fig{
			{"killed", 3, 3, "unspecified", "exact"}}},
		// An article that begins a number ("a dozen") is no "one".
		{"en", "The blast wounded at least a dozen civilians.", []fig{
			{"injured", 12, -1, "civilians", "at_least"}}},
		// One person in the singular beside a figure of the same kind
		// with another verb; the subject at the head of the sentence
		// when the nearest noun is the victims' a number counts.
		{"it", "L'uomo armato è stato ucciso dagli agenti dopo aver ucciso due passanti.", []fig{
			{"killed", 2, 2, "civilians", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"zh", "袭击者持刀刺伤四名路人后被警方击毙。", []fig{
			{"injured", 4, 4, "civilians", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		// A breakdown's one may take an adjective after "among" or ",
		// including", not elsewhere.
		{"nl", "De politie arresteerde 212 demonstranten, onder wie een Duitse journalist.", []fig{
			{"detained", 212, 212, "protesters", "exact"}, {"detained", 1, 1, "journalists", "exact"}}},
		{"en", "A student was killed during a violent student strike.", []fig{
			{"killed", 1, 1, "civilians", "exact"}}},
	})
}

// TestCumulativeClause: a running-total marker covers the figures of its
// clause, and those of a sentence whose marker stands in a clause that
// counts nothing; a breakdown is a running total when its total is one.
func TestCumulativeClause(t *testing.T) {
	checkCumulative(t, []cumCase{
		{"en", "Six hundred and twelve people were arrested on Thursday, bringing the total since the protests began to 4,803.", []bool{false, true}},
		{"en", "The death toll has climbed to 318, while another 1,400 people were injured.", []bool{true, false}},
		{"en", "So far, 2,430 people have been killed.", []bool{true}},
		{"fr", "Au total, 1 350 personnes sont mortes depuis le début de l'épidémie, dont 410 enfants.", []bool{true, true}},
		{"ro", "Bilanțul a crescut la 7 morți și 1.204 de răniți.", []bool{true, true}},
	})
}

func TestHypothetical(t *testing.T) {
	drill := "Valencia holds an earthquake drill\n\nIn the scenario, 40 people were killed and 200 injured.\n\nOfficials said the response was quick."
	if r := run(t, drill, "en"); len(r.Claims) != 0 {
		t.Errorf("a drill's figures were read as real: %+v", figs(r))
	}
	real := "Quake hits Valencia\n\nAt least 40 people were killed, officials said. A drill last year had prepared hospitals."
	if r := run(t, real, "en"); len(r.Claims) != 1 || r.Claims[0].Min != 40 {
		t.Errorf("a sentence mentioning a drill cost the real figure of another: %+v", figs(r))
	}
}

func TestAttribution(t *testing.T) {
	r := run(t, "Casualties among soldiers rose to 6 dead, state media reported, citing the defence ministry.", "en")
	if len(r.Claims) != 1 {
		t.Fatalf("got %d claims, want 1: %+v", len(r.Claims), r.Claims)
	}
	c := r.Claims[0]
	if c.Group != sitrep.SecurityForces || !c.Cumulative {
		t.Errorf("group %s cumulative %v, want security_forces and cumulative", c.Group, c.Cumulative)
	}
	if strings.Join(c.ReportedBy, ",") != "state media" || strings.Join(c.Citing, ",") != "Ministry of Defence" {
		t.Errorf("reported_by %q citing %q, want [state media] [Ministry of Defence]", c.ReportedBy, c.Citing)
	}
}

func TestEvidenceIsSpan(t *testing.T) {
	text := "Cel puţin 12 agenţi au fost ucişi.\n\n«Zeci de atacatori au fost lichidaţi», a declarat joi Ion Pop."
	r := run(t, text, "ro")
	if len(r.Claims) == 0 {
		t.Fatal("no claims")
	}
	for _, c := range r.Claims {
		if text[c.Span[0]:c.Span[1]] != c.Evidence {
			t.Errorf("evidence %q is not span %v of the text", c.Evidence, c.Span)
		}
		if c.Rule == "" || !strings.HasPrefix(c.Rule, "ro/") {
			t.Errorf("claim %q has rule %q", c.Evidence, c.Rule)
		}
	}
}

// TestGolden runs the extractor over documents of our own writing in
// testdata and compares the claims and events with golden files
// (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if len(files) == 0 {
		t.Fatal("no testdata documents")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lang := strings.Split(filepath.Base(f), ".")[1]
		r := run(t, string(b), lang)
		type line struct {
			Kind       sitrep.FigureKind `json:"kind"`
			Min        int64             `json:"min"`
			Max        *int64            `json:"max"`
			Qualifier  sitrep.Qualifier  `json:"qualifier"`
			Group      sitrep.Group      `json:"group"`
			Cumulative bool              `json:"cumulative"`
			ReportedBy []string          `json:"reported_by"`
			Citing     []string          `json:"citing"`
			Evidence   string            `json:"evidence"`
		}
		var got struct {
			Claims []line   `json:"claims"`
			Events []string `json:"events"`
		}
		for _, c := range r.Claims {
			got.Claims = append(got.Claims, line{c.Kind, c.Min, c.Max, c.Qualifier, c.Group, c.Cumulative, c.ReportedBy, c.Citing, c.Evidence})
		}
		for _, e := range r.Events {
			got.Events = append(got.Events, string(e.Type)+": "+e.Evidence)
		}
		out, _ := json.MarshalIndent(got, "", "  ")
		golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
		if *update {
			if err := os.WriteFile(golden, append(out, '\n'), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if strings.TrimSpace(string(want)) != strings.TrimSpace(string(out)) {
			t.Errorf("%s: extraction differs from %s:\n%s", f, golden, out)
		}
	}
}

func extractorFresh() (*extract.Extractor, error) { return extract.Default() }

// TestAttributionRules pins the attribution of each figure in sentences
// that mix sources.
// TestSpeaker: the person speaking for a claim's source is kept with the
// claim; a longer run of capitalised words after a source is no person.
func TestSpeaker(t *testing.T) {
	tests := []struct {
		lang, text, speaker string
	}{
		{"en", "The Interior Ministry met on Monday. So far 1,146 people have been detained, ministry spokeswoman Diana Rosca said.", "Diana Rosca"},
		{"fr", "Selon la porte-parole du ministère de la Santé, Aizada Bekova, 590 personnes ont été blessées.", "Aizada Bekova"},
		{"ru", "Погибли пять человек, сообщил пресс-секретарь Минздрава Олжас Бейсенов.", "Олжас Бейсенов"},
		{"en", "The Health Ministry said 590 people had been injured.", ""},
		{"en", "Health Ministry officials in Bishkek Central Asia News said 590 people had been injured.", ""},
	}
	for _, tt := range tests {
		r := run(t, tt.text, tt.lang)
		if len(r.Claims) != 1 || r.Claims[0].Speaker != tt.speaker {
			t.Errorf("[%s] %q: %+v, want one claim with speaker %q", tt.lang, tt.text, r.Claims, tt.speaker)
		}
	}
}

func TestAttributionRules(t *testing.T) {
	type want struct {
		min        int64
		reportedBy string
		citing     string
	}
	tests := []struct {
		lang, text string
		want       []want
	}{
		{"en", "The Health Ministry said 618 people had been injured, and police said 27 people had been detained.",
			[]want{{618, "Test Outlet", "Ministry of Health"}, {27, "Test Outlet", "police"}}},
		{"de", "74 Tote laut Zivilschutz, 618 Verletzte.",
			[]want{{74, "Civil Defence", ""}, {618, "Test Outlet", ""}}},
		{"fr", "Au moins 9 morts, selon l'agence Reuters, citant le ministère de l'Intérieur.",
			[]want{{9, "Reuters", "Ministry of Internal Affairs"}}},
		{"en", "The Interior Ministry said 12 people died. The dead include four police officers.",
			[]want{{12, "Test Outlet", "Ministry of Internal Affairs"}, {4, "Test Outlet", "Ministry of Internal Affairs"}}},
		{"en", "76 dead per INDECI (a local paper counted at least 82 bodies).",
			[]want{{76, "Civil Defence", ""}, {82, "Test Outlet", "local paper"}}},
		{"es", "El Gobierno Regional de Arequipa, que lleva su propio registro, también contabiliza 76 muertos.",
			[]want{{76, "Test Outlet", "El Gobierno Regional de Arequipa"}}},
		// A known source in another grammatical case, after a hyphenated
		// title, or before a postposition; a verb-final sentence's
		// subject at its start.
		{"ru", "Пострадали 40 человек, сообщили в Министерстве здравоохранения.",
			[]want{{40, "Test Outlet", "Ministry of Health"}}},
		{"ru", "Погибли пять человек, сообщил пресс-секретарь Минздрава Олжас Бейсенов.",
			[]want{{5, "Test Outlet", "Ministry of Health"}}},
		{"tr", "Sağlık Bakanlığı'nın verilerine göre 23 kişi yaralandı.",
			[]want{{23, "Ministry of Health", ""}}},
		{"tr", "İçişleri Bakanlığı 64 kişinin gözaltına alındığını bildirdi.",
			[]want{{64, "Ministry of Internal Affairs", ""}}},
		// A name glossed in parentheses before the verb; a short word
		// that only begins a known name ("Civic", "civilförsvaret") is
		// not it.
		{"fr", "Le collectif Vigilance Citoyenne (Civic Watch) affirme que 30 personnes ont été blessées.",
			[]want{{30, "Test Outlet", "Civic Watch"}}},
		// An anaphor refers to the last source named, even one no marker
		// introduced.
		{"fr", "Le ministère de la Santé a démenti ces rumeurs. Selon lui, six personnes ont été tuées.",
			[]want{{6, "Ministry of Health", ""}}},
		// A relative clause's verb does not take the sentence's first
		// name when another verb of the sentence has its own subject.
		{"fr", "Le collectif Vigilance Citoyenne (Civic Watch) affirme que 30 personnes ont été blessées, plus que le bilan officiel, qui fait état de 20 blessés.",
			[]want{{30, "Test Outlet", "Civic Watch"}, {20, "Test Outlet", "Civic Watch"}}},
		// A sentence with no figure passes its source on to no one: the
		// official toll is not the prime minister's.
		{"fr", "Le Premier ministre Almaz Toktosounov a annoncé la démission du gouvernement. Le bilan officiel s'élève à sept morts.",
			[]want{{7, "Test Outlet", ""}}},
		// Whom another source cites is cited, not reporting; the next
		// sentence of the paragraph carries the chain.
		{"ro", "Numărul morților a crescut la 47, potrivit Institutului Național de Apărare Civilă, citat de agenția Meridian. Alte 38 de persoane sunt date dispărute.",
			[]want{{47, "Meridian", "Civil Defence"}, {38, "Meridian", "Civil Defence"}}},
		// "The same report" refers to the last source named; a
		// government named by a common noun is an authority.
		{"es", "Defensa Civil explicó que solo cuenta a las víctimas identificadas. Según el mismo reporte, 11.200 personas se han quedado sin hogar.",
			[]want{{11200, "Civil Defence", ""}}},
		{"fr", "Selon l'OIM, 22 300 personnes ont été déplacées. Quarante et une personnes restent portées disparues, d'après le gouvernement provincial.",
			[]want{{22300, "International Organization for Migration", ""}, {41, "authorities", ""}}},
		// A verb that announces another piece of news is no source of
		// the figures; a span of time does not part a total from its
		// subject; "one" joined to a breakdown is one of a group.
		{"en", "The prime minister announced the resignation of his government as the death toll from five days of protests rose to seven, six protesters and one police officer, according to the Health Ministry.",
			[]want{{7, "Ministry of Health", ""}, {6, "Ministry of Health", ""}, {1, "Ministry of Health", ""}}},
		// A person introduced as speaking for a known source is that
		// source when named again, in full or by surname.
		{"ru", "Число пострадавших выросло до 590, сообщила пресс-секретарь Минздрава Айзада Бекова. Число погибших выросло до семи, сообщила Бекова.",
			[]want{{590, "Ministry of Health", ""}, {7, "Ministry of Health", ""}}},
		{"en", "Health Ministry spokeswoman Aizada Bekova said 590 people had been injured. Later, Aizada Bekova said seven people had died.",
			[]want{{590, "Test Outlet", "Ministry of Health"}, {7, "Test Outlet", "Ministry of Health"}}},
		// A lone capitalised word before a number that starts the sentence
		// is no source; a demonym before a generic source word names an
		// authority; an auxiliary belongs to the verb; a generic word at
		// the end of a longer subject does not hide the name before it.
		{"en", "From 2010 to 2015 there were 3248 cases reported worldwide, including 584 deaths.",
			[]want{{584, "Test Outlet", ""}}},
		{"en", "According to the Jordanian government, more than 1.4 million refugees were displaced.",
			[]want{{1400000, "Jordanian government", ""}}},
		{"en", "State media have reported the deaths of at least four members of the security forces.",
			[]want{{4, "Test Outlet", "State media"}}},
		{"en", "The number of people killed rose to 63 on Thursday, civil defence officials said.",
			[]want{{63, "Test Outlet", "Civil Defence"}}},
		// A postposition needs a name before it: here a figure leads it.
		{"fr", "Crue : onze morts selon le bilan provisoire.",
			[]want{{11, "Test Outlet", ""}}},
	}
	for _, tt := range tests {
		r := run(t, tt.text, tt.lang)
		if len(r.Claims) != len(tt.want) {
			t.Errorf("[%s] %q: %d claims, want %d: %+v", tt.lang, tt.text, len(r.Claims), len(tt.want), r.Claims)
			continue
		}
		for i, w := range tt.want {
			c := r.Claims[i]
			if c.Min != w.min || strings.Join(c.ReportedBy, ",") != w.reportedBy || strings.Join(c.Citing, ",") != w.citing {
				t.Errorf("[%s] %q: claim %d = %d by %q citing %q, want %d by %q citing %q", tt.lang, tt.text, i,
					c.Min, c.ReportedBy, c.Citing, w.min, w.reportedBy, w.citing)
			}
		}
	}
}
