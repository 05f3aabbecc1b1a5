package ingest

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/sitrep-dev/sitrep"
)

// feedRoot matches the root element of an RSS 2.0, RSS 1.0 (RDF) or Atom
// document, after an XML declaration, comments and processing
// instructions.
var feedRoot = regexp.MustCompile(`^(?:\s*<\?[^>]*\?>|\s*<!--(?:[^-]|-[^-])*-->)*\s*<(?:rss|feed|rdf:RDF)[\s>]`)

// looksFeed reports whether b starts like a news feed.
func looksFeed(b []byte) bool {
	head := bytes.TrimPrefix(b, []byte("\ufeff"))
	if len(head) > 2048 {
		head = head[:2048]
	}
	return feedRoot.Match(head)
}

// FromFeed reads the items of an RSS or Atom feed (gofeed) as documents:
// each item's title, then its content or, failing that, its description
// as text; its link as URL; its publication (else update) time; its
// author; the feed's title as the outlet and the feed's language. An
// item's id is its GUID, else its link, else the content id of its text,
// so that reading the same feed again adds nothing. Items with no text
// are left out; a feed with none is an error.
func FromFeed(name string, b []byte) ([]sitrep.Document, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: feed: %v: %w", name, err, sitrep.ErrBadInput)
	}
	outlet := strings.TrimSpace(f.Title)
	lang := primaryTag(f.Language)
	var docs []sitrep.Document
	for i, it := range f.Items {
		body := it.Content
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		title := strings.TrimSpace(htmlText(it.Title))
		text := strings.TrimSpace(htmlText(body))
		if title != "" && !strings.HasPrefix(text, title) {
			text = strings.TrimSpace(title + "\n\n" + text)
		}
		if text == "" {
			continue
		}
		doc := sitrep.Document{
			ID:     strings.TrimSpace(it.GUID),
			Path:   fmt.Sprintf("%s#%d", name, i+1),
			URL:    strings.TrimSpace(it.Link),
			Outlet: outlet,
			Lang:   lang,
			Kind:   sitrep.KindArticle,
			Text:   text,
		}
		if doc.ID == "" {
			doc.ID = doc.URL
		}
		if doc.ID == "" {
			doc.ID = sitrep.ContentID(text)
		}
		if names := authors(it); len(names) > 0 {
			doc.Author = strings.Join(names, ", ")
		}
		switch {
		case it.PublishedParsed != nil:
			doc.Published = it.PublishedParsed.UTC().Format(time.RFC3339)
		case it.UpdatedParsed != nil:
			doc.Published = it.UpdatedParsed.UTC().Format(time.RFC3339)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("%s: feed has no item with text: %w", name, sitrep.ErrEmpty)
	}
	return docs, nil
}

func authors(it *gofeed.Item) []string {
	var out []string
	for _, p := range it.Authors {
		if p != nil && strings.TrimSpace(p.Name) != "" {
			out = append(out, strings.TrimSpace(p.Name))
		}
	}
	if len(out) == 0 && it.DublinCoreExt != nil {
		for _, c := range it.DublinCoreExt.Creator {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// blocks are the elements that end a paragraph of text.
var blocks = map[string]bool{
	"p": true, "div": true, "br": true, "li": true, "ul": true, "ol": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "tr": true, "table": true,
	"section": true, "article": true, "figure": true, "figcaption": true, "pre": true, "hr": true,
}

// htmlText returns the text of an HTML fragment, a feed item's body, with
// a blank line where a block ends; scripts and styles are dropped, runs of
// white space within a paragraph become one space. A fragment is not a
// page, so Readability, which scores a page's blocks to find its article,
// has nothing to choose from here: the whole fragment is the article.
func htmlText(fragment string) string {
	if !strings.ContainsAny(fragment, "<&") {
		return strings.Join(strings.Fields(fragment), " ")
	}
	z := html.NewTokenizer(strings.NewReader(fragment))
	var paras []string
	var cur strings.Builder
	skip := 0
	flush := func() {
		if p := strings.Join(strings.Fields(cur.String()), " "); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	for {
		switch z.Next() {
		case html.ErrorToken:
			flush()
			return strings.Join(paras, "\n\n")
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case n == "script" || n == "style":
				skip++
			case blocks[n]:
				flush()
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			switch n := string(name); {
			case (n == "script" || n == "style") && skip > 0:
				skip--
			case blocks[n]:
				flush()
			}
		}
	}
}
