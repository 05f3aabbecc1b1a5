package textnorm

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Uciși ŞI Ţara", "uciși și țara"},
		{"uciş", "uciș"},
		{"۱۲ نفر", "12 نفر"},
		{"١٨ قتيلا", "18 قتيلا"},
		{"Ｔｅｈｒａｎ ２０", "tehran 20"},
		{"२५ लोग", "25 लोग"},
		{"ی ک", "ي ك"},
		{"می\u200cشود", "میشود"},
		{"Almaty\u2019de", "almaty'de"},
		{"2\u00a0298", "2 298"},
		{"e\u0301", "é"},
		{"", ""},
		{"\xff\xfe", "\ufffd\ufffd"},
	}
	for _, tt := range tests {
		got := Normalize(tt.in)
		// Persian yeh inside the expected words is folded too.
		if want := Fold(tt.want); got.S != want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got.S, want)
		}
		if len(got.Map) != len(got.S)+1 {
			t.Errorf("Normalize(%q): map has %d entries, want %d", tt.in, len(got.Map), len(got.S)+1)
		}
	}
}

func TestOrigSpans(t *testing.T) {
	in := "Cel puţin 12 agenţi ai forţelor"
	n := Normalize(in)
	for _, w := range []string{"puțin", "12", "agenți", "forțelor"} {
		i := indexOf(n.S, w)
		if i < 0 {
			t.Fatalf("%q not in %q", w, n.S)
		}
		a, b := n.Orig(i, i+len(w))
		if Fold(in[a:b]) != w {
			t.Errorf("Orig(%q) = %q", w, in[a:b])
		}
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestTokens(t *testing.T) {
	toks := Tokens(Fold("Au crescut la 18 morți, 2.298 de persoane și 1,200 #Almaty 十八人"))
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Text)
	}
	want := []string{"au", "crescut", "la", "18", "morți", ",", "2.298", "de", "persoane", "și", "1,200", "#", "almaty", "十", "八", "人"}
	if len(got) != len(want) {
		t.Fatalf("Tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %q, want %q", i, got[i], want[i])
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Cel puţin 12", "۱۲ نفر", "Ｔｅｈ", "e\u0301", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if len(n.Map) != len(n.S)+1 {
			t.Fatalf("map length %d for %d bytes", len(n.Map), len(n.S))
		}
		for i := 1; i < len(n.Map); i++ {
			if n.Map[i] < n.Map[i-1] {
				t.Fatalf("map not monotonic at %d", i)
			}
		}
		if int(n.Map[len(n.S)]) != len(s) {
			t.Fatalf("map end %d, want %d", n.Map[len(n.S)], len(s))
		}
		if utf8.ValidString(s) && !utf8.ValidString(n.S) {
			t.Fatalf("invalid output for valid input")
		}
	})
}

// TestNFCExclusions folds characters that NFC replaces even when alone
// (precomposed nukta letters, Greek oxia, the Kelvin sign) like their
// normal forms: the quick NFC test must not let them through.
func TestNFCExclusions(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"\u095Bख़्मी", "ज़ख़्मी"},   // ज़ (U+095B) and ख़ (U+0959)
		{"ন\u09DF", "নয়"},           // য় (U+09DF)
		{"\u1F71θήνα", "\u03ACθήνα"}, // ά with oxia (U+1F71) is ά with tonos
		{"\u212Aelvin", "kelvin"},    // Kelvin sign
		{"\uFA10", "\u585A"},         // CJK compatibility ideograph
	} {
		if got, want := Fold(tc.in), Fold(norm.NFC.String(tc.want)); got != want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, want)
		}
	}
}
