package cluster

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NormalizeSource returns the form of a source name used to compare
// sources: diacritics removed, case folded, punctuation (including a
// handle's "@") turned into spaces, runs of spaces collapsed, a leading
// English article and a trailing "(@handle)" dropped, and names that
// coverage in many languages gives one body mapped to one name: "AP" and
// "Associated Press"; "Interior Ministry", "Ministerul Afacerilor Interne"
// and "МВД"; "Crucea Roșie Moldova" and "the Red Cross". Two claims rest
// on the same source exactly when their normalised original sources are
// equal.
func NormalizeSource(name string) string {
	if i := strings.LastIndex(name, "(@"); i > 0 && strings.HasSuffix(strings.TrimSpace(name), ")") {
		name = name[:i] // "Name (@handle)": the name
	}
	s := foldText(name)
	s = strings.TrimPrefix(s, "the ")
	if a, ok := sourceAliases[s]; ok {
		return a
	}
	if m := ministry(s); m != "" {
		return m
	}
	if armedForces(s) {
		return "ministry of defence"
	}
	for _, w := range redCross {
		if strings.Contains(s, w) {
			return "red cross"
		}
	}
	for _, w := range civilDefence {
		if strings.Contains(s, w) {
			return "civil defence"
		}
	}
	return s
}

// junkSource reports whether a name given as a source is no source at
// all: a weekday, a conjunction or a fragment that an attribution rule
// caught ("said on Wednesday", "X and Y").
func junkSource(name string) bool {
	if strings.HasPrefix(strings.TrimSpace(name), "@") {
		return false // a handle
	}
	f := foldText(name)
	if len([]rune(f)) < 2 {
		return true
	}
	return junkWords[f]
}

var junkWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday
		lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miercoles jueves viernes sabado domingo
		segunda terca quarta quinta sexta montag dienstag mittwoch donnerstag freitag samstag sonntag
		luni marti miercuri joi vineri sambata duminica понедельник вторник среда четверг пятница суббота воскресенье
		and or et ou und oder si sau и или y o e today yesterday tonight hier aujourd hui ayer hoy ontem hoje gestern heute
		ieri azi вчера сегодня he she they it he said she said officials said`) {
		m[foldText(w)] = true
	}
	return m
}()

// redCross lists the Red Cross's names, folded.
var redCross = []string{"red cross", "crucea rosie", "croix rouge", "cruz roja", "rotes kreuz", "croce rossa", "красныи крест", "icrc", "ifrc"}

// ministries maps a ministry's subject, as words found in its folded names
// in several languages, to the name it is compared by.
var ministries = []struct {
	name  string
	words []string
}{
	{"ministry of internal affairs", []string{"interior", "internal affairs", "afacerilor interne", "de interne", "interieur", "innen", "внутренних", "мвд"}},
	{"ministry of health", []string{"health", "sanatat", "sante", "salud", "sanidad", "gesundheit", "здрав"}},
	{"ministry of defence", []string{"defence", "defense", "apararii", "armees", "verteidigung", "оборон"}},
	{"ministry of foreign affairs", []string{"foreign", "afacerilor externe", "etrangeres", "exteriores", "auswartig", "иностранн"}},
	{"ministry of emergency situations", []string{"emergency situations", "situatii de urgenta", "situatiilor de urgenta", "emergencias", "чрезвычаин", "мчс"}},
	{"ministry of justice", []string{"justice", "justitie", "justicia", "justiz", "юстиции"}},
}

// civilDefence lists, folded, the names of a country's civil defence or
// civil protection service, which coverage gives in many languages.
var civilDefence = []string{"civil defen", "defensa civil", "defesa civil", "aparare civila", "apararea civila",
	"apararii civile", "defense civile", "protection civile", "proteccion civil", "protectia civila", "zivilschutz",
	"гражданск", "indeci"}

// ministry returns the comparison name of a folded name that is a
// ministry, or "".
func ministry(s string) string {
	if !strings.Contains(s, "minist") && !strings.Contains(s, "министер") && !strings.HasPrefix(s, "мин") &&
		s != "мвд" && s != "мчс" {
		return ""
	}
	for _, m := range ministries {
		for _, w := range m.words {
			if strings.Contains(s, w) {
				return m.name
			}
		}
	}
	return ""
}

// foldText lower-cases s, removes combining marks and turns every rune
// that is not a letter or a digit into a single space. The result has no
// leading or trailing space.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true // drop leading spaces
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// sourceAliases maps normalised names to the normalised name they stand
// for. It is deliberately small: only names that the same crisis coverage
// spells in several ways.
var sourceAliases = map[string]string{
	"ap":                            "associated press",
	"afp":                           "agence france presse",
	"agence france press":           "agence france presse",
	"ria":                           "ria novosti",
	"ria news":                      "ria novosti",
	"un":                            "united nations",
	"u n":                           "united nations",
	"onu":                           "united nations",
	"oon":                           "united nations",
	"icrc":                          "international committee of the red cross",
	"hrw":                           "human rights watch",
	"mvd":                           "ministry of internal affairs",
	"ministerul afacerilor interne": "ministry of internal affairs",
	"ministerul de interne":         "ministry of internal affairs",
	"mai":                           "ministry of internal affairs",
	"authority":                     "authorities",
	"the authorities":               "authorities",
	"officials":                     "authorities",
	"local authorities":             "authorities",
}

// Authority ranks sources: a figure from a higher rank is preferred as the
// best value. The order follows what analysts trust for casualty counts:
// the authorities that keep the count, then international agencies that
// compile it, then news organisations, then advocacy groups, then posts.
type Authority int

// Authority ranks, lowest first.
const (
	AuthorityNone          Authority = iota // no source at all
	AuthorityPost                           // an unattributed post or account handle
	AuthorityNGO                            // a rights group or NGO
	AuthorityUnknown                        // a named source of unknown type
	AuthorityMedia                          // a news agency or outlet
	AuthorityInternational                  // the UN or an international agency
	AuthorityOfficial                       // a ministry, government, police or other authorities
)

// String returns the rank's name as a report shows it.
func (a Authority) String() string {
	switch a {
	case AuthorityPost:
		return "post"
	case AuthorityNGO:
		return "ngo"
	case AuthorityUnknown:
		return "unknown"
	case AuthorityMedia:
		return "media"
	case AuthorityInternational:
		return "international"
	case AuthorityOfficial:
		return "official"
	}
	return "none"
}

// authorityWords lists, per rank, the words (of normalised names) that
// put a source in that rank, checked from the top rank down. A word
// matches a whole word, or a word's start when it ends in "*".
var authorityWords = []struct {
	rank  Authority
	words []string
}{
	{AuthorityInternational, []string{
		"united nations", "un", "onu", "oon", "ohchr", "unhcr", "unicef", "ocha", "who", "world health*", "iom",
		"red cross", "red crescent", "world bank", "european union", "eu", "osce",
		"international organization*", "nato", "african union", "csto", "wfp", "world food*", "unesco", "interpol",
	}},
	{AuthorityNGO, []string{"rights", "human rights*", "civic*", "amnesty", "watch", "ngo*", "observatory", "observatorio", "observatoire", "observatorium", "обсерватория", "monitor*", "foundation",
		"association", "committee to protect", "reporters without*", "doctors without*", "msf", "medecins*",
		"netblocks", "acled", "hengaw", "hrana", "memorial", "activists", "activist", "union of",
	}},
	{AuthorityOfficial, []string{
		"civil defence", "indeci", "ingd", "disaster management*", "civil defen*", "directorate", "administrator*",
		"navy", "marina", "armada", "prm",
		"minist*", "minister*", "government*", "govt", "gov", "guvern*", "gouvernement", "gobierno", "regierung",
		"police*", "politi*", "polit*", "militia", "authorit*", "autoritati*", "autorit*", "official*", "oficial*",
		"officiel*", "president*", "presedint*", "presidential", "kremlin", "governor*", "mayor*", "primar*", "executive", "cabinet",
		"akim*", "akimat", "prosecutor*", "procur*", "army", "military", "armed forces", "defen*",
		"interior", "internal affairs", "state*", "national guard", "emergency*", "civil protection",
		"health department", "department of", "agency for", "national committee", "commission", "council",
		"spokes*", "purtator*", "porte parole", "sheriff", "coroner", "mvd", "kgb", "knb", "fsb", "security service*",
		"municipal*", "city hall", "governorate", "prefect*", "ministerul", "ministere", "ministerio", "министерство",
		"мвд", "полиция", "власти", "правительство",
	}},
	{AuthorityMedia, []string{
		"news*", "agency", "agence", "agentia", "press", "presse", "reuters", "associated press", "interfax*",
		"ria*", "tass", "xinhua", "bbc", "cnn", "al jazeera", "aljazeera", "mediafax", "khabar*", "times",
		"post", "tv", "television", "televiziune*", "radio", "channel", "daily", "journal", "gazette", "herald",
		"tribune", "guardian", "telegraph", "bloomberg", "nbc", "abc", "cbs", "fox", "dw", "deutsche welle",
		"france 24", "euronews", "rfi", "rferl", "radio free*", "bfmtv", "cnews", "lci", "digi24", "hotnews",
		"agerpres", "anadolu", "efe", "ansa", "dpa", "kyodo", "yonhap", "sputnik", "rt", "tengrinews",
		"kazinform", "vlast", "novosti", "media", "magazine", "ziar*", "stiri*", "journalist*", "correspondent*",
		"le monde", "le figaro", "new york", "washington", "wall street", "financial", "economist", "euractiv",
		"politico", "axios", "vice", "huffpost", "independent", "observer", "express", "mirror", "sun",
	}},
}

// rankPatterns is authorityWords compiled: each pattern folded like a
// source name and split into words.
var rankPatterns = func() []rankPattern {
	var ps []rankPattern
	for _, g := range authorityWords {
		for _, w := range g.words {
			prefix := strings.HasSuffix(w, "*")
			words := strings.Fields(foldText(strings.TrimSuffix(w, "*")))
			if len(words) > 0 {
				ps = append(ps, rankPattern{rank: g.rank, words: words, prefix: prefix})
			}
		}
	}
	return ps
}()

type rankPattern struct {
	rank   Authority
	words  []string
	prefix bool // the last word matches a word's start
}

// rankOf classifies a normalised source name. Order matters: an
// international agency is checked first so that "UN human rights office"
// ranks as international, then rights groups so that "Human Rights Watch"
// is not taken for an outlet, then officials, then media.
func rankOf(norm string) Authority {
	if norm == "" {
		return AuthorityNone
	}
	words := strings.Fields(norm)
	for _, p := range rankPatterns {
		if p.match(words) {
			return p.rank
		}
	}
	return AuthorityUnknown
}

// match reports whether the pattern's words occur in words, in order and
// next to each other.
func (p rankPattern) match(words []string) bool {
	n := len(p.words)
outer:
	for i := 0; i+n <= len(words); i++ {
		for j, w := range p.words {
			got := words[i+j]
			if j == n-1 && p.prefix {
				if !strings.HasPrefix(got, w) {
					continue outer
				}
			} else if got != w {
				continue outer
			}
		}
		return true
	}
	return false
}

// SourceAuthority ranks a source by its name; a name that starts with "@"
// is an account handle and ranks as a post unless its name says more.
func SourceAuthority(name string) Authority {
	n := NormalizeSource(name)
	r := rankOf(n)
	if r == AuthorityUnknown && strings.HasPrefix(strings.TrimSpace(name), "@") {
		return AuthorityPost
	}
	return r
}

// armedForces reports whether a folded name is a country's armed forces
// as a body ("the army", "the military", "Mozambique army", "Armee",
// "forças armadas"): their statements are the defence ministry's.
// Anonymous "military sources" are not the institution and stay apart.
func armedForces(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	switch w[len(w)-1] {
	case "army", "military", "armee", "armata", "ejercito", "exercito", "армия", "военные", "forces":
		return len(w) <= 2 || w[len(w)-1] == "forces" && w[len(w)-2] == "armed"
	}
	switch strings.Join(w, " ") {
	case "forcas armadas", "fuerzas armadas", "forces armees", "streitkrafte", "bundeswehr", "fortele armate", "вооруженные силы", "вооруженных сил":
		return true
	}
	return false
}
