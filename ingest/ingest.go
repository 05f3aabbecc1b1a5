// Package ingest turns bytes into documents: plain-text files, HTML news
// pages (main text by go-readability), RSS and Atom feeds (one document
// per item, by gofeed), gzipped files of any of these, the same fetched
// from an http(s) URL (Fetch), and JSON Lines of documents or posts. It checks input before anything reads it:
// an empty file, binary content, invalid UTF-8 (with the byte offset), a
// directory or a missing path each give an error that names the input, so
// that a batch can report it and go on with the others.
package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/lexicon"
)

// MaxLine is the longest JSONL line accepted (16 MiB).
const MaxLine = 16 << 20

// ReadFile reads one text document from path ("-" is not handled here:
// see FromBytes).
func ReadFile(path string) (sitrep.Document, error) {
	b, err := readPath(path)
	if err != nil {
		return sitrep.Document{}, err
	}
	return FromBytes(path, b)
}

// ReadDocuments reads the documents of path: the items of a news feed,
// or the file as one document (see Documents).
func ReadDocuments(path string) ([]sitrep.Document, error) {
	b, err := readPath(path)
	if err != nil {
		return nil, err
	}
	return Documents(path, b)
}

// Documents makes documents of b: one per item of an RSS or Atom feed
// (FromFeed), else b as one document (FromBytes). Gzipped input is
// decompressed first.
func Documents(name string, b []byte) ([]sitrep.Document, error) {
	b, err := gunzip(name, b)
	if err != nil {
		return nil, err
	}
	if looksFeed(b) {
		if err := Check(b); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		return FromFeed(name, b)
	}
	doc, err := FromBytes(name, b)
	if err != nil {
		return nil, err
	}
	return []sitrep.Document{doc}, nil
}

func readPath(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no such file: %w", path, sitrep.ErrNotFound)
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, not a file: %w", path, sitrep.ErrBadInput)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// FromBytes checks b and makes a document of it: plain text as it is, an
// HTML page by its main text (FromHTML); gzipped input is decompressed
// first. name is used in errors and as the document's path.
func FromBytes(name string, b []byte) (sitrep.Document, error) {
	b, err := gunzip(name, b)
	if err != nil {
		return sitrep.Document{}, err
	}
	if err := Check(b); err != nil {
		return sitrep.Document{}, fmt.Errorf("%s: %w", name, err)
	}
	if looksHTML(b) {
		return FromHTML(name, b)
	}
	if err := Check(b); err != nil {
		return sitrep.Document{}, fmt.Errorf("%s: %w", name, err)
	}
	text := string(bytes.TrimPrefix(b, []byte("\ufeff")))
	return sitrep.Document{
		ID:   sitrep.ContentID(text),
		Path: name,
		Kind: sitrep.KindArticle,
		Text: text,
	}, nil
}

// Check returns an error wrapping sitrep.ErrEmpty, ErrBinary or
// ErrEncoding when b is not usable text.
func Check(b []byte) error {
	if len(bytes.TrimSpace(b)) == 0 {
		return fmt.Errorf("file is empty: %w", sitrep.ErrEmpty)
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return fmt.Errorf("NUL byte at offset %d: %w", i, sitrep.ErrBinary)
	}
	ctrl := 0
	for i := 0; i < len(b) && i < 8192; i++ {
		if c := b[i]; c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	if ctrl > 8 {
		return fmt.Errorf("%d control bytes in the first 8 KiB: %w", ctrl, sitrep.ErrBinary)
	}
	if !utf8.Valid(b) {
		off := 0
		for off < len(b) {
			r, n := utf8.DecodeRune(b[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		line := 1 + bytes.Count(b[:off], []byte("\n"))
		return fmt.Errorf("invalid UTF-8 at byte %d (line %d): %w", off, line, sitrep.ErrEncoding)
	}
	return nil
}

// Line is one document of a JSON Lines input: the fields DESIGN.md lists
// for line-oriented commands.
type Line struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Published string `json:"published"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Author    string `json:"author"`
	Lang      string `json:"lang"`
	Kind      string `json:"kind"`
}

// Document converts a line to a document. Without an id, the content id
// is used.
func (l Line) Document(name string) (sitrep.Document, error) {
	if strings.TrimSpace(l.Text) == "" {
		return sitrep.Document{}, fmt.Errorf("\"text\" is missing or empty: %w", sitrep.ErrEmpty)
	}
	if !utf8.ValidString(l.Text) {
		return sitrep.Document{}, fmt.Errorf("text: %w", sitrep.ErrEncoding)
	}
	kind := sitrep.KindArticle
	switch l.Kind {
	case "", "article":
	case "post", "tweet", "status":
		kind = sitrep.KindPost
	default:
		return sitrep.Document{}, fmt.Errorf("unknown kind %q (want article or post): %w", l.Kind, sitrep.ErrBadInput)
	}
	id := l.ID
	if id == "" {
		id = sitrep.ContentID(l.Text)
	}
	return sitrep.Document{
		ID: id, Path: name, URL: l.URL, Outlet: l.Outlet, Author: l.Author,
		Published: l.Published, Lang: lexicon.Base(l.Lang), Kind: kind, Text: l.Text,
	}, nil
}

// ReadJSONL calls fn for every non-blank line of r, in order, with the
// document or the error that line gave (naming the input and line). It
// stops only when fn returns an error or r fails.
func ReadJSONL(r io.Reader, name string, fn func(line int, doc sitrep.Document, err error) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), MaxLine)
	n := 0
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		var l Line
		var doc sitrep.Document
		err := json.Unmarshal(raw, &l)
		if err != nil {
			err = fmt.Errorf("%s:%d: bad JSON: %v: %w", name, n, err, sitrep.ErrBadInput)
		} else if doc, err = l.Document(name); err != nil {
			err = fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if ferr := fn(n, doc, err); ferr != nil {
			return ferr
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: after line %d: %w", name, n, err)
	}
	return nil
}
