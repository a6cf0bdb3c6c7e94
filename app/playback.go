package app

import (
	"time"

	"fyne.io/fyne/v2"

	"peninsula/timeline"
)

// legDuration is how long playback takes to glide from one event to the
// next.
const legDuration = 2 * time.Second

// Player plays the story: it moves the State's time through the events in
// order, gliding from each to the next in legDuration with an ease-in-out
// curve, and stops after the last.
type Player struct {
	State    *State
	Schedule *timeline.Schedule
	// OnChange is told when playback starts or stops.
	OnChange func(playing bool)

	anim     *fyne.Animation
	from, to time.Time
	playing  bool
	// start runs an animation; tests replace it to drive advance by hand
	// (Fyne's test driver finishes animations at once).
	start func(*fyne.Animation)
}

// Playing reports whether the player is playing.
func (p *Player) Playing() bool { return p.playing }

// Toggle plays or pauses.
func (p *Player) Toggle() {
	if p.playing {
		p.Stop()
	} else {
		p.Play()
	}
}

// Play starts from the current time (from the first event if the time is
// at or past the last).
func (p *Player) Play() {
	if p.Schedule == nil || len(p.Schedule.Items) == 0 {
		return
	}
	if p.Schedule.Next(p.State.Time()) < 0 {
		first, _ := p.Schedule.Interval(0)
		p.State.SetTime(first, FromPlayback)
	}
	p.playing = true
	if p.OnChange != nil {
		p.OnChange(true)
	}
	p.leg()
}

// Stop pauses where the time is now.
func (p *Player) Stop() {
	if p.anim != nil {
		p.anim.Stop()
		p.anim = nil
	}
	if p.playing {
		p.playing = false
		if p.OnChange != nil {
			p.OnChange(false)
		}
	}
}

// leg starts the glide to the next event, or stops at the end.
func (p *Player) leg() {
	next := p.Schedule.Next(p.State.Time())
	if next < 0 {
		p.Stop()
		return
	}
	p.from = p.State.Time()
	p.to, _ = p.Schedule.Interval(next)
	p.anim = fyne.NewAnimation(legDuration, p.advance)
	p.anim.Curve = fyne.AnimationEaseInOut
	if p.start != nil {
		p.start(p.anim)
	} else {
		p.anim.Start()
	}
}

// advance is the animation's tick: f runs from 0 to 1 along the leg.
func (p *Player) advance(f float32) {
	if !p.playing {
		return
	}
	d := p.to.Sub(p.from)
	p.State.SetTime(p.from.Add(time.Duration(float64(d)*float64(f))), FromPlayback)
	if f >= 1 {
		p.leg()
	}
}
