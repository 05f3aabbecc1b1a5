package geo

import "testing"

// BenchmarkLoad measures loading the embedded gazetteer from scratch.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := load(); err != nil {
			b.Fatal(err)
		}
	}
}
