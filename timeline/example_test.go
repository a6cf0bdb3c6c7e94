package timeline_test

import (
	"fmt"

	"peninsula/timeline"
)

// Spans are written as in stories: a date at its precision, a range, an
// open end, an approximate or uncertain date.
func ExampleParseSpan() {
	for _, s := range []string{"1950-06-25/1953-07-27", "1980s", "~1998", "2004/..", "1953/1950"} {
		sp, err := timeline.ParseSpan(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(sp, sp.StartTime().Format("2006-01-02"), sp.EndTime().Format("2006-01-02"), sp.IsPoint())
	}
	// Output:
	// 1950-06-25/1953-07-27 1950-06-25 1953-07-28 false
	// 1980s 1980-01-01 1990-01-01 true
	// 1998~ 1998-01-01 1999-01-01 true
	// 2004/.. 2004-01-01 10000-01-01 false
	// bad date "1953/1950": range start 1953 is after end 1950
}
