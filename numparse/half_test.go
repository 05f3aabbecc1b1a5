package numparse

// A half after a scale is half of the scale, in every language.
func init() {
	for l, ts := range map[string][]parseTest{
		"en": {ex("a million and a half", 1.5e6), ex("three thousand and a half", 3500), ex("two and a half", 2.5)},
		"ar": {ex("ألف ونصف", 1500), ex("مليون ونصف", 1.5e6)},
		"ru": {ex("три тысячи с половиной", 3500)},
		"es": {ex("dos millones y medio", 2.5e6)},
		"tr": {ex("iki yüz buçuk", 250)},
	} {
		parseTests[l] = append(parseTests[l], ts...)
	}
}
