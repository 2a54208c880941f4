package ui

import (
	"reflect"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
)

// pageView draws the current page of the step's form exactly as huh's Form.View
// does, for less: huh pads and wraps every line of the page through lipgloss on every
// frame, although the lines of the fields it did not touch are the same as before.
// pageView reads the page's lines from huh's viewport (which the form filled in its
// last Update, from the fields' kept views), pads each to the page's width with a
// measure kept per line, and adds the page's header (kept per page and width) and
// footer. Whatever it cannot reproduce exactly (a zoomed field, a line wider than the
// page, tabs, a style left open at a line's end, hyperlinks) is left to huh.
// TestPageViewIsHuhsView compares the two on every page of every step.
type pageView struct {
	layout huhLayout
	// lines are the page lines seen lately as the viewport draws them: cut to and
	// padded to lineWidth cells, "" for a line left to huh; cut says whether huh's
	// viewport cut them (a line of the page was wider than the viewport)
	lines     map[string]string
	lineWidth int
	cut       bool

	// the header of the page drawn last, and the page and width it is for
	headerOf    *huh.Group
	headerWidth int
	header      string
}

// newPageView learns where huh keeps the page state (see huhLayout).
func newPageView() pageView {
	return pageView{layout: learnHuhLayout(), lines: map[string]string{}}
}

// maxKeptLines bounds the page lines kept; the map starts over when full.
const maxKeptLines = 4096

// view draws f, whose groups are groups; it falls back to f.View() when it cannot
// draw the page exactly as huh would.
func (p *pageView) view(f *huh.Form, groups []*huh.Group, theme *huh.Theme) string {
	if s, ok := p.draw(f, groups, theme); ok {
		return s
	}
	return f.View()
}

// draw is view without the fallback.
func (p *pageView) draw(f *huh.Form, groups []*huh.Group, theme *huh.Theme) (string, bool) {
	if !p.layout.ok || f.State != huh.StateNormal {
		return "", false
	}
	fv := reflect.ValueOf(f).Elem()
	if fv.FieldByIndex(p.layout.quitting).Bool() {
		return "", false
	}
	sel := fv.FieldByIndex(p.layout.formSelector).Elem()
	idx := int(sel.FieldByIndex(p.layout.selIndex).Int())
	items := sel.FieldByIndex(p.layout.selItems)
	if idx < 0 || idx >= len(groups) || items.Len() != len(groups) || items.Index(idx).Pointer() != reflect.ValueOf(groups[idx]).Pointer() {
		return "", false
	}
	g := groups[idx]
	if focused := f.GetFocusedField(); focused == nil || focused.Zoom() {
		return "", false
	}
	gv := reflect.ValueOf(g).Elem()
	vp := gv.FieldByIndex(p.layout.viewport)
	w, h := int(vp.FieldByIndex(p.layout.vpWidth).Int()), int(vp.FieldByIndex(p.layout.vpHeight).Int())
	if w <= 0 || h <= 0 || vp.FieldByIndex(p.layout.vpHighPerf).Bool() ||
		vp.FieldByIndex(p.layout.vpXOffset).Int() != 0 || vp.FieldByIndex(p.layout.vpStyleProps).Int() != 0 {
		return "", false
	}
	if cut := int(vp.FieldByIndex(p.layout.vpLongest).Int()) > w; cut != p.cut || w != p.lineWidth {
		clear(p.lines)
		p.cut, p.lineWidth = cut, w
	}
	lines := vp.FieldByIndex(p.layout.vpLines)
	yOffset := int(vp.FieldByIndex(p.layout.vpYOffset).Int())
	top := max(0, yOffset)
	bottom := min(max(yOffset+h, top), lines.Len())
	top = min(top, bottom)

	var b strings.Builder
	b.Grow(h*(w+1) + 256)
	if gw := int(gv.FieldByIndex(p.layout.groupWidth).Int()); g != p.headerOf || gw != p.headerWidth {
		p.headerOf, p.headerWidth, p.header = g, gw, g.Header()
	}
	if header := p.header; header != "" {
		b.WriteString(header)
		b.WriteByte('\n')
	}
	body := max(bottom-top, 1)
	for row := 0; row < h; row++ {
		line := ""
		if row < body && top+row < bottom {
			line = lines.Index(top + row).String()
		}
		drawn := p.line(line)
		if drawn == "" {
			return "", false
		}
		if row > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(drawn)
	}
	page := b.String()
	if footer := g.Footer(); footer != "" {
		page += "\n\n" + footer
	}
	page = strings.TrimSuffix(page, " ") // huh trims one space off the page's last part
	return theme.Form.Base.Render(page), true
}

// line is a page line as huh's viewport draws it (cut to the viewport when a line of
// the page is wider, then padded to its width), worked out once per line; "" when
// huh's lipgloss pass could change it beyond that: a tab, a carriage return, a
// hyperlink, or a style still open at its end.
func (p *pageView) line(line string) string {
	if drawn, ok := p.lines[line]; ok {
		return drawn
	}
	drawn := ""
	cut := line
	if p.cut {
		cut = ansi.Cut(line, 0, p.lineWidth)
	}
	if plainLine(cut) {
		if w := ansi.StringWidth(cut); w <= p.lineWidth {
			drawn = cut + strings.Repeat(" ", p.lineWidth-w)
		}
	}
	if len(p.lines) >= maxKeptLines {
		clear(p.lines)
	}
	p.lines[line] = drawn
	return drawn
}

// plainLine reports whether padding is all lipgloss would do to line at a width it
// fits in: no tab or carriage return, no hyperlink, and every style it sets closed by
// a reset at its end.
func plainLine(line string) bool {
	if strings.ContainsAny(line, "\t\r") || strings.Contains(line, "\x1b]") {
		return false
	}
	last := strings.LastIndex(line, "\x1b[")
	if last < 0 {
		return true
	}
	rest := line[last:]
	return strings.HasPrefix(rest, "\x1b[0m") || strings.HasPrefix(rest, "\x1b[m")
}
