package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a feed of our own writing -->
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Harbour Wire</title>
<language>en-GB</language>
<item>
<title>Ferry capsizes off Lindau: 14 dead</title>
<link>https://example.org/ferry</link>
<guid>harbour-1</guid>
<dc:creator>Ana Vidal</dc:creator>
<pubDate>Tue, 15 Apr 2031 12:00:00 +0200</pubDate>
<description><![CDATA[<p>At least 14 people drowned when a ferry capsized, the coast guard said.</p><script>track()</script><p>Thirty were rescued &amp; brought ashore.</p>]]></description>
</item>
<item>
<link>https://example.org/empty</link>
<description>   </description>
</item>
<item>
<title>Rescue ends</title>
<link>https://example.org/rescue</link>
<description>Divers ended the search on Wednesday.</description>
</item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
<title>Courrier du Lac</title>
<entry>
<title>Naufrage : le bilan passe à 16 morts</title>
<id>urn:courrier:42</id>
<link href="https://example.fr/naufrage"/>
<updated>2031-04-16T08:30:00Z</updated>
<author><name>Luc Martin</name></author>
<content type="html">&lt;p&gt;Le bilan du naufrage s'élève désormais à 16 morts.&lt;/p&gt;</content>
</entry>
</feed>`

// TestFeeds: an RSS or Atom file gives one document per item that has
// text, with the item's id, link, time and author and the feed's title
// and language; its HTML becomes paragraphs.
func TestFeeds(t *testing.T) {
	docs, err := Documents("wire.xml", []byte(rssFeed))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d documents, want 2 (the item with no text is left out): %+v", len(docs), docs)
	}
	d := docs[0]
	want := sitrep.Document{ID: "harbour-1", Path: "wire.xml#1", URL: "https://example.org/ferry", Outlet: "Harbour Wire",
		Author: "Ana Vidal", Lang: "en", Kind: sitrep.KindArticle, Published: "2031-04-15T10:00:00Z",
		Text: "Ferry capsizes off Lindau: 14 dead\n\nAt least 14 people drowned when a ferry capsized, the coast guard said.\n\nThirty were rescued & brought ashore."}
	if d != want {
		t.Errorf("first item:\n got %+v\nwant %+v", d, want)
	}
	if docs[1].ID != "harbour-3" && docs[1].ID != "https://example.org/rescue" {
		t.Errorf("an item without a GUID is known by its link: %q", docs[1].ID)
	}

	atom, err := Documents("lac.atom", []byte(atomFeed))
	if err != nil {
		t.Fatal(err)
	}
	if len(atom) != 1 || atom[0].ID != "urn:courrier:42" || atom[0].Lang != "fr" || atom[0].Author != "Luc Martin" ||
		atom[0].Published != "2031-04-16T08:30:00Z" || !strings.HasSuffix(atom[0].Text, "s'élève désormais à 16 morts.") {
		t.Errorf("atom: %+v", atom)
	}

	// Gzipped, and read from a file.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(rssFeed))
	zw.Close()
	path := filepath.Join(t.TempDir(), "wire.xml.gz")
	if err := os.WriteFile(path, gz.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if docs, err := ReadDocuments(path); err != nil || len(docs) != 2 {
		t.Errorf("gzipped feed: %d documents, %v", len(docs), err)
	}
	// A plain file is one document.
	if docs, err := Documents("note.txt", []byte("Five people were injured.")); err != nil || len(docs) != 1 {
		t.Errorf("plain text: %v %v", docs, err)
	}
}

// TestBadFeeds: a feed that does not parse, or has no item with text, is
// an error naming the file.
func TestBadFeeds(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     error
	}{
		{"broken.xml", `<?xml version="1.0"?><rss version="2.0"><channel><item><title>x`, sitrep.ErrBadInput},
		{"empty.xml", `<rss version="2.0"><channel><title>Nothing</title></channel></rss>`, sitrep.ErrEmpty},
	} {
		_, err := Documents(tt.name, []byte(tt.in))
		if !errors.Is(err, tt.want) || !strings.HasPrefix(err.Error(), tt.name+": ") {
			t.Errorf("%s: %v, want %v naming the file", tt.name, err, tt.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	for in, want := range map[string]string{
		"plain   text\n here":                        "plain text here",
		"<p>One</p><p>Two <b>bold</b></p>":           "One\n\nTwo bold",
		"Line<br>break &amp; more<style>x{}</style>": "Line\n\nbreak & more",
		"<ul><li>a</li><li>b</li></ul><div>c</div>":  "a\n\nb\n\nc",
	} {
		if got := htmlText(in); got != want {
			t.Errorf("htmlText(%q) = %q, want %q", in, got, want)
		}
	}
}
