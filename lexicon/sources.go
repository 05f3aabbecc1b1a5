package lexicon

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"sync"
)

//go:embed sources.json
var sourcesJSON []byte

// SourceType ranks how authoritative a source is when figures disagree.
type SourceType string

// Source types, from most to least authoritative.
const (
	Official      SourceType = "official"
	International SourceType = "international"
	Agency        SourceType = "agency"
	Outlet        SourceType = "outlet"
	NGO           SourceType = "ngo"
	Unattributed  SourceType = "unattributed"
)

// Rank returns the authority rank of a source type: lower is more
// authoritative.
func (t SourceType) Rank() int {
	switch t {
	case Official:
		return 0
	case International:
		return 1
	case Agency:
		return 2
	case Outlet:
		return 3
	case NGO:
		return 4
	}
	return 5
}

// KnownSource is an organisation that reports cite, with its names in
// several languages.
type KnownSource struct {
	Name    string     `json:"name"`
	Type    SourceType `json:"type"`
	Aliases []string   `json:"aliases"`
}

var (
	sourcesOnce sync.Once
	sources     []KnownSource
	sourcesErr  error
)

// Sources returns the embedded list of known sources, parsed once.
func Sources() ([]KnownSource, error) {
	sourcesOnce.Do(func() {
		var f struct {
			About   string        `json:"about"`
			Sources []KnownSource `json:"sources"`
		}
		if err := json.Unmarshal(sourcesJSON, &f); err != nil {
			sourcesErr = fmt.Errorf("lexicon: sources.json: %w", err)
			return
		}
		for _, s := range f.Sources {
			if s.Name == "" || len(s.Aliases) == 0 {
				sourcesErr = fmt.Errorf("lexicon: sources.json: source %q has no name or aliases", s.Name)
				return
			}
			if SourceType(s.Type).Rank() == 5 && s.Type != Unattributed {
				sourcesErr = fmt.Errorf("lexicon: sources.json: source %q has unknown type %q", s.Name, s.Type)
				return
			}
		}
		sources = f.Sources
	})
	return sources, sourcesErr
}
