package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/lexicon"
)

// maxUncompressed bounds what a gzipped input may expand to (64 MiB).
const maxUncompressed = 64 << 20

// gunzip returns b decompressed when it is gzip data, else b.
func gunzip(name string, b []byte) ([]byte, error) {
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		return b, nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: gzip: %w", name, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, maxUncompressed+1))
	if err != nil {
		return nil, fmt.Errorf("%s: gzip: %w", name, err)
	}
	if len(out) > maxUncompressed {
		return nil, fmt.Errorf("%s: expands to more than %d bytes: %w", name, maxUncompressed, sitrep.ErrBadInput)
	}
	return out, nil
}

// looksHTML reports whether b starts, after white space and a BOM, like
// an HTML page.
func looksHTML(b []byte) bool {
	head := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	if len(head) > 512 {
		head = head[:512]
	}
	h := strings.ToLower(string(head))
	return strings.HasPrefix(h, "<!doctype html") || strings.HasPrefix(h, "<html") ||
		(strings.HasPrefix(h, "<") && (strings.Contains(h, "<head") || strings.Contains(h, "<body")))
}

// FromHTML extracts the main text of a news page (go-readability, a port
// of Mozilla's Readability) with its paragraph breaks, and takes the
// title, byline, site name, language and publication time from the page.
// The title becomes the document's first line, so that it is a heading.
// Spans of the document's claims then point into this text, not into the
// HTML.
func FromHTML(name string, b []byte) (sitrep.Document, error) {
	art, err := readability.FromReader(bytes.NewReader(b), nil)
	if err != nil {
		return sitrep.Document{}, fmt.Errorf("%s: extract main text: %w", name, err)
	}
	var body strings.Builder
	if err := art.RenderText(&body); err != nil {
		return sitrep.Document{}, fmt.Errorf("%s: extract main text: %w", name, err)
	}
	text := strings.TrimSpace(body.String())
	if title := strings.TrimSpace(art.Title()); title != "" && !strings.HasPrefix(text, title) {
		text = title + "\n\n" + text
	}
	if strings.TrimSpace(text) == "" {
		return sitrep.Document{}, fmt.Errorf("%s: page has no main text: %w", name, sitrep.ErrEmpty)
	}
	doc := sitrep.Document{
		ID:     sitrep.ContentID(text),
		Path:   name,
		Outlet: strings.TrimSpace(art.SiteName()),
		Author: strings.TrimSpace(art.Byline()),
		Lang:   primaryTag(art.Language()),
		Kind:   sitrep.KindArticle,
		Text:   text,
	}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		doc.Published = t.UTC().Format(time.RFC3339)
	}
	return doc, nil
}

// primaryTag returns the language subtag of a BCP-47 tag ("en-GB" → "en").
func primaryTag(tag string) string {
	if tag = lexicon.Base(tag); len(tag) > 3 {
		return ""
	}
	return tag
}
