package ui

import (
	"errors"
	"strings"

	"ackpool/api"
	"ackpool/model"
	"ackpool/termtext"
)

// verdictRule marks a problem that the service reported, not the offline rules.
const verdictRule = "service"

// verdict is the service's refusal of one field's value. It stays on that field, on
// its step and on the review, until the value changes: the offline rules may find
// nothing wrong with a name the cluster already has.
type verdict struct {
	problem model.Problem
	shown   string // what the field held when it was refused
}

// newVerdict reads the field a rejection is about; ok is false when the error names
// no field.
func (m *Model) newVerdict(err error) (verdict, bool) {
	var e *api.Error
	if !errors.As(err, &e) {
		return verdict{}, false
	}
	path := e.Field()
	if path == "" {
		return verdict{}, false
	}
	msg := "the service refused this value (" + termtext.Line(e.Code) + "): " + termtext.Line(e.Message)
	return verdict{
		problem: model.Problem{Path: path, Message: msg, Severity: model.SeverityError, Rule: verdictRule},
		shown:   m.fieldText(path),
	}, true
}

// fieldText is what the field at path (never "") holds now, as the body shows it: the
// lines of the previewed body at or under path (the cluster ID, which is not in the
// body, as chosen on the Target step).
func (m *Model) fieldText(path string) string {
	if path == model.PathClusterID {
		return m.target.ClusterID
	}
	var b strings.Builder
	for _, l := range m.preview.lines {
		if model.Covers(path, l.path) {
			b.WriteString(strings.TrimSpace(l.text))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// applyVerdict keeps the service's refusal among the problems while the field still
// holds the refused value, and forgets it once the value changed. It runs after every
// update of the preview, so when that update rewrote no line of the field (a key
// typed elsewhere), the field still holds what the last check found.
func (m *Model) applyVerdict() {
	v := m.sub.verdict
	if v == nil {
		return
	}
	unchanged := v.problem.Path != model.PathClusterID && !m.preview.editedUnder(v.problem.Path)
	if !unchanged && m.fieldText(v.problem.Path) != v.shown {
		m.sub.verdict = nil
		return
	}
	m.problems = errorsFirst(append(m.problems, v.problem))
}
