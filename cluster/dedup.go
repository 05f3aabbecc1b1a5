package cluster

import (
	"math/bits"
	"slices"
	"strings"

	sitrep "github.com/sitrep-dev/sitrep"
)

// Near-duplicate detection parameters.
//
// Two texts are near-duplicates when their 64-bit SimHashes (over single
// words and pairs of words) differ in at most MaxDistance bits, or when
// their sets of three-word shingles resemble each other (Jaccard index,
// estimated from bottom-k sketches) at least MinResemblance. The first
// test finds the closest copies with four lookups; the second is needed
// because on news-length texts a light edit (a new headline, a dropped
// sentence, a footer) moves a SimHash by up to twenty bits, as far as
// unrelated articles on the same story, while their shingle sets still
// overlap by a third or more and unrelated ones by under a tenth.
const (
	// MaxDistance is the largest Hamming distance between the SimHashes
	// of two texts that are taken as near-duplicates without more ado.
	MaxDistance = 3
	// MinResemblance is the smallest estimated Jaccard index of the
	// three-word shingle sets of two near-duplicate texts.
	MinResemblance = 0.3
	// MinTokens is the fewest words a text needs to be compared by
	// similarity; shorter texts (posts of a few words) are duplicates only
	// when their normalised texts are equal.
	MinTokens = 12
	// sketchSize is k of the bottom-k sketch.
	sketchSize = 64
)

// Fingerprint identifies a text for deduplication.
type Fingerprint struct {
	// Content is a hash of the normalised text: equal for texts that
	// differ only in case, diacritics, punctuation, spacing, links and a
	// repost prefix ("RT @handle:").
	Content uint64
	// Sim is the SimHash of the normalised text's word shingles.
	Sim uint64
	// Tokens is the number of words of the normalised text.
	Tokens int
	// Sketch holds the smallest hashes of the text's three-word shingles,
	// ascending: a bottom-k sketch.
	Sketch []uint32
}

// NewFingerprint computes the fingerprint of a text.
func NewFingerprint(text string) Fingerprint {
	words := dedupWords(text)
	fp := Fingerprint{Tokens: len(words)}
	h := uint64(fnvOffset)
	for _, w := range words {
		h = fnvString(h, w)
		h = fnvByte(h, ' ')
	}
	fp.Content = mix(h)
	if len(words) == 0 {
		return fp
	}

	// Word hashes, then shingle hashes combined from them.
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = mix(fnvString(fnvOffset, w))
	}
	var v [64]int32
	add := func(h uint64) {
		for b := range 64 {
			v[b] += int32(h>>b&1)*2 - 1
		}
	}
	shingles := make([]uint32, 0, len(words))
	for i := range wh {
		add(wh[i])
		if i+1 < len(wh) {
			add(mix(wh[i]*31 + wh[i+1]))
		}
		if i+2 < len(wh) {
			shingles = append(shingles, uint32(mix(wh[i]*961+wh[i+1]*31+wh[i+2])>>32))
		}
	}
	for b := range 64 {
		if v[b] > 0 {
			fp.Sim |= 1 << b
		}
	}
	if len(shingles) == 0 {
		shingles = append(shingles, uint32(fp.Content>>32))
	}
	slices.Sort(shingles)
	shingles = slices.Compact(shingles)
	fp.Sketch = slices.Clip(shingles[:min(sketchSize, len(shingles))])
	return fp
}

// Near reports whether two fingerprints are of the same text or of
// near-duplicate texts.
func (f Fingerprint) Near(g Fingerprint) bool {
	if f.Content == g.Content && f.Tokens > 0 {
		return true
	}
	if f.Tokens < MinTokens || g.Tokens < MinTokens {
		return false
	}
	return bits.OnesCount64(f.Sim^g.Sim) <= MaxDistance || f.Resemblance(g) >= MinResemblance
}

// Resemblance estimates the Jaccard index of the three-word shingle sets
// of two texts from their sketches: the share of the k smallest hashes of
// the union that are in both.
func (f Fingerprint) Resemblance(g Fingerprint) float64 {
	a, b := f.Sketch, g.Sketch
	k := min(sketchSize, max(len(a), len(b)))
	if k == 0 {
		return 0
	}
	both, seen := 0, 0
	for i, j := 0, 0; seen < k && (i < len(a) || j < len(b)); seen++ {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			i++
		case i >= len(a) || b[j] < a[i]:
			j++
		default:
			both++
			i++
			j++
		}
	}
	return float64(both) / float64(seen)
}

// dedupWords returns the words of a text as compared for duplicates:
// links and a leading repost marker dropped, then folded (see foldText).
func dedupWords(text string) []string {
	fields := strings.Fields(text)
	if len(fields) >= 2 && strings.EqualFold(fields[0], "RT") && strings.HasPrefix(fields[1], "@") {
		fields = fields[2:]
	}
	var b strings.Builder
	for _, f := range fields {
		if isLink(f) {
			continue
		}
		b.WriteString(f)
		b.WriteByte(' ')
	}
	return strings.Fields(foldText(b.String()))
}

func isLink(f string) bool {
	f = strings.ToLower(strings.Trim(f, "()[]<>\"'.,;"))
	return strings.Contains(f, "://") || strings.HasPrefix(f, "www.") ||
		strings.HasPrefix(f, "pic.twitter.com/") || strings.HasPrefix(f, "t.co/")
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func fnvString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

func fnvByte(h uint64, c byte) uint64 {
	h ^= uint64(c)
	return h * fnvPrime
}

// mix is the SplitMix64 finaliser: FNV's low bits are too regular for
// SimHash, which uses every bit.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// bandKeys are the SimHash's four 16-bit bands: two hashes within
// Hamming distance 3 agree in at least one band, so that the closest
// copies are found by four lookups.
const bandBits = 16

// sketchKeys is how many of a text's smallest shingle hashes index it:
// two texts of resemblance 0.3 share one of them but for a chance of
// about 0.7^8 (6%); at 0.5, 0.4%.
const sketchKeys = 8

// Deduper finds exact and near-duplicate documents as they arrive. The
// result does not depend on the order documents are added in: the
// relation "near" is symmetric and every pair is tested when the later of
// the two arrives; duplicate groups are its connected components and each
// group's original is its earliest document by (published, id).
//
// A Deduper is not safe for concurrent use; Clusterer guards its own.
type Deduper struct {
	docs   []dedupDoc
	byID   map[string]int32
	exact  map[uint64][]int32
	bands  [64 / bandBits]map[uint64][]int32
	keys   map[uint32][]int32
	parent []int32
	first  []int32 // per root: the group's original
}

type dedupDoc struct {
	id string
	at int64 // published instant
	fp Fingerprint
}

// NewDeduper returns an empty Deduper.
func NewDeduper() *Deduper {
	d := &Deduper{byID: map[string]int32{}, exact: map[uint64][]int32{}, keys: map[uint32][]int32{}}
	for i := range d.bands {
		d.bands[i] = map[uint64][]int32{}
	}
	return d
}

// Add adds a document and links it to the documents it duplicates. A
// document whose id was already added is ignored.
func (d *Deduper) Add(id, published, text string) {
	d.AddFingerprint(id, published, NewFingerprint(text))
}

// AddFingerprint is Add for a text already fingerprinted.
func (d *Deduper) AddFingerprint(id, published string, fp Fingerprint) {
	if _, ok := d.byID[id]; ok {
		return
	}
	n := int32(len(d.docs))
	d.docs = append(d.docs, dedupDoc{id: id, at: instant(published), fp: fp})
	d.byID[id] = n
	d.parent = append(d.parent, n)
	d.first = append(d.first, n)

	if fp.Tokens == 0 {
		return // an empty text duplicates nothing
	}
	seen := map[int32]bool{}
	try := func(m int32) {
		if seen[m] {
			return
		}
		seen[m] = true
		if fp.Near(d.docs[m].fp) {
			d.union(n, m)
		}
	}
	for _, m := range d.exact[fp.Content] {
		try(m)
	}
	d.exact[fp.Content] = append(d.exact[fp.Content], n)
	if fp.Tokens < MinTokens {
		return
	}
	for b := range d.bands {
		k := fp.Sim >> (b * bandBits) & (1<<bandBits - 1)
		for _, m := range d.bands[b][k] {
			try(m)
		}
		d.bands[b][k] = append(d.bands[b][k], n)
	}
	for _, k := range fp.Sketch[:min(sketchKeys, len(fp.Sketch))] {
		for _, m := range d.keys[k] {
			try(m)
		}
		d.keys[k] = append(d.keys[k], n)
	}
}

func (d *Deduper) find(i int32) int32 {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}

func (d *Deduper) union(a, b int32) {
	ra, rb := d.find(a), d.find(b)
	if ra == rb {
		return
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	if d.earlier(d.first[rb], d.first[ra]) {
		d.first[ra] = d.first[rb]
	}
}

// earlier orders documents by (published, id).
func (d *Deduper) earlier(a, b int32) bool {
	x, y := &d.docs[a], &d.docs[b]
	if x.at != y.at {
		return x.at < y.at
	}
	return x.id < y.id
}

// Original returns the id of the document that id is a copy of: the
// earliest of its duplicate group. It returns "" when id is no copy or
// was not added.
func (d *Deduper) Original(id string) string {
	i, ok := d.byID[id]
	if !ok {
		return ""
	}
	o := d.first[d.find(i)]
	if o == i {
		return ""
	}
	return d.docs[o].id
}

// Pairs returns one pair [original, copy] per copy, ordered by the copy's
// (published, id).
func (d *Deduper) Pairs() [][2]string {
	var copies []int32
	for i := range d.docs {
		if d.first[d.find(int32(i))] != int32(i) {
			copies = append(copies, int32(i))
		}
	}
	slices.SortFunc(copies, func(a, b int32) int {
		if d.earlier(a, b) {
			return -1
		}
		if d.earlier(b, a) {
			return 1
		}
		return 0
	})
	out := make([][2]string, 0, len(copies))
	for _, c := range copies {
		out = append(out, [2]string{d.docs[d.first[d.find(c)]].id, d.docs[c].id})
	}
	return out
}

// Duplicates returns the exact and near-duplicate documents among docs as
// pairs [original, copy], the original being the earliest document of its
// duplicate group by (published, id).
func Duplicates(docs []sitrep.Document) [][2]string {
	d := NewDeduper()
	for i := range docs {
		d.Add(docs[i].ID, docs[i].Published, docs[i].Text)
	}
	return d.Pairs()
}
