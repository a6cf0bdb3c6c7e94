package timeline

import "testing"

// TestLabel: dates and spans as people read them.
func TestLabel(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1950-06-25", "25 Jun 1950"},
		{"1950-06", "Jun 1950"},
		{"1950", "1950"},
		{"1980s", "1980s"},
		{"1945~", "c. 1945"},
		{"1945?", "1945?"},
		{"1945%", "c. 1945?"},
		{"1950-06-25/1953-07-27", "25 Jun 1950 – 27 Jul 1953"},
		{"../1945-08-14", "until 14 Aug 1945"},
		{"1953-07-27/..", "from 27 Jul 1953"},
	}
	for _, tc := range tests {
		sp, err := ParseSpan(tc.in)
		if err != nil {
			t.Fatalf("%s: %v", tc.in, err)
		}
		if got := sp.Label(); got != tc.want {
			t.Errorf("%s: Label() = %q, want %q", tc.in, got, tc.want)
		}
	}
}
