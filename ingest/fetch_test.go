package ingest

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// TestFetch: a URL's body is read as a file's would be, documents get the
// URL when they name none, and failures name the URL.
func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("User-Agent") == "" {
			http.Error(w, "no agent", http.StatusForbidden)
			return
		}
		w.Write([]byte(rssFeed))
	})
	mux.HandleFunc("/note", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("Five people were injured.")) })
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusBadGateway) })
	mux.HandleFunc("/empty", func(w http.ResponseWriter, r *http.Request) {})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	ctx := context.Background()

	docs, err := Fetch(ctx, ts.Client(), ts.URL+"/feed")
	if err != nil || len(docs) != 2 || docs[0].URL != "https://example.org/ferry" {
		t.Errorf("feed: %v %+v", err, docs)
	}
	docs, err = Fetch(ctx, nil, ts.URL+"/note")
	if err != nil || len(docs) != 1 || docs[0].URL != ts.URL+"/note" || docs[0].Text != "Five people were injured." {
		t.Errorf("text: %v %+v", err, docs)
	}
	for _, tt := range []struct {
		path string
		want error
		msg  string
	}{
		{"/missing", sitrep.ErrNotFound, "HTTP 404"},
		{"/down", nil, "HTTP 502"},
		{"/empty", sitrep.ErrEmpty, "empty"},
	} {
		_, err := Fetch(ctx, nil, ts.URL+tt.path)
		if err == nil || !strings.HasPrefix(err.Error(), ts.URL+tt.path+": ") || !strings.Contains(err.Error(), tt.msg) ||
			tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: %v, want an error naming the URL with %q", tt.path, err, tt.msg)
		}
	}
	if !IsURL("https://example.org/x") || IsURL("notes/https.txt") {
		t.Error("IsURL")
	}
}
