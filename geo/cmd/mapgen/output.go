package main

import (
	"bytes"
	"strconv"

	"github.com/paulmach/orb"
)

// Place is a labelled point in features.geojson.
type Place struct {
	ID, Name, Kind string
	Lon, Lat       float64
}

// Places are the point features: coordinates compiled by the project from
// public facts.
var Places = []Place{
	{"seoul", "Seoul", "capital", 126.9780, 37.5665},
	{"pyongyang", "Pyongyang", "capital", 125.7545, 39.0194},
	{"beijing", "Beijing", "capital", 116.3975, 39.9055},
	{"tokyo", "Tokyo", "capital", 139.7671, 35.6812},
	{"taipei", "Taipei", "capital", 121.5170, 25.0478},
	{"vladivostok", "Vladivostok", "place", 131.8855, 43.1155},
	{"panmunjom", "Panmunjom", "place", 126.6775, 37.9556},
	{"kaesong", "Kaesong Industrial Complex", "place", 126.61, 37.94},
	{"yasukuni", "Yasukuni Shrine", "place", 139.7436, 35.6941},
	{"dokdo", "Dokdo / Takeshima", "place", 131.8667, 37.2417},
	{"yellow-sea", "Yellow Sea", "sea", 123.8, 35.8},
	{"east-sea", "East Sea / Sea of Japan", "sea", 134.5, 40.0},
}

func num(b *bytes.Buffer, v float64) {
	b.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
}

func str(b *bytes.Buffer, s string) {
	b.WriteString(strconv.Quote(s)) // ids and names are plain ASCII
}

func point(b *bytes.Buffer, p orb.Point) {
	b.WriteByte('[')
	num(b, p[0])
	b.WriteByte(',')
	num(b, p[1])
	b.WriteByte(']')
}

func line(b *bytes.Buffer, ls []orb.Point) {
	b.WriteByte('[')
	for i, p := range ls {
		if i > 0 {
			b.WriteByte(',')
		}
		point(b, p)
	}
	b.WriteByte(']')
}

func props(b *bytes.Buffer, kv ...string) {
	b.WriteString(`"properties":{`)
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		str(b, kv[i])
		b.WriteByte(':')
		str(b, kv[i+1])
	}
	b.WriteByte('}')
}

// featureCollection joins pre-rendered features, one per line.
func featureCollection(features [][]byte) []byte {
	var b bytes.Buffer
	b.WriteString("{\"type\":\"FeatureCollection\",\"features\":[\n")
	for i, f := range features {
		b.Write(f)
		if i < len(features)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("]}\n")
	return b.Bytes()
}

// FeaturesGeoJSON renders the places and the Military Demarcation Line.
func FeaturesGeoJSON(places []Place, mdl orb.MultiLineString) []byte {
	var feats [][]byte
	for _, p := range places {
		var b bytes.Buffer
		b.WriteString(`{"type":"Feature",`)
		props(&b, "id", p.ID, "name", p.Name, "kind", p.Kind)
		b.WriteString(`,"geometry":{"type":"Point","coordinates":`)
		point(&b, orb.Point{p.Lon, p.Lat})
		b.WriteString("}}")
		feats = append(feats, b.Bytes())
	}
	var b bytes.Buffer
	b.WriteString(`{"type":"Feature",`)
	props(&b, "id", "mdl", "name", "Military Demarcation Line", "kind", "line")
	if len(mdl) == 1 {
		b.WriteString(`,"geometry":{"type":"LineString","coordinates":`)
		line(&b, mdl[0])
	} else {
		b.WriteString(`,"geometry":{"type":"MultiLineString","coordinates":[`)
		for i, ls := range mdl {
			if i > 0 {
				b.WriteByte(',')
			}
			line(&b, ls)
		}
		b.WriteByte(']')
	}
	b.WriteString("}}")
	feats = append(feats, b.Bytes())
	return featureCollection(feats)
}
