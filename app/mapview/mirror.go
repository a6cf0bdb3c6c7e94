package mapview

// Mirror makes maps a and b show one view, as when two moments are
// compared side by side: a pan, zoom or reset of either, by the user or by
// a call, moves the other to the same centre and zoom (each keeps its own
// size). A drag of one is a drag of both: the other's base map is moved
// with it and rendered when the drag ends, as its own would be.
func Mirror(a, b *MapView) {
	a.mirrors = append(a.mirrors, b)
	b.mirrors = append(b.mirrors, a)
	b.follow(a)
}

// Unmirror stops a and b following each other.
func Unmirror(a, b *MapView) {
	a.mirrors = remove(a.mirrors, b)
	b.mirrors = remove(b.mirrors, a)
}

func remove(ms []*MapView, m *MapView) []*MapView {
	out := ms[:0]
	for _, x := range ms {
		if x != m {
			out = append(out, x)
		}
	}
	return out
}

// follow takes o's view, keeping v's own size, and tells v's watchers
// (not its mirrors: o is one of them).
func (v *MapView) follow(o *MapView) {
	vp := o.vp
	if v.vp.Width > 0 && v.vp.Height > 0 {
		vp = vp.Resize(v.vp.Width, v.vp.Height)
	}
	vp = v.clamp(vp)
	if vp == v.vp && v.moved == o.moved && v.dragging == o.dragging {
		return
	}
	v.vp, v.moved, v.dragging, v.wheelAt = vp, o.moved, o.dragging, o.wheelAt
	v.Refresh()
	for _, f := range v.onView {
		f()
	}
}
