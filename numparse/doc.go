// Package numparse reads numbers and vague quantities in the languages of
// the embedded lexicons: digits with each locale's separators ("1.204" in
// Romanian, "1,204" in English, "1 204" in French, Indian "1,00,000"),
// number words with their compounds and case forms ("douăzeci și unu",
// "dreihundertvierundzwanzig", "двадцати", "ألفان", "两千", "1万"), mixed
// forms ("1,2 milioane", "100k", "30 lakh") and vague quantities, which are
// ranges by the conventions of DESIGN.md (several 2–9, tens/dozens 20–99,
// hundreds 200–999, thousands 2000–9999).
//
//	p := numparse.ForLang("ro")
//	v, err := p.Parse("douăzeci și trei") // Value{Min: 23, Max: 23}
//	v, end, ok := p.Scan(textnorm.Fold("zeci de mii de oameni"), 0)
//	// Value{Min: 20000, Max: 99999, Vague: true}, end at "mii"
//
// Ordinals, fractions and negative numbers are out of scope: Parse reports
// them with ErrOrdinal, ErrFraction and ErrNegative.
//
// # How a number is read
//
// An expression is a sequence of lexemes: digit strings, and words or
// phrases of the lexicon, each with roles (number, scale, connector...).
// The value is a stack of parts, each smaller than the place of the part
// below it: "two thousand | five hundred | twenty | one". A number is
// pushed when it fits the place left by the top part ("twenty" + "one",
// not "one" + "twenty"); a scale multiplies the parts smaller than itself
// ("hundred" in "two thousand five hundred" multiplies only the five).
// Scan keeps the longest prefix that forms a complete expression, so "10 și
// 6" stops after 10 while "douăzeci și trei" reads to the end.
//
// Digits: a '.' or ',' followed by exactly three digits is a thousands
// separator where the language groups thousands with it; a separator that
// repeats ("3,000,000") always groups; otherwise it is a decimal mark. The
// first group has at most three digits, so "2022 300" is two numbers.
//
// # Language data
//
// Everything about a language is in the "numbers" section of its lexicon
// (lexicon.Numbers): separators, words, scales, connectors, vague ranges,
// suffixes glued to digits ("k", "mln"). A word may be a scale and vague at
// once: "sute" multiplies after a number ("trei sute") and is vague alone.
// Words are matched after textnorm folding and, failing that, without
// diacritics (Latin, Greek, Cyrillic) and with the language's folds.
//
// The keys of "extra" that the parser reads:
//
//   - "article_one": articles that mean one before a scale ("a hundred").
//   - "link": particles between a number or vague word and a scale of a
//     thousand or more ("zeci de mii", "hundreds of thousands").
//   - "trailing": particles Parse allows after a whole expression ("a
//     dozen of", Chinese classifiers "个"); Scan never reads them.
//   - "decimal_words": spoken decimal points ("point", "virgül", "цяло и").
//   - "half": "and a half" after a number ("buçuk", "с половиной");
//     "half_before": the same before it (Hindi "साढ़े तीन", 3.5).
//   - "negative", "fractions", "ordinals" (a trailing '*' matches any
//     ending), "ordinal_suffixes" (after digits: "th", "lea"): what makes
//     an expression out of scope.
//   - "compound": number words may be written as one word; such a word is
//     split into the fewest lexicon pieces ("einundzwanzig").
//   - "compound_parts": pieces valid only inside a compound ("huszon" 20);
//     "compound_scales" likewise for scales (Italian "cent" in
//     "duecentottanta").
//   - "scale_first": a scale comes before its multiplier, as in Swahili
//     "elfu mbili" (2000) and "mia tatu na hamsini" (350); the multiplier
//     of "mia" is a unit, that of a larger scale any number below 1000.
//   - "units_before_tens": units may precede tens after a connector
//     ("ein-und-zwanzig", "خمسة و عشرون"), and the ten word after a unit
//     makes a teen ("ستة عشر").
//   - "vigesimal": tens after which numbers below twenty may be added
//     (French "soixante-dix", "quatre-vingt-dix-neuf": [60, 80]).
//   - "elide": a unit right after a scale is one place lower ("百二" is
//     120, "萬九" 19000), as in spoken Chinese.
//   - "fold": extra character folds for matching (Arabic "أ" → "ا").
//   - "prefix_connectors": connectors glued to the next word (Arabic "و").
//   - "case_endings": endings a number word may take as a whole
//     (Turkish ablative "binden", "yüzden" before "fazla", "az").
//   - "grouping": "indian" accepts "1,00,000".
//   - "scale_needs_number": scales that cannot start an expression
//     ("pair", Chinese "打").
//
// Parsers are immutable and safe for concurrent use; ForLang builds each
// one once.
package numparse
