package model

import (
	"reflect"
	"testing"
)

// TestEachFieldIsFields requires EachField to yield the entries Fields lists, in the
// same order, and to stop when the loop breaks.
func TestEachFieldIsFields(t *testing.T) {
	var got []FieldInfo
	for fi := range EachField {
		got = append(got, fi)
	}
	if want := Fields(); !reflect.DeepEqual(got, want) {
		t.Fatalf("EachField yields %d entries, Fields lists %d (or in another order)", len(got), len(want))
	}
	n := 0
	for range EachField {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Fatalf("the loop went on after break: %d", n)
	}
}
