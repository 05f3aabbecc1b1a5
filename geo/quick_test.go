package geo

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {
	t0 := time.Now()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load %v, %d places, %d keys", time.Since(t0), g.Len(), len(g.index))
	for _, s := range []string{
		"Protestele din Kazahstan s-au extins. Autoritățile Kazahstanului au declarat starea de urgență în Almaty.",
		"В Алматы и Казахстане прошли протесты.",
		"Almaty'de protestolar #KazakhstanProtest #Almaty",
		"اعتراضات در قزاقستان و بالقاهرة",
		"哈萨克斯坦阿拉木图发生抗议",
		"The boy died in Tulungagung, East Java province, in Indonesia. Holmes says the U.N. hopes Kenya's situation",
		"Joliet, Ill. police said the U.S. and Georgia were involved.",
	} {
		for _, m := range g.Places(s, "", Context{}) {
			t.Logf("%q -> %s %s %s %.2f,%.2f", m.Surface, m.Name, m.Country, m.Precision, m.Lat, m.Lon)
		}
	}
}
