module peninsula

go 1.26.0

require (
	fyne.io/fyne/v2 v2.7.1 // indirect
	github.com/goccy/go-yaml v1.19.2 // indirect
	github.com/paulmach/orb v0.14.0 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/image v0.48.0 // indirect
)
