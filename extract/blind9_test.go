package extract_test

import "testing"

// TestBlindNineClaims covers the rules a blind test of da, fi, et, lt, lv,
// hr, sk, sl and kk asked for: a singular group noun coordinated with a
// counted one ("three police officers and the attacker"), a figure verb
// said of things ("will kill hundreds of small shops"), compound number
// words that open with a number word of two letters ("toogtredive"), a
// negative noun and a group noun after a qualifier written after the
// number ("1 200-ден астам үйден", "40-қа дейін мигрант"), and the
// lexicon terms they go with (shelters, dash ranges).
func TestBlindNineClaims(t *testing.T) {
	checkFigs(t, []figCase{
		// The verb of a number counts a singular noun joined to its group,
		// after it or before them both.
		{"en", "Three police officers and the attacker were killed in the shootout.", []fig{
			{"killed", 3, 3, "security_forces", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"da", "Tre betjente og gerningsmanden blev dræbt i skudvekslingen.", []fig{
			{"killed", 3, 3, "security_forces", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"fi", "Kaksi sotilasta ja siviili haavoittui iskussa.", []fig{
			{"injured", 2, 2, "security_forces", "exact"}, {"injured", 1, 1, "civilians", "exact"}}},
		{"lt", "Susišaudymo metu žuvo trys policininkai ir užpuolikas.", []fig{
			{"killed", 3, 3, "security_forces", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		{"sk", "Zranení boli dvaja policajti a novinár.", []fig{
			{"injured", 2, 2, "security_forces", "exact"}, {"injured", 1, 1, "journalists", "exact"}}},
		{"kk", "Атыс кезінде үш полицей мен шабуылдаушы қаза тапты.", []fig{
			{"killed", 3, 3, "security_forces", "exact"}, {"killed", 1, 1, "attackers", "exact"}}},
		// Not when the noun goes on with another verb, or there is no
		// figure verb.
		{"en", "The attack killed three soldiers and the commander said it was a warning.", []fig{
			{"killed", 3, 3, "security_forces", "exact"}}},
		{"da", "Tre betjente og gerningsmanden var til stede under retsmødet.", nil},
		// A figure verb whose number counts shops, firms or jobs, past an
		// adjective, counts no one.
		{"da", "Den nye afgift vil slå hundredvis af små butikker ihjel.", nil},
		{"fi", "Uusi vero tappaa satoja pieniä kivijalkakauppoja.", nil},
		{"lv", "Krīze nogalināja desmitiem mazo uzņēmumu.", nil},
		{"sl", "Novi davek bo ubil na stotine malih trgovin.", nil},
		{"kk", "Жаңа тарифтер жүздеген шаруа қожалығын өлтіреді.", nil},
		// But two words between are an adverbial, not adjectives.
		{"sw", "Mamlaka ziliwakamata watu 1,250 mwishoni mwa wiki.", []fig{
			{"detained", 1250, 1250, "unspecified", "exact"}}},
		// Compound number words that open with "to", "en".
		{"da", "Toogtyve personer blev anholdt, og enogtredive blev såret.", []fig{
			{"detained", 22, 22, "unspecified", "exact"}, {"injured", 31, 31, "unspecified", "exact"}}},
		// After a qualifier written after the number: a negative noun
		// (houses), a group noun that widens the reach of the verb.
		{"kk", "Су басқан 1 200-ден астам үйден тұрғындар уақытша орналастыру пункттеріне көшірілді.", nil},
		{"kk", "Қайықтағы 40-қа дейін мигрант әлі де хабар-ошарсыз.", []fig{
			{"missing", 40, 40, "unspecified", "up_to"}}},
		// People in shelters are displaced; dash ranges need no marker.
		{"fi", "Noin 600 ihmistä on majoitettu hätämajoitukseen.", []fig{{"displaced", 600, 600, "unspecified", "about"}}},
		{"hr", "U prihvatnim centrima smješteno je 1.100 ljudi.", []fig{{"displaced", 1100, 1100, "unspecified", "exact"}}},
		{"lv", "Par pazudušiem tiek uzskatīti 150–200 migranti.", []fig{{"missing", 150, 200, "unspecified", "exact"}}},
		{"sk", "Zranených bolo 20 až 25 ľudí.", []fig{{"injured", 20, 25, "unspecified", "exact"}}},
	})
}
