package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"strings"
	"testing"
)

func TestGeocode(t *testing.T) {
	in := strings.Join([]string{
		`{"text": "Protestele din Kazahstan au ajuns la Almaty."}`,
		`{"text": "Gunfire in Almaty, Kazakhstan", "toponym": "Almaty", "start": 11, "end": 17}`,
		`not json`,
		`{"text": "short", "start": 3, "end": 99}`,
		`{"text": "Paris est calme", "toponym": "Paris"}`,
		`{"text": ""}`,
	}, "\n")
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(in), Stdout: &out, Stderr: &errb, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	code := m.Run(context.Background(), []string{"geocode", "--lang", "ro"})
	if code != exitFailed {
		t.Errorf("exit = %d, want %d", code, exitFailed)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 6 {
		t.Fatalf("got %d output lines, want 6:\n%s", len(lines), out.String())
	}
	var got []geocodeOut
	for _, l := range lines {
		var o geocodeOut
		if err := json.Unmarshal([]byte(l), &o); err != nil {
			t.Fatalf("bad output line %q: %v", l, err)
		}
		got = append(got, o)
	}
	if len(got[0].Places) != 2 || got[0].Places[0].Country != "KZ" || got[0].Places[0].Precision != "country" || got[0].Places[1].Name != "Almaty" {
		t.Errorf("line 1 = %+v", got[0])
	}
	if len(got[1].Places) != 1 || got[1].Places[0].Name != "Almaty" || got[1].Places[0].Span != [2]int{11, 17} {
		t.Errorf("line 2 = %+v", got[1])
	}
	if got[2].Error == "" || got[3].Error == "" {
		t.Errorf("lines 3-4 should be errors: %+v %+v", got[2], got[3])
	}
	if len(got[4].Places) != 1 || got[4].Places[0].Country != "FR" {
		t.Errorf("line 5 = %+v", got[4])
	}
	if got[5].Error != "" || len(got[5].Places) != 0 {
		t.Errorf("line 6 = %+v", got[5])
	}
	if !strings.Contains(errb.String(), "<stdin>:3:") || !strings.Contains(errb.String(), "<stdin>:4:") {
		t.Errorf("stderr should name lines 3 and 4:\n%s", errb.String())
	}
}

func TestGeocodeUsage(t *testing.T) {
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if code := m.Run(context.Background(), []string{"geocode", "a", "b"}); code != exitUsage {
		t.Errorf("two files: exit = %d, want %d", code, exitUsage)
	}
	if code := m.Run(context.Background(), []string{"geocode", "--countries", "KAZ"}); code != exitUsage {
		t.Errorf("bad --countries: exit = %d, want %d", code, exitUsage)
	}
}
