package numparse

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/textnorm"
)

type parseTest struct {
	in       string
	min, max float64
	vague    bool
	approx   bool
	err      error // nil: a value is expected
}

func ex(in string, v float64) parseTest { return parseTest{in: in, min: v, max: v} }
func vg(in string, lo, hi float64) parseTest {
	return parseTest{in: in, min: lo, max: hi, vague: true}
}
func ap(in string, v float64) parseTest  { return parseTest{in: in, min: v, max: v, approx: true} }
func bad(in string, err error) parseTest { return parseTest{in: in, err: err} }

// hostile are inputs every language must survive.
var hostile = []parseTest{
	bad("", ErrEmpty),
	bad("   ", ErrEmpty),
	bad("-", ErrSyntax),
	bad("1..2", ErrSyntax),
	bad("999999999999999999999999", ErrRange),
	bad("-5", ErrNegative),
	bad("3/15", ErrFraction),
	bad("xyzzy", ErrSyntax),
	bad("12 xyzzy", ErrSyntax),
	ex("١٢٣٤", 1234),
	ex("۱۲", 12),
	ex("１２", 12),
	ex("0033", 33),
	ex(strings.Repeat("0", 200)+"7", 7),
	ex("1,000,000", 1e6),
}

var parseTests = map[string][]parseTest{
	"ro": {
		ex("2.298", 2298), ex("1,5", 1.5), ex("1.5", 1.5), ex("3.000.000", 3e6), ex("18", 18),
		ex("douăzeci și unu", 21), ex("douazeci si trei", 23), ex("Douăzeci şi trei", 23),
		ex("două mii", 2000), ex("o mie", 1000), ex("o sută", 100), ex("trei sute", 300),
		ex("1,2 milioane", 1.2e6), ex("3 mil", 3e6), ex("100k", 1e5),
		vg("zeci", 20, 99), vg("sute", 200, 999), vg("mii", 2000, 9999), vg("câteva", 2, 9),
		vg("mai multe", 2, 9), vg("zeci de mii", 20000, 99999), vg("câteva sute", 200, 999),
		ex("șapte zeci", 70), ex("douăzeci de mii", 20000), ex("o sută de mii", 100000),
		ex("nouăsprezece", 19), ex("unșpe", 11),
		bad("al 5-lea", ErrSyntax), bad("5-lea", ErrOrdinal), bad("primul", ErrOrdinal), bad("minus 5", ErrNegative),
	},
	"en": {
		ex("2,298", 2298), ex("1.5", 1.5), ex("1.5 million", 1.5e6), ex("100k", 1e5), ex("2 mln", 2e6),
		ex("30 lakh", 3e6), ex("1,00,000", 1e5), ex("12,34,567", 1234567),
		ex("two hundred thirty-four thousand", 234000), ex("seven hundred twenty-one thousand and twelve", 721012),
		ex("a dozen", 12), ex("a hundred", 100), ex("two dozen", 24), ex("twelve hundred", 1200),
		ex("one point five", 1.5), ex("two and a half", 2.5), ex("1,200.5", 1200.5),
		vg("dozens", 20, 99), vg("hundreds", 200, 999), vg("thousands", 2000, 9999), vg("several", 2, 9),
		vg("a few", 2, 9), vg("tens of thousands", 20000, 99999), vg("hundreds of thousands", 200000, 999999),
		vg("several hundred", 200, 999), vg("a few thousand", 2000, 9999),
		bad("5th", ErrOrdinal), bad("first", ErrOrdinal), bad("negative five", ErrNegative), bad("half", ErrFraction),
		bad("a", ErrSyntax), bad("and", ErrSyntax), bad("one two", ErrSyntax),
	},
	"ar": {
		ex("٠٫٧٧٠", 0.77),
	},
	"sv": {
		ap("300-tal", 300), ap("50-tal", 50), ex("300", 300), bad("tal", ErrSyntax),
	},
	"fr": {
		ex("2 298", 2298), ex("2\u00a0298", 2298), ex("2\u202f298", 2298), ex("1,5", 1.5), ex("6 700,54", 6700.54),
		ex("vingt et un", 21), ex("quatre-vingt-dix-neuf", 99), ex("soixante-douze", 72), ex("deux cents", 200),
		ex("trois mille", 3000), ex("deux millions", 2e6), ex("un millier", 1000),
		vg("plusieurs", 2, 9), vg("dizaines", 20, 99), vg("centaines", 200, 999),
		vg("milliers", 2000, 9999), vg("dizaines de milliers", 20000, 99999), ap("une vingtaine", 20), ap("une vingtaine de milliers", 20000),
		bad("1er", ErrOrdinal), bad("deuxième", ErrOrdinal),
	},
	"fa": {
		ex("دو هزار و پانصد", 2500), ex("۲۵", 25), ex("سی و سه", 33), ex("هفتاد و یک", 71), ex("سه میلیون", 3e6),
		ex("دویست و پنجاه", 250), vg("ده\u200cها", 20, 99), vg("صدها", 200, 999), vg("هزاران", 2000, 9999),
		vg("چند", 2, 9),
	},
}

func TestParse(t *testing.T) {
	for lang, tests := range parseTests {
		p := ForLang(lang)
		if p == nil {
			t.Errorf("ForLang(%q) = nil", lang)
			continue
		}
		for _, tt := range append(append([]parseTest{}, hostile...), tests...) {
			got, err := p.Parse(tt.in)
			if tt.err != nil {
				if !errors.Is(err, tt.err) {
					t.Errorf("%s: Parse(%q) = %+v, %v; want error %v", lang, tt.in, got, err, tt.err)
				}
				continue
			}
			want := Value{Min: tt.min, Max: tt.max, Vague: tt.vague, Approx: tt.approx}
			if err != nil || got != want {
				t.Errorf("%s: Parse(%q) = %+v, %v; want %+v", lang, tt.in, got, err, want)
			}
		}
	}
}

func TestParseLang(t *testing.T) {
	if v, err := ParseLang("1,234", ""); err != nil || v.Min != 1234 {
		t.Errorf("ParseLang(1,234, \"\") = %v, %v", v, err)
	}
	if _, err := ParseLang("1", "xx"); !errors.Is(err, ErrLanguage) {
		t.Errorf("ParseLang(1, xx) error = %v, want ErrLanguage", err)
	}
}

type scanTest struct {
	text string
	at   string // the number starts at the first occurrence of at
	want string // the text it spans
	min  float64
}

var scanTests = map[string][]scanTest{
	"ro": {
		{"Bilanțul a crescut la 2.298 de răniți.", "2.298", "2.298", 2298},
		{"Cel puțin 18 morți, potrivit MAI.", "18", "18", 18},
		{"Douăzeci și trei de protestatari", "douăzeci", "douăzeci și trei", 23},
		{"au murit 10 și 6 au fost răniți", "10", "10", 10},
		{"zeci de mii de oameni", "zeci", "zeci de mii", 20000},
		{"zeci de oameni", "zeci", "zeci", 20},
		{"în 2022 300 de oameni", "2022", "2022", 2022},
		{"1,2 milioane de lei", "1,2", "1,2 milioane", 1.2e6},
	},
	"en": {
		{"at least 12 people, AP said", "12", "12", 12},
		{"killed 1,200, injured 5", "1,200", "1,200", 1200},
		{"two hundred thirty-four thousand people", "two", "two hundred thirty-four thousand", 234000},
		{"dozens of protesters", "dozens", "dozens", 20},
		{"a dozen of them", "a", "a dozen", 12},
		{"in 2021, 35 people", "2021", "2021", 2021},
		{"the 5th time", "5th", "", 0},
	},
	"es": {
		// A decimal comma followed by exactly three digits groups
		// thousands, as Latin American writing does; other decimals stay.
		{"al menos 1,250 muertos", "1,250", "1,250", 1250},
		{"100,000 desplazados", "100,000", "100,000", 100000},
		{"1,5 millones de personas", "1,5", "1,5 millones", 1.5e6},
		{"una tasa de 2,75 puntos", "2,75", "2,75", 2.75},
	},
	"fr": {
		{"le bilan: 2 298 blessés", "2", "2 298", 2298},
		{"en 2021 300 personnes", "2021", "2021", 2021},
	},
}

func TestScan(t *testing.T) {
	for lang, tests := range scanTests {
		p := ForLang(lang)
		for _, tt := range tests {
			s := textnorm.Fold(tt.text)
			i := strings.Index(s, textnorm.Fold(tt.at))
			if i < 0 {
				t.Fatalf("%q not in %q", tt.at, s)
			}
			v, end, ok := p.Scan(s, i)
			if tt.want == "" {
				if ok {
					t.Errorf("%s: Scan(%q, %d) = %+v, %d, true; want no number", lang, s, i, v, end)
				}
				continue
			}
			if !ok || s[i:end] != textnorm.Fold(tt.want) || v.Min != tt.min {
				t.Errorf("%s: Scan(%q, %d) = %+v, %q, %v; want %v over %q", lang, s, i, v, s[i:min(end, len(s))], ok, tt.min, tt.want)
			}
		}
	}
}

// TestLexiconsExtra checks the extra number data of every lexicon.
func TestLexiconsExtra(t *testing.T) {
	for code, lx := range lexicon.MustLoad() {
		if err := CheckExtra(&lx.Numbers); err != nil {
			t.Errorf("%s: %v", code, err)
		}
	}
}

var fuzzSeeds = []string{"", "-", "1..2", "١٢٣٤", "2.298", "1,5", "2 298", "douăzeci și unu", "two hundred thirty-four thousand",
	"dreihundertvierundzwanzig", "一万零四十", "百二萬", "zeci de mii", "1,00,000", "999999999999999999999999", "100k",
	"خمسمائة و خمسة و عشرون", "دو هزار و پانصد", "quatre-vingt-dix-neuf", ",77", "0.0012g", "3 000 000,5",
	"point", "and a half", "a", "二百零三", "数百人", "yetmişikibuçuk", "\xff\xfe", "1.200.000,42"}

func fuzzLangs() []string {
	return lexicon.Languages()
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	langs := fuzzLangs()
	f.Fuzz(func(t *testing.T, s string) {
		for _, l := range langs {
			v, err := ForLang(l).Parse(s)
			if err == nil && (v.Min > v.Max || v.Min < 0 || v.Max > MaxValue) {
				t.Fatalf("%s: Parse(%q) = %+v", l, s, v)
			}
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	langs := fuzzLangs()
	f.Fuzz(func(t *testing.T, s string, i int) {
		n := textnorm.Fold(s)
		for _, l := range langs {
			p := ForLang(l)
			for _, at := range []int{i, 0} {
				v, end, ok := p.Scan(n, at)
				if !ok {
					continue
				}
				if end <= at || end > len(n) || v.Min > v.Max || v.Min < 0 || v.Max > MaxValue {
					t.Fatalf("%s: Scan(%q, %d) = %+v, %d", l, n, at, v, end)
				}
				if !utf8.ValidString(n[at:end]) && utf8.ValidString(n) {
					t.Fatalf("%s: Scan(%q, %d) ends inside a rune at %d", l, n, at, end)
				}
			}
		}
	})
}

func BenchmarkScan(b *testing.B) {
	text := textnorm.Fold(strings.Repeat("Cel puțin 18 morți și 2.298 de răniți, potrivit MAI; douăzeci și trei de "+
		"protestatari au fost reținuți, iar zeci de mii de oameni au ieșit în stradă. ", 20))
	toks := textnorm.Tokens(text)
	p := ForLang("ro")
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		for _, tk := range toks {
			p.Scan(text, tk.Start)
		}
	}
}
