package extract_test

import "testing"

// TestSitrepStyleB covers what a blind test of situation reports and
// official statements in pl cs hu bg uk ru tr ar fa zh ja hi kk found
// missing: tally lines ("Погибшие: 41 (+3 за сутки)"), a bracketed change
// since the last report, households, families and disease cases, which
// are no people, people in shelters (displaced) and people rescued (no
// figure).
func TestSitrepStyleB(t *testing.T) {
	checkFigs(t, []figCase{
		// A tally line: the label before a colon or dash is the number's
		// term, not the next label; the bracketed change counts people of
		// the same kind and makes the total a running one.
		{"ru", "Раненые: 15 (+2 за сутки). Пропавшие без вести: 4.", []fig{
			{"injured", 15, 15, "unspecified", "exact"}, {"injured", 2, 2, "unspecified", "exact"},
			{"missing", 4, 4, "unspecified", "exact"}}},
		{"bg", "Ранени – 20 (+4 за денонощие), изчезнали – 2.", []fig{
			{"injured", 20, 20, "unspecified", "exact"}, {"injured", 4, 4, "unspecified", "exact"},
			{"missing", 2, 2, "unspecified", "exact"}}},
		{"ar", "القتلى: ١٧، الجرحى: ٦٠.", []fig{
			{"killed", 17, 17, "unspecified", "exact"}, {"injured", 60, 60, "unspecified", "exact"}}},
		// A sentence's full stop is no ordinal dot.
		{"tr", "Ölü: 12, yaralı: 35, kayıp: 5.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"injured", 35, 35, "unspecified", "exact"},
			{"missing", 5, 5, "unspecified", "exact"}}},
		// The change after a counter, in a language written without
		// spaces.
		{"zh", "失联15人（较前日增加2人），受伤30人。", []fig{
			{"missing", 15, 15, "unspecified", "exact"}, {"missing", 2, 2, "unspecified", "exact"},
			{"injured", 30, 30, "unspecified", "exact"}}},
		{"ja", "行方不明者9人（前日比2人増）、負傷者25人。", []fig{
			{"missing", 9, 9, "unspecified", "exact"}, {"missing", 2, 2, "unspecified", "exact"},
			{"injured", 25, 25, "unspecified", "exact"}}},
		// A percentage in brackets is no change of people.
		{"ru", "Погибшие: 10 (+5%).", []fig{
			{"killed", 10, 10, "unspecified", "exact"}}},
		// Households, families and cases are no people.
		{"pl", "Powódź dotknęła 700 gospodarstw domowych.", nil},
		{"tr", "Selden 900 hane etkilendi.", nil},
		{"zh", "洪水造成1500户受灾。", nil},
		{"ru", "Выявлено 60 случаев инфекции, умер один человек.", []fig{
			{"killed", 1, 1, "unspecified", "exact"}}},
		// People in shelters are displaced; the shelters are no people.
		{"ru", "В 12 пунктах временного размещения находятся 900 человек.", []fig{
			{"displaced", 900, 900, "unspecified", "exact"}}},
		{"hu", "800 ember tartózkodik a 9 ideiglenes szálláshelyen.", []fig{
			{"displaced", 800, 800, "unspecified", "exact"}}},
		{"ja", "避難所に300人が避難している。", []fig{
			{"displaced", 300, 300, "unspecified", "exact"}}},
		// People rescued are no figure.
		{"tr", "Selde mahsur kalan 40 kişi kurtarıldı.", nil},
		{"kk", "Су басқан ауылдан 30 адам құтқарылды.", nil},
	})
}
