package numparse

// Cases for th, lo, km, my, vi and ko: compounds, scales, native digits,
// vague quantities, the forms out of scope, and the words that begin like
// numbers and are none.
func init() {
	more := map[string][]parseTest{
		"th": {
			ex("สามสิบสี่", 34), ex("สิบเอ็ด", 11), ex("ยี่สิบเอ็ด", 21), ex("ยี่สิบ", 20), ex("หนึ่งร้อยเอ็ด", 101),
			ex("สองพันห้าร้อย", 2500), ex("หนึ่งแสนสองหมื่นสามพันสี่ร้อยห้าสิบหก", 123456), ex("สามพันล้าน", 3e9),
			ex("สองล้านล้าน", 2e12), ex("๓๔", 34), ex("๑,๒๐๐", 1200), ex("3ล้าน", 3e6), ex("5 แสน", 5e5),
			ex("สองล้านครึ่ง", 2.5e6), ex("ล้านครึ่ง", 1.5e6), ex("สามจุดห้า", 3.5), ex("สองร้อยโหล", 2400),
			ex("สามคน", 3),
			vg("หลายสิบ", 20, 99), vg("หลายร้อย", 200, 999), vg("หลายพัน", 2000, 9999), vg("หลายหมื่น", 20000, 99999),
			vg("นับร้อย", 200, 999), vg("สองสาม", 2, 3), vg("หลาย", 2, 9),
			bad("ที่สาม", ErrOrdinal), bad("ลบห้า", ErrNegative), bad("ครึ่ง", ErrFraction),
			bad("เอ็ด", ErrSyntax), bad("สามารถ", ErrSyntax), bad("ร้อยละ", ErrSyntax), bad("สี่แยก", ErrSyntax),
		},
		"lo": {
			ex("ສິບເອັດ", 11), ex("ຊາວ", 20), ex("ຊາວເອັດ", 21), ex("ຊາວສີ່", 24), ex("ສາມສິບສີ່", 34),
			ex("ໜຶ່ງຮ້ອຍເອັດ", 101), ex("ສອງພັນຫ້າຮ້ອຍ", 2500), ex("ຫ້າໝື່ນ", 50000), ex("ຫ້າຫມື່ນ", 50000),
			ex("ສາມແສນ", 3e5), ex("ສອງລ້ານເຄິ່ງ", 2.5e6), ex("ສອງຕື້", 2e9), ex("໓໔", 34), ex("5 ແສນ", 5e5),
			vg("ຫຼາຍຮ້ອຍ", 200, 999), vg("ຫລາຍສິບ", 20, 99), vg("ນັບພັນ", 2000, 9999),
			bad("ທີສາມ", ErrOrdinal), bad("ເອັດ", ErrSyntax), bad("ຊາວບ້ານ", ErrSyntax),
		},
		"km": {
			ex("ដប់មួយ", 11), ex("ដប់ប្រាំ", 15), ex("ម្ភៃមួយ", 21), ex("សាមសិបប្រាំ", 35), ex("សាមបី", 33),
			ex("កៅសិបប្រាំបួន", 99), ex("ប្រាំមួយរយ", 600), ex("មួយពាន់ប្រាំរយ", 1500), ex("ពីរម៉ឺន", 20000),
			ex("បីសែន", 3e5), ex("ពីរពាន់លាន", 2e9), ex("មួយលានកន្លះ", 1.5e6), ex("៥ពាន់", 5000), ex("១២៣៤", 1234),
			ex("បីចុចប្រាំ", 3.5), ex("ប្រាំមួយពាន់ចិតប្រាំបី", 6078),
			vg("ពីរបីនាក់", 2, 3), vg("រាប់រយ", 200, 999), vg("រាប់ពាន់", 2000, 9999), vg("រាប់សិបពាន់", 20000, 99999),
			bad("ទីបី", ErrOrdinal), bad("ចិត្ត", ErrSyntax),
		},
		"my": {
			ex("ဆယ့်လေး", 14), ex("နှစ်ဆယ့်ငါး", 25), ex("သုံးဆယ်", 30), ex("တစ်ရာ့နှစ်ဆယ်", 120),
			ex("တစ်ထောင့်ကိုးရာ့ရှစ်ဆယ့်ရှစ်", 1988), ex("ခုနစ်ဆယ်", 70), ex("ကိုးဆယ့်ကိုး", 99),
			ex("တစ်သောင်း", 10000), ex("သုံးသိန်း", 3e5), ex("ငါးသိန်းခွဲ", 550000), ex("၁၀ သိန်း", 1e6),
			ex("၂၀၂၃", 2023), ex("သုံးဒသမငါး", 3.5), ex("နှစ်ဒါဇင်", 24), ex("သုည", 0),
			vg("ရာချီ", 200, 999), vg("ထောင်နဲ့ချီ", 2000, 9999), vg("သောင်းနှင့်ချီ", 20000, 99999),
			vg("ထောင်ပေါင်းများစွာ", 2000, 9999),
			bad("ပထမ", ErrOrdinal), bad("တတိယ", ErrOrdinal),
			// "ခုနှစ်", seven in a number, is alone the year of an era
			// ("၂၀၂၃ ခုနှစ်"); seven alone is "ခုနစ်".
			ex("နှစ်ဆယ့်ခုနှစ်", 27), bad("ခုနှစ်", ErrSyntax),
		},
		"vi": {
			ex("100.000", 1e5), ex("1,2M", 1.2e6), ex("1,5 triệu", 1.5e6), ex("3tr", 3e6),
			ex("hai mươi mốt", 21), ex("hai mươi tư", 24), ex("hai mươi bốn", 24), ex("mười lăm", 15),
			ex("ba mươi lăm", 35), ex("một trăm linh năm", 105), ex("một trăm lẻ năm", 105),
			ex("một nghìn không trăm linh năm", 1005), ex("hai nghìn không trăm hai mươi", 2020),
			ex("ba triệu hai trăm nghìn", 3.2e6), ex("hai trăm ngàn", 2e5), ex("một tỉ", 1e9), ex("một nghìn tỷ", 1e12),
			ex("hai trăm mốt", 210), ex("hai nghìn hai", 2200), // a unit after a scale is a place lower
			ex("hai trăm rưỡi", 250), ex("một triệu rưỡi", 1.5e6), ex("hai phẩy năm", 2.5), ex("Hai Mươi Mốt", 21),
			vg("vài", 2, 9), vg("một vài", 2, 9), vg("hàng chục", 20, 99), vg("hàng trăm", 200, 999),
			vg("hàng nghìn", 2000, 9999), vg("hàng chục nghìn", 20000, 99999), vg("vài trăm", 200, 999),
			vg("mấy chục", 20, 99), vg("hàng vạn", 20000, 99999),
			bad("thứ tư", ErrOrdinal), bad("thứ 3", ErrOrdinal), bad("âm năm", ErrNegative), bad("một phần ba", ErrFraction),
			// "tư" and "mốt" only follow tens; diacritics tell words apart.
			bad("tư", ErrSyntax), bad("mốt", ErrSyntax), bad("mươi", ErrSyntax), bad("nam", ErrSyntax),
			bad("công ty", ErrSyntax), bad("năm nay", ErrSyntax),
		},
		"ko": {
			ex("열한", 11), ex("열하나", 11), ex("스물다섯", 25), ex("마흔일곱", 47), ex("일흔한", 71), ex("열여덟", 18),
			ex("스무 명", 20), ex("세 명", 3), ex("열두 명", 12), ex("이십일", 21), ex("삼십오", 35), ex("오백칠십구", 579),
			ex("일만이천삼백사십오", 12345), ex("만", 1e4), ex("십만", 1e5), ex("일억 이천만", 1.2e8),
			ex("삼십이억삼천오백육십구만팔천백이십", 3235698120),
			// Digits glued to scales and counters.
			ex("3명", 3), ex("5천명", 5000), ex("1만2000명", 12000), ex("1억2천만", 1.2e8), ex("2천500만", 2.5e7),
			ex("3조", 3e12), ex("1조2000억", 1.2e12), ex("1,200명", 1200), ex("1만 2천", 12000),
			vg("수십", 20, 99), vg("수백", 200, 999), vg("수천", 2000, 9999), vg("수만", 20000, 99999),
			vg("수십만", 200000, 999999), vg("수십 명", 20, 99), vg("몇 명", 2, 9), vg("두세", 2, 3), vg("여러", 2, 9),
			bad("3번째", ErrOrdinal), bad("세 번째", ErrOrdinal), bad("셋째", ErrOrdinal), bad("제3", ErrOrdinal),
			bad("영하 5", ErrNegative),
			// Sino-Korean units stand only inside a number ("이" is "this").
			bad("이", ErrSyntax), bad("구조", ErrSyntax), bad("3km", ErrSyntax),
		},
	}
	for l, ts := range more {
		parseTests[l] = append(parseTests[l], ts...)
	}
	scans := map[string][]scanTest{
		"th": {
			{"มีผู้เสียชีวิตสามสิบสี่คน", "สาม", "สามสิบสี่", 34},
			{"ร้อยละ 50 ของผู้บาดเจ็บ", "ร้อยละ", "", 0},
			{"ร้อยละ 50 ของผู้บาดเจ็บ", "50", "50", 50},
			{"ผู้บาดเจ็บ 1,200 ราย", "1,200", "1,200", 1200},
		},
		"ko": {
			{"사망자는 1만2000명으로 늘었다", "1만", "1만2000", 12000},
			{"5천명이 대피했다", "5천", "5천", 5000},
			{"이 사고로 3명이 숨졌다", "이", "", 0},
			{"이 사고로 3명이 숨졌다", "3", "3", 3},
			{"열두 명이 다쳤다", "열두", "열두", 12},
		},
		"my": {
			// "ကလေး" (child) holds "လေး" (four).
			{"ကလေး ၃ ဦး သေဆုံး", "လေး", "", 0},
			{"ကလေး ၃ ဦး သေဆုံး", "၃", "၃", 3},
			{"လေးဦး သေဆုံး", "လေး", "လေး", 4},
			{"ယခုနှစ် ၂၀၂၃ ခုနှစ်", "နှစ်", "", 0},
			{"၂၀၂၃ ခုနှစ်", "၂၀၂၃", "၂၀၂၃", 2023},
		},
		"vi": {
			{"ít nhất hai mươi lăm người chết", "hai", "hai mươi lăm", 25},
			{"Bộ Tư pháp cho biết", "tư", "", 0},
			{"công ty này", "ty", "", 0},
		},
	}
	for l, ts := range scans {
		scanTests[l] = append(scanTests[l], ts...)
	}
}
