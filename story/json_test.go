package story

import "testing"

func TestPlaceLinksJSON(t *testing.T) {
	st := loadGood(t)
	tests := []struct {
		id, want, err string
	}{
		{id: "kor", want: `{
  "place": {
    "id": "kor",
    "name": "South Korea"
  },
  "sections": [
    {
      "id": "start",
      "title": "How did the war start?"
    }
  ],
  "passages": [
    {
      "id": "start-1",
      "section": "start",
      "text": "On 25 June 1950 the North invaded the South; Seoul fell within days."
    }
  ]
}
`},
		{id: "atlantis", err: `unknown place "atlantis"`},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			got, err := st.PlaceLinksJSON(tc.id)
			if tc.err != "" {
				if err == nil || err.Error() != tc.err {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

func TestPlaceLinksJSONUnlinked(t *testing.T) {
	st, _ := Parse("t.story.md", []byte(testFront), Options{})
	got, err := st.PlaceLinksJSON("seoul")
	if err != nil {
		t.Fatal(err)
	}
	want := "{\n  \"place\": {\n    \"id\": \"seoul\",\n    \"name\": \"Seoul\"\n  },\n  \"sections\": [],\n  \"passages\": []\n}\n"
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
