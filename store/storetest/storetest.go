package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// Run runs the contract suite against the stores that open returns. open
// is called once per subtest and must return an empty store; Run closes it.
// Subtests run in parallel, so open must give each call its own database
// (a temp file, a fresh schema).
func Run(t *testing.T, open func(t *testing.T) sitrep.Store) {
	t.Helper()
	tests := []struct {
		name string
		fn   func(t *testing.T, s sitrep.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Empty", testEmpty},
		{"EmptyExtraction", testEmptyExtraction},
		{"Idempotent", testIdempotent},
		{"NotFound", testNotFound},
		{"Counts", testCounts},
		{"Order", testOrder},
		{"ConcurrentSameDocument", testConcurrentSame},
		{"ConcurrentDistinctDocuments", testConcurrentDistinct},
		{"HostileStrings", testHostile},
		{"BadInput", testBadInput},
		{"CanceledContext", testCanceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close() = %v, want nil", err)
				}
			})
			tt.fn(t, s)
		})
	}
}

// Fixture returns a full extraction whose content, and so id, depends on
// n: two passages (one an embedded post with hashtags and lost emoji), three
// claims (bounded and open, with and without perpetrator and place), two
// event mentions and two place mentions.
func Fixture(n int) *sitrep.Extraction {
	text := fmt.Sprintf("Document %d.\n\nAt least 12 people were killed in Brașov, police said.\n\n"+
		"Protesters detained ???? #Brasov #Romania — Ana Pop (@anapop) March 3, 2026", n)
	id := sitrep.ContentID(text)
	max := int64(15)
	perp := "police"
	brasov := sitrep.Place{Name: "Brașov", Country: "RO", Admin1: "Brașov", Lat: 45.6427, Lon: 25.5887,
		Precision: sitrep.PrecisionCity, GeonameID: 683844}
	romania := sitrep.Place{Name: "Romania", Country: "RO", Lat: 46, Lon: 25,
		Precision: sitrep.PrecisionCountry, GeonameID: 798549}
	p1 := strings.Index(text, "At least")
	p1end := strings.Index(text, "said.") + len("said.")
	p2 := strings.Index(text, "Protesters")
	q := strings.Index(text, "????")
	sig := strings.Index(text, " —")
	return &sitrep.Extraction{
		Document: sitrep.Document{
			ID: id, Path: fmt.Sprintf("testdata/doc-%d.txt", n), URL: "https://example.org/news/" + fmt.Sprint(n),
			Outlet: "Example News", Author: "Ion Popescu", Published: "2026-03-03T10:00:00+02:00",
			Lang: "en", Kind: sitrep.KindArticle, Text: text,
		},
		Passages: []sitrep.Passage{
			{Index: 0, Kind: sitrep.PassageHeading, Span: sitrep.Span{0, p1 - 2}, Line: 1,
				Text: text[:p1-2], Lang: "en", LangConfidence: 0.5, Body: sitrep.Span{0, p1 - 2}},
			{Index: 1, Kind: sitrep.PassageParagraph, Span: sitrep.Span{p1, p1end}, Line: 3,
				Text: text[p1:p1end], Lang: "en", LangConfidence: 0.987654321, Body: sitrep.Span{p1, p1end}},
			{Index: 2, Kind: sitrep.PassagePost, Span: sitrep.Span{p2, len(text)}, Line: 5,
				Text: text[p2:], Lang: "en", LangConfidence: 0.75,
				Post:      &sitrep.Post{Author: "Ana Pop", Handle: "anapop", Date: "2026-03-03"},
				Hashtags:  []string{"Brasov", "Romania"},
				Mentions:  []string{"anapop"},
				Links:     []string{"https://t.co/x?a=1&b=2"},
				LostEmoji: []sitrep.Span{{q, q + 4}},
				Body:      sitrep.Span{p2, sig}},
		},
		Claims: []sitrep.Claim{
			{ID: id + "-c0", DocumentID: id, Passage: 1, Span: sitrep.Span{p1, p1 + 24},
				Evidence: "At least 12 people were killed", Lang: "en", Kind: sitrep.Killed, Min: 12,
				Qualifier: sitrep.AtLeast, Group: sitrep.Unspecified, ReportedBy: []string{"police"},
				Citing: []string{}, Place: &brasov, Time: "2026-03-03", Published: "2026-03-03", Rule: "en.killed.at_least"},
			{ID: id + "-c1", DocumentID: id, Passage: 2, Span: sitrep.Span{p2, p2 + 19},
				Evidence: "Protesters detained", Lang: "en", Kind: sitrep.Detained, Min: 10, Max: &max,
				Qualifier: sitrep.About, Vague: true, Group: sitrep.Protesters, Perpetrator: &perp,
				Cumulative: true, ReportedBy: []string{"Ana Pop", "@anapop"}, Rule: "en.detained.vague"},
			{ID: id + "-c2", Passage: 1, Kind: sitrep.Injured, Min: 0, Max: new(int64),
				Qualifier: sitrep.Exact, Group: sitrep.Civilians, Rule: "zero"},
		},
		Events: []sitrep.EventMention{
			{Type: sitrep.Protest, Passage: 2, Span: sitrep.Span{p2, p2 + 10}, Evidence: "Protesters",
				Place: &romania, Time: "2026-03-03", Rule: "en.protest"},
			{Type: sitrep.Arrests, Passage: 2, Span: sitrep.Span{p2 + 11, p2 + 19}, Evidence: "detained",
				Rule: "en.arrests"},
		},
		Places: []sitrep.PlaceMention{
			{Place: brasov, Surface: "Brașov", Passage: 1, Span: sitrep.Span{p1 + 34, p1 + 41}},
			{Place: romania, Surface: "#Romania", Passage: 2, Span: sitrep.Span{q + 13, q + 21}},
		},
	}
}

// Equal reports whether two extractions hold the same values, treating nil
// and empty slices alike (encoding/json, which stores use for records,
// cannot tell them apart in omitempty fields). It returns a description of
// the first difference, or "" when they are equal.
func Equal(got, want *sitrep.Extraction) string {
	return diff(reflect.ValueOf(got), reflect.ValueOf(want), "extraction")
}

func diff(got, want reflect.Value, path string) string {
	switch want.Kind() {
	case reflect.Pointer:
		if got.IsNil() || want.IsNil() {
			if got.IsNil() != want.IsNil() {
				return fmt.Sprintf("%s: got nil %v, want nil %v", path, got.IsNil(), want.IsNil())
			}
			return ""
		}
		return diff(got.Elem(), want.Elem(), path)
	case reflect.Slice, reflect.Array:
		if got.Len() != want.Len() {
			return fmt.Sprintf("%s: got length %d, want %d", path, got.Len(), want.Len())
		}
		for i := 0; i < want.Len(); i++ {
			if d := diff(got.Index(i), want.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Struct:
		for i := 0; i < want.NumField(); i++ {
			name := path + "." + want.Type().Field(i).Name
			if d := diff(got.Field(i), want.Field(i), name); d != "" {
				return d
			}
		}
		return ""
	default:
		if !reflect.DeepEqual(got.Interface(), want.Interface()) {
			return fmt.Sprintf("%s: got %#v, want %#v", path, got.Interface(), want.Interface())
		}
		return ""
	}
}

func put(t *testing.T, s sitrep.Store, x *sitrep.Extraction) bool {
	t.Helper()
	added, err := s.PutExtraction(context.Background(), x)
	if err != nil {
		t.Fatalf("PutExtraction(%q) = %v, want nil error", x.Document.ID, err)
	}
	return added
}

func get(t *testing.T, s sitrep.Store, id string) *sitrep.Extraction {
	t.Helper()
	x, err := s.Extraction(context.Background(), id)
	if err != nil {
		t.Fatalf("Extraction(%q) = %v, want nil error", id, err)
	}
	return x
}

func counts(t *testing.T, s sitrep.Store) sitrep.Counts {
	t.Helper()
	c, err := s.Counts(context.Background())
	if err != nil {
		t.Fatalf("Counts() = %v, want nil error", err)
	}
	return c
}

func testRoundTrip(t *testing.T, s sitrep.Store) {
	want := Fixture(1)
	if !put(t, s, want) {
		t.Fatalf("PutExtraction(%q) added = false, want true", want.Document.ID)
	}
	got := get(t, s, want.Document.ID)
	if d := Equal(got, want); d != "" {
		t.Errorf("Extraction(%q) differs: %s", want.Document.ID, d)
	}
	// Fixture(1) has no empty non-nil slice outside ReportedBy/Citing,
	// which JSON keeps, so it must come back exactly.
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Extraction(%q) = %+v, want %+v", want.Document.ID, got, want)
	}
	// The returned value must not alias the stored one or the input.
	got.Claims[0].Min = 99
	if again := get(t, s, want.Document.ID); again.Claims[0].Min != 12 {
		t.Errorf("Extraction(%q) after caller mutation: claims[0].min = %d, want 12",
			want.Document.ID, again.Claims[0].Min)
	}
	all, err := s.Extractions(context.Background())
	if err != nil {
		t.Fatalf("Extractions() = %v, want nil error", err)
	}
	if len(all) != 1 {
		t.Fatalf("Extractions() returned %d, want 1", len(all))
	}
	if d := Equal(all[0], want); d != "" {
		t.Errorf("Extractions()[0] differs: %s", d)
	}
}

func testEmpty(t *testing.T, s sitrep.Store) {
	all, err := s.Extractions(context.Background())
	if err != nil || len(all) != 0 {
		t.Errorf("Extractions() on empty store = %d items, %v; want 0, nil", len(all), err)
	}
	if c := counts(t, s); c != (sitrep.Counts{}) {
		t.Errorf("Counts() on empty store = %+v, want zero", c)
	}
}

func testEmptyExtraction(t *testing.T, s sitrep.Store) {
	for _, x := range []*sitrep.Extraction{
		{Document: sitrep.Document{ID: "only-id"}},
		{Document: sitrep.Document{ID: "empty-slices", Text: "x"}, Passages: []sitrep.Passage{},
			Claims: []sitrep.Claim{}, Events: []sitrep.EventMention{}, Places: []sitrep.PlaceMention{}},
	} {
		if !put(t, s, x) {
			t.Errorf("PutExtraction(%q) added = false, want true", x.Document.ID)
		}
		if d := Equal(get(t, s, x.Document.ID), x); d != "" {
			t.Errorf("Extraction(%q) differs: %s", x.Document.ID, d)
		}
	}
	if c, want := counts(t, s), (sitrep.Counts{Documents: 2}); c != want {
		t.Errorf("Counts() = %+v, want %+v", c, want)
	}
}

func testIdempotent(t *testing.T, s sitrep.Store) {
	x := Fixture(2)
	if !put(t, s, x) {
		t.Fatalf("first PutExtraction(%q) added = false, want true", x.Document.ID)
	}
	before := counts(t, s)
	if put(t, s, x) {
		t.Errorf("second PutExtraction(%q) added = true, want false", x.Document.ID)
	}
	// Same id, different content: the first stored extraction wins and
	// nothing of the second is written.
	y := Fixture(2)
	y.Document.Outlet = "Other"
	y.Claims = append(y.Claims, y.Claims[0])
	y.Passages = y.Passages[:1]
	if put(t, s, y) {
		t.Errorf("PutExtraction(%q) with changed content added = true, want false", y.Document.ID)
	}
	if after := counts(t, s); after != before {
		t.Errorf("Counts() after re-put = %+v, want %+v", after, before)
	}
	if d := Equal(get(t, s, x.Document.ID), Fixture(2)); d != "" {
		t.Errorf("Extraction(%q) after re-put differs from first put: %s", x.Document.ID, d)
	}
}

func testNotFound(t *testing.T, s sitrep.Store) {
	put(t, s, Fixture(3))
	for _, id := range []string{"0000000000000000", "", "'; DROP TABLE documents; --", Fixture(3).Document.ID + " "} {
		x, err := s.Extraction(context.Background(), id)
		if !errors.Is(err, sitrep.ErrNotFound) {
			t.Errorf("Extraction(%q) = %v, %v; want error wrapping ErrNotFound", id, x, err)
		}
	}
}

func testCounts(t *testing.T, s sitrep.Store) {
	var want sitrep.Counts
	for i := range 3 {
		x := Fixture(10 + i)
		x.Claims = x.Claims[:i+1]
		put(t, s, x)
		want.Documents++
		want.Passages += len(x.Passages)
		want.Claims += len(x.Claims)
		want.Events += len(x.Events)
	}
	if got := counts(t, s); got != want {
		t.Errorf("Counts() = %+v, want %+v", got, want)
	}
}

func testOrder(t *testing.T, s sitrep.Store) {
	// Ids in an order that is neither sorted nor reverse sorted, so a store
	// that orders by id fails.
	ids := []string{"m", "zz", "a", "b-2", "B-1", "Ω", "0"}
	for i, id := range ids {
		x := Fixture(20 + i)
		x.Document.ID = id
		for j := range x.Claims {
			x.Claims[j].DocumentID = ""
		}
		put(t, s, x)
	}
	all, err := s.Extractions(context.Background())
	if err != nil {
		t.Fatalf("Extractions() = %v, want nil error", err)
	}
	var got []string
	for i, x := range all {
		got = append(got, x.Document.ID)
		if len(x.Passages) != 3 || x.Passages[2].Index != 2 || len(x.Claims) != 3 {
			t.Errorf("Extractions()[%d] (%q) has %d passages, %d claims; want 3, 3 in order",
				i, x.Document.ID, len(x.Passages), len(x.Claims))
		}
	}
	if !reflect.DeepEqual(got, ids) {
		t.Errorf("Extractions() ids = %q, want %q", got, ids)
	}
}

func testConcurrentSame(t *testing.T, s sitrep.Store) {
	const n = 8
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		added int
		errs  []error
	)
	for range n {
		wg.Go(func() {
			ok, err := s.PutExtraction(context.Background(), Fixture(30))
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, err)
			}
			if ok {
				added++
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		t.Errorf("concurrent PutExtraction = %v, want nil", err)
	}
	if added != 1 {
		t.Errorf("%d concurrent PutExtraction of one document: %d added, want 1", n, added)
	}
	x := Fixture(30)
	want := sitrep.Counts{Documents: 1, Passages: len(x.Passages), Claims: len(x.Claims), Events: len(x.Events)}
	if got := counts(t, s); got != want {
		t.Errorf("Counts() = %+v, want %+v", got, want)
	}
}

func testConcurrentDistinct(t *testing.T, s sitrep.Store) {
	const n = 16
	var wg sync.WaitGroup
	errs := make([]error, n)
	added := make([]bool, n)
	for i := range n {
		wg.Go(func() {
			added[i], errs[i] = s.PutExtraction(context.Background(), Fixture(100+i))
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil || !added[i] {
			t.Errorf("PutExtraction(Fixture(%d)) = %v, %v; want true, nil", 100+i, added[i], errs[i])
		}
	}
	if got := counts(t, s).Documents; got != n {
		t.Errorf("Counts().Documents = %d, want %d", got, n)
	}
}

// hostile strings a store must keep byte for byte.
var hostile = []struct{ name, s string }{
	{"sql quote", `'; DROP TABLE documents; --`},
	{"double quotes and backslashes", `"quoted" \"escaped\" \\ \n \u0000 literally`},
	{"json breaking", `{"id": "x"}]}` + "\t\r\n"},
	{"arabic rtl", "قُتل ١٢ شخصاً في دمشق"},
	{"persian with zwnj", "می\u200cگویند ۱۲ نفر کشته شدند"},
	{"hebrew with rtl override", "\u202eשלום\u202c abc \u200f"},
	{"emoji zwj and flags", "👨‍👩‍👧‍👦 🇷🇴 🏳️‍🌈 ✊🏿"},
	{"combining marks", "e\u0301 Bras\u0326ov a\u0308\u0308\u0308"},
	{"bom and separators", "\ufeffline\u2028para\u2029end\u0085"},
	{"replacement char and noncharacters", "\ufffd \ufffe \uffff \U0010ffff"},
	{"cjk and surrogate-range neighbours", "北京 東京 서울 \ud7ff \ue000"},
	{"control characters", "\x01\x02\x1b[31mred\x1b[0m\x7f"},
	{"fts syntax", `NEAR("a" b) OR c* AND -d ^e :f`},
	{"percent and underscore", `100% _x_ %_`},
	{"long", strings.Repeat("Ω≈ç√∫ ", 20000)},
}

func testHostile(t *testing.T, s sitrep.Store) {
	for i, h := range hostile {
		x := Fixture(200 + i)
		if len(h.s) <= 512 {
			x.Document.ID = h.s
		}
		x.Document.Text = h.s
		x.Document.Outlet = h.s
		x.Document.Author = h.s
		x.Document.URL = h.s
		x.Passages[0].Text = h.s
		x.Passages[2].Hashtags = []string{h.s, ""}
		x.Passages[2].Post.Handle = h.s
		x.Claims[0].Evidence = h.s
		x.Claims[0].DocumentID = x.Document.ID
		x.Claims[1].DocumentID = x.Document.ID
		x.Claims[2].ID = h.s
		x.Claims[1].Perpetrator = &h.s
		x.Claims[1].Citing = []string{h.s}
		x.Events[0].Evidence = h.s
		x.Places[0].Surface = h.s
		x.Places[1].Name = h.s
		added, err := s.PutExtraction(context.Background(), x)
		if err != nil || !added {
			t.Errorf("PutExtraction(%s) = %v, %v; want true, nil", h.name, added, err)
			continue
		}
		got, err := s.Extraction(context.Background(), x.Document.ID)
		if err != nil {
			t.Errorf("Extraction(%s) = %v, want nil error", h.name, err)
			continue
		}
		if d := Equal(got, x); d != "" {
			t.Errorf("Extraction(%s) differs: %s", h.name, d)
		}
	}
	if got := counts(t, s).Documents; got != len(hostile) {
		t.Errorf("Counts().Documents = %d, want %d", got, len(hostile))
	}
}

func testBadInput(t *testing.T, s sitrep.Store) {
	bad := []struct {
		name string
		edit func(x *sitrep.Extraction)
	}{
		{"empty id", func(x *sitrep.Extraction) { x.Document.ID = "" }},
		{"overlong id", func(x *sitrep.Extraction) { x.Document.ID = strings.Repeat("x", 1025) }},
		{"nul in text", func(x *sitrep.Extraction) { x.Document.Text = "a\x00b" }},
		{"nul in hashtag", func(x *sitrep.Extraction) { x.Passages[2].Hashtags[1] = "\x00" }},
		{"invalid utf-8 in passage", func(x *sitrep.Extraction) { x.Passages[1].Text = "caf\xe9" }},
		{"invalid utf-8 in perpetrator", func(x *sitrep.Extraction) { p := "\xff"; x.Claims[1].Perpetrator = &p }},
		{"nan latitude", func(x *sitrep.Extraction) { x.Places[0].Lat = math.NaN() }},
		{"claim of another document", func(x *sitrep.Extraction) { x.Claims[0].DocumentID = "other" }},
	}
	for i, b := range bad {
		x := Fixture(300 + i)
		b.edit(x)
		added, err := s.PutExtraction(context.Background(), x)
		if !errors.Is(err, sitrep.ErrBadInput) || added {
			t.Errorf("PutExtraction(%s) = %v, %v; want false, error wrapping ErrBadInput", b.name, added, err)
		}
	}
	if added, err := s.PutExtraction(context.Background(), nil); !errors.Is(err, sitrep.ErrBadInput) || added {
		t.Errorf("PutExtraction(nil) = %v, %v; want false, error wrapping ErrBadInput", added, err)
	}
	if c := counts(t, s); c != (sitrep.Counts{}) {
		t.Errorf("Counts() after refused puts = %+v, want zero", c)
	}
}

func testCanceled(t *testing.T, s sitrep.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	x := Fixture(400)
	if added, err := s.PutExtraction(ctx, x); err == nil || added {
		t.Errorf("PutExtraction(canceled ctx) = %v, %v; want false, error", added, err)
	}
	if _, err := s.Extraction(ctx, x.Document.ID); err == nil {
		t.Errorf("Extraction(canceled ctx) = nil error, want error")
	}
	if c := counts(t, s); c != (sitrep.Counts{}) {
		t.Errorf("Counts() after canceled put = %+v, want zero", c)
	}
}

// Versioned is a store that records the version of its schema.
type Versioned interface {
	sitrep.Store
	SchemaVersion(ctx context.Context) (int, error)
	Close() error
}

// Reopen checks that a store opened again on the same data keeps its
// schema version and its extractions, and stays idempotent. open must
// open the same database each time it is called.
func Reopen(t *testing.T, open func() (Versioned, error)) {
	t.Helper()
	ctx := context.Background()
	db, err := open()
	if err != nil {
		t.Fatalf("open = %v", err)
	}
	x := Fixture(1)
	if _, err := db.PutExtraction(ctx, x); err != nil {
		t.Fatalf("PutExtraction = %v", err)
	}
	v1, err := db.SchemaVersion(ctx)
	if err != nil || v1 < 1 {
		t.Fatalf("SchemaVersion() = %d, %v; want >= 1, nil", v1, err)
	}
	if err := db.Close(); err != nil {
		t.Fatalf("Close() = %v", err)
	}

	db, err = open()
	if err != nil {
		t.Fatalf("open again = %v", err)
	}
	defer db.Close()
	if v2, err := db.SchemaVersion(ctx); err != nil || v2 != v1 {
		t.Errorf("SchemaVersion() after reopen = %d, %v; want %d, nil", v2, err, v1)
	}
	got, err := db.Extraction(ctx, x.Document.ID)
	if err != nil {
		t.Fatalf("Extraction(%q) after reopen = %v", x.Document.ID, err)
	}
	if d := Equal(got, x); d != "" {
		t.Errorf("Extraction(%q) after reopen differs: %s", x.Document.ID, d)
	}
	if added, err := db.PutExtraction(ctx, x); err != nil || added {
		t.Errorf("PutExtraction after reopen = %v, %v; want false, nil", added, err)
	}
}
