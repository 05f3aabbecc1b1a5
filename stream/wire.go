// Package stream holds what the queue adapters share: the wire form of a
// document. The adapters are stream/nats (NATS JetStream, for scale-out)
// and stream/memory (in-process), tested by one contract suite,
// stream/streamtest.
package stream

import (
	"encoding/json"
	"fmt"

	"github.com/sitrep-dev/sitrep"
)

// wire is a document as it travels: sitrep.Document keeps its text out
// of JSON, a queue message must carry it.
type wire struct {
	ID        string `json:"id"`
	Path      string `json:"path,omitempty"`
	URL       string `json:"url,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Author    string `json:"author,omitempty"`
	Published string `json:"published,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Kind      string `json:"kind,omitempty"`
	Text      string `json:"text"`
}

// Encode returns the message body of a document.
func Encode(d sitrep.Document) ([]byte, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("stream: encode: document has no id: %w", sitrep.ErrBadInput)
	}
	return json.Marshal(wire{d.ID, d.Path, d.URL, d.Outlet, d.Author, d.Published, d.Lang, string(d.Kind), d.Text})
}

// Decode reads a message body back into a document.
func Decode(b []byte) (sitrep.Document, error) {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return sitrep.Document{}, fmt.Errorf("stream: decode: %w", err)
	}
	if w.ID == "" {
		return sitrep.Document{}, fmt.Errorf("stream: decode: message has no document id: %w", sitrep.ErrBadInput)
	}
	return sitrep.Document{ID: w.ID, Path: w.Path, URL: w.URL, Outlet: w.Outlet, Author: w.Author,
		Published: w.Published, Lang: w.Lang, Kind: sitrep.DocumentKind(w.Kind), Text: w.Text}, nil
}
