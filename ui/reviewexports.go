package ui

import (
	"bytes"
	"fmt"
	"strings"

	"ackpool/export"
	"ackpool/presets"
)

// reviewShow is what the review viewport shows besides the body and the aliyun
// command (those two are the review screen's own toggle).
type reviewShow int

const (
	showDefault   reviewShow = iota // the body or the aliyun command
	showTerraform                   // the Terraform resource
	showDiff                        // the changes from the origin
)

// toggleShow flips the viewport between what and the body.
func (m *Model) toggleShow(what reviewShow) {
	if m.reuse.show == what {
		m.reuse.show = showDefault
	} else {
		m.reuse.show, m.review.showCommand = what, false
	}
	m.review.input.Placeholder = "nodepool" + m.exportFormatExt()
	m.setReviewContent()
	m.review.body.GotoTop()
}

// exportFormat is the format the viewport shows, which "save" writes.
func (m *Model) exportFormat() export.Format {
	switch {
	case m.reuse.show == showTerraform:
		return export.Terraform
	case m.review.showCommand && m.reuse.show == showDefault:
		return export.Aliyun
	}
	return export.JSON
}

// exportFormatExt is the file extension suggested for the shown format.
func (m *Model) exportFormatExt() string {
	switch m.exportFormat() {
	case export.Terraform:
		return ".tf"
	case export.Aliyun:
		return ".sh"
	}
	return ".json"
}

// exportText renders the request in format f for the current target, secrets masked.
func (m *Model) exportText(f export.Format) string {
	var b bytes.Buffer
	if err := export.Render(&b, f, export.Target{ClusterID: m.target.ClusterID, RegionID: m.target.Region}, m.np, export.Options{}); err != nil {
		return "cannot render " + string(f) + ": " + err.Error()
	}
	return strings.TrimRight(b.String(), "\n")
}

// exportBytes is what "save" writes: the shown format, secrets masked.
func (m *Model) exportBytes() []byte {
	return []byte(m.exportText(m.exportFormat()))
}

// diffText lists the changes from the preset or pool the request started from.
func (m *Model) diffText() string {
	o := m.reuse.origin
	var from string
	switch o.Kind {
	case presets.OriginPreset:
		from = "preset " + o.Preset
	case presets.OriginPool:
		from = "pool " + o.NodepoolID + " of cluster " + o.ClusterID
	default:
		return m.styles.Title.Render("Changes") + "\n\n" + m.styles.Muted.Render("Started blank: there is nothing to compare with. The body is the whole change.")
	}
	if m.reuse.base == nil {
		why := firstNonEmpty(m.reuse.baseErr, "still loading")
		return m.styles.Title.Render("Changes from "+from) + "\n\n" + m.styles.Warning.Render("! not available: "+why)
	}
	changes := presets.Diff(m.reuse.base, m.np)
	title := m.styles.Title.Render("Changes from "+from) + m.styles.Muted.Render(fmt.Sprintf("  %d · + added  - removed  ~ changed", len(changes)))
	lines := []string{title, ""}
	if len(changes) == 0 {
		lines = append(lines, m.styles.Muted.Render("no changes"))
	}
	for _, c := range changes {
		st := m.styles.Value
		switch c.Kind {
		case presets.Added:
			st = m.styles.OK
		case presets.Removed:
			st = m.styles.Error
		}
		lines = append(lines, st.Render(c.String()))
	}
	return strings.Join(lines, "\n")
}

// renderReviewScreen is the review screen, or the save-as-preset dialog over it.
func (m *Model) renderReviewScreen() string {
	if m.reuse.dialog.open {
		return m.renderPresetDialog() + "\n\n" + m.helpLine()
	}
	return m.renderReview()
}
