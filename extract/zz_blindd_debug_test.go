package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/segment"
	"github.com/sitrep-dev/sitrep/textnorm"
)

func TestZZBlindDDebug(t *testing.T) {
	text, lang := os.Getenv("BD_TEXT"), os.Getenv("BD_LANG")
	if text == "" {
		t.Skip()
	}
	x, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := sitrep.Document{ID: "t", Text: text}
	pss := segment.Split(doc)
	l := x.langs[lang]
	for i := range pss {
		p := &pss[i]
		p.Lang = lang
		sc := &scratch{}
		body := segment.StripMarkup(doc.Text[p.Body[0]:p.Body[1]])
		ps := &passageScan{body: body, norm: textnorm.NormalizeInto(sc.norm, body), base: p.Body[0], l: l, doc: doc, p: p, sc: sc}
		ps.toks = textnorm.AppendTokens(nil, ps.norm.S)
		ps.at = l.m.findInto(ps.toks, sc)
		ps.cats = make([]uint32, len(ps.toks))
		for i, ms := range ps.at {
			for _, m := range ms {
				ps.cats[i] |= 1 << m.e.cat
			}
		}
		ps.findNumbers()
		for i, tk := range ps.toks {
			var ms []string
			for _, m := range ps.at[i] {
				ms = append(ms, fmt.Sprintf("c%d:%s[%d,%d)", m.e.cat, m.e.val, m.start, m.end))
			}
			t.Logf("%3d %-12q num=%d %s", i, tk.Text, ps.numAt[i], strings.Join(ms, " "))
		}
	}
	res := x.Document(doc, pss)
	for _, c := range res.Claims {
		t.Logf("%s %d %s %s", c.Kind, c.Min, c.Rule, c.Evidence)
	}
}
