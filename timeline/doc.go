// Package timeline owns time in Peninsula: dates as authors write them
// (EDTF-style, with year, month, day or decade precision and approximate or
// uncertain qualifiers), ranges of dates (Span), eras, the time scale of the
// timeline view and its scrub state.
//
// Dates are parsed with ParseDate and ranges with ParseSpan; both accept the
// forms listed in docs/story-format.md. All instants are in UTC.
package timeline
