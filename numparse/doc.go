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
//   - "half": "and a half" after a number ("buçuk", "с половиной"),
//     half of the scale after a scale ("a million and a half", 1.5 million);
//     "half_before": the same before it (Hindi "साढ़े तीन", 3.5).
//   - "negative", "fractions", "ordinals" (a trailing '*' matches any
//     ending), "ordinal_suffixes" (after digits: "th", "lea"): what makes
//     an expression out of scope.
//   - "compound": number words may be written as one word; such a word is
//     split into the fewest lexicon pieces ("einundzwanzig"), preferring,
//     of two such splits, one that reads as a number.
//   - "compound_parts": pieces valid only inside a compound ("huszon" 20);
//     "compound_scales" likewise for scales (Italian "cent" in
//     "duecentottanta").
//   - "compound_connectors": connectors valid only inside a compound word
//     (Georgian "და" in "ოცდაათი", 20 and 10), not between words.
//   - "sandhi_initials", "sandhi_finals": how number words fuse inside a
//     compound, as in the Dravidian languages. A piece after another may
//     begin with any form listed for its first letter (Tamil "ஒ":
//     ["ொ"], the vowel written as a sign; "அ": [""], the inherent
//     vowel; Malayalam "ഒ": ["ൊ", "യൊ"], with a glide), and a piece
//     before another may end with any form listed for its last letters
//     (Tamil "ு": [""]): "இருபத்து" + "ஒன்று" reads as "இருபத்தொன்று"
//     (21), "இரண்டு" + "ஆயிரம்" as "இரண்டாயிரம்" (2000).
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
//   - "case_compounds": case endings may also follow a compound word or a
//     stem of "compound_parts" (Georgian "ოცდაათმა", "რვის"), and stems
//     of two letters take them ("ორმა").
//   - "grouping": "indian" accepts "1,00,000".
//   - "scale_needs_number": scales that cannot start an expression
//     ("pair", Chinese "打").
//   - "not_first": number words that cannot start an expression, only
//     follow another number (Vietnamese "tư", "mốt", "lăm" after tens:
//     "hai mươi tư" is 24, "tư" alone is no number; Thai "เอ็ด").
//   - "scale_half": half words as "half" reads them ("hai trăm rưỡi" 250,
//     Thai "สองล้านครึ่ง" 2.5 million, Burmese "သိန်းခွဲ" 150,000) that
//     cannot follow an elided unit.
//   - "exact_diacritics": words match only with their diacritics, where
//     they tell words apart (Vietnamese "năm" 5, "nam" south; "tỷ" 10⁹,
//     "ty" in "công ty").
//   - "glued_digits": digits may be glued to the word after them, as
//     Korean counters and particles are ("3명", "5천명", "1만2000명"): the
//     number takes the scales that word begins with and ends before the
//     rest, and digits may follow a scale glued to them. A Latin word or
//     an ordinal ending ("3번째") still makes the digits no number.
//   - "not_numbers": words and phrases that begin with a number word but
//     are not numbers; nothing is read at them (Thai "สามารถ" able,
//     "ร้อยละ" per cent, "สี่แยก" crossroads; Vietnamese "năm nay" this
//     year), or words that would match a number word without their
//     diacritics (Croatian "što", what, is not "sto", 100; Estonian
//     "uks", door, is not "üks", 1). In a language written without
//     spaces no number is read inside them either (Burmese "ကလေး",
//     child, whose "လေး" is four).
//
// Parsers are immutable and safe for concurrent use; ForLang builds each
// one once.
package numparse
