package httpapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/demo"
	"github.com/sitrep-dev/sitrep/geo"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/store/sqlite"
)

// demoServer serves the API over a store holding the demo corpus, read
// with places.
func demoServer(t *testing.T) *httptest.Server {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "dash.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := pipeline.New(pipeline.Config{Workers: 1, Geocoder: g.Stage()})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(New(db, p, nil).Handler())
	t.Cleanup(ts.Close)
	sc := bufio.NewScanner(bytes.NewReader(demo.Corpus()))
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		resp, err := http.Post(ts.URL+"/api/documents", "application/json", bytes.NewReader(sc.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusOK {
			t.Fatalf("POST a demo document: %s", resp.Status)
		}
	}
	return ts
}

// TestDashboardFiles: the page and every file it loads are served.
func TestDashboardFiles(t *testing.T) {
	ts := newServer(t)
	for _, tt := range []struct{ path, ctype, want string }{
		{"/dashboard", "text/html", `<section id="map"`},
		{"/static/app.js", "javascript", "/api/report"},
		{"/static/app.css", "text/css", "#map"},
		{"/static/vendor/leaflet.js", "javascript", "Leaflet"},
		{"/static/vendor/leaflet.css", "text/css", ".leaflet"},
		{"/static/vendor/uPlot.iife.min.js", "javascript", "uPlot"},
		{"/static/vendor/uPlot.min.css", "text/css", ".uplot"},
		{"/static/countries.geojson", "", `"FeatureCollection"`},
	} {
		resp, err := http.Get(ts.URL + tt.path)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		b.ReadFrom(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK || !strings.Contains(resp.Header.Get("Content-Type"), tt.ctype) || !strings.Contains(b.String(), tt.want) {
			t.Errorf("GET %s: %s %q, want 200, type %q and %q in the body", tt.path, resp.Status, resp.Header.Get("Content-Type"), tt.ctype, tt.want)
		}
	}
	if code, _ := do(t, "GET", ts.URL+"/static/nothing.js", ""); code != http.StatusNotFound {
		t.Errorf("GET a missing file: %d, want 404", code)
	}
}

// browser returns a headless Chromium context, or skips the test when no
// Chromium is installed (.ci/run installs Debian's).
func browser(t *testing.T) context.Context {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				path = p
				break
			}
		}
	}
	if path == "" {
		t.Skip("no Chromium found (install Debian's chromium, or set CHROMIUM): the dashboard is not tested in a browser")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1280, 900))
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	// The first action starts the browser, whose life is that of ctx: the
	// time bound goes on a context derived after it.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	return ctx
}

// TestDashboardInBrowser loads the dashboard over the demo corpus in
// headless Chromium: the map draws the countries and one marker per
// placed event, the list holds every event, and choosing an event shows
// its figures, its timeline chart and its developments, one line per day
// and type.
func TestDashboardInBrowser(t *testing.T) {
	ctx := browser(t)
	ts := demoServer(t)
	var events int
	resp, err := http.Get(ts.URL + "/api/report")
	if err != nil {
		t.Fatal(err)
	}
	var rep sitrep.SituationReport
	if err := decodeJSON(resp, &rep); err != nil {
		t.Fatal(err)
	}
	placed := 0
	for _, e := range rep.Events {
		if e.Place != nil {
			placed++
		}
	}
	events = len(rep.Events)
	if events == 0 || placed == 0 {
		t.Fatalf("the demo corpus gave %d events, %d placed", events, placed)
	}
	// The event to choose: the last one with figures.
	pick := -1
	for i, e := range rep.Events {
		if len(e.Figures) > 0 {
			pick = i
		}
	}
	if pick < 0 {
		t.Fatal("no event of the demo corpus has figures")
	}

	count := func(css string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](fmt.Sprintf("document.querySelectorAll(%q).length", css)))
		if err != nil {
			t.Fatalf("count %s: %v", css, err)
		}
		return n
	}
	text := func(css string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(css)))
		if err != nil {
			t.Fatalf("text of %s: %v", css, err)
		}
		return s
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(ts.URL+"/dashboard"),
		chromedp.WaitVisible(chromedp.CSS(".event-item")),
	)
	if err != nil {
		t.Fatalf("load the dashboard: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.querySelectorAll('.leaflet-countries-pane path').length > 100`,
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("wait for the map: %v", err)
	}
	items := count(".event-item")
	markers := count("path.leaflet-interactive")
	countries := count(".leaflet-countries-pane path")
	status := text("#status")
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(fmt.Sprintf(".event-item:nth-child(%d)", pick+1))),
		chromedp.WaitVisible(chromedp.CSS("#chart canvas")),
	)
	if err != nil {
		t.Fatalf("choose an event: %v", err)
	}
	if out := os.Getenv("DASHBOARD_SCREENSHOT"); out != "" {
		// A look at the page: DASHBOARD_SCREENSHOT=/tmp/dash.png go test -run Browser ./httpapi
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			err = os.WriteFile(out, png, 0o644)
		}
		if err != nil {
			t.Errorf("screenshot: %v", err)
		}
	}
	title := text("#detail-title")
	rows := count("#figures tbody tr")
	devs := count("#developments li")
	chart, err := chromedp.Run(ctx, chromedp.Evaluate[string](`new URL(location.href).searchParams.get('event') || ''`))
	if err != nil {
		t.Fatal(err)
	}
	if items != events {
		t.Errorf("%d events listed, want %d", items, events)
	}
	if markers != placed {
		t.Errorf("%d markers on the map, want %d (one per placed event)", markers, placed)
	}
	if countries < 100 {
		t.Errorf("%d country shapes drawn, want the world's", countries)
	}
	if !strings.Contains(status, "event") || strings.Contains(status, "could not") {
		t.Errorf("status %q", status)
	}
	last := rep.Events[pick]
	if title != last.Title || chart != last.ID {
		t.Errorf("chose %q (%q in the address), want %q (%q)", title, chart, last.Title, last.ID)
	}
	days := map[string]bool{} // developments are shown one line per day and type
	for _, d := range last.Developments {
		days[fmt.Sprint(d.Time[:min(10, len(d.Time))], d.Type)] = true
	}
	if rows != len(last.Figures) || devs != len(days) {
		t.Errorf("%d figure rows and %d development lines shown, want %d and %d", rows, devs, len(last.Figures), len(days))
	}
}

func decodeJSON(resp *http.Response, v any) error {
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: %s", resp.Request.URL, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}
