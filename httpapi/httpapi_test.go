package httpapi

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/store/sqlite"
)

func newServer(t *testing.T) *httptest.Server {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	p, err := pipeline.New(pipeline.Config{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	srv := New(db, p, nil).WithSearch(func(ctx context.Context, q string, n int) (any, error) { return db.Search(ctx, q, n) })
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

func do(t *testing.T, method, url, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestAPI(t *testing.T) {
	ts := newServer(t)
	doc := `{"id": "a1", "lang": "en", "outlet": "Test Wire", "published": "2031-03-04T10:00:00Z",
		"text": "At least 7 protesters were killed in Lyon on Monday, the interior ministry said."}`
	if code, body := do(t, "POST", ts.URL+"/api/documents", doc); code != http.StatusCreated || !strings.Contains(body, `"kind":"killed"`) {
		t.Fatalf("POST new document: %d %s", code, body)
	}
	if code, _ := do(t, "POST", ts.URL+"/api/documents", doc); code != http.StatusOK {
		t.Errorf("POST the same document again: %d, want 200", code)
	}
	for _, tt := range []struct {
		method, path, body string
		code               int
		want               string
	}{
		{"GET", "/healthz", "", 200, `"ok"`},
		{"GET", "/readyz", "", 200, `"documents":1`},
		{"GET", "/api/report", "", 200, `"best": 7`},
		{"GET", "/api/report?format=geojson", "", 200, `"FeatureCollection"`},
		{"GET", "/api/report?format=csv", "", 200, "event_id,event_date"},
		{"GET", "/api/report?format=xml", "", 400, "unknown format"},
		{"GET", "/", "", 200, "<h1>Situation report</h1>"},
		{"GET", "/api/documents/a1", "", 200, `"id":"a1"`},
		{"GET", "/api/documents/nope", "", 404, "not found"},
		{"GET", "/api/events/nope", "", 404, "not found"},
		{"POST", "/api/documents", `{"text": ""}`, 400, "empty"},
		{"POST", "/api/documents", `{"text": "x", "colour": "red"}`, 400, "unknown field"},
		{"POST", "/api/documents", `not json`, 400, "body"},
		{"GET", "/api/search?q=protesters", "", 200, `"document_id":"a1"`},
		{"GET", "/api/search?q=", "", 400, "no search terms"},
		{"DELETE", "/api/documents/a1", "", 405, ""},
	} {
		code, body := do(t, tt.method, ts.URL+tt.path, tt.body)
		if code != tt.code || !strings.Contains(body, tt.want) {
			t.Errorf("%s %s = %d %.200s, want %d with %q", tt.method, tt.path, code, body, tt.code, tt.want)
		}
	}
	// The event found in the report is served on its own.
	_, body := do(t, "GET", ts.URL+"/api/report", "")
	var rep sitrep.SituationReport
	if err := json.Unmarshal([]byte(body), &rep); err != nil || len(rep.Events) != 1 {
		t.Fatalf("report = %s (%v)", body, err)
	}
	if code, body := do(t, "GET", ts.URL+"/api/events/"+rep.Events[0].ID, ""); code != 200 || !strings.Contains(body, rep.Events[0].ID) {
		t.Errorf("GET event: %d %s", code, body)
	}
}

// TestReportFollowsStore: documents another process writes to the store
// (ingest --every, a worker) show in the next report, cached or not.
func TestReportFollowsStore(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Config{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(New(db, p, nil).Handler())
	defer ts.Close()
	if _, body := do(t, "GET", ts.URL+"/api/report", ""); !strings.Contains(body, `"events": []`) {
		t.Fatalf("empty store: %s", body)
	}
	x := p.Process(sitrep.Document{ID: "w1", Lang: "en", Published: "2031-03-04T10:00:00Z",
		Text: "At least 9 protesters were killed in Lyon on Monday, the interior ministry said."})
	if _, err := db.PutExtraction(ctx, x); err != nil {
		t.Fatal(err)
	}
	if _, body := do(t, "GET", ts.URL+"/api/report", ""); !strings.Contains(body, `"best": 9`) {
		t.Errorf("after another writer added a document: %s", body)
	}
}
