// Package geo finds place names in text of the project's extraction languages and
// resolves them to places: countries, first-level admin areas, US counties
// and Natural Earth's units below them (English counties, Philippine
// provinces, regions such as the West Midlands),
// world regions and every GeoNames populated place of 500 people or more.
// It needs no server: the gazetteer is embedded (see DATA.md for its
// sources, licences and how to regenerate it) and loaded once.
//
//	g, err := geo.Default() // loads the embedded data once; safe to share
//	if err != nil { … }
//	for _, pm := range g.Places(passage.Text, passage.Lang, geo.Context{Countries: []string{"KZ"}}) {
//		fmt.Println(pm.Surface, pm.Span, pm.Name, pm.Country, pm.Precision, pm.Lat, pm.Lon)
//	}
//	// The toponym is already known (gold spans, a form field):
//	p, ok := g.ResolveToponym(text, "Almaty", 10, 16, "ro")
//	// A country at country precision:
//	kz, _ := g.Country("KZ")
//
// Find is detection only: every toponym with its byte span into the text
// and its candidates. Resolve chooses among candidates with the document's
// context; Places does both. All methods are pure functions of their
// arguments and the loaded data, and safe for concurrent use.
//
// Matching folds text and names the same way (package geo/internal/fold):
// NFC, lower case, Latin and Greek diacritics removed (so ş, ș and s agree),
// Arabic letter variants unified, while spans still point into the original
// text. A text is scanned once, token by token; at each token the index
// gives the longest name starting there (up to 12 tokens, each CJK
// character being a token). Words that match nothing as written are tried
// again through per-language inflection rules (data/inflect.tsv:
// Kazahstanului → Kazahstan, Казахстане → Казахстан, казахстанский →
// Казахстан), without Arabic clitics (و ب ل ف ك ال), and, in hashtags, by
// their longest known prefix (#KazakhstanProtest). Demonyms map to their
// country (data/demonyms.tsv).
//
// Precision: sitrep.PrecisionCity, PrecisionAdmin1 and PrecisionCountry,
// plus PrecisionAdmin2 (a US county or another unit below admin1) and PrecisionRegion (a continent or
// world region, with no country code), defined here until the root package
// has them. Place.Admin1 holds the admin area's English name.
package geo
