package link_test

import (
	"fmt"
	"os"

	"peninsula/link"
	"peninsula/timeline"
)

// The moment of the armistice in the built-in Korea story: the events
// current then, the passages that tell of them and the places they concern.
func ExampleLinker_At() {
	m, err := link.LoadMap()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	s, _ := link.LoadStory("", m)
	l := link.NewLinker(s)
	d, _ := timeline.ParseDate("1953-07-27")
	moment := l.At(d.Start())
	for _, i := range moment.Events {
		fmt.Println("event:", l.Event(i).ID)
	}
	fmt.Println("passages:", len(moment.Passages))
	fmt.Println("places:", moment.Places)
	// Output:
	// event: dprk-founded
	// event: korean-war
	// event: armistice
	// passages: 5
	// places: [kor prk chn usa pyongyang panmunjom mdl]
}

// A story place and the map feature that shows it.
func ExampleExplainer_Feature() {
	m, _ := link.LoadMap()
	s, _ := link.LoadStory("", m)
	e := link.New(m, s)
	fmt.Println(e.Feature("colonial-korea"), e.Place("korea"))
	labels, _ := e.Labels(link.Korean, "")
	fmt.Println(labels["dokdo"])
	labels, notes := e.Labels(link.English, "jpn")
	fmt.Println(labels["dokdo"])
	fmt.Println(notes["dokdo"])
	// Output:
	// korea colonial-korea
	// 독도 / 다케시마
	// Takeshima
	// Takeshima is the name used in Japan; South Korea uses Dokdo. South Korea and Japan both claim the islands.
}

// Which map layers are hidden in 1947: the armistice line and the
// Kaesong complex are to come, Korea under Japanese rule is over.
func ExampleLayers_Hidden() {
	m, _ := link.LoadMap()
	s, _ := link.LoadStory("", m)
	d, _ := timeline.ParseDate("1947")
	fmt.Println(link.NewLayers(s, m).Hidden(d.Start(), nil))
	// Output:
	// [panmunjom kaesong mdl korea]
}
