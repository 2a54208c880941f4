package forms

import (
	"reflect"
	"unsafe"

	"github.com/charmbracelet/huh"
)

// A bubbles text area makes its slice of lines room for its most lines, 10,000, on
// every SetValue: 240 KB of slice headers for a text of a few lines. The wizard has
// about twenty text areas, and a list's window loads its lines again as the view
// moves, so after a walk through the steps half the live heap was those slices.
// The view cache gives each slice back the room its lines need after every call
// that may load the text again; the area grows it again as lines are added, as it
// grows any slice that is full.

// spareLines is the room for new lines a trimmed slice keeps.
const spareLines = 16

// lineBufferOf reaches the slice of lines of the bubbles text area inside f (a huh
// text area, or a window over one); nil for other fields, or when huh or bubbles
// keep the lines otherwise.
func lineBufferOf(f huh.Field) *[][]rune {
	var t *huh.Text
	switch f := f.(type) {
	case *huh.Text:
		t = f
	case *windowText:
		t = f.text
	default:
		return nil
	}
	area, _, _ := textAreaOf(t)
	if area == nil {
		return nil
	}
	v := reflect.ValueOf(area).Elem().FieldByName("value")
	if !v.IsValid() || v.Type() != reflect.TypeOf([][]rune(nil)) {
		return nil
	}
	return (*[][]rune)(unsafe.Pointer(v.UnsafeAddr()))
}

// trimLines gives the slice of lines at buf (nil: none) back the room its lines
// need, with spareLines more, when it has much more. The lines themselves are
// shared, not copied.
func trimLines(buf *[][]rune) {
	if buf == nil {
		return
	}
	if lines := *buf; cap(lines) > len(lines)+2*spareLines {
		*buf = append(make([][]rune, 0, len(lines)+spareLines), lines...)
	}
}
