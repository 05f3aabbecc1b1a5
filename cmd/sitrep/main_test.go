package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

const seedDir = "../../../shared/seed"

// runCLI runs one command line through Main, as the binary would.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code = m.Run(context.Background(), args)
	return code, out.String(), errb.String()
}

func seedPath(t *testing.T) string {
	t.Helper()
	p := filepath.Join(seedDir, "000_0563437313d33bce.txt")
	if _, err := os.Stat(p); err != nil {
		t.Skipf("seed document not available (%v): ../shared is not beside the checkout", err)
	}
	return p
}

func TestUsage(t *testing.T) {
	if code, _, _ := runCLI(t, ""); code != exitUsage {
		t.Errorf("no arguments: exit %d, want %d", code, exitUsage)
	}
	if code, _, stderr := runCLI(t, "", "frobnicate"); code != exitUsage || !strings.Contains(stderr, "unknown command") {
		t.Errorf("unknown command: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "extract", "--format", "xml", "x"); code != exitUsage {
		t.Errorf("bad --format: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "", "extract"); code != exitUsage {
		t.Errorf("no files: exit %d, want %d", code, exitUsage)
	}
	if code, out, _ := runCLI(t, "", "--help"); code != exitOK || !strings.Contains(out, "extract") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
	for _, cmd := range []string{"extract", "report", "ingest", "demo", "eval", "numbers"} {
		if code, _, stderr := runCLI(t, "", cmd, "--help"); code != exitOK || !strings.Contains(stderr, "Usage: sitrep "+cmd) {
			t.Errorf("%s --help: exit %d, stderr %q", cmd, code, stderr)
		}
	}
}

// TestBadInputs gives extract one good file among bad ones: each bad one
// gets one line naming it, the good one is still processed, exit is 1.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, b []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", []byte("At least 3 people were killed in the blast, police said."))
	bad := map[string]string{
		write("empty.txt", nil):                                "empty",
		write("binary.bin", []byte{0x7f, 'E', 'L', 'F', 0, 0}): "NUL byte",
		write("latin1.txt", []byte("Dou\xe3 mor\xfei")):        "invalid UTF-8 at byte 3",
		dir:                               "directory",
		filepath.Join(dir, "missing.txt"): "no such file",
	}
	args := []string{"extract", "--format", "json", good}
	for p := range bad {
		args = append(args, p)
	}
	code, out, stderr := runCLI(t, "", args...)
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) != len(bad) {
		t.Errorf("stderr has %d lines, want %d:\n%s", len(lines), len(bad), stderr)
	}
	for p, want := range bad {
		found := false
		for _, l := range lines {
			if strings.Contains(l, p+":") && strings.Contains(l, want) {
				found = true
			}
		}
		if !found {
			t.Errorf("no error line naming %s with %q in:\n%s", p, want, stderr)
		}
	}
	var res struct {
		Documents []documentView `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if len(res.Documents) != 1 || len(res.Documents[0].Claims) != 1 {
		t.Fatalf("want the good document with one claim, got %+v", res.Documents)
	}
}

func TestExtractJSONL(t *testing.T) {
	in := `{"id": "a", "text": "Au moins 4 morts à Lyon.", "lang": "fr"}
not json
{"id": "c", "text": ""}
{"id": "d", "text": "Seven soldiers were wounded on Tuesday, the army said.", "published": "2031-03-04T10:00:00Z"}
`
	code, out, stderr := runCLI(t, in, "extract", "--input", "jsonl", "--format", "jsonl", "-")
	if code != exitFailed {
		t.Errorf("exit %d, want %d (stderr %q)", code, exitFailed, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d output lines, want 4 (one per input line):\n%s", len(lines), out)
	}
	var first, last documentView
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != "a" || len(first.Claims) != 1 {
		t.Errorf("line 1 = %s (err %v)", lines[0], err)
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(stderr, "<stdin>:2") {
		t.Errorf("line 2 = %s; stderr %q should name <stdin>:2", lines[1], stderr)
	}
	if err := json.Unmarshal([]byte(lines[3]), &last); err != nil || last.ID != "d" || len(last.Claims) != 1 ||
		last.Claims[0].Kind != sitrep.Injured || last.Claims[0].Min != 7 {
		t.Errorf("line 4 = %s (err %v)", lines[3], err)
	}
}

// TestSeedExtract scores extract's output on the seed as the project's
// scorer does: same line, same kind, equal or overlapping values.
func TestSeedExtract(t *testing.T) {
	p := seedPath(t)
	gold := loadGold(t)
	code, out, stderr := runCLI(t, "", "extract", "--format", "json", p)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Documents []documentView `json:"documents"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(p)
	d := res.Documents[0]
	f1, groupOK, matched := scoreSeed(gold, text, d.Claims)
	t.Logf("seed: F1 %.3f, group right on %d/%d", f1, groupOK, matched)
	if f1 < 0.90 {
		t.Errorf("seed figure F1 = %.3f, want >= 0.90", f1)
	}
	if matched == 0 || float64(groupOK) < 0.8*float64(matched) {
		t.Errorf("group right on %d of %d matched figures, want >= 80%%", groupOK, matched)
	}
	// Every passage's kind and language; every post's handle and date.
	byLine := map[int]sitrep.Passage{}
	for _, ps := range d.Passages {
		byLine[ps.Line] = ps
	}
	for _, g := range gold.Passages {
		ps, ok := byLine[g.Line]
		if !ok {
			t.Errorf("no passage at line %d", g.Line)
			continue
		}
		glang := ""
		if g.Lang != nil {
			glang = *g.Lang
		}
		if string(ps.Kind) != g.Kind || ps.Lang != glang {
			t.Errorf("line %d: %s/%q, want %s/%q", g.Line, ps.Kind, ps.Lang, g.Kind, glang)
		}
		if g.Handle != "" && (ps.Post == nil || ps.Post.Handle != g.Handle || ps.Post.Date != g.Date) {
			t.Errorf("line %d: post %+v, want @%s on %s", g.Line, ps.Post, g.Handle, g.Date)
		}
	}
}

type goldFile struct {
	Passages []struct {
		Line   int     `json:"line"`
		Kind   string  `json:"kind"`
		Lang   *string `json:"lang"`
		Handle string  `json:"handle"`
		Date   string  `json:"date"`
	} `json:"passages"`
	Figures []struct {
		Line     int               `json:"line"`
		Kind     sitrep.FigureKind `json:"kind"`
		Min      int64             `json:"min"`
		Max      *int64            `json:"max"`
		Vague    bool              `json:"vague"`
		Group    sitrep.Group      `json:"group"`
		Optional bool              `json:"optional"`
	} `json:"figures"`
}

func loadGold(t *testing.T) goldFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, "000_0563437313d33bce.gold.json"))
	if err != nil {
		t.Skipf("seed annotation not available: %v", err)
	}
	var g goldFile
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

func scoreSeed(g goldFile, text []byte, claims []sitrep.Claim) (f1 float64, groupOK, tp int) {
	used := map[int]bool{}
	for _, c := range claims {
		line := 1 + bytes.Count(text[:c.Span[0]], []byte("\n"))
		for i, gf := range g.Figures {
			if used[i] || gf.Line != line || gf.Kind != c.Kind {
				continue
			}
			var ok bool
			if gf.Vague {
				hi := int64(1 << 62)
				if c.Max != nil {
					hi = *c.Max
				}
				ok = c.Vague && !(hi < gf.Min || (gf.Max != nil && c.Min > *gf.Max))
			} else {
				ok = c.Min == gf.Min && (gf.Max == nil || (c.Max != nil && *c.Max == *gf.Max))
			}
			if ok {
				used[i] = true
				tp++
				if c.Group == gf.Group {
					groupOK++
				}
				break
			}
		}
	}
	nGold := 0
	for i, gf := range g.Figures {
		if !gf.Optional || used[i] {
			nGold++
		}
	}
	if len(claims) == 0 || tp == 0 {
		return 0, groupOK, tp
	}
	p := float64(tp) / float64(len(claims))
	r := float64(tp) / float64(nGold)
	return 2 * p * r / (p + r), groupOK, tp
}

// TestSeedReport checks the reconciled figures the seed issue asks for.
func TestSeedReport(t *testing.T) {
	p := seedPath(t)
	code, out, stderr := runCLI(t, "", "report", "--format", "json", p)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep sitrep.SituationReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	find := func(kind sitrep.FigureKind, groups ...sitrep.Group) *sitrep.Figure {
		for _, e := range rep.Events {
			for i, f := range e.Figures {
				for _, g := range groups {
					if f.Kind == kind && f.Group == g {
						return &e.Figures[i]
					}
				}
			}
		}
		t.Fatalf("no %s figure for %v in %s", kind, groups, out)
		return nil
	}
	if f := find(sitrep.Killed, sitrep.SecurityForces); f.Best != 18 || f.Low != 12 || f.Citations != 2 || f.IndependentSources != 1 {
		t.Errorf("security forces killed: best %d low %d citations %d independent %d, want 18 12 2 1",
			f.Best, f.Low, f.Citations, f.IndependentSources)
	}
	if f := find(sitrep.Injured, sitrep.SecurityForces); f.Best != 748 {
		t.Errorf("security forces injured: best %d, want 748", f.Best)
	}
	if f := find(sitrep.Detained, sitrep.Unspecified); f.Best != 2298 {
		t.Errorf("detained: best %d, want 2298", f.Best)
	}
	if f := find(sitrep.Killed, sitrep.Protesters, sitrep.Attackers); !f.Vague || f.Low < 12 {
		t.Errorf("protesters or attackers killed: vague %v low %d, want vague with low >= 12", f.Vague, f.Low)
	}
	code, md, _ := runCLI(t, "", "report", p)
	if code != exitOK || !strings.Contains(md, "18 morți") || !strings.Contains(md, "Ministry of Internal Affairs") {
		t.Errorf("Markdown report lacks the evidence and source of the 18 killed:\n%s", md)
	}
}

// TestIngestIdempotent ingests a file twice: the second time adds nothing,
// and a report from the store equals one from the file.
func TestIngestIdempotent(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(doc, []byte("At least 7 protesters were killed in Lyon on Monday, police said.\n\nOfficials said 40 people were arrested."), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "s.db")
	for i, want := range []string{"1 added, 0 already stored", "0 added, 1 already stored"} {
		code, _, stderr := runCLI(t, "", "ingest", "--db", db, doc)
		if code != exitOK || !strings.Contains(stderr, want) {
			t.Errorf("ingest #%d: exit %d, stderr %q, want %q", i+1, code, stderr, want)
		}
	}
	_, fromFile, _ := runCLI(t, "", "report", "--format", "json", doc)
	_, fromDB, _ := runCLI(t, "", "report", "--format", "json", "--db", db)
	if fromFile != fromDB || !strings.Contains(fromDB, `"best": 7`) {
		t.Errorf("report from the store differs from the report from the file:\n%s\n%s", fromDB, fromFile)
	}
	if code, _, stderr := runCLI(t, "", "report", "--db", filepath.Join(dir, "nope.db")); code != exitFailed || !strings.Contains(stderr, "nope.db") {
		t.Errorf("report on a missing store: exit %d, stderr %q", code, stderr)
	}
}

// TestFeedInput: a news feed given as FILE is read item by item, and
// ingesting it again adds nothing, since items are known by their ids.
func TestFeedInput(t *testing.T) {
	dir := t.TempDir()
	feed := filepath.Join(dir, "wire.xml")
	const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>
<item><title>Ferry capsizes: 14 dead</title><guid>h-1</guid><link>https://example.org/1</link>
<pubDate>Tue, 15 Apr 2031 10:00:00 GMT</pubDate><description>At least 14 people drowned, the coast guard said.</description></item>
<item><title>Toll rises</title><guid>h-2</guid><pubDate>Wed, 16 Apr 2031 10:00:00 GMT</pubDate>
<description>The coast guard said 16 people had died.</description></item>
</channel></rss>`
	if err := os.WriteFile(feed, []byte(rss), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCLI(t, "", "extract", "--format", "jsonl", feed)
	if code != exitOK || strings.Count(out, "\n") != 2 || !strings.Contains(out, `"id":"h-1"`) || !strings.Contains(out, `"id":"h-2"`) {
		t.Fatalf("extract a feed: exit %d, stderr %q, out %s", code, stderr, out)
	}
	db := filepath.Join(dir, "s.db")
	for i, want := range []string{"2 added, 0 already stored", "0 added, 2 already stored"} {
		code, _, stderr := runCLI(t, "", "ingest", "--db", db, feed)
		if code != exitOK || !strings.Contains(stderr, want) {
			t.Errorf("ingest the feed #%d: exit %d, stderr %q, want %q", i+1, code, stderr, want)
		}
	}
	if _, rep, _ := runCLI(t, "", "report", "--format", "json", "--db", db); !strings.Contains(rep, `"best": 16`) {
		t.Errorf("report of the feed: %s", rep)
	}
}

// TestURLInputs: an http URL is fetched and read as a file would be (a
// feed's items, a page's main text); a failing URL is reported by name
// while the others are processed; ingest --every reads the inputs again
// until interrupted, adding only the feed's new items.
func TestURLInputs(t *testing.T) {
	var mu sync.Mutex
	items := []string{`<item><title>Ferry capsizes: 14 dead</title><guid>h-1</guid>
<pubDate>Tue, 15 Apr 2031 10:00:00 GMT</pubDate><description>At least 14 people drowned, the coast guard said.</description></item>`}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>%s</channel></rss>`, strings.Join(items, ""))
	})
	mux.HandleFunc("/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Rescue ends</title></head><body><article><h1>Rescue ends</h1>
<p>Divers ended the search on Wednesday. The coast guard said 16 people had died and 30 were rescued from the water near the harbour wall.</p>
<p>The ferry operator said it would cooperate with investigators looking into the cause of the accident.</p></article></body></html>`)
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()

	code, out, stderr := runCLI(t, "", "extract", "--format", "jsonl", ts.URL+"/feed.xml", ts.URL+"/story.html", ts.URL+"/missing")
	if code != exitFailed || !strings.Contains(stderr, ts.URL+"/missing: HTTP 404") {
		t.Errorf("a missing URL: exit %d, stderr %q", code, stderr)
	}
	if strings.Count(out, "\n") != 3 || !strings.Contains(out, `"id":"h-1"`) || !strings.Contains(out, `"min":16`) ||
		!strings.Contains(out, `{"error":"`+ts.URL+`/missing: HTTP 404`) {
		t.Errorf("URL inputs: %s", out)
	}

	db := filepath.Join(t.TempDir(), "s.db")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb syncBuffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb, Logger: slog.New(slog.DiscardHandler)}
	done := make(chan int)
	go func() { done <- m.Run(ctx, []string{"ingest", "--db", db, "--every", "50ms", ts.URL + "/feed.xml"}) }()
	waitFor := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if strings.Contains(errb.String(), want) {
				return
			}
		}
		t.Fatalf("ingest --every never said %q: %s", want, errb.String())
	}
	waitFor("1 added, 0 already stored")
	waitFor("0 added, 1 already stored")
	mu.Lock()
	items = append(items, `<item><title>Toll rises</title><guid>h-2</guid><pubDate>Wed, 16 Apr 2031 10:00:00 GMT</pubDate>
<description>The coast guard said 16 people had died.</description></item>`)
	mu.Unlock()
	waitFor("1 added, 1 already stored")
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("interrupted ingest --every: exit %d, want 0", code)
		}
	case <-time.After(60 * time.Second):
		t.Fatal("ingest --every did not stop when interrupted")
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestDemo runs the demo: the whole pipeline over the built-in corpus.
func TestDemo(t *testing.T) {
	code, out, stderr := runCLI(t, "", "demo")
	if code != exitOK {
		t.Fatalf("demo: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"# Situation report", "### Headline figures", "killed", "according to"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo report lacks %q", want)
		}
	}
}

// TestPublishWorker runs the scale-out path end to end: documents go to
// NATS JetStream (twice), two workers store them, each exactly once.
func TestPublishWorker(t *testing.T) {
	if c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second); err != nil {
		t.Skipf("no NATS server on 127.0.0.1:4222 (%v); .ci/run starts one", err)
	} else {
		c.Close()
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "docs.jsonl")
	var lines []string
	for i := range 12 {
		lines = append(lines, fmt.Sprintf(`{"id": "w%02d", "lang": "en", "text": "At least %d people were killed in Lyon, police said."}`, i, i+2))
	}
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	stream := fmt.Sprintf("SITREP_CLI_%d", time.Now().UnixNano())
	for range 2 {
		if code, _, stderr := runCLI(t, "", "publish", "--stream", stream, "--input", "jsonl", in); code != exitOK {
			t.Fatalf("publish: exit %d: %s", code, stderr)
		}
	}
	db := filepath.Join(dir, "w.db")
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			code, _, stderr := runCLI(t, "", "worker", "--stream", stream, "--db", db, "--drain", "3s")
			if code != exitOK {
				t.Errorf("worker: exit %d: %s", code, stderr)
			}
			t.Log(stderr)
		}()
	}
	wg.Wait()
	code, out, _ := runCLI(t, "", "report", "--format", "json", "--db", db)
	var rep sitrep.SituationReport
	if code != exitOK || json.Unmarshal([]byte(out), &rep) != nil || len(rep.Events) == 0 || len(rep.Events[0].Documents) != 12 {
		t.Errorf("report from the workers' store: exit %d, %s", code, out)
	}
	q, err := (&queueFlags{url: "nats://127.0.0.1:4222", stream: stream}).open(context.Background())
	if err == nil {
		q.DeleteStream(context.Background())
		q.Close()
	}
}

// TestServe starts the HTTP server on a free port, posts a document, reads
// the report and stops it as SIGTERM would.
func TestServe(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() {
		var out, errb bytes.Buffer
		m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		done <- m.Run(ctx, []string{"serve", "--addr", addr, "--db", filepath.Join(t.TempDir(), "s.db")})
	}()
	base := "http://" + addr
	var up bool
	for range 100 {
		if resp, err := http.Get(base + "/healthz"); err == nil {
			resp.Body.Close()
			up = true
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if !up {
		cancel()
		t.Fatalf("server did not come up on %s", addr)
	}
	resp, err := http.Post(base+"/api/documents", "application/json",
		strings.NewReader(`{"id": "s1", "lang": "en", "text": "At least 9 civilians were killed in the blast, officials said."}`))
	if err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST: %v %v", resp, err)
	}
	resp.Body.Close()
	resp, err = http.Get(base + "/api/report")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(b), `"best": 9`) {
		t.Errorf("report = %s", b)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exited %d after shutdown, want 0", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// TestProgress: long work reports how far it has got, at the interval
// Main.Progress gives (off when zero, as in the other tests).
func TestProgress(t *testing.T) {
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader("{\"id\":\"a\",\"text\":\"Two people died.\"}\n{\"id\":\"b\",\"text\":\"Three people died.\"}\n"),
		Stdout: &out, Stderr: &errb, Logger: slog.New(slog.DiscardHandler), Progress: time.Nanosecond}
	if code := m.Run(context.Background(), []string{"extract", "--input", "jsonl", "--format", "jsonl", "-"}); code != exitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "documents done (0 failed)") {
		t.Errorf("no progress reported: %q", errb.String())
	}
}
