package extract_test

import "testing"

// Roundups of several incidents (pl cs hu bg uk ru tr ar fa zh ja hi kk):
// a four-digit count in the range of years is no year when people follow
// it at once ("2000 жители", "2000多名居民"); a part "of them" with no
// noun of its own takes the verb after it, not the whole before it
// ("11 человек, шестеро из них числятся пропавшими"), while an aside with
// a noun leaves the verb to both; a year alone stays no figure; a
// qualifier of several tokens ("най-малко", "ما لا يقل عن") does not count
// in the gap between a verb and the number after it.
func TestRoundupB(t *testing.T) {
	checkFigs(t, []figCase{
		{"bg", "Бурите на юг засегнаха над 2000 жители.", []fig{{"affected", 2000, -1, "civilians", "more_than"}}},
		{"zh", "南方风暴影响了2000多名居民。", []fig{{"affected", 2000, -1, "civilians", "more_than"}}},
		{"ja", "南部の嵐で住民2000人以上が被害を受けた。", []fig{{"affected", 2000, -1, "civilians", "at_least"}}},
		{"zh", "2008年地震造成8.7万人死亡。", []fig{{"killed", 87000, 87000, "unspecified", "exact"}}},
		{"hu", "Az árvíz 2000 embert érintett.", []fig{{"affected", 2000, 2000, "unspecified", "exact"}}},
		{"ru", "В 2011 году землетрясение унесло жизни 96 человек.", []fig{{"killed", 96, 96, "unspecified", "exact"}}},
		{"ru", "Оползень накрыл 11 человек, шестеро из них до сих пор числятся пропавшими без вести.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		{"ar", "طمر انهيار أرضي ١١ شخصاً لا يزال ستة منهم في عداد المفقودين.", []fig{{"missing", 6, 6, "unspecified", "exact"}}},
		{"ru", "11 человек, шестеро из них дети, погибли при пожаре.", []fig{{"killed", 11, 11, "unspecified", "exact"}, {"killed", 6, 6, "children", "exact"}}},
		{"ru", "«Сегодня мы похоронили девятерых детей», — сказал мэр.", []fig{{"killed", 9, 9, "children", "exact"}}},
		{"kk", "Ондаған отбасы баспанасыз қалды.", nil},
		{"bg", "В София полицията задържа в събота най-малко 140 хулигани.", []fig{{"detained", 140, -1, "attackers", "at_least"}}},
		{"ar", "اعتقلت الشرطة يوم السبت ما لا يقل عن ١٤٠ من مثيري الشغب.", []fig{{"detained", 140, -1, "attackers", "at_least"}}},
		{"hu", "Fegyveresek négy falusit öltek meg.", []fig{{"killed", 4, 4, "civilians", "exact"}}},
	})
}
