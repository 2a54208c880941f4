package multipick

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestSelectionValues(t *testing.T) {
	s := &Selection{Sel: []string{"a", ManualValue, "b", "a"}, Manual: "c, b,,d"}
	if got, want := s.Values(), []string{"a", "b", "c", "d"}; !slices.Equal(got, want) {
		t.Errorf("Values = %v, want %v", got, want)
	}
	s.Sel = []string{"a"}
	if s.Typing() || !slices.Equal(s.Values(), []string{"a"}) {
		t.Errorf("without the hand-typed entry: typing %v, values %v", s.Typing(), s.Values())
	}
}

func TestPickOptions(t *testing.T) {
	spec := Spec{What: "key pairs", None: "(none)"}
	opts := PickOptions(spec, []Choice{{Value: "k1", Label: "k1 (ok)"}}, nil, []string{"old"})
	var values []string
	for _, o := range opts {
		values = append(values, o.Value)
	}
	if want := []string{"", "k1", "old", ManualValue}; !slices.Equal(values, want) {
		t.Errorf("values %v, want %v", values, want)
	}
	spec.Single = true
	opts = PickOptions(spec, nil, errors.New("throttled"), nil)
	last := opts[len(opts)-1]
	if last.Value != FailedValue || !strings.Contains(last.Key, "throttled") {
		t.Errorf("failed lookup entry %+v", last)
	}
	if first := CurrentFirst(opts, []string{""}); first[0].Value != "" {
		t.Errorf("CurrentFirst moved %q first", first[0].Value)
	}
}
