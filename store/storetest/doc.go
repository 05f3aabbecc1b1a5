// Package storetest is the contract test suite for sitrep.Store: one set
// of tests that every implementation must pass, so the SQLite and
// PostgreSQL stores cannot drift apart.
//
// Run covers a lossless round trip (posts, hashtags, lost-emoji spans,
// claims with and without Max, Perpetrator and Place, event and place
// mentions), idempotent re-puts, ErrNotFound, Counts, storage order,
// concurrent puts of one and of many documents, hostile strings (SQL and
// JSON metacharacters, RTL and bidi controls, emoji sequences, combining
// marks, a 240 kB text) and refused input (ErrBadInput). Fixture builds
// the extractions it uses; Equal compares them, treating nil and empty
// slices alike.
//
// Usage, in an adapter's test file:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) sitrep.Store {
//			db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
//			if err != nil {
//				t.Fatal(err)
//			}
//			return db
//		})
//	}
//
//	func BenchmarkPutExtraction(b *testing.B) { storetest.BenchmarkPut(b, openStore(b)) }
package storetest
