// Package segment cuts a document into passages: paragraphs, headings,
// embedded social-media posts and fragments, each with byte offsets into
// the original text. It also parses what a post carries: the signature
// "text — Display Name (@handle) Month D, YYYY", hashtags, mentions and
// links, and marks runs of '?' that stand for emoji lost in an earlier
// encoding step, so that no later stage reads them as text or punctuation.
//
// Split is a pure function: the same document always gives the same
// passages, and it is safe for concurrent use.
package segment

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/lexicon"
	"github.com/sitrep-dev/sitrep/textnorm"
)

// Split returns the passages of a document in order. Passages are blocks of
// text separated by blank lines; a block that ends with a post signature is
// a post, a short unpunctuated line is a heading, and a block with no
// running text (only hashtags, links or lost emoji) is a fragment.
// Language is left empty: detecting it is the next stage.
func Split(doc sitrep.Document) []sitrep.Passage {
	text := doc.Text
	var out []sitrep.Passage
	for _, b := range blocks(text) {
		p := sitrep.Passage{
			Index: len(out),
			Span:  b,
			Body:  b,
			Line:  1 + strings.Count(text[:b[0]], "\n"),
			Text:  text[b[0]:b[1]],
		}
		classify(&p, text, doc.Kind)
		out = append(out, p)
	}
	return out
}

// blocks returns the spans of the non-blank blocks of text, trimmed of
// surrounding white space. A blank line is one with only white space.
func blocks(text string) []sitrep.Span {
	var out []sitrep.Span
	start := -1 // start of the current block, -1 when between blocks
	end := 0    // end of the last non-blank line of the current block
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		lineEnd := len(text)
		next := len(text) + 1
		if j >= 0 {
			lineEnd = i + j
			next = lineEnd + 1
		}
		line := text[i:lineEnd]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, trim(text, start, end))
				start = -1
			}
		} else {
			if start < 0 {
				start = i
			}
			end = lineEnd
		}
		i = next
	}
	if start >= 0 {
		out = append(out, trim(text, start, end))
	}
	return out
}

func trim(text string, a, b int) sitrep.Span {
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return sitrep.Span{a, b}
}

// signature matches the end of an embedded post:
// " — Display Name (@handle) January 6, 2022".
// The display name holds no dash of its own, so that a dash earlier in the
// text ("N° 12 – Sismo Arequipa: ...") does not start the signature.
var signature = regexp.MustCompile(`\s+[—–-]{1,2}\s*([^\n—–]{0,80}?)\s*\(@([A-Za-z0-9_]{1,30})\)\s*([\p{L}.]+)\s+(\d{1,2}),?\s+(\d{4})\s*$`)

// signatureDMY is the same signature with the day first, as embeds print
// it in most languages other than English: "6 janvier 2022", "6. Januar
// 2022", "6 de enero de 2022".
var signatureDMY = regexp.MustCompile(`\s+[—–-]{1,2}\s*([^\n—–]{0,80}?)\s*\(@([A-Za-z0-9_]{1,30})\)\s*(\d{1,2})\.?\s+(?:de\s+)?([\p{L}.]+)\s+(?:de\s+)?(\d{4})\s*$`)

var (
	hashtagRe = regexp.MustCompile(`#([\p{L}\p{M}\p{N}_]+)`)
	mentionRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_.@/])@([A-Za-z0-9_]{1,30})`)
	linkRe    = regexp.MustCompile(`(?:https?://|www\.|pic\.twitter\.com/)[^\s<>"'»«]+`)
	lostRe    = regexp.MustCompile(`\?{2,}|\?[\p{L}\p{N}#@]`)
)

// findSignature returns the submatch indexes of a post's signature at the
// end of s, in the month-first order of signature, or nil. The patterns
// are unanchored at their start, so they run only on the tail of s that a
// signature can span: from a little before its last "(@" (a dash and a
// display name of at most 80 characters), widened back over whitespace so
// that the match starts where it would in the whole passage.
func findSignature(s string) []int {
	at := strings.LastIndex(s, "(@")
	if at < 0 {
		return nil
	}
	from := max(0, at-4*(80+8))
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for from > 0 && unicode.IsSpace(rune(s[from-1])) {
		from--
	}
	t := s[from:]
	m := signature.FindStringSubmatchIndex(t)
	if m == nil {
		// Day first: swap the groups into the month-first order.
		if d := signatureDMY.FindStringSubmatchIndex(t); d != nil {
			m = []int{d[0], d[1], d[2], d[3], d[4], d[5], d[8], d[9], d[6], d[7], d[10], d[11]}
		}
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += from
		}
	}
	return m
}

func classify(p *sitrep.Passage, text string, kind sitrep.DocumentKind) {
	s := p.Text
	base := p.Span[0]
	p.LostEmoji = lostEmoji(s, base)
	p.Links = findLinks(s)
	p.Hashtags = findHashtags(s)
	p.Mentions = findMentions(s)

	if m := findSignature(s); m != nil {
		month := monthNumber(s[m[6]:m[7]])
		if month > 0 {
			day, _ := strconv.Atoi(s[m[8]:m[9]])
			year, _ := strconv.Atoi(s[m[10]:m[11]])
			author := cleanName(s[m[2]:m[3]])
			p.Kind = sitrep.PassagePost
			p.Post = &sitrep.Post{
				Author: author,
				Handle: s[m[4]:m[5]],
				Date:   date(year, month, day),
			}
			p.Body = sitrep.Span{base, base + m[0]}
			// The signature's handle is not a mention in the text.
			p.Mentions = findMentions(s[:m[0]])
			p.Hashtags = findHashtags(s[:m[0]])
			p.Links = findLinks(s[:m[0]])
			return
		}
	}
	switch {
	case !hasRunningText(s):
		p.Kind = sitrep.PassageFragment
	case kind == sitrep.KindPost:
		p.Kind = sitrep.PassagePost
	case isHeading(s):
		p.Kind = sitrep.PassageHeading
	case isQuote(s):
		p.Kind = sitrep.PassageQuote
	default:
		p.Kind = sitrep.PassageParagraph
	}
}

// StripMarkup returns s with links, mentions, lost-emoji runs and the '#'
// of hashtags blanked out by spaces, so that offsets are kept. It is what
// language detection and extraction read. It runs on every passage, so it
// scans bytes rather than running the patterns Split uses.
func StripMarkup(s string) string {
	links := strings.Contains(s, "http") || strings.Contains(s, "www.") || strings.Contains(s, "pic.twitter.com/")
	if !links && !strings.ContainsAny(s, "?@#") {
		return s // nothing to blank: no copy
	}
	b := []byte(s)
	// The link pattern is costly; most passages have no link.
	if links {
		for _, m := range linkRe.FindAllStringIndex(s, -1) {
			blankRunes(b, m[0], m[1])
		}
	}
	if !strings.ContainsAny(s, "?@#") {
		return string(b)
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '?':
			j := i
			for j < len(s) && s[j] == '?' {
				j++
			}
			switch {
			case j-i >= 2:
				blankRunes(b, i, j) // a run of lost emoji
			case j < len(s) && isWordStart(s[j:]):
				b[i] = ' ' // one lost emoji glued to a word
			}
			i = j - 1
		case '@':
			if i > 0 && (isHandleByte(s[i-1]) || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '@') {
				continue
			}
			j := i + 1
			for j < len(s) && isHandleByte(s[j]) {
				j++
			}
			if j > i+1 {
				blankRunes(b, i, j)
				i = j - 1
			}
		case '#':
			if i+1 < len(s) && isWordStart(s[i+1:]) {
				b[i] = ' '
			}
		}
	}
	return string(b)
}

func isHandleByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isWordStart reports whether s starts with a letter, digit, '#' or '@'.
func isWordStart(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '#' || r == '@' || r == '_'
}

// blankRunes replaces every rune in b[a:z] by spaces, keeping length.
func blankRunes(b []byte, a, z int) {
	for i := a; i < z; i++ {
		b[i] = ' '
	}
}

func lostEmoji(s string, base int) []sitrep.Span {
	var out []sitrep.Span
	if !strings.Contains(s, "?") {
		return nil
	}
	for _, m := range lostRe.FindAllStringIndex(s, -1) {
		z := m[1]
		if s[z-1] != '?' {
			z-- // a single '?' glued to the next word: only the '?' is lost
		}
		out = append(out, sitrep.Span{base + m[0], base + z})
	}
	return out
}

func findLinks(s string) []string {
	var out []string
	if !strings.Contains(s, "http") && !strings.Contains(s, "www.") && !strings.Contains(s, "pic.twitter.com/") {
		return nil
	}
	for _, l := range linkRe.FindAllString(s, -1) {
		out = append(out, strings.TrimRight(l, ".,;:!?)…"))
	}
	return out
}

func findHashtags(s string) []string {
	var out []string
	for _, m := range hashtagRe.FindAllStringSubmatchIndex(s, -1) {
		if m[0] > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:m[0]])
			if r == '&' || r == '/' { // HTML entity or URL fragment
				continue
			}
		}
		out = append(out, s[m[2]:m[3]])
	}
	return out
}

func findMentions(s string) []string {
	var out []string
	if !strings.Contains(s, "@") {
		return nil
	}
	for _, m := range mentionRe.FindAllStringSubmatchIndex(s, -1) {
		h := s[m[2]:m[3]]
		rest := s[m[3]:]
		// A mention glued to a link: "@EU_Commissionpic.twitter.com/…".
		if strings.HasPrefix(rest, ".twitter.com") && strings.HasSuffix(h, "pic") {
			h = strings.TrimSuffix(h, "pic")
		}
		if h != "" {
			out = append(out, h)
		}
	}
	return out
}

// hasRunningText reports whether s has words outside hashtags, mentions,
// links and lost emoji.
func hasRunningText(s string) bool {
	stripped := StripMarkup(s)
	for _, m := range hashtagRe.FindAllStringIndex(s, -1) {
		stripped = stripped[:m[0]] + strings.Repeat(" ", m[1]-m[0]) + stripped[m[1]:]
	}
	letters := 0
	for _, r := range stripped {
		if unicode.IsLetter(r) {
			letters++
			if letters >= 3 {
				return true
			}
		}
	}
	return false
}

func isHeading(s string) bool {
	if strings.ContainsRune(s, '\n') || utf8.RuneCountInString(s) > 120 {
		return false
	}
	if len(strings.Fields(s)) > 18 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, ` "'»”’)`))
	switch last {
	case '.', '!', '?', '…', ';', ':', ',', '。', '！', '？', '؟', '।':
		return false
	}
	return true
}

func isQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	l, _ := utf8.DecodeLastRuneInString(s)
	return (r == '"' || r == '“' || r == '«' || r == '„') && (l == '"' || l == '”' || l == '»' || l == '“')
}

// cleanName removes lost-emoji runs from a display name; a run inside the
// name becomes an ellipsis so that the name is not silently joined.
func cleanName(s string) string {
	out := lostRe.ReplaceAllStringFunc(s, func(m string) string {
		if m[len(m)-1] != '?' {
			return "…" + m[1:]
		}
		return "…"
	})
	out = strings.Trim(out, "… ")
	return strings.TrimSpace(out)
}

var (
	monthsOnce sync.Once
	months     map[string]int
)

// monthNumber returns the month a name stands for, 1-12, or 0. Embedded
// posts print English month names; other languages' names come from their
// lexicons.
func monthNumber(s string) int {
	monthsOnce.Do(func() {
		months = map[string]int{}
		if all, err := lexicon.Load(); err == nil {
			for _, lx := range all {
				for name, n := range lx.Months {
					months[textnorm.Fold(name)] = n
				}
			}
		}
		for i, m := range []string{"january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december"} {
			months[m] = i + 1
			months[m[:3]] = i + 1
		}
	})
	return months[strings.TrimSuffix(textnorm.Fold(s), ".")]
}

func date(y, m, d int) string {
	if d < 1 || d > 31 {
		return ""
	}
	return strconv.Itoa(y) + "-" + pad(m) + "-" + pad(d)
}

func pad(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
