package extract_test

import "testing"

// What did not happen is no figure (pl cs hu bg uk ru tr ar fa zh ja hi kk):
// modality and plans (Lexicon.Unreal), negated quantifiers ("none of the
// 40 passengers") and simulations (Lexicon.Hypothetical) drop the count of
// their clause or sentence; a real toll beside them, a toll that "may
// rise" in a clause of its own and a disputed toll stay.
func TestNonEventB(t *testing.T) {
	checkFigs(t, []figCase{
		{"pl", "Powódź może zmusić do opuszczenia domów nawet 20 tys. osób; w niedzielę ewakuowano 3 tys. mieszkańców.", []fig{{"evacuated", 3000, 3000, "civilians", "exact"}}},
		{"pl", "Zginęło 12 osób, a liczba ofiar może wzrosnąć.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"cs", "Zemřeli dva lidé, žádný z 35 cestujících nebyl zraněn.", []fig{{"killed", 2, 2, "unspecified", "exact"}}},
		{"bg", "Учението симулира земетресение със 150 пострадали.", nil},
		{"bg", "Загинаха 12 души и броят на жертвите може да се увеличи.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"cs", "Zemřelo 12 lidí a počet obětí může ještě stoupnout.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"tr", "Depremde 12 kişi hayatını kaybetti ve bu sayı artabilir.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"bg", "Общината планира да евакуира до 5000 души.", nil},
		{"uk", "Влада планує евакуювати до 5 тисяч людей.", nil},
		{"ru", "Никто из 40 пассажиров не пострадал, погибли два человека.", []fig{{"killed", 2, 2, "unspecified", "exact"}}},
		{"ru", "Погибли 12 человек, число жертв может вырасти.", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"tr", "Muhalefet, saldırıda 30 sivilin öldüğünü açıkladı.", []fig{{"killed", 30, 30, "civilians", "exact"}}},
		{"tr", "Sel 20 bin kişiyi evinden edebilir.", nil},
		{"ar", "تعتزم السلطات إجلاء ما يصل إلى ٥ آلاف شخص.", nil},
		{"fa", "در این رزمایش حادثه\u200cای با ۱۵۰ مصدوم شبیه\u200cسازی شد.", nil},
		{"zh", "车祸造成3人死亡，40名乘客无一受伤。", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		{"zh", "洪水可能迫使2万人转移。", nil},
		{"ja", "洪水で最大2万人が避難を迫られる恐れがある。", nil},
		{"ja", "乗客40人にけがはなかった。", nil},
		{"ja", "最悪の事態を想定し、住民3000人を避難させた。", []fig{{"evacuated", 3000, 3000, "civilians", "exact"}}},
		{"hi", "बाढ़ से 20 हज़ार लोग बेघर हो सकते हैं।", nil},
		{"hi", "हादसे में 12 लोगों की मौत हो गई और संख्या बढ़ सकती है।", []fig{{"killed", 12, 12, "unspecified", "exact"}}},
		{"kk", "Су тасқыны 20 мың адамды үйін тастап кетуге мәжбүрлеуі мүмкін.", nil},
	})
}
