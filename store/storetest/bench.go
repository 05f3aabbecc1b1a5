package storetest

import (
	"context"
	"sync/atomic"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// BenchmarkPut measures PutExtraction of distinct Fixture documents, one
// transaction each, and reports documents per second.
func BenchmarkPut(b *testing.B, s sitrep.Store) {
	b.Helper()
	xs := make([]*sitrep.Extraction, b.N)
	for i := range xs {
		xs[i] = Fixture(1_000_000 + i)
	}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.PutExtraction(ctx, xs[i]); err != nil {
			b.Fatalf("PutExtraction(%q) = %v", xs[i].Document.ID, err)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutParallel is BenchmarkPut with GOMAXPROCS writers at once, as
// several pipeline workers sharing one store would.
func BenchmarkPutParallel(b *testing.B, s sitrep.Store) {
	b.Helper()
	ctx := context.Background()
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			x := Fixture(2_000_000 + int(next.Add(1)))
			if _, err := s.PutExtraction(ctx, x); err != nil {
				b.Errorf("PutExtraction(%q) = %v", x.Document.ID, err)
				return
			}
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
