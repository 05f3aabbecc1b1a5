package main

import "testing"

func TestIsCode(t *testing.T) {
	for _, c := range []struct {
		alt, name string
		want      bool
	}{
		{"ALA", "Almaty", true}, {"CAN", "Guangzhou", true}, {"YTO", "Toronto", true}, {"UAAA", "Almaty", true},
		{"RIO", "Rio de Janeiro", false}, {"SAO", "Sao Paulo", false}, {"NYC", "New York City", false},
		{"Ala", "Aalen", false}, {"UK", "United Kingdom", false}, {"ALMATY", "Almaty", false}, {"A1A", "Almaty", false},
	} {
		if got := isCode(c.alt, c.name); got != c.want {
			t.Errorf("isCode(%q, %q) = %v, want %v", c.alt, c.name, got, c.want)
		}
	}
}
