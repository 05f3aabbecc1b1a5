package fold

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Guinea-Bissau", "guinea bissau"},
		{"Brașov", "brasov"},
		{"Braşov", "brasov"},
		{"Київ", "київ"},
		{"Алматы", "алматы"},
		{"ΑΘΉΝΑ", "αθηνα"},
		{"北京市", "北京市"},
		{"Almaty'de", "almaty de"},
		{"ایران", "ايران"},
		{"İstanbul", "istanbul"},
		{"", ""},
		{"\xff\xfe", ""},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFirstToken(t *testing.T) {
	for _, tc := range []struct {
		in    string
		n, fl int
	}{
		{"new york", 2, 3},
		{"almaty", 1, 6},
		{"北京市", 3, 3},
		{"a b d", 3, 1},
	} {
		n, fl := FirstToken(tc.in)
		if n != tc.n || fl != tc.fl {
			t.Errorf("FirstToken(%q) = %d, %d, want %d, %d", tc.in, n, fl, tc.n, tc.fl)
		}
	}
}

func TestTokensHashtag(t *testing.T) {
	s := "#KazakhstanProtest în Almaty"
	toks := Tokens(s)
	if len(toks) != 4 || toks[0].Key != "kazakhstan" || s[toks[0].Start:toks[0].End] != "Kazakhstan" || !toks[0].Hashtag || toks[2].Hashtag {
		t.Errorf("Tokens(%q) = %+v", s, toks)
	}
}
