package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBench(t *testing.T) {
	code, out, stderr := runCLI(t, "", "bench", "--time", "1ms", "--format", "json")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var r benchResult
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("bad JSON %q: %v", out, err)
	}
	if r.Documents == 0 || r.Bytes == 0 || r.Claims == 0 {
		t.Errorf("demo corpus: %d documents, %d bytes, %d claims", r.Documents, r.Bytes, r.Claims)
	}
	if len(r.Stages) != 5 || r.Stages[0].Ratio != 1 {
		t.Fatalf("stages %+v, want 5 with the baseline first", r.Stages)
	}
	for _, s := range r.Stages {
		if s.Passes < 1 || s.MBps <= 0 || s.Ratio <= 0 {
			t.Errorf("stage %+v", s)
		}
	}

	// Given documents, and the text table.
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("At least 12 people were killed in Almaty, officials said."), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ = runCLI(t, "", "bench", "--time", "1ms", p)
	if code != exitOK || !strings.Contains(out, "1 documents") || !strings.Contains(out, "pipeline, 1 core") {
		t.Errorf("exit %d, output %q", code, out)
	}
	// A missing input stops the benchmark: it would measure part of the corpus.
	if code, _, stderr := runCLI(t, "", "bench", "--time", "1ms", p, p+".missing"); code == exitOK || !strings.Contains(stderr, "a.txt.missing") {
		t.Errorf("missing input: exit %d, stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "", "bench", "--format", "xml"); code != exitUsage {
		t.Errorf("bad --format: exit %d, want %d", code, exitUsage)
	}
}
