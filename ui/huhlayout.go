package ui

import (
	"reflect"

	"github.com/charmbracelet/bubbles/viewport"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
)

// huhLayout is where huh v1 keeps what pageView reads: the form's current group,
// each group's viewport (its lines, size and scroll offset) and width. huh does not
// export them, so their places are looked up by name once per wizard; ok is false
// when a huh release moved one, and pageView then leaves every page to huh.
// TestHuhLayoutIsLearned fails when that happens.
type huhLayout struct {
	ok bool

	quitting, formSelector, selIndex, selItems []int // in huh.Form and its selector
	viewport, groupWidth                       []int // in huh.Group
	vpWidth, vpHeight, vpYOffset, vpXOffset    []int // in viewport.Model
	vpHighPerf, vpLines, vpLongest             []int
	vpStyleProps                               []int // lipgloss.Style's set properties
}

// learnHuhLayout finds the fields by name.
func learnHuhLayout() huhLayout {
	var l huhLayout
	form := reflect.TypeOf(huh.Form{})
	group := reflect.TypeOf(huh.Group{})
	vp := reflect.TypeOf(viewport.Model{})
	style := reflect.TypeOf(lipgloss.Style{})
	ok := true
	find := func(t reflect.Type, name string, kind reflect.Kind) []int {
		f, found := t.FieldByName(name)
		if !found || f.Type.Kind() != kind {
			ok = false
			return nil
		}
		return f.Index
	}
	l.quitting = find(form, "quitting", reflect.Bool)
	l.formSelector = find(form, "selector", reflect.Pointer)
	if ok {
		sel := form.FieldByIndex(l.formSelector).Type.Elem()
		l.selIndex = find(sel, "index", reflect.Int)
		l.selItems = find(sel, "items", reflect.Slice)
	}
	l.viewport = find(group, "viewport", reflect.Struct)
	l.groupWidth = find(group, "width", reflect.Int)
	if ok && group.FieldByIndex(l.viewport).Type != vp {
		ok = false
	}
	l.vpWidth = find(vp, "Width", reflect.Int)
	l.vpHeight = find(vp, "Height", reflect.Int)
	l.vpYOffset = find(vp, "YOffset", reflect.Int)
	l.vpXOffset = find(vp, "xOffset", reflect.Int)
	l.vpHighPerf = find(vp, "HighPerformanceRendering", reflect.Bool)
	l.vpLines = find(vp, "lines", reflect.Slice)
	l.vpLongest = find(vp, "longestLineWidth", reflect.Int)
	styleField := find(vp, "Style", reflect.Struct)
	props := find(style, "props", reflect.Int64)
	if ok {
		l.vpStyleProps = append(append([]int(nil), styleField...), props...)
	}
	l.ok = ok
	return l
}
