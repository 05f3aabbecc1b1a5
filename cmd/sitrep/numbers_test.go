package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNumbers(t *testing.T) {
	in := strings.Join([]string{
		"2.298",
		"douăzeci și trei",
		"zeci",
		"nu e număr",
		`{"text": "dozens", "lang": "en"}`,
		"",
		`{"text": "2,298", "lang": "en"}`,
	}, "\n")
	code, out, stderr := runCLI(t, in, "numbers", "--lang", "ro")
	if code != exitFailed {
		t.Errorf("exit %d, want %d (two lines are not numbers); stderr %q", code, exitFailed, stderr)
	}
	want := []string{
		`{"text":"2.298","lang":"ro","value":2298}`,
		`{"text":"douăzeci și trei","lang":"ro","value":23}`,
		`{"text":"zeci","lang":"ro","min":20,"max":99,"vague":true}`,
		`{"text":"nu e număr","lang":"ro","error":"ro \"nu e număr\": not a number"}`,
		`{"text":"dozens","lang":"en","min":20,"max":99,"vague":true}`,
		`{"text":"","lang":"ro","error":"\"\": empty expression"}`,
		`{"text":"2,298","lang":"en","value":2298}`,
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("numbers: %d lines, want %d:\n%s", len(got), len(want), out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %s, want %s", i+1, got[i], want[i])
		}
	}
	if !strings.Contains(stderr, "<stdin>:4") {
		t.Errorf("stderr %q does not name the failed line", stderr)
	}
}

func TestNumbersGuess(t *testing.T) {
	in := "1,5 milioane\n٢٠\nquatre-vingt-dix\ntwo hundred\n100k\n"
	code, out, stderr := runCLI(t, in, "numbers")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	var lines []numberLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var nl numberLine
		if err := json.Unmarshal([]byte(l), &nl); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		lines = append(lines, nl)
	}
	want := []float64{1.5e6, 20, 90, 200, 1e5}
	for i, w := range want {
		if lines[i].Value == nil || *lines[i].Value != w {
			t.Errorf("%q: %+v, want %v", lines[i].Text, lines[i], w)
		}
	}
}

// TestNumbersTags reads region and script tags as their language, and a
// language without number words as digits only.
func TestNumbersTags(t *testing.T) {
	in := strings.Join([]string{
		`{"text": "dos mil", "lang": "ES_AR"}`,
		`{"text": "ثلاثة", "lang": "ar-EG"}`,
		`{"text": "100k", "lang": "haw"}`,
		`{"text": "kanakolu", "lang": "haw"}`,
	}, "\n")
	_, out, _ := runCLI(t, in, "numbers")
	want := []string{
		`{"text":"dos mil","lang":"es","value":2000}`,
		`{"text":"ثلاثة","lang":"ar","value":3}`,
		`{"text":"100k","lang":"haw","value":100000}`,
	}
	got := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(got) != 4 {
		t.Fatalf("%d lines, want 4:\n%s", len(got), out)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d = %s, want %s", i+1, got[i], want[i])
		}
	}
	if !strings.Contains(got[3], `"error":`) {
		t.Errorf("a word in a language without number words: %s, want an error", got[3])
	}
	if code, out, _ := runCLI(t, "7\n", "numbers", "--lang", "pt-BR"); code != exitOK || !strings.Contains(out, `"lang":"pt","value":7`) {
		t.Errorf("--lang pt-BR: exit %d, %s", code, out)
	}
}

func TestNumbersUsage(t *testing.T) {
	if code, _, _ := runCLI(t, "", "numbers", "--lang", "xx"); code != exitUsage {
		t.Errorf("unknown --lang: exit %d, want %d", code, exitUsage)
	}
	if code, _, _ := runCLI(t, "", "numbers", "a", "b"); code != exitUsage {
		t.Errorf("two files: exit %d, want %d", code, exitUsage)
	}
	p := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(p, []byte("18\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, _ := runCLI(t, "", "numbers", p); code != exitOK || strings.TrimSpace(out) != `{"text":"18","lang":"","value":18}` {
		t.Errorf("file input: exit %d, output %q", code, out)
	}
}
