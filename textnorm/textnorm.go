// Package textnorm normalises text for matching while keeping a map from
// every byte of the normalised text back to the original, so that a match
// found in normalised text can be reported as a span of the original bytes.
//
// Normalisation: Unicode NFC; lower case; Romanian cedilla letters folded to
// comma-below (ş→ș, ţ→ț); Arabic and Persian yeh and kaf unified (ی→ي,
// ک→ك); Arabic diacritics, tatweel, ZWNJ, ZWJ and soft hyphens removed;
// Arabic-Indic, Persian, Devanagari, Bengali and full-width digits mapped to
// ASCII; full-width Latin letters and punctuation to ASCII; typographic
// apostrophes to '; every kind of space to ' '.
//
// The standard library and golang.org/x/text give NFC and case mapping, but
// no transformer that reports offsets, which is why this package exists.
package textnorm

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalised string with its offset map.
type Text struct {
	// S is the normalised text.
	S string
	// Map has len(S)+1 entries: Map[i] is the offset in the original of
	// the character that produced byte i of S; Map[len(S)] is the
	// original's length. (int32: documents are far below 2 GiB, and the
	// map is as long as the text.)
	Map []int32
}

// Orig maps a half-open byte range of S to the original text.
func (t Text) Orig(start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(t.S) {
		end = len(t.S)
	}
	if start > end {
		start = end
	}
	return int(t.Map[start]), int(t.Map[end])
}

// Normalize returns the normalised form of s with its offset map.
func Normalize(s string) Text {
	return NormalizeInto(nil, s)
}

// NormalizeInto is Normalize writing the offset map into dst's array when
// it is large enough, so that a caller can reuse one map across texts.
// The returned Text's Map is valid until dst is reused.
func NormalizeInto(dst []int32, s string) Text {
	var b strings.Builder
	b.Grow(len(s))
	m := dst[:0]
	if cap(m) < len(s)+1 {
		m = make([]int32, 0, len(s)+1)
	}
	var buf []byte
	if mayBeNFC(s) || norm.NFC.IsNormalString(s) {
		// Most text arrives in NFC: fold rune by rune, no segmenting.
		for i, r := range s {
			if r < utf8.RuneSelf {
				b.WriteByte(foldASCII(byte(r)))
				m = append(m, int32(i))
				continue
			}
			buf = foldRune(buf[:0], r)
			for range buf {
				m = append(m, int32(i))
			}
			b.Write(buf)
		}
		m = append(m, int32(len(s)))
		return Text{S: b.String(), Map: m}
	}
	for i := 0; i < len(s); {
		// One normalisation segment at a time: NFC may combine runes
		// within a segment, never across segments.
		n := norm.NFC.NextBoundaryInString(s[i:], true)
		if n <= 0 {
			n = len(s) - i
		}
		seg := s[i : i+n]
		if !norm.NFC.IsNormalString(seg) {
			seg = norm.NFC.String(seg)
		}
		for _, r := range seg {
			buf = foldRune(buf[:0], r)
			for range buf {
				m = append(m, int32(i))
			}
			b.Write(buf)
		}
		i += n
	}
	m = append(m, int32(len(s)))
	return Text{S: b.String(), Map: m}
}

// mayBeNFC is a cheap sufficient test for NFC: text with no combining
// mark, no Hangul jamo and no character that NFC replaces by itself
// (Devanagari क़, Bengali য়, Greek letters with oxia, CJK compatibility
// ideographs…) has nothing to change. It saves the full check on most
// text.
func mayBeNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= 0x0300 && (unicode.In(r, unicode.Mn, unicode.Mc) || r >= 0x1100 && r <= 0x11FF || r >= 0xAC00 && r <= 0xD7A3 ||
			notNFC(r)) {
			return false
		}
		i += n - 1
	}
	return true
}

// Characters that are not in NFC even alone (NFC_Quick_Check=No: the
// composition exclusions and singletons), as a bitmap over the planes
// where Unicode has them, read from the norm tables on first use.
const notNFCLimit = 0x30000

var (
	notNFCOnce sync.Once
	notNFCBits []uint64
)

func notNFC(r rune) bool {
	if r >= notNFCLimit {
		return false
	}
	notNFCOnce.Do(func() {
		notNFCBits = make([]uint64, notNFCLimit/64)
		var b [utf8.UTFMax]byte
		for c := rune(0x80); c < notNFCLimit; c++ {
			if !utf8.ValidRune(c) {
				continue
			}
			if n := utf8.EncodeRune(b[:], c); !norm.NFC.IsNormal(b[:n]) {
				notNFCBits[c/64] |= 1 << (c % 64)
			}
		}
	})
	return notNFCBits[r/64]&(1<<(r%64)) != 0
}

// Fold returns the normalised form of s without the offset map; lexicon
// entries are folded with it so that they compare equal to normalised text.
func Fold(s string) string { return Normalize(s).S }

func foldASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// foldRune appends the normalised form of r to dst.
func foldRune(dst []byte, r rune) []byte {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z':
		return append(dst, byte(r))
	case r >= 'A' && r <= 'Z':
		return append(dst, byte(r+'a'-'A'))
	case r < utf8.RuneSelf:
		if r == '\t' || r == '\r' || r == '\n' || r == '\v' || r == '\f' {
			return append(dst, byte(r))
		}
		return append(dst, byte(r))
	}
	if d, ok := digitValue(r); ok {
		return append(dst, byte('0'+d))
	}
	switch r {
	case 'ş', 'Ş':
		return utf8.AppendRune(dst, 'ș')
	case 'ţ', 'Ţ':
		return utf8.AppendRune(dst, 'ț')
	case 'Ș':
		return utf8.AppendRune(dst, 'ș')
	case 'Ț':
		return utf8.AppendRune(dst, 'ț')
	case 'ی', 'ى': // Farsi yeh, alef maksura
		return utf8.AppendRune(dst, 'ي')
	case 'ک': // keheh
		return utf8.AppendRune(dst, 'ك')
	case 'ـ', '\u200c', '\u200d', '\u00ad', '\u200b', '\ufeff', '\u200e', '\u200f':
		return dst // tatweel, ZWNJ, ZWJ, soft hyphen, ZWSP, BOM, LRM, RLM
	case '\u066b': // Arabic decimal separator
		return append(dst, '.')
	case '\u066c': // Arabic thousands separator
		return append(dst, ',')
	case '’', '‘', 'ʼ', '`', '´':
		return append(dst, '\'')
	case 'İ':
		return append(dst, 'i')
	}
	if r >= 0x064B && r <= 0x065F || r == 0x0670 { // Arabic harakat, superscript alef
		return dst
	}
	if r >= 0xFF01 && r <= 0xFF5E { // full-width ASCII
		return foldRune(dst, r-0xFF01+'!')
	}
	if r == 0x3000 || unicode.IsSpace(r) {
		return append(dst, ' ')
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// digitValue returns the value of a decimal digit in any script that
// unicode.Nd lists (Arabic-Indic, Persian, Devanagari, Bengali, full-width…).
func digitValue(r rune) (int, bool) {
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	// Every Nd block is a run of ten starting at a zero.
	for z := r; z > r-10; z-- {
		if !unicode.Is(unicode.Nd, z-1) || (r-z) == 9 {
			return int(r - z), true
		}
	}
	return 0, false
}
