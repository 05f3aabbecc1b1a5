package extract_test

import (
	"fmt"
	"testing"
)

// TestTelegraphicRules covers rules found missing by a blind test on
// headlines, posts and live-blog lines (en fr es pt it de nl ro sv el id
// sw): earlier tolls, "600+", a Spanish or Romanian object marker after the
// verb, headline verbs in the present tense and anniversaries.
func TestTelegraphicRules(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []fig
		cumulative []bool // per claim, in order
	}{
		// An earlier or competing toll after a marker that opens an aside
		// is a figure of the kind before it, never a running total; a
		// marker ending in "by" ("de", "von") makes no agent of it.
		{"en", "Officials said 41 people were still missing, down from 56.", []fig{
			{"missing", 41, 41, "unspecified", "exact"}, {"missing", 56, 56, "unspecified", "exact"}}, []bool{false, false}},
		{"es", "La cifra de muertos asciende a 30, frente a los 22 del martes.", []fig{
			{"killed", 30, 30, "unspecified", "exact"}, {"killed", 22, 22, "unspecified", "exact"}}, []bool{true, false}},
		{"ro", "Numărul morților a crescut la 12, față de 9 anunțați inițial.", []fig{
			{"killed", 12, 12, "unspecified", "exact"}, {"killed", 9, 9, "unspecified", "exact"}}, []bool{true, false}},
		{"de", "Die Zahl der Verletzten stieg auf 40, zuvor war von 25 die Rede.", []fig{
			{"injured", 40, 40, "unspecified", "exact"}, {"injured", 25, 25, "unspecified", "exact"}}, []bool{true, false}},
		// After a semicolon, which ends a sentence here, too.
		{"pt", "A Defesa Civil confirma 14 mortos; antes eram 11.", []fig{
			{"killed", 14, 14, "unspecified", "exact"}, {"killed", 11, 11, "unspecified", "exact"}}, []bool{false, false}},
		// Without punctuation before it the marker is a preposition.
		{"fr", "Les jihadistes ont tué 20 soldats lors d'attaques contre 3 villages.", []fig{
			{"killed", 20, 20, "security_forces", "exact"}}, nil},
		// A plus sign glued to the number is "more than"; not before a number.
		{"en", "#PrayForNepal 300+ dead after the quake", []fig{
			{"killed", 300, -1, "unspecified", "more_than"}}, nil},
		// The personal "a" and "pe" introduce the verb's object: the number
		// before the verb counts its agents.
		{"es", "Dos pistoleros mataron a cinco personas en un bar.", []fig{
			{"killed", 5, 5, "unspecified", "exact"}}, nil},
		{"ro", "Trei atacatori au rănit pe doi jandarmi.", []fig{
			{"injured", 2, 2, "security_forces", "exact"}}, nil},
		// Headline words: "held" after a number, present-tense totals.
		{"en", "Four held after clashes in Leeds", []fig{
			{"detained", 4, 4, "unspecified", "exact"}}, nil},
		{"de", "Zahl der Toten nach Erdrutsch steigt auf 80", []fig{
			{"killed", 80, 80, "unspecified", "exact"}}, []bool{true}},
		// "Since" alone opens no running total: "ten years since the
		// quake that killed 300"; nor does a toll ("bilan") alone.
		{"sw", "Miaka 10 tangu tetemeko lililoua watu 300.", []fig{
			{"killed", 300, 300, "unspecified", "exact"}}, []bool{false}},
		{"fr", "Le bilan provisoire fait état de 6 morts.", []fig{
			{"killed", 6, 6, "unspecified", "exact"}}, []bool{false}},
	}
	for _, tt := range tests {
		r := run(t, tt.text, tt.lang)
		if got := figs(r); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("[%s] %q\n got  %v\n want %v", tt.lang, tt.text, got, tt.want)
		}
		if tt.cumulative == nil {
			continue
		}
		var got []bool
		for _, c := range r.Claims {
			got = append(got, c.Cumulative)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.cumulative) {
			t.Errorf("[%s] %q: cumulative %v, want %v", tt.lang, tt.text, got, tt.cumulative)
		}
	}
}
