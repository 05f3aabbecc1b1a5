package cluster

import (
	"strings"
	"time"
)

// layouts are the time formats accepted in Document.Published, Claim.Time
// and EventMention.Time, most specific first.
var layouts = []string{
	time.RFC3339Nano,
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"2006-01-02",
	"2006-01",
	"2006",
}

// parseTime reads a time as the pipeline writes it. A range "A/B" reads as
// its end, the latest time it vouches for.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = strings.TrimSpace(s[i+1:])
	}
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range layouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// parseSpan reads a time or a range "A/B" as a span of days.
func parseSpan(s string) (start, end int64, ok bool) {
	s = strings.TrimSpace(s)
	first, last := s, s
	if i := strings.IndexByte(s, '/'); i >= 0 {
		first, last = s[:i], s[i+1:]
	}
	a, okA := parseTime(first)
	b, okB := parseTime(last)
	switch {
	case okA && okB:
		start, end = dayNumber(a), dayNumber(b)
		if end < start {
			start, end = end, start
		}
		return start, end, true
	case okA:
		return dayNumber(a), dayNumber(a), true
	case okB:
		return dayNumber(b), dayNumber(b), true
	}
	return 0, 0, false
}

// dayNumber is the calendar date of t, as written in t's own zone, counted
// in days from 1970-01-01. A report dated "2022-01-06T23:30+06:00" is about
// 6 January, as its author saw it.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// dayString formats a day number as YYYY-MM-DD.
func dayString(day int64) string {
	return time.Unix(day*86400, 0).UTC().Format("2006-01-02")
}

// instant orders times: the parsed time in nanoseconds since the epoch, or
// the smallest value when the time is missing or unreadable, so that an
// undated report never counts as the latest.
func instant(s string) int64 {
	t, ok := parseTime(s)
	if !ok {
		return minInstant
	}
	return t.UnixNano()
}

const minInstant = -1 << 63
