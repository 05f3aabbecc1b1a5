// Package lexicon loads the per-language data files that drive extraction:
// number words and separators, vague quantities, qualifiers, figure terms,
// victim groups, attribution markers, event cues and month names.
//
// Adding a language means adding data/<code>.json and its tests; no Go code
// knows about any one language. Files are embedded in the binary, parsed and
// validated once (Load), and shared read-only by every goroutine.
//
// Phrase syntax, used in every phrase list:
//   - words are matched as whole tokens after normalisation (NFC, lower case,
//     Romanian cedilla letters folded to comma-below, Arabic ي/ك unified);
//   - a trailing '*' on a word matches any word that starts with it
//     ("ucis*" matches ucis, uciși, ucișii), which is how inflection is
//     handled in Slavic, Romanian, Turkish and similar languages;
//   - in languages written without spaces, each ideograph is its own token,
//     so "死亡" matches the two tokens 死 and 亡.
package lexicon

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

//go:embed data/*.json
var dataFS embed.FS

// Lexicon is the data of one language.
type Lexicon struct {
	Lang    string   `json:"lang"`    // BCP-47 primary subtag: "ro", "fa"
	Name    string   `json:"name"`    // English name of the language
	Scripts []string `json:"scripts"` // ISO 15924: "Latn", "Arab", "Hans"
	// NoSpaces is true for languages written without spaces between words.
	NoSpaces bool `json:"no_spaces,omitempty"`
	// CapitalisedNouns is true for languages that write every noun with a
	// capital (German): there a capital inside a sentence does not make
	// a figure term a name.
	CapitalisedNouns bool `json:"capitalised_nouns,omitempty"`
	// AgentAfterVerb is true for languages where a verb's agent may follow
	// it with no preposition while its object or patient comes first:
	// nouns marked for case (Russian "Нападавшего задержали полицейские")
	// and Indonesian di- passives ("Pelaku ditembak mati polisi").
	AgentAfterVerb bool `json:"agent_after_verb,omitempty"`
	// VerbFinal is true for languages that end a sentence with its main
	// verb (Japanese, Persian, Hindi, Turkish): a figure verb that ends the
	// sentence may count the singular topic that opens it, however far
	// ("容疑者は…警察に射殺された", "ضارب … با شلیک پلیس کشته شد").
	VerbFinal bool `json:"verb_final,omitempty"`

	Numbers Numbers `json:"numbers"`

	// Qualifiers: phrases before (or, for "or more"-like ones, after) a
	// number that bound the figure.
	Qualifiers map[sitrep.Qualifier][]string `json:"qualifiers"`
	// QualifiersAfter: phrases after the number ("or more", "și ceva").
	QualifiersAfter map[sitrep.Qualifier][]string `json:"qualifiers_after,omitempty"`

	// Figures: terms that make a number a figure of a kind, split by how
	// they attach: nouns/adjectives stand after (or before) the number
	// ("18 morți", "18 dead"); verbs may stand further away
	// ("12 agenți ... au fost uciși", "killed 12 people").
	Figures map[sitrep.FigureKind]Terms `json:"figures"`
	// Groups: nouns that name the victims.
	Groups map[sitrep.Group][]string `json:"groups"`
	// Singular: nouns that name one member of a group ("soldier",
	// "l'assaillant", "нападавшего"), for the figure verb whose subject or
	// object is one person and that has no number ("The attacker was shot
	// dead by police"). Only forms that cannot be plurals belong here.
	Singular map[sitrep.Group][]string `json:"singular,omitempty"`
	// AgeMarkers: phrases right after a number in digits (hyphens between
	// skipped) that make it the age of one person ("year old" in
	// "52-year-old", "años", "ans", "jährig*", "årig*", "godišnj*",
	// "metų", "jarig*"). With a figure verb the singular rule accepts and
	// no claim of its kind, such a person counts one: "A 52-year-old
	// driver was arrested", "Uhićen je 52-godišnji vozač". The group is
	// that of a group noun right after the marker, else unspecified.
	AgeMarkers []string `json:"age_markers,omitempty"`
	// Among: markers that introduce the group a sentence's figures
	// count, wherever it stands ("among", "parmi", "în rândul").
	Among []string `json:"among,omitempty"`
	// Actors: nouns that name perpetrators after a Perpetrator marker,
	// keyed by the label reported ("police", "protesters").
	Actors map[string][]string `json:"actors,omitempty"`
	// Perpetrator: markers of the agent of a passive ("by", "de", "par").
	Perpetrator []string `json:"perpetrator,omitempty"`
	// Cumulative: markers of a running total ("rose to", "so far").
	Cumulative []string `json:"cumulative,omitempty"`
	// Attribution markers.
	Attribution Attribution `json:"attribution"`
	// Negatives: phrases around a number that mean it is not a figure
	// ("killed the bill", "years old", "per cent").
	Negatives []string `json:"negatives,omitempty"`
	// Hypothetical: words that mark a drill, exercise or scenario, whose
	// figures and events did not happen ("simulacro", "drill").
	Hypothetical []string `json:"hypothetical,omitempty"`
	// Modal: words that make a number near them a count of what may,
	// could or is planned to happen, or of what a drill simulates, or
	// that a source denies ("could displace up to 20,000", "plans to
	// evacuate 5,000", "simulated 150 casualties", "denied that 12 were
	// held"). Unlike Hypothetical they drop only the numbers whose figure
	// they stand right before or inside, not the whole sentence.
	Modal []string `json:"modal,omitempty"`
	// Unreal: like Modal, but for the whole clause of a number or of its
	// figure term, and for every path to a figure (also "a journalist"
	// read as one): modality, a conditional mood ("denied that anyone
	// would have been held": Slovak "by", Lithuanian "būtų"), negated
	// quantifiers ("none of the 40 passengers"). Like Terms.Not, but for
	// every kind. The clause ends at a comma, so it suits languages that
	// set off every subordinate clause with one (fi, et, lt, lv, hr, sk,
	// sl): "said, that 3 died" keeps its figure.
	Unreal []string `json:"unreal,omitempty"`
	// Articles: indefinite articles that count one person when a group
	// noun and a figure term follow ("a soldier was killed"), for
	// languages whose number parser does not read them as one.
	Articles []string `json:"articles,omitempty"`
	// ObjectMarkers: words that stand between a verb and the people it
	// counts as its object, the Spanish personal "a" ("mataron a tres
	// personas") and the Romanian "pe" ("au ucis pe trei polițiști"), so
	// that the number before the verb is its agent, not its victims.
	ObjectMarkers []string `json:"object_markers,omitempty"`
	// ScalesAfterQualifier: words the number parser reads as a vague
	// plural ("тысячи", thousands) that are also the genitive singular of
	// a scale word: right after a qualifier, which governs the genitive,
	// they count the scale once (Russian "около тысячи", about a
	// thousand; Czech "kolem stovky", about a hundred).
	ScalesAfterQualifier map[string]float64 `json:"scales_after_qualifier,omitempty"`
	// Duals: nouns in the dual number, which count two by themselves
	// (Arabic قتيلان "two dead", جنديين "two soldiers"). Only forms that
	// cannot also be read as plurals belong here.
	Duals []string `json:"duals,omitempty"`
	// Ranges: "between 30 and 40 migrants" is one figure from 30 to 40.
	Ranges Ranges `json:"ranges,omitempty"`
	// Locatives: prepositions after which a number counts places, times or
	// things ("in 21 cities", "across 3 provinces"), so that it cannot be
	// the subject of a figure verb that follows it.
	Locatives []string `json:"locatives,omitempty"`
	// NegativesBefore: phrases right before a number that mean it is a
	// label, not a count ("UPDATE 3", "page 12", "route 7"), or a count
	// negated ("none of the 40 passengers … was hurt").
	NegativesBefore []string `json:"negatives_before,omitempty"`
	// Earlier: phrases right before a number, with no term of its own,
	// that make it an earlier or competing toll of the figure before it
	// in the sentence ("31 arrested, up from 19", "17 morts, contre 12
	// annoncés plus tôt", "a urcat la 19, față de 11"): a figure of that
	// kind, never a running total.
	Earlier []string `json:"earlier,omitempty"`
	// Events: cues per event type. Each cue is a list of alternatives
	// groups: all groups must occur in the same sentence, any phrase of a
	// group will do ("aeroport*|airport" and "închis*|closed").
	Events map[sitrep.EventType][][]string `json:"events"`
	// Conjunctions: words that join coordinated names and figures
	// ("și", "and", "et", "و").
	Conjunctions []string `json:"conjunctions,omitempty"`
	// Clitics: prefixes (and with a leading '-', suffixes) that may be
	// glued to a word and are stripped when matching (Arabic "و", "ال").
	Clitics []string `json:"clitics,omitempty"`
	// Months: month names and abbreviations, 1-12.
	Months map[string]int `json:"months,omitempty"`
	// Weekdays: names of the days of the week and relative days ("today",
	// "yesterday"), which are never source names.
	Weekdays []string `json:"weekdays,omitempty"`
}

// Terms are the words that make a number a figure of one kind.
type Terms struct {
	Nouns []string `json:"nouns,omitempty"`
	Verbs []string `json:"verbs,omitempty"`
	// Not: phrases that, in the same sentence, mean a number is no figure
	// of this kind ("410 of those detained had been released").
	Not []string `json:"not,omitempty"`
	// Frames: idioms that wrap the number, with "…" where it stands:
	// Persian "جان … را گرفت*" (took the lives of …). A qualifier may
	// stand before the number or the frame, the group after the number.
	Frames []string `json:"frames,omitempty"`
}

// Ranges are the words of a range of two numbers: a marker before the
// first ("between", "entre", "zwischen", "kati ya") and the links between
// the two besides the conjunctions ("hingga", "έως"). Without the marker
// two numbers are no range: "rose from 30 to 40" is a change.
type Ranges struct {
	Before []string `json:"before,omitempty"`
	Links  []string `json:"links,omitempty"`
	// Bare: links that make a range with no marker before the first
	// number, alone between two numbers the second larger than the
	// first: a dash ("20–25 kalastajaa"), Estonian "kuni" ("20 kuni 25
	// kalurit"). A year before the link makes no range ("2014–2016").
	Bare []string `json:"bare,omitempty"`
}

// Numbers is how a language writes numbers.
type Numbers struct {
	// Thousands and Decimal separators, in order of preference. A space
	// in Thousands also covers no-break and narrow no-break spaces.
	Thousands []string `json:"thousands"`
	Decimal   []string `json:"decimal"`
	// Words: number words with their values (units, teens, tens,
	// hundreds written as one word, ...).
	Words map[string]float64 `json:"words"`
	// Scales: multiplying words ("hundred", "mii", "million", "万").
	Scales map[string]float64 `json:"scales,omitempty"`
	// Connectors: words that may join parts of one number ("and", "și").
	Connectors []string `json:"connectors,omitempty"`
	// Vague: quantities without a value, as [min, max] ranges
	// ("dozens": [20, 99]); DESIGN.md gives the conventions.
	Vague map[string][2]float64 `json:"vague,omitempty"`
	// Approx: round numbers said loosely, which mean "about N"
	// ("une vingtaine", "ett tjugotal", "een twintigtal").
	Approx map[string]float64 `json:"approx,omitempty"`
	// Suffixes: abbreviations glued to or after digits ("k", "mil", "mln").
	Suffixes map[string]float64 `json:"suffixes,omitempty"`
	// Extra holds further, language-specific number data that the number
	// parser documents (e.g. compound-word rules); free form.
	Extra map[string]json.RawMessage `json:"extra,omitempty"`
}

// Attribution holds the markers of who reports and whom they cite.
type Attribution struct {
	// According: "according to", "potrivit", "selon": the names after
	// it report (or are) the source.
	According []string `json:"according"`
	// Citing: "citing", "citând": the names after it are the original.
	Citing []string `json:"citing"`
	// CitedBy: "quoted by", "citat de": the names after it relay what
	// came before.
	CitedBy []string `json:"cited_by"`
	// Said: reporting verbs ("said", "a declarat", "a anunțat").
	Said []string `json:"said"`
	// Reported: reporting verbs whose subject is an outlet ("reported").
	Reported []string `json:"reported,omitempty"`
	// Anaphora: nouns that refer back to the last source named
	// ("the ministry", "instituției").
	Anaphora []string `json:"anaphora,omitempty"`
	// Generic: nouns that name a source without naming it
	// ("authorities", "autoritățile"), with the label reported.
	Generic map[string][]string `json:"generic,omitempty"`
	// AccordingAfter: postpositions that mean "according to": the names
	// before them report, never those after ("poliisin mukaan", "politsei
	// teatel").
	AccordingAfter []string `json:"according_after,omitempty"`
}

var (
	loadOnce sync.Once
	loaded   map[string]*Lexicon
	loadErr  error
)

// Load parses and validates every embedded lexicon once and returns them by
// language code. The result is shared and must not be modified.
func Load() (map[string]*Lexicon, error) {
	loadOnce.Do(func() { loaded, loadErr = loadFS(dataFS, "data") })
	return loaded, loadErr
}

// MustLoad is Load for program start-up: it panics on an invalid lexicon,
// which is a build defect, not a runtime condition.
func MustLoad() map[string]*Lexicon {
	m, err := Load()
	if err != nil {
		panic(err)
	}
	return m
}

// Get returns the lexicon of one language, or nil.
func Get(lang string) *Lexicon {
	m, err := Load()
	if err != nil {
		return nil
	}
	return m[lang]
}

// Languages returns the codes of every embedded lexicon, sorted.
func Languages() []string {
	m, _ := Load()
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func loadFS(fsys fs.FS, dir string) (map[string]*Lexicon, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("lexicon: read %s: %w", dir, err)
	}
	out := make(map[string]*Lexicon, len(entries))
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		p := path.Join(dir, e.Name())
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("lexicon: read %s: %w", p, err)
		}
		lx, err := Parse(b)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %s: %w", p, err)
		}
		if want := strings.TrimSuffix(e.Name(), ".json"); lx.Lang != want {
			return nil, fmt.Errorf("lexicon: %s: lang %q does not match file name", p, lx.Lang)
		}
		out[lx.Lang] = lx
	}
	return out, nil
}

// Parse decodes and validates one lexicon file. Unknown fields are errors,
// so that a misspelt key is caught at start-up, not ignored.
func Parse(b []byte) (*Lexicon, error) {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	var lx Lexicon
	if err := dec.Decode(&lx); err != nil {
		if se, ok := err.(*json.SyntaxError); ok {
			line := 1 + strings.Count(string(b[:se.Offset]), "\n")
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		return nil, err
	}
	if err := lx.Validate(); err != nil {
		return nil, err
	}
	return &lx, nil
}

// Validate checks that a lexicon uses only the vocabulary of DESIGN.md and
// that its phrases are well formed.
func (lx *Lexicon) Validate() error {
	if lx.Lang == "" {
		return fmt.Errorf("missing lang")
	}
	bad := func(where, p string) error {
		return fmt.Errorf("%s: bad phrase %q", where, p)
	}
	checkList := func(where string, ps []string) error {
		for _, p := range ps {
			if !wellFormed(p) {
				return bad(where, p)
			}
		}
		return nil
	}
	for q, ps := range lx.Qualifiers {
		if !known(sitrep.Qualifiers, q) {
			return fmt.Errorf("qualifiers: unknown qualifier %q", q)
		}
		if err := checkList("qualifiers."+string(q), ps); err != nil {
			return err
		}
	}
	for q, ps := range lx.QualifiersAfter {
		if !known(sitrep.Qualifiers, q) {
			return fmt.Errorf("qualifiers_after: unknown qualifier %q", q)
		}
		if err := checkList("qualifiers_after."+string(q), ps); err != nil {
			return err
		}
	}
	for k, t := range lx.Figures {
		if !known(sitrep.FigureKinds, k) {
			return fmt.Errorf("figures: unknown kind %q", k)
		}
		if err := checkList("figures."+string(k)+".nouns", t.Nouns); err != nil {
			return err
		}
		if err := checkList("figures."+string(k)+".verbs", t.Verbs); err != nil {
			return err
		}
		if err := checkList("figures."+string(k)+".not", t.Not); err != nil {
			return err
		}
		for _, f := range t.Frames {
			open, closing, ok := strings.Cut(f, "…")
			if !ok || !wellFormed(open) || !wellFormed(closing) || strings.Contains(closing, "…") {
				return bad("figures."+string(k)+".frames", f)
			}
		}
	}
	for g, ps := range lx.Groups {
		if !known(sitrep.Groups, g) {
			return fmt.Errorf("groups: unknown group %q", g)
		}
		if err := checkList("groups."+string(g), ps); err != nil {
			return err
		}
	}
	for g, ps := range lx.Singular {
		if !known(sitrep.Groups, g) || g == sitrep.Unspecified {
			return fmt.Errorf("singular: unknown or unspecified group %q", g)
		}
		if err := checkList("singular."+string(g), ps); err != nil {
			return err
		}
	}
	if err := checkList("age_markers", lx.AgeMarkers); err != nil {
		return err
	}
	for t, cues := range lx.Events {
		if !known(sitrep.EventTypes, t) {
			return fmt.Errorf("events: unknown event type %q", t)
		}
		for _, cue := range cues {
			if len(cue) == 0 {
				return fmt.Errorf("events.%s: empty cue", t)
			}
			for _, alts := range cue {
				for _, p := range strings.Split(alts, "|") {
					if !wellFormed(p) {
						return bad("events."+string(t), p)
					}
				}
			}
		}
	}
	if err := checkList("object_markers", lx.ObjectMarkers); err != nil {
		return err
	}
	if err := checkList("earlier", lx.Earlier); err != nil {
		return err
	}
	if err := checkList("ranges.before", lx.Ranges.Before); err != nil {
		return err
	}
	if err := checkList("ranges.links", lx.Ranges.Links); err != nil {
		return err
	}
	if err := checkList("ranges.bare", lx.Ranges.Bare); err != nil {
		return err
	}
	for v, r := range lx.Numbers.Vague {
		if r[0] > r[1] || r[0] < 0 {
			return fmt.Errorf("numbers.vague: %q has range %v", v, r)
		}
	}
	for m, n := range lx.Months {
		if n < 1 || n > 12 {
			return fmt.Errorf("months: %q is month %d", m, n)
		}
	}
	return nil
}

func wellFormed(p string) bool {
	p = strings.TrimSpace(p)
	if p == "" || strings.HasPrefix(p, "*") {
		return false
	}
	return !strings.Contains(p, "**")
}

func known[T comparable](all []T, v T) bool {
	for _, x := range all {
		if x == v {
			return true
		}
	}
	return false
}

// aliases are language codes that name the same lexicon under another
// code: the Norwegian macrolanguage, and codes ISO 639 has withdrawn.
var aliases = map[string]string{"no": "nb", "iw": "he", "in": "id", "ji": "yi", "jw": "jv"}

// Base reduces a language tag to the code lexicons are filed under: the
// primary subtag of a BCP-47 tag or POSIX locale, in lower case, so that
// "pt-BR", "ES_AR", "zh-Hant-TW" and "sr_RS.UTF-8@latin" give pt, es, zh
// and sr; "no" gives nb. It does not check that the lexicon exists.
func Base(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_.@"); i >= 0 {
		tag = tag[:i]
	}
	if a, ok := aliases[tag]; ok {
		return a
	}
	return tag
}
