package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want error
		msg  string
	}{
		{"text", []byte("Trei morți la Iași."), nil, ""},
		{"empty", nil, sitrep.ErrEmpty, "empty"},
		{"blank", []byte(" \n\t\n"), sitrep.ErrEmpty, "empty"},
		{"nul", []byte("abc\x00def"), sitrep.ErrBinary, "offset 3"},
		{"controls", []byte(strings.Repeat("\x01\x02", 10)), sitrep.ErrBinary, "control bytes"},
		{"latin1", []byte("Dou\xe3 mor\xfei"), sitrep.ErrEncoding, "byte 3 (line 1)"},
		{"bad on line 2", []byte("ok\nbad \xff"), sitrep.ErrEncoding, "byte 7 (line 2)"},
		{"truncated rune", []byte("ș\xc8"), sitrep.ErrEncoding, "byte 2"},
	}
	for _, tt := range tests {
		err := Check(tt.in)
		if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("Check(%s) = %v, want %v", tt.name, err, tt.want)
			continue
		}
		if err != nil && !strings.Contains(err.Error(), tt.msg) {
			t.Errorf("Check(%s) = %q, want it to say %q", tt.name, err, tt.msg)
		}
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(p, []byte("\ufeffHello 12 dead."), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := ReadFile(p)
	if err != nil || doc.Text != "Hello 12 dead." || doc.ID != sitrep.ContentID("Hello 12 dead.") || doc.Path != p {
		t.Errorf("ReadFile = %+v, %v", doc, err)
	}
	if _, err := ReadFile(dir); !errors.Is(err, sitrep.ErrBadInput) || !strings.Contains(err.Error(), dir) {
		t.Errorf("ReadFile(dir) = %v, want a directory error naming it", err)
	}
	missing := filepath.Join(dir, "nope")
	if _, err := ReadFile(missing); !errors.Is(err, sitrep.ErrNotFound) || !strings.Contains(err.Error(), missing) {
		t.Errorf("ReadFile(missing) = %v", err)
	}
}

func TestReadJSONL(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "x", "text": "Doi morți.", "lang": "RO", "kind": "post", "published": "2031-03-04"}`,
		``,
		`{"text": "no id here"}`,
		`{"id": "bad", "text": "t", "kind": "video"}`,
		`[1, 2]`,
		`{"id": "e"}`,
	}, "\n")
	type got struct {
		line int
		id   string
		err  string
	}
	var gs []got
	err := ReadJSONL(strings.NewReader(in), "in.jsonl", func(line int, doc sitrep.Document, err error) error {
		g := got{line: line, id: doc.ID}
		if err != nil {
			g.err = err.Error()
		}
		gs = append(gs, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(gs) != 5 {
		t.Fatalf("got %d documents, want 5 (blank lines skipped): %+v", len(gs), gs)
	}
	if gs[0].id != "x" || gs[0].err != "" {
		t.Errorf("line 1: %+v", gs[0])
	}
	if gs[1].line != 3 || gs[1].id != sitrep.ContentID("no id here") {
		t.Errorf("line 3 should get the content id: %+v", gs[1])
	}
	for i, want := range map[int]string{2: "in.jsonl:4: unknown kind", 3: "in.jsonl:5: bad JSON", 4: "in.jsonl:6: \"text\" is missing"} {
		if !strings.HasPrefix(gs[i].err, want) {
			t.Errorf("document %d error = %q, want prefix %q", i, gs[i].err, want)
		}
	}
}

const page = `<!DOCTYPE html><html lang="fr"><head><title>Lyon : 7 morts</title>
<meta property="og:site_name" content="Le Courrier"></head><body>
<nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
<article><h1>Lyon : 7 morts</h1>
<p>Au moins sept personnes ont été tuées lundi soir à Lyon lors d'affrontements entre manifestants et forces de l'ordre, selon la préfecture, qui fait aussi état de 40 blessés.</p>
<p>Le ministère de l'Intérieur a annoncé l'interpellation de 57 personnes dans la nuit, et un couvre-feu a été décrété dans tout le centre-ville jusqu'à nouvel ordre.</p>
<p>Les transports en commun restent fermés mardi matin, a précisé la métropole dans un communiqué publié sur son site internet.</p>
</article><footer>© Le Courrier 2031</footer></body></html>`

func TestFromHTML(t *testing.T) {
	doc, err := FromBytes("page.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(doc.Text, "Lyon : 7 morts") || !strings.Contains(doc.Text, "sept personnes ont été tuées") {
		t.Errorf("text = %q", doc.Text)
	}
	if strings.Contains(doc.Text, "Accueil") || strings.Contains(doc.Text, "©") {
		t.Errorf("boilerplate kept: %q", doc.Text)
	}
	if !strings.Contains(doc.Text, "\n\n") {
		t.Errorf("paragraph breaks lost: %q", doc.Text)
	}
	if doc.Lang != "fr" || doc.Outlet != "Le Courrier" {
		t.Errorf("lang %q outlet %q, want fr and Le Courrier", doc.Lang, doc.Outlet)
	}
}

func TestGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("Trei morți la Iași."))
	zw.Close()
	doc, err := FromBytes("a.txt.gz", buf.Bytes())
	if err != nil || doc.Text != "Trei morți la Iași." {
		t.Errorf("FromBytes(gzip) = %q, %v", doc.Text, err)
	}
	if _, err := FromBytes("bad.gz", []byte{0x1f, 0x8b, 0, 1}); err == nil || !strings.Contains(err.Error(), "bad.gz: gzip") {
		t.Errorf("corrupt gzip: err = %v", err)
	}
}
