package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// MaxFetch bounds what a fetched URL may return (32 MiB).
const MaxFetch = 32 << 20

// FetchTimeout bounds one fetch when the client sets no timeout.
const FetchTimeout = 30 * time.Second

// IsURL reports whether an input names an http or https URL.
func IsURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// Fetch gets url and reads it as Documents does: a news feed gives one
// document per item, a page its main text. Documents that name no URL of
// their own get url. A status other than 200, a body over MaxFetch or a
// network error is an error that names url; client may be nil.
func Fetch(ctx context.Context, client *http.Client, url string) ([]sitrep.Document, error) {
	if client == nil {
		client = http.DefaultClient
	}
	if client.Timeout == 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, FetchTimeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %w", url, err, sitrep.ErrBadInput)
	}
	req.Header.Set("User-Agent", "sitrep (+https://github.com/sitrep-dev/sitrep)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s: fetch: %w", url, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone:
		return nil, fmt.Errorf("%s: HTTP %s: %w", url, resp.Status, sitrep.ErrNotFound)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("%s: HTTP %s", url, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxFetch+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", url, err)
	}
	if len(b) > MaxFetch {
		return nil, fmt.Errorf("%s: more than %d bytes: %w", url, MaxFetch, sitrep.ErrBadInput)
	}
	docs, err := Documents(url, b)
	if err != nil {
		if errors.Is(err, sitrep.ErrBinary) && strings.Contains(resp.Header.Get("Content-Type"), "pdf") {
			return nil, fmt.Errorf("%s: a PDF, which sitrep does not read: %w", url, sitrep.ErrBadInput)
		}
		return nil, err
	}
	for i := range docs {
		if docs[i].URL == "" {
			docs[i].URL = url
		}
	}
	return docs, nil
}
