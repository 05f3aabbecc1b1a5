package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// ArticleResult scores main-text extraction on the article-extraction
// benchmark: precision, recall and F1 of 4-word shingles of the extracted
// text against the ground-truth article body, averaged over pages, as
// that benchmark defines them.
type ArticleResult struct {
	Pages     int     `json:"pages"`
	Failed    int     `json:"failed"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Articles scores extract (which turns a page's bytes into its main text)
// on dir, a directory with ground-truth.json and html/<id>.html.gz.
func Articles(dir string, extract func(name string, page []byte) (string, error)) (ArticleResult, error) {
	var res ArticleResult
	b, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return res, fmt.Errorf("eval articles: %w", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(b, &truth); err != nil {
		return res, fmt.Errorf("eval articles: ground-truth.json: %w", err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sp, sr, sf float64
	for _, id := range ids {
		path := filepath.Join(dir, "html", id+".html.gz")
		page, err := os.ReadFile(path)
		if err != nil {
			return res, fmt.Errorf("eval articles: %w", err)
		}
		res.Pages++
		got, err := extract(path, page)
		if err != nil {
			res.Failed++
			got = ""
		}
		p, r, f := shingleScore(got, truth[id].ArticleBody)
		sp, sr, sf = sp+p, sr+r, sf+f
	}
	if res.Pages > 0 {
		n := float64(res.Pages)
		res.Precision, res.Recall, res.F1 = sp/n, sr/n, sf/n
	}
	return res, nil
}

// shingleScore compares the 4-word shingles of got and want.
func shingleScore(got, want string) (p, r, f float64) {
	g, w := shingles(got), shingles(want)
	if len(g) == 0 && len(w) == 0 {
		return 1, 1, 1
	}
	common := 0
	for s, n := range g {
		common += min(n, w[s])
	}
	total := func(m map[string]int) int {
		t := 0
		for _, n := range m {
			t += n
		}
		return t
	}
	if tg := total(g); tg > 0 {
		p = float64(common) / float64(tg)
	}
	if tw := total(w); tw > 0 {
		r = float64(common) / float64(tw)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

func shingles(text string) map[string]int {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := map[string]int{}
	for i := 0; i+4 <= len(words); i++ {
		out[strings.Join(words[i:i+4], " ")]++
	}
	return out
}

// WriteArticleTable prints the article benchmark's scores.
func WriteArticleTable(w io.Writer, res ArticleResult) error {
	_, err := fmt.Fprintf(w, "Main-text extraction, 4-word shingles, mean over %d pages (%d failed): precision %.3f recall %.3f F1 %.3f\n\n",
		res.Pages, res.Failed, res.Precision, res.Recall, res.F1)
	return err
}
