// Package lang identifies the language of a passage.
//
// It wraps github.com/pemistahl/lingua-go, chosen over whatlanggo for its
// accuracy on short posts (58/60 against 42/60 on tweet-like strings in the
// project's dependency report) and its coverage of Kazakh, at the price of
// a larger binary (+125 MB: lingua embeds every model whatever subset is
// used). The detector runs in low-accuracy mode over the project's own
// language set, which keeps start-up near 0.1 s and memory near 40 MB.
// Scripts that one language owns in that set (Greek, Devanagari, Han with
// kana) are decided by script alone, before any model is consulted.
//
// A passage with fewer than three letters of running text (only hashtags,
// links, mentions and lost emoji) has no language: Detect returns "".
package lang

import (
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/pemistahl/lingua-go"
)

// Supported lists the languages the detector chooses among: those of the
// extraction lexicons (the first 24, Kazakh, and eight more official
// languages of the EU). Languages with number data only are not detected:
// a passage in one of them is better left to its declared language than
// read with another language's terms.
var Supported = []string{"en", "fr", "es", "pt", "it", "de", "nl", "ro", "pl", "cs", "hu", "el",
	"bg", "sv", "uk", "ru", "tr", "ar", "fa", "zh", "ja", "hi", "id", "sw", "kk",
	"da", "fi", "et", "lt", "lv", "hr", "sk", "sl"}

// Detector identifies languages. It is safe for concurrent use.
type Detector struct {
	det   lingua.LanguageDetector
	codes map[lingua.Language]string
	fine  sync.Map // candidate set → high-accuracy detector
}

// New builds a detector over the given ISO 639-1 codes; unknown codes are
// ignored.
func New(codes []string) *Detector {
	var langs []lingua.Language
	d := &Detector{codes: map[lingua.Language]string{}}
	for _, c := range codes {
		iso := lingua.GetIsoCode639_1FromValue(strings.ToUpper(c))
		l := lingua.GetLanguageFromIsoCode639_1(iso)
		if l == lingua.Unknown {
			continue
		}
		langs = append(langs, l)
		d.codes[l] = c
	}
	d.det = lingua.NewLanguageDetectorBuilder().
		FromLanguages(langs...).
		WithLowAccuracyMode().
		WithPreloadedLanguageModels().
		Build()
	return d
}

var (
	defaultOnce sync.Once
	defaultDet  *Detector
)

// Default returns the shared detector over Supported, built on first use.
func Default() *Detector {
	defaultOnce.Do(func() { defaultDet = New(Supported) })
	return defaultDet
}

// Candidate is a language with its confidence.
type Candidate struct {
	Lang       string
	Confidence float64
}

// Candidates returns up to n languages for text, most likely first, or
// nil when text has too little running text.
func (d *Detector) Candidates(text string, n int) []Candidate {
	code, conf := d.Detect(text)
	if code == "" {
		return nil
	}
	out := []Candidate{{code, conf}}
	if conf >= 0.999 || n <= 1 {
		return out
	}
	vals := d.det.ComputeLanguageConfidenceValues(text)
	if letterCount(text) < shortText {
		vals = d.refine(text, vals)
	}
	for _, v := range vals {
		c, ok := d.codes[v.Language()]
		if !ok || c == code || v.Value() == 0 {
			continue
		}
		out = append(out, Candidate{c, v.Value()})
		if len(out) == n {
			break
		}
	}
	return out
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// Detect returns the language of text as an ISO 639-1 code with a
// confidence in [0, 1], or "" when text has too little running text.
// text should already be free of links, mentions and lost emoji
// (segment.StripMarkup).
func (d *Detector) Detect(text string) (string, float64) {
	var letters, han, kana, hangul, greek, deva int
	for _, r := range text {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Greek, r):
			greek++
		case unicode.Is(unicode.Devanagari, r):
			deva++
		}
	}
	if letters < 3 {
		return "", 0
	}
	switch {
	case kana > 0 && (kana+han)*2 > letters:
		return "ja", share(kana+han, letters)
	case han*2 > letters:
		return "zh", share(han, letters)
	case greek*2 > letters:
		return "el", share(greek, letters)
	case deva*2 > letters:
		return "hi", share(deva, letters)
	}
	vals := d.det.ComputeLanguageConfidenceValues(text)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return "", 0
	}
	if letters < shortText {
		vals = d.refine(text, vals)
	}
	code, ok := d.codes[vals[0].Language()]
	if !ok {
		return "", 0
	}
	return code, vals[0].Value()
}

// shortText is the length, in letters, under which the trigram-only
// low-accuracy models are unreliable (they read "Two soldiers killed and one
// injured in an ambush." as Swedish) and the full models decide.
const shortText = 160

// refine re-ranks the best few candidates of the low-accuracy pass with
// lingua's high-accuracy models. Only those candidates' models are loaded
// (lingua caches them process-wide), so memory grows with the languages
// actually met, not with every supported one.
func (d *Detector) refine(text string, vals []lingua.ConfidenceValue) []lingua.ConfidenceValue {
	var cands []lingua.Language
	for _, v := range vals {
		if len(cands) == 4 {
			break
		}
		cands = append(cands, v.Language())
	}
	if len(cands) < 2 {
		return vals
	}
	key := fmt.Sprint(cands)
	det, ok := d.fine.Load(key)
	if !ok {
		det, _ = d.fine.LoadOrStore(key, lingua.NewLanguageDetectorBuilder().FromLanguages(cands...).Build())
	}
	fine := det.(lingua.LanguageDetector).ComputeLanguageConfidenceValues(text)
	if len(fine) == 0 || fine[0].Value() == 0 {
		return vals
	}
	return fine
}

// DetectWithPrior is Detect for a passage of a document whose main
// language is prior (detected on its longer passages). Short passages,
// such as headings, are where detectors fail most; when the detector is
// unsure and prior stays a close contender, prior wins.
func (d *Detector) DetectWithPrior(text, prior string) (string, float64) {
	code, conf := d.Detect(text)
	if prior == "" || code == "" || code == prior || conf >= 0.9 {
		return code, conf
	}
	for l, c := range d.codes {
		if c != prior {
			continue
		}
		if pc := d.det.ComputeLanguageConfidence(text, l); pc >= conf/3 {
			return prior, pc
		}
	}
	return code, conf
}

func share(n, of int) float64 {
	return float64(n) / float64(of)
}
