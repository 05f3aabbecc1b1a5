package lang

import "testing"

func TestDetect(t *testing.T) {
	d := Default()
	tests := []struct{ text, want string }{
		{"Victimele în rândul forțelor de securitate au crescut la 18 morți și 748 de răniți.", "ro"},
		{"Casualties among security officers rose to 18 dead and 748 wounded.", "en"},
		{"Two soldiers killed and one injured in an ambush.", "en"},
		{"Des dizaines de manifestants tués par la police.", "fr"},
		{"صلحبان روس وارد قزاقستان شدند و صلح روسی را به معترضان نشان دادند", "fa"},
		{"قتل 12 شخصا في اشتباكات بين الشرطة والمتظاهرين", "ar"},
		{"Погибли по меньшей мере 12 человек, сообщили в полиции.", "ru"},
		{"地震造成至少十八人死亡", "zh"},
		{"地震で少なくとも18人が死亡した", "ja"},
		{"Σκοτώθηκαν τουλάχιστον 12 άνθρωποι", "el"},
		{"कम से कम 12 लोगों की मौत हो गई", "hi"},
		{"Al menos 12 muertos en los enfrentamientos de la capital.", "es"},
		{"Mindestens zwölf Menschen wurden getötet.", "de"},
		{"Mindst tolv mennesker blev dræbt, oplyser politiet.", "da"},
		{"Poliisin mukaan ainakin kaksitoista ihmistä kuoli.", "fi"},
		{"Politsei teatel hukkus vähemalt kaksteist inimest.", "et"},
		{"Policija je saopćila da je poginulo najmanje dvanaest ljudi.", "hr"},
		{"Polícia uviedla, že zahynulo najmenej dvanásť ľudí.", "sk"},
		{"Policija je sporočila, da je umrlo najmanj dvanajst ljudi.", "sl"},
		{"Policijos duomenimis, žuvo mažiausiai dvylika žmonių.", "lt"},
		{"Policija ziņo, ka gājuši bojā vismaz divpadsmit cilvēki.", "lv"},
		{"Policie uvedla, že zemřelo nejméně dvanáct lidí.", "cs"},
		{"12 — 7", ""},
		{"?? ⚡", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got, _ := d.Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectWithPrior(t *testing.T) {
	d := Default()
	// A short Romanian heading that detectors misread on its own.
	if got, _ := d.DetectWithPrior("Imagini cu violențele din Kazahstan", "ro"); got != "ro" {
		t.Errorf("DetectWithPrior(heading, ro) = %q, want ro", got)
	}
	// A prior never overrides a clear answer.
	if got, _ := d.DetectWithPrior("The interior ministry said eighteen officers were killed on Thursday.", "ro"); got != "en" {
		t.Errorf("DetectWithPrior(English sentence, ro) = %q, want en", got)
	}
}

func TestCandidates(t *testing.T) {
	cs := Default().Candidates("4 dead in air raids", 4)
	if len(cs) < 2 {
		t.Fatalf("Candidates gave %v, want several for a short text", cs)
	}
	for i := 1; i < len(cs); i++ {
		if cs[i].Lang == cs[0].Lang {
			t.Errorf("Candidates repeats %s", cs[i].Lang)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	d := Default()
	text := "Casualties among security officers in Kazakhstan on Thursday rose to 18 dead and 748 wounded as authorities sought to quell unrest."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d.Detect(text)
	}
}
