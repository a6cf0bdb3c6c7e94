// Package timeline owns time in Peninsula: dates as authors write them
// (EDTF-style, with year, month, day or decade precision and approximate or
// uncertain qualifiers), ranges of dates (Span), the time scale of a
// timeline view with its adaptive ticks (Scale), and the schedule that says
// which events are current at an instant (Schedule).
//
// Dates are parsed with ParseDate and ranges with ParseSpan; both accept the
// forms listed in docs/story-format.md. All instants are in UTC.
package timeline
