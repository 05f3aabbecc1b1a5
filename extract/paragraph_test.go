package extract_test

import "testing"

// TestParagraphRules covers rules found missing by a blind test on news
// paragraphs (en fr es pt it de nl ro sv el id sw): clauses with numbers
// of their own, "among" terms, ages, years, zero and times.
func TestParagraphRules(t *testing.T) {
	checkFigs(t, []figCase{
		// Past a comma, a number with people and a verb of its own opens
		// another clause: the earlier number does not reach its verb.
		{"en", "The agency raised the death toll to 41, including nine children, and said 12 people were still unaccounted for.", []fig{
			{"killed", 41, 41, "unspecified", "exact"}, {"killed", 9, 9, "children", "exact"},
			{"missing", 12, 12, "unspecified", "exact"}}},
		{"it", "I vigili del fuoco hanno estratto vivi dalle macerie 11 persone, mentre due anziani sono morti.", []fig{
			{"killed", 2, 2, "unspecified", "exact"}}},
		// An aside closed by a comma is no clause of its own.
		{"fr", "Cinq exilés, dont une fillette de sept ans, sont morts dans la nuit.", []fig{
			{"killed", 5, 5, "unspecified", "exact"}, {"killed", 1, 1, "children", "exact"}}},
		{"en", "Fourteen people, including three children, drowned.", []fig{
			{"killed", 14, 14, "unspecified", "exact"}, {"killed", 3, 3, "children", "exact"}}},
		// A figure verb that governs a number after it is not the verb
		// of a number before it.
		{"es", "La explosión obligó a confinar a 80.000 vecinos y a evacuar a otros 300.", []fig{
			{"evacuated", 300, 300, "unspecified", "exact"}}},
		// "Among the dead was a …": a copula between an "among" term and
		// a singular noun, an age before the noun, "also" after the verb.
		{"en", "Among the dead was a police officer, officials said.", []fig{
			{"killed", 1, 1, "security_forces", "exact"}}},
		{"en", "Among the injured was a 15-year-old girl.", []fig{
			{"injured", 1, 1, "children", "exact"}}},
		{"es", "Entre los fallecidos hay un policía y un menor de 16 años.", []fig{
			{"killed", 1, 1, "security_forces", "exact"}, {"killed", 1, 1, "children", "exact"}}},
		{"ro", "Printre cei reținuți se află și patru minori.", []fig{
			{"detained", 4, 4, "children", "exact"}}},
		// An article counts one of a singular noun only.
		{"en", "Police detained 318 people, a police spokeswoman said.", []fig{
			{"detained", 318, 318, "unspecified", "exact"}}},
		// A "not" phrase negates its own clause, or its term's.
		{"en", "Among those held are 11 minors, a lawyer said, adding that 40 had been released.", []fig{
			{"detained", 11, 11, "children", "exact"}}},
		{"de", "Die Feuerwehr rückte zu 14 Einsätzen aus, verletzt wurde niemand.", nil},
		// A number in words after a time is a count; a year after "in" is
		// a year; zero counts no one; a number its own figure noun follows
		// is no agent.
		{"en", "UPDATE 21:15 - Seventeen people were crushed to death in a stampede.", []fig{
			{"killed", 17, 17, "unspecified", "exact"}}},
		{"en", "A similar tremor in 2011 killed 96 people.", []fig{
			{"killed", 96, 96, "unspecified", "exact"}}},
		{"sv", "Ingen har gripits.", nil},
		{"de", "Am Morgen war noch von 890 Toten die Rede gewesen.", []fig{
			{"killed", 890, 890, "unspecified", "exact"}}},
		// A term after an article that counts no one leaves no breakdown
		// for the next number.
		{"it", "Una scossa di magnitudo 5,2 ha colpito l'Appennino: i soccorritori hanno estratto 11 persone.", nil},
	})
}
