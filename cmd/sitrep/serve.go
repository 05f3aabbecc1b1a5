package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/sitrep-dev/sitrep/httpapi"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/store/sqlite"
)

func init() {
	register(command{name: "serve", summary: "serve the report, events and documents of a store over HTTP, and take new documents", run: runServe})
}

func runServe(ctx context.Context, m *Main, args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	dbPath := fs.String("db", defaultDB, "SQLite store file (created if missing)")
	fs.Usage = func() {
		fmt.Fprintln(m.Stderr, "Usage: sitrep serve [--addr HOST:PORT] [--db PATH]")
		fmt.Fprintln(m.Stderr, "\nRoutes: GET /dashboard (live map, event list, figure timelines; refreshes every 15 s),")
		fmt.Fprintln(m.Stderr, "GET / (the report as a page), GET /api/report?format=json|geojson|csv|md|html,")
		fmt.Fprintln(m.Stderr, "GET /api/events/{id}, GET /api/documents/{id}, POST /api/documents (one JSON document),")
		fmt.Fprintln(m.Stderr, "GET /api/search?q=…, GET /healthz, GET /readyz.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	db, err := sqlite.Open(ctx, *dbPath)
	if err != nil {
		return fmt.Errorf("open store %s: %w", *dbPath, err)
	}
	defer db.Close()
	p, err := pipeline.New(pipeline.Config{Geocoder: defaultGeocoder(m), Logger: m.Logger})
	if err != nil {
		return err
	}
	srv := httpapi.New(db, p, m.Logger).WithSearch(func(ctx context.Context, q string, n int) (any, error) {
		return db.Search(ctx, q, n)
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", *addr, err)
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(m.Stderr, "serve: listening on http://%s (store %s)\n", ln.Addr(), *dbPath)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	// Stop taking requests, let those under way finish, then the store
	// closes (deferred).
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: shutdown: %w", err)
	}
	return nil
}
