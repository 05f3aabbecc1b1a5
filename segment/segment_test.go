package segment

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestSplitKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []sitrep.PassageKind
	}{
		{"paragraphs", "Primul paragraf are o propoziție.\n\nAl doilea are alta.", []sitrep.PassageKind{"paragraph", "paragraph"}},
		{"heading", "Floods hit the north\n\nRivers rose overnight, officials said.", []sitrep.PassageKind{"heading", "paragraph"}},
		{"post", "Des tirs ce soir à Lyon — Jean Dupont (@jdupont) March 3, 2031", []sitrep.PassageKind{"post"}},
		{"fragment", "????⚡#Lyon", []sitrep.PassageKind{"fragment"}},
		{"crlf and spaces", "  One line.\r\n\r\n\r\n  Two line.  ", []sitrep.PassageKind{"paragraph", "paragraph"}},
		{"empty", "", nil},
		{"only blank lines", "\n\n  \n", nil},
		{"quote", "\u201cWe will not leave,\u201d\n\nshe said.", []sitrep.PassageKind{"quote", "paragraph"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := Split(sitrep.Document{Text: tt.text})
			var got []sitrep.PassageKind
			for _, p := range ps {
				got = append(got, p.Kind)
				if tt.text[p.Span[0]:p.Span[1]] != p.Text {
					t.Errorf("passage %d: span %v does not give its text", p.Index, p.Span)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q) kinds = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestPostSignature(t *testing.T) {
	text := "Explosions near the port #Odesa #Ukraine @UN @EU_Commissionpic.twitter.com/abc123 https://t.co/xyz — Night Watch ????5 (@night_watch) November 2, 2031"
	ps := Split(sitrep.Document{Text: text})
	if len(ps) != 1 || ps[0].Post == nil {
		t.Fatalf("Split: got %+v, want one post", ps)
	}
	p := ps[0]
	if got, want := *p.Post, (sitrep.Post{Author: "Night Watch …5", Handle: "night_watch", Date: "2031-11-02"}); got != want {
		t.Errorf("post = %+v, want %+v", got, want)
	}
	if want := []string{"Odesa", "Ukraine"}; !reflect.DeepEqual(p.Hashtags, want) {
		t.Errorf("hashtags = %q, want %q", p.Hashtags, want)
	}
	if want := []string{"UN", "EU_Commission"}; !reflect.DeepEqual(p.Mentions, want) {
		t.Errorf("mentions = %q, want %q", p.Mentions, want)
	}
	if want := []string{"pic.twitter.com/abc123", "https://t.co/xyz"}; !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links = %q, want %q", p.Links, want)
	}
	if body := text[p.Body[0]:p.Body[1]]; strings.Contains(body, "night_watch") {
		t.Errorf("body %q includes the signature", body)
	}
}

func TestLostEmoji(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Is it true? Yes.", nil},
		{"Terrible ???? news", []string{"????"}},
		{"Name????5", []string{"????"}},
		{"What?!", nil},
		{"?Lyon", []string{"?"}},
	}
	for _, tt := range tests {
		ps := Split(sitrep.Document{Text: tt.text})
		var got []string
		for _, s := range ps[0].LostEmoji {
			got = append(got, tt.text[s[0]:s[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("LostEmoji(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStripMarkupKeepsOffsets(t *testing.T) {
	for _, s := range []string{"a ???? b #tag @user https://x.y/z", "ș ????", "", "@@@###???"} {
		if got := StripMarkup(s); len(got) != len(s) {
			t.Errorf("StripMarkup(%q) has length %d, want %d", s, len(got), len(s))
		}
	}
}

// TestSeed checks the seed document's passages against its hand annotation.
func TestSeed(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seed")
	b, err := os.ReadFile(filepath.Join(dir, "000_0563437313d33bce.txt"))
	if err != nil {
		t.Skipf("seed document not available (%v): ../shared is not beside the checkout", err)
	}
	ps := Split(sitrep.Document{Text: string(b)})
	type want struct {
		line   int
		kind   sitrep.PassageKind
		handle string
	}
	wants := []want{{1, "paragraph", ""}, {3, "paragraph", ""}, {5, "heading", ""}, {7, "post", "GLeibniz1716"},
		{9, "post", "DetailsYemen"}, {11, "post", "Tiaragalaxymi61"}, {13, "fragment", ""}, {15, "post", "ActusNonStop"},
		{17, "post", "ActusNonStop"}, {19, "post", "drakolesage"}, {21, "heading", ""}, {23, "paragraph", ""},
		{25, "paragraph", ""}, {29, "paragraph", ""}, {31, "heading", ""}, {33, "paragraph", ""}, {37, "paragraph", ""}, {41, "paragraph", ""}}
	if len(ps) != len(wants) {
		t.Fatalf("Split(seed) gave %d passages, want %d", len(ps), len(wants))
	}
	for i, w := range wants {
		p := ps[i]
		if p.Line != w.line || p.Kind != w.kind {
			t.Errorf("passage %d: line %d %s, want line %d %s", i, p.Line, p.Kind, w.line, w.kind)
		}
		if w.handle != "" && (p.Post == nil || p.Post.Handle != w.handle || p.Post.Date != "2022-01-06") {
			t.Errorf("passage %d: post %+v, want handle %s dated 2022-01-06", i, p.Post, w.handle)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"a\n\nb", "x — N (@h) January 6, 2022", "????#k", "\r\n\r\n", "@a@b pic.twitter.com/x", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, p := range Split(sitrep.Document{Text: s}) {
			if p.Span[0] < prev || p.Span[1] > len(s) || p.Span[0] > p.Span[1] {
				t.Fatalf("bad span %v (prev end %d, len %d)", p.Span, prev, len(s))
			}
			if p.Body[0] < p.Span[0] || p.Body[1] > p.Span[1] {
				t.Fatalf("body %v outside span %v", p.Body, p.Span)
			}
			for _, l := range p.LostEmoji {
				if l[0] < p.Span[0] || l[1] > p.Span[1] {
					t.Fatalf("lost emoji %v outside span %v", l, p.Span)
				}
			}
			prev = p.Span[1]
		}
		if len(StripMarkup(s)) != len(s) {
			t.Fatalf("StripMarkup changed the length")
		}
	})
}

func TestStripMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a ???? b", "a      b"},
		{"why? yes", "why? yes"},
		{"?Lyon and #Lyon", " Lyon and  Lyon"},
		{"hi @user_1, mail a@b.c", "hi        , mail a@b.c"},
		{"see https://t.co/x now", "see                now"},
		{"# alone and @ alone", "# alone and @ alone"},
		{"Tiara????5", "Tiara    5"},
	}
	for _, tt := range tests {
		if got := StripMarkup(tt.in); got != tt.want {
			t.Errorf("StripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSignatureAfterDash(t *testing.T) {
	text := "Report N° 12 – Quake: 47 dead, 38 missing. — Relief Desk (@relief_desk) April 16, 2031"
	ps := Split(sitrep.Document{Text: text})
	if ps[0].Post == nil || ps[0].Post.Author != "Relief Desk" {
		t.Fatalf("post = %+v, want author Relief Desk", ps[0].Post)
	}
	if body := text[ps[0].Body[0]:ps[0].Body[1]]; body != "Report N° 12 – Quake: 47 dead, 38 missing." {
		t.Errorf("body = %q", body)
	}
}

func TestSignatureDayFirst(t *testing.T) {
	for _, text := range []string{
		"Des tirs à Lyon ce soir — Jean Dupont (@jdupont) 3 mars 2031",
		"Schüsse in Köln — Anna Berg (@aberg) 3. März 2031",
		"Disparos en Quito — Ana Ruiz (@aruiz) 3 de marzo de 2031",
	} {
		ps := Split(sitrep.Document{Text: text})
		if len(ps) != 1 || ps[0].Post == nil || ps[0].Post.Date != "2031-03-03" {
			t.Errorf("Split(%q): post %+v, want one dated 2031-03-03", text, ps[0].Post)
		}
	}
}
