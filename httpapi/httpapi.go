// Package httpapi serves the situation report over HTTP: the report as
// JSON, GeoJSON, CSV or a page, a live dashboard with a map and a
// timeline (/dashboard), the events and documents behind it, and an
// endpoint that takes new documents. Every route is listed in Handler;
// errors are mapped to status codes in one place, writeError.
//
//	srv := httpapi.New(store, pipeline, logger)
//	http.ListenAndServe("127.0.0.1:8080", srv.Handler())
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/cluster"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/report"
	"github.com/sitrep-dev/sitrep/web"
)

// MaxBody bounds a posted document (8 MiB).
const MaxBody = 8 << 20

// Server answers the API's requests. It is safe for concurrent use.
type Server struct {
	store  sitrep.Store
	pipe   *pipeline.Pipeline
	logger *slog.Logger
	search func(ctx context.Context, query string, limit int) (any, error)

	mu     sync.Mutex
	cached *sitrep.SituationReport // the last report built, and what it was built from
	from   sitrep.Counts
}

// New returns a server over a store; p processes posted documents.
func New(s sitrep.Store, p *pipeline.Pipeline, logger *slog.Logger) *Server {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Server{store: s, pipe: p, logger: logger}
}

// WithSearch enables GET /api/search with the given function.
func (s *Server) WithSearch(fn func(ctx context.Context, query string, limit int) (any, error)) *Server {
	s.search = fn
	return s
}

// Handler returns every route of the API.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("GET /dashboard", dashboard)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(web.Static())))
	mux.HandleFunc("GET /api/report", s.report)
	mux.HandleFunc("GET /api/events/{id}", s.event)
	mux.HandleFunc("GET /api/documents/{id}", s.document)
	mux.HandleFunc("POST /api/documents", s.postDocument)
	mux.HandleFunc("GET /api/search", s.searchHandler)
	return mux
}

func (s *Server) ready(w http.ResponseWriter, r *http.Request) {
	c, err := s.store.Counts(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ready", "counts": c})
}

// situation builds the report of everything stored.
func (s *Server) situation(ctx context.Context) (*sitrep.SituationReport, error) {
	// The store only grows, through this server or another process
	// (ingest --every, workers): the report is built again only when its
	// counts change, so a dashboard asking every few seconds costs a count.
	c, err := s.store.Counts(ctx)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cached != nil && c == s.from {
		return s.cached, nil
	}
	xs, err := s.store.Extractions(ctx)
	if err != nil {
		return nil, err
	}
	rep := &sitrep.SituationReport{Events: cluster.Build(xs, cluster.Options{})}
	if rep.Events == nil {
		rep.Events = []sitrep.Event{}
	}
	s.cached, s.from = rep, c
	return rep, nil
}

// report serves the whole report; ?format=json (default), geojson, csv,
// md or html.
func (s *Server) report(w http.ResponseWriter, r *http.Request) {
	rep, err := s.situation(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	formats := map[string]struct {
		ctype string
		write func(io.Writer, *sitrep.SituationReport) error
	}{
		"json":    {"application/json", report.JSON},
		"geojson": {"application/geo+json", report.GeoJSON},
		"csv":     {"text/csv; charset=utf-8", report.CSV},
		"md":      {"text/markdown; charset=utf-8", report.Markdown},
		"html":    {"text/html; charset=utf-8", report.HTML},
	}
	f := r.URL.Query().Get("format")
	if f == "" {
		f = "json"
	}
	out, ok := formats[f]
	if !ok {
		s.writeError(w, r, fmt.Errorf("unknown format %q (json, geojson, csv, md, html): %w", f, sitrep.ErrBadInput))
		return
	}
	w.Header().Set("Content-Type", out.ctype)
	if err := out.write(w, rep); err != nil {
		s.logger.Warn("write report", "err", err)
	}
}

// page serves the report as a page: the dashboard's first view.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	rep, err := s.situation(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := report.HTML(w, rep); err != nil {
		s.logger.Warn("write page", "err", err)
	}
}

// dashboard serves the live dashboard (package web), which reads the
// report from /api/report.
func dashboard(w http.ResponseWriter, r *http.Request) {
	http.ServeFileFS(w, r, web.Static(), "index.html")
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) {
	rep, err := s.situation(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	id := r.PathValue("id")
	for _, e := range rep.Events {
		if e.ID == id {
			writeJSON(w, http.StatusOK, e)
			return
		}
	}
	s.writeError(w, r, fmt.Errorf("event %q: %w", id, sitrep.ErrNotFound))
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	x, err := s.store.Extraction(r.Context(), r.PathValue("id"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, x)
}

// postDocument takes one document as JSON ({"id"?, "text", "published"?,
// "url"?, "outlet"?, "author"?, "lang"?, "kind"?}), extracts and stores it.
// 201 when it is new, 200 when it was stored before.
func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBody+1))
	if err != nil {
		s.writeError(w, r, fmt.Errorf("read body: %w", err))
		return
	}
	if len(body) > MaxBody {
		s.writeError(w, r, fmt.Errorf("body larger than %d bytes: %w", MaxBody, sitrep.ErrBadInput))
		return
	}
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	var line ingest.Line
	if err := dec.Decode(&line); err != nil {
		s.writeError(w, r, fmt.Errorf("body: %v: %w", err, sitrep.ErrBadInput))
		return
	}
	doc, err := line.Document("http")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	x := s.pipe.Process(doc)
	added, err := s.store.PutExtraction(r.Context(), x)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	status := http.StatusOK
	if added {
		status = http.StatusCreated
	}
	writeJSON(w, status, x)
}

func (s *Server) searchHandler(w http.ResponseWriter, r *http.Request) {
	if s.search == nil {
		s.writeError(w, r, fmt.Errorf("this store has no full-text search: %w", sitrep.ErrNotFound))
		return
	}
	hits, err := s.search(r.Context(), r.URL.Query().Get("q"), 50)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"hits": hits})
}

// writeError maps an error to its status: the one place that does.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := http.StatusInternalServerError
	switch {
	case errors.Is(err, sitrep.ErrNotFound):
		status = http.StatusNotFound
	case errors.Is(err, sitrep.ErrBadInput), errors.Is(err, sitrep.ErrEmpty), errors.Is(err, sitrep.ErrEncoding), errors.Is(err, sitrep.ErrBinary):
		status = http.StatusBadRequest
	case errors.Is(err, context.Canceled):
		status = 499 // client went away; nobody reads this
	}
	if status == http.StatusInternalServerError {
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}
