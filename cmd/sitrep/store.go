package main

import (
	"context"
	"fmt"
	"os"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/store/sqlite"
)

// defaultDB is the store file used when --db is not given.
const defaultDB = "sitrep.db"

// openStore opens the SQLite store at path. Unless create is set, the file
// must exist, so that a mistyped path is an error rather than an empty
// report.
func openStore(ctx context.Context, path string, create bool) (sitrep.Store, error) {
	if !create {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open store %s: %w", path, err)
		}
	}
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return db, nil
}
