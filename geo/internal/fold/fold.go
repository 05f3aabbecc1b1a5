// Package fold turns text into match keys for the gazetteer. The same code
// folds gazetteer names (in the generator, once) and document text (at run
// time), so the two always agree.
//
// A key is a sequence of folded tokens joined by one space, except that two
// adjacent CJK characters are joined with nothing: "Guinea-Bissau" →
// "guinea bissau", "北京市" → "北京市". Folding is NFC, lower case, Latin and
// Greek diacritics removed (ş, ș → s; Réunion → reunion; Αθήνα → αθηνα),
// Arabic letter variants unified (ي ی ى → ي, ک ك → ك, أ إ آ → ا, ة → ه,
// harakat and tatweel removed), Cyrillic kept as is but ё → е (so "Київ"
// keeps its ї), Devanagari nukta removed. Tokens remember their byte span in
// the original text, so keys never lose track of where they came from.
package fold

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Token is one word of text (or one CJK character), with its byte span in
// the original string.
type Token struct {
	Start, End int
	Key        string // folded form
	CJK        bool   // a single Han, Hiragana or Katakana character
	Upper      bool   // first letter is upper case
	Caseless   bool   // first letter belongs to a script without case
	AllCaps    bool   // every cased letter is upper case (and there are ≥ 2)
	Hashtag    bool   // part of a #hashtag
	SentStart  bool   // first word of a sentence (or of the text)
	Script     Script
}

// Script is the coarse script class of a token.
type Script uint8

// Script classes that matter for matching.
const (
	Other Script = iota
	Latin
	Cyrillic
	Greek
	Arabic
	CJKScript
	Devanagari
)

// latinFold maps precomposed Latin and Greek letters to their folded
// lower-case form without diacritics; built once at init.
var latinFold = map[rune]string{}

func init() {
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			l := unicode.ToLower(r)
			d := norm.NFD.String(string(l))
			var b strings.Builder
			for _, c := range d {
				if unicode.Is(unicode.Mn, c) {
					continue
				}
				b.WriteRune(c)
			}
			if s := b.String(); s != string(r) {
				latinFold[r] = s
			}
		}
	}
	add(0x00C0, 0x024F)
	add(0x1E00, 0x1EFF)
	add(0x0370, 0x03FF)
	add(0x1F00, 0x1FFF)
	for r, s := range map[rune]string{
		'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ı': "i", 'İ': "i",
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ð': "d", 'þ': "th",
		'ς': "σ", 'ħ': "h", 'ŧ': "t",
		'ʻ': "", 'ʼ': "", 'ʿ': "", 'ʾ': "",
	} {
		latinFold[r] = s
	}
}

// foldRune appends the folded form of r to b.
func foldRune(b []byte, r rune) []byte {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	if s, ok := latinFold[r]; ok {
		return append(b, s...)
	}
	switch r {
	case 'ё', 'Ё':
		return append(b, "е"...)
	case 'ى', 'ی', 'ې', 'ۍ': // alef maksura, Farsi yeh → Arabic yeh
		return utf8.AppendRune(b, 'ي')
	case 'ک', 'ڪ':
		return utf8.AppendRune(b, 'ك')
	case 'أ', 'إ', 'آ', 'ٱ':
		return utf8.AppendRune(b, 'ا')
	case 'ة', 'ۀ', 'ە':
		return utf8.AppendRune(b, 'ه')
	case 'ـ', 0x093C, 0x200D: // tatweel, Devanagari nukta, zero-width joiner
		return b
	}
	if 0x064B <= r && r <= 0x065F || r == 0x0670 { // harakat
		return b
	}
	if unicode.Is(unicode.Mn, r) && 0x0300 <= r && r <= 0x036F { // stray combining marks
		return b
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// ScriptOf classifies a rune.
func ScriptOf(r rune) Script {
	switch {
	case r < 0x250 || 0x1E00 <= r && r <= 0x1EFF:
		return Latin
	case 0x0400 <= r && r <= 0x052F:
		return Cyrillic
	case 0x0370 <= r && r <= 0x03FF || 0x1F00 <= r && r <= 0x1FFF:
		return Greek
	case 0x0600 <= r && r <= 0x06FF || 0x0750 <= r && r <= 0x077F || 0xFB50 <= r && r <= 0xFDFF || 0xFE70 <= r && r <= 0xFEFF:
		return Arabic
	case isCJK(r):
		return CJKScript
	case 0x0900 <= r && r <= 0x097F:
		return Devanagari
	}
	return Other
}

func isCJK(r rune) bool {
	if r < 0x2E80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || r == 'ー' || r == '々'
}

// isWord reports whether r belongs inside a word.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// Tokens splits s into tokens. Words are maximal runs of letters, marks and
// digits; apostrophes, hyphens, ZWNJ and all punctuation separate them;
// every CJK character is a token of its own. Inside a #hashtag, words are
// also split at lower→upper case changes ("#KazakhstanProtest" →
// Kazakhstan, Protest). Invalid UTF-8 bytes separate tokens.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/6+1)
	var buf []byte
	sentStart := true
	hashtag := false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 || !isWord(r) {
			switch {
			case r == '#':
				hashtag = true
			case r == '.' || r == '!' || r == '?' || r == '\n' || r == '。' || r == '؟' || r == '।' || r == '！' || r == '？':
				sentStart = true
				hashtag = false
			case unicode.IsSpace(r):
				hashtag = false
			}
			i += size
			continue
		}
		if isCJK(r) {
			buf = foldRune(buf[:0], r)
			toks = append(toks, Token{Start: i, End: i + size, Key: string(buf), CJK: true, Caseless: true,
				Hashtag: hashtag, SentStart: sentStart, Script: CJKScript})
			sentStart = false
			i += size
			continue
		}
		// A word: extend while word runes that are not CJK.
		start := i
		j := i
		prevLower := false
		for j < len(s) {
			r2, sz := utf8.DecodeRuneInString(s[j:])
			if r2 == utf8.RuneError && sz <= 1 || !isWord(r2) || isCJK(r2) {
				break
			}
			if hashtag && j > start && prevLower && unicode.IsUpper(r2) {
				break
			}
			prevLower = unicode.IsLower(r2) || unicode.IsDigit(r2)
			j += sz
		}
		toks = append(toks, makeToken(s, start, j, hashtag, sentStart, &buf))
		sentStart = false
		i = j
	}
	return toks
}

func makeToken(s string, start, end int, hashtag, sentStart bool, buf *[]byte) Token {
	w := s[start:end]
	if !isASCII(w) && !norm.NFC.IsNormalString(w) {
		w = norm.NFC.String(w)
	}
	b := (*buf)[:0]
	t := Token{Start: start, End: end, Hashtag: hashtag, SentStart: sentStart}
	first := true
	upper, lower := 0, 0
	for _, r := range w {
		if first && unicode.IsLetter(r) {
			first = false
			t.Upper = unicode.IsUpper(r) || unicode.IsTitle(r)
			t.Caseless = !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
			t.Script = ScriptOf(r)
		}
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
		b = foldRune(b, r)
	}
	t.AllCaps = upper >= 2 && lower == 0
	t.Key = string(b)
	*buf = b
	return t
}

// Join appends token key k to key, with the separator the two sides need.
func Join(key []byte, prevCJK bool, k string, cjk bool) []byte {
	if len(key) > 0 && !(prevCJK && cjk) {
		key = append(key, ' ')
	}
	return append(key, k...)
}

// Key folds a whole name into its match key ("" when it has no word).
func Key(name string) string {
	toks := Tokens(name)
	var b []byte
	prev := false
	for _, t := range toks {
		b = Join(b, prev, t.Key, t.CJK)
		prev = t.CJK
	}
	return string(b)
}

// IsCJK reports whether r is matched character by character.
func IsCJK(r rune) bool { return isCJK(r) }

// FirstToken returns the number of tokens in key and the byte length of its
// first token, without re-tokenising: keys are already folded.
func FirstToken(key string) (n, firstLen int) {
	firstLen = -1
	inWord := false
	for i, r := range key {
		cjk := isCJK(r)
		if r == ' ' || cjk || !inWord {
			// a token boundary before i (unless r starts the first token)
			if n == 1 && firstLen < 0 && (r == ' ' || cjk || !inWord) && i > 0 {
				firstLen = i
			}
		}
		switch {
		case r == ' ':
			inWord = false
		case cjk:
			n++
			inWord = false
		default:
			if !inWord {
				n++
				inWord = true
			}
		}
	}
	if firstLen < 0 {
		firstLen = len(key)
	}
	return n, firstLen
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
