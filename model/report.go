package model

import (
	"fmt"
	"strconv"
	"strings"
)

// report collects the problems of one validation run.
type report struct {
	problems Problems
}

func (r *report) add(sev Severity, rule, path, format string, args ...any) {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	r.problems = append(r.problems, Problem{Path: path, Message: msg, Severity: sev, Rule: rule})
}

func (r *report) errorf(rule, path, format string, args ...any) {
	r.add(SeverityError, rule, path, format, args...)
}

func (r *report) warnf(rule, path, format string, args ...any) {
	r.add(SeverityWarning, rule, path, format, args...)
}

// indexPath returns path[i].
func indexPath(path string, i int) string {
	b := make([]byte, 0, len(path)+6)
	b = append(b, path...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, ']')
	return string(b)
}

// formatNumber prints a number the way it would be typed, with an optional unit.
func formatNumber(f float64, unit string) string {
	s := strconv.FormatFloat(f, 'f', -1, 64)
	switch unit {
	case "":
		return s
	case "%":
		return s + "%"
	default:
		return s + " " + unit
	}
}

// rangeText describes an inclusive range: "20–2048", "0 or more", "at most 100".
func rangeText(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil:
		return formatNumber(*lo, "") + "–" + formatNumber(*hi, "")
	case lo != nil:
		return formatNumber(*lo, "") + " or more"
	case hi != nil:
		return "at most " + formatNumber(*hi, "")
	}
	return "any"
}

// oneOf lists allowed values for a message.
func oneOf(values []string) string {
	return strings.Join(values, ", ")
}

// caseHint suggests the allowed value that differs from v only in case, if any.
func caseHint(v string, allowed []string) string {
	for _, a := range allowed {
		if strings.EqualFold(a, v) {
			return fmt.Sprintf(" (did you mean %s?)", a)
		}
	}
	return ""
}

// Helpers for reading optional values in the hand-written rules.

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func isTrue(p *bool) bool  { return p != nil && *p }
func isFalse(p *bool) bool { return p != nil && !*p }
