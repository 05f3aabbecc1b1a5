package geo

import "testing"

func TestAnnouncesTown(t *testing.T) {
	for before, want := range map[string]bool{
		"call the City of ": true, "dans la ville de ": true, "la ville d'": true, "în orașul ": true,
		"CITY OF ": true, "в городе ": true, "در شهر ": true, "la ciudad del ": true,
		"in ": false, "city": false, "the city's ": false, "of ": false, "la ville d' ": false,
		"": false, "electricity of ": false, "village ": true,
	} {
		if got := announcesTown(before); got != want {
			t.Errorf("announcesTown(%q) = %v, want %v", before, got, want)
		}
	}
}
