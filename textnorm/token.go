package textnorm

import (
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
)

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds.
const (
	Word   TokenKind = iota // letters, possibly with digits or apostrophes
	Number                  // starts with a digit: "18", "1.204", "1,200", "100k"
	Punct                   // punctuation and symbols
	Space                   // never returned by Tokens
)

// Token is a word, number or punctuation mark of a normalised text, with
// byte offsets into that text.
type Token struct {
	Start, End int
	Kind       TokenKind
	Text       string
}

// Tokens splits normalised text into tokens by the Unicode word-boundary
// rules (UAX #29): "1,200" and "Istanbul'daki" stay whole, ideographs come
// one per token. Spaces are dropped.
func Tokens(s string) []Token {
	return AppendTokens(make([]Token, 0, len(s)/5+1), s)
}

// AppendTokens appends the tokens of s to dst, so that a caller can reuse
// one slice across texts.
func AppendTokens(dst []Token, s string) []Token {
	out := dst
	seg := words.FromString(s)
	pos := 0
	for seg.Next() {
		w := seg.Value()
		start := pos
		pos += len(w)
		r, _ := utf8.DecodeRuneInString(w)
		kind := Word
		switch {
		case unicode.IsSpace(r):
			continue
		case r >= '0' && r <= '9':
			kind = Number
		case unicode.IsLetter(r) || unicode.IsMark(r):
			kind = Word
		default:
			kind = Punct
		}
		out = append(out, Token{Start: start, End: pos, Kind: kind, Text: w})
	}
	return out
}
