package extract_test

import (
	"fmt"
	"testing"
)

// TestNordicClaims covers Danish, Finnish and Estonian, and the rules they
// needed: ranges with a bare link and no marker before the first number
// ("20–25 kalastajaa", "20 kuni 25 kalurit"), a number right before
// another that it is one of ("yksi kolmesta kuolleesta"), and a
// conjunction between two numbers that begins another clause for
// running totals ("96-ni ja üle 600 inimese").
func TestNordicClaims(t *testing.T) {
	checkFigs(t, []figCase{
		// Bare range links: a dash, Estonian "kuni"; years are no range.
		{"fi", "Myrskyn jälkeen kateissa on yhä 20–25 kalastajaa.", []fig{{"missing", 20, 25, "unspecified", "exact"}}},
		{"et", "Tormi järel on kadunud 20 kuni 25 kalurit.", []fig{{"missing", 20, 25, "unspecified", "exact"}}},
		{"da", "20-25 demonstranter blev anholdt.", []fig{{"detained", 20, 25, "protesters", "exact"}}},
		{"fi", "Vuosina 2014–2016 kuoli 300 ihmistä.", []fig{{"killed", 300, 300, "unspecified", "exact"}}},
		{"fi", "HJK voitti KuPSin 3–1 lauantaina.", nil},
		// "kuni" alone before a number is still "up to".
		{"et", "Kuni 40 migranti on endiselt kadunud.", []fig{{"missing", 40, 40, "unspecified", "up_to"}}},
		// One of the numbers that follows it at once counts no one.
		{"fi", "45-vuotias mies on yksi kolmesta kuolleesta.", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		{"et", "45-aastane mees on üks kolmest hukkunust.", []fig{{"killed", 3, 3, "unspecified", "exact"}}},
		// Case endings on digits and number words, partitive groups.
		{"fi", "Kumiluodit haavoittivat kahtakymmentäkolmea mielenosoittajaa.", []fig{{"injured", 23, 23, "protesters", "exact"}}},
		{"fi", "Taistelut ovat ajaneet kymmeniätuhansia siviilejä pakoon.", []fig{{"displaced", 20000, 99999, "civilians", "vague"}}},
		{"et", "Politsei pidas kinni 57 märatsejat; 14 politseinikku sai vigastada.",
			[]fig{{"detained", 57, 57, "attackers", "exact"}, {"injured", 14, 14, "security_forces", "exact"}}},
		// Singular subjects and objects with a figure verb and no number.
		{"et", "Politsei lasi maha ründaja.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"fi", "Poliisi ampui hyökkääjän kuoliaaksi.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		{"da", "Gerningsmanden blev skudt ihjel af politiet.", []fig{{"killed", 1, 1, "attackers", "exact"}}},
		// A frame around the number and its group.
		{"da", "Cyklonen kostede mindst tusind mennesker livet.", []fig{{"killed", 1000, -1, "unspecified", "at_least"}}},
		{"fi", "Isku vaati 23 sotilaan hengen.", []fig{{"killed", 23, 23, "security_forces", "exact"}}},
		// Hard negatives: votes, ages, money, a figurative kill verb.
		{"fi", "Hallitus tappoi esityksen valiokunnassa 17 äänellä 16:ta vastaan.", nil},
		{"et", "Valitsus eraldab taastamiseks 250 miljonit eurot.", nil},
		{"da", "En 45-årig mand blev afhørt som vidne.", nil},
	})
}

// TestNordicCumulative: a conjunction right between two numbers begins
// another clause, as a comma does; a marker before both covers both.
func TestNordicCumulative(t *testing.T) {
	checkCumulative(t, []cumCase{
		{"et", "Maavärinas hukkunute arv on tõusnud 96-ni ja üle 600 inimese on saanud vigastada.", []bool{true, false}},
		{"fi", "Kuolonuhrien määrä on noussut 96:een ja yli 600 ihmistä on loukkaantunut.", []bool{true, false}},
		{"da", "Dødstallet er steget til 96, og over 600 personer er kommet til skade.", []bool{true, false}},
		{"sv", "Hittills har 30 personer dödats och 40 skadats.", []bool{true, true}},
		{"et", "Kolm matkajat on pühapäevast saati teadmata kadunud.", []bool{false}},
	})
}

// TestNordicAttribution: postpositions of "according to" take the names
// before them (lexicon attribution.according_after), and a known source
// written in lower case after a capitalised genitive is that source.
func TestNordicAttribution(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"et", "Siseministeeriumi teatel hukkus Kiievis vähemalt seitse inimest.", "Ministry of Internal Affairs"},
		{"et", "Kiievis hukkus seitse inimest, politsei teatel.", "police"},
		{"fi", "Poliisin mukaan Kiovassa kuoli seitsemän ihmistä.", "police"},
		{"fi", "Ainakin 12 ihmistä kuoli, kertoi Afganistanin sisäministeriö.", "Ministry of Internal Affairs"},
		{"da", "Mindst 12 mennesker blev dræbt, oplyser Afghanistans indenrigsministerium.", "Ministry of Internal Affairs"},
		{"da", "Mindst 18 mennesker er omkommet, oplyser Røde Kors.", "Red Cross"},
	}
	for _, tt := range tests {
		r := run(t, tt.text, tt.lang)
		if len(r.Claims) == 0 {
			t.Errorf("%s %q: no claim", tt.lang, tt.text)
			continue
		}
		// The original source: whom the outlet cites, else who reports.
		c := r.Claims[0]
		got := c.ReportedBy
		if len(c.Citing) > 0 {
			got = c.Citing
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{tt.want}) {
			t.Errorf("%s %q: source %v, want %s", tt.lang, tt.text, got, tt.want)
		}
	}
}
