package extract_test

import "testing"

// TestGeneralRules covers positional rules found missing by a blind test
// on new sentences (pl cs hu bg uk ru tr ar fa zh ja hi).
func TestGeneralRules(t *testing.T) {
	checkFigs(t, []figCase{
		// After a qualifier, which governs the genitive, "тысячи" is a
		// thousand; alone it is thousands.
		{"ru", "Из зоны подтопления вывезли около тысячи человек.", []fig{
			{"evacuated", 1000, 1000, "unspecified", "about"}}},
		{"ru", "Тысячи жителей покинули свои дома.", []fig{
			{"displaced", 2000, 9999, "civilians", "vague"}}},
		{"cs", "Z ohrožených obcí bylo evakuováno kolem tisíce lidí.", []fig{
			{"evacuated", 1000, 1000, "unspecified", "about"}}},
		// A qualifier after the number also counts after an "exact"
		// introducer ("so far").
		{"hi", "अब तक 500 से ज़्यादा लोग घायल हुए हैं।", []fig{
			{"injured", 500, -1, "unspecified", "more_than"}}},
		// A counter followed by "of" and a group counts that group.
		{"fa", "۲۰ نفر از ساکنان روستا زخمی شدند.", []fig{
			{"injured", 20, 20, "civilians", "exact"}}},
		// The group before the number's qualifier, as Japanese writes it.
		{"ja", "兵士少なくとも5人が死亡した。", []fig{
			{"killed", 5, -1, "security_forces", "at_least"}}},
		// A group followed by a verb of its own figure's kind, and a dual,
		// keep their group.
		{"ar", "أصيب خمسة جنود بجروح طفيفة.", []fig{
			{"injured", 5, 5, "security_forces", "exact"}}},
		{"ar", "قُتل متظاهران وأصيب آخرون.", []fig{
			{"killed", 2, 2, "protesters", "exact"}}},
		{"ar", "قُتل أربعة جنود وأصيب ستة آخرون.", []fig{
			{"killed", 4, 4, "security_forces", "exact"}, {"injured", 6, 6, "unspecified", "exact"}}},
		// A qualifier after the number's noun; a group right before the
		// next number is that number's.
		{"ar", "مقتل ٨ جنود على الأقل في هجوم.", []fig{
			{"killed", 8, -1, "security_forces", "at_least"}}},
		{"ja", "警察官3人と記者1人が負傷した。", []fig{
			{"injured", 3, 3, "security_forces", "exact"}, {"injured", 1, 1, "journalists", "exact"}}},
		// A frame around the number: "جان … را گرفت" (took the lives of),
		// with its qualifier before the number or the frame; the same
		// words around "saved" count no one.
		{"fa", "سیل جان ۱۵ نفر را گرفت.", []fig{
			{"killed", 15, 15, "unspecified", "exact"}}},
		{"fa", "سیل دست\u200cکم جان ۱۵ نفر را گرفت.", []fig{
			{"killed", 15, -1, "unspecified", "at_least"}}},
		{"fa", "امدادگران جان ۱۵ نفر را نجات دادند.", nil},
		// In a verb-final language the verb that ends the sentence counts
		// the singular topic that opens it when no noun stands nearer.
		{"ja", "容疑者は車で逃走したが、約2時間後に逮捕された。", []fig{
			{"detained", 1, 1, "attackers", "exact"}}},
		{"fa", "ضارب پس از تیراندازی به سوی مردم، توسط پلیس کشته شد.", []fig{
			{"killed", 1, 1, "attackers", "exact"}}},
		// A verb before the number in a verb-final language yields to the
		// verb after it in the same clause.
		{"hi", "बाढ़ प्रभावित गांवों से 300 लोगों को सुरक्षित निकाला गया।", []fig{
			{"evacuated", 300, 300, "unspecified", "exact"}}},
		// "Fate unknown" after the subject.
		{"ru", "Судьба двоих альпинистов остаётся неизвестной.", []fig{
			{"missing", 2, 2, "unspecified", "exact"}}},
	})
}

// TestParagraphRulesD covers rules found missing by a blind test on news
// paragraphs (pl cs hu bg uk ru tr ar fa zh ja hi kk).
func TestParagraphRulesD(t *testing.T) {
	checkFigs(t, []figCase{
		// Past a comma, a number its own term follows at once has that
		// term: the rescued count no one.
		{"en", "The coast guard rescued 41 people, eight died.", []fig{
			{"killed", 8, 8, "unspecified", "exact"}}},
		{"zh", "目前已有18人获救，12人遇难。", []fig{
			{"killed", 12, 12, "unspecified", "exact"}}},
		{"hu", "A járművön 42 utas utazott, közülük 26-an megsérültek.", []fig{
			{"injured", 26, 26, "unspecified", "exact"}}},
		// The whole before a Japanese "among" is no figure of the part's term.
		{"ja", "乗組員9人のうち4人が死亡した。", []fig{
			{"killed", 4, 4, "unspecified", "exact"}}},
		// A counter after a number breaks down nothing without "including".
		{"cs", "Dosud bylo potvrzeno 44 mrtvých, 91 cestujících se podařilo zachránit.", []fig{
			{"killed", 44, 44, "unspecified", "exact"}}},
		{"pl", "Zatrzymano 40 osób, w tym 5 osób z zagranicy.", []fig{
			{"detained", 40, 40, "unspecified", "exact"}, {"detained", 5, 5, "unspecified", "exact"}}},
		// "Among them" opening a sentence breaks down the previous one's figure.
		{"en", "Police detained 47 people on Sunday. Among them were three journalists.", []fig{
			{"detained", 47, 47, "unspecified", "exact"}, {"detained", 3, 3, "journalists", "exact"}}},
		{"kk", "Алматыда 47 адам ұсталды. Олардың арасында үш журналист бар.", []fig{
			{"detained", 47, 47, "unspecified", "exact"}, {"detained", 3, 3, "journalists", "exact"}}},
		// An "among" aside after a bare number leaves its verb within reach
		// and names no group of the number.
		{"bg", "Стотици, сред които много деца, се смятат за изчезнали.", []fig{
			{"missing", 200, 999, "unspecified", "vague"}}},
		// A group before a number with a conjunction glued to it is the
		// group of the number before.
		{"ar", "وأصيب ٢٢ من عناصر الأمن و٣٥ محتجاً بحالات اختناق.", []fig{
			{"injured", 22, 22, "security_forces", "exact"}, {"injured", 35, 35, "protesters", "exact"}}},
	})
}

// TestHeadlineRulesG covers rules found missing by a blind test on
// headlines, posts and live-blog lines (pl cs hu bg uk ru tr ar fa zh ja
// hi).
func TestHeadlineRulesG(t *testing.T) {
	checkFigs(t, []figCase{
		// A space parts the items of a headline in a language written
		// without spaces: the noun past it is the next number's.
		{"ja", "大雨 死者3人 行方不明者2人", []fig{
			{"killed", 3, 3, "unspecified", "exact"}, {"missing", 2, 2, "unspecified", "exact"}}},
		// A numeral glued to an ideograph that is no classifier or term is
		// part of a word, here a place name: 九州 (Kyushu), 四川 (Sichuan).
		{"ja", "九州で大雨 死者3人 けが人20人", []fig{
			{"killed", 3, 3, "unspecified", "exact"}, {"injured", 20, 20, "unspecified", "exact"}}},
		{"zh", "四川地震 遇难12人 失联3人", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"missing", 3, 3, "unspecified", "exact"}}},
		{"zh", "九十七名警察受伤，三死五伤", []fig{
			{"injured", 97, 97, "security_forces", "exact"}, {"killed", 3, 3, "unspecified", "exact"},
			{"injured", 5, 5, "unspecified", "exact"}}},
		// Frames that share their opening words are each tried.
		{"pl", "Los dwóch kolejnych jest nieznany.", []fig{
			{"missing", 2, 2, "unspecified", "exact"}}},
		{"pl", "Los trzech rybaków nadal nieznany.", []fig{
			{"missing", 3, 3, "unspecified", "exact"}}},
	})
}
