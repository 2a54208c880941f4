package forms

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"ackpool/model"
)

// labelLine reads "k=v" as a label, for the binder's tests.
var labelLine = LineCodec[model.Label]{Syntax: "key=value",
	Parse: func(line string) (model.Label, error) {
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			return model.Label{}, errors.New("no =")
		}
		return model.Label{Key: &k, Value: &v}, nil
	},
	Format: func(l model.Label) string { return Deref(l.Key) + "=" + Deref(l.Value) },
}

// A list's sync gives every request a list of its own, writes it again only when
// the lines changed or the request holds another list, and puts the lines back
// when the request's list was replaced.
func TestListSyncGivesEachRequestItsOwnList(t *testing.T) {
	a, b1 := "a", "1"
	start := &model.NodePool{KubernetesConfig: &model.KubernetesConfig{Labels: []model.Label{{Key: &a, Value: &b1}}}}
	b := NewBinder(start, &Env{Headless: true})
	val, _ := lines(b, model.PathKubernetesConfigLabels, labelLine)
	labelsOf := func(np *model.NodePool) []model.Label { return np.KubernetesConfig.Labels }

	one, two := &model.NodePool{}, &model.NodePool{}
	b.sync(one)
	held := &labelsOf(one)[0]
	b.sync(one)
	if &labelsOf(one)[0] != held {
		t.Errorf("an unchanged list was written again")
	}
	b.sync(two)
	if !reflect.DeepEqual(labelsOf(one), labelsOf(start)) || !reflect.DeepEqual(labelsOf(two), labelsOf(start)) {
		t.Fatalf("synced %v and %v, want %v", labelsOf(one), labelsOf(two), labelsOf(start))
	}
	if &labelsOf(one)[0] == &labelsOf(two)[0] || &labelsOf(one)[0] == &labelsOf(start)[0] {
		t.Fatalf("two requests share one list")
	}

	other := "other"
	one.KubernetesConfig.Labels = []model.Label{{Key: &other}}
	b.sync(one)
	if got := Deref(labelsOf(one)[0].Key); got != "a" {
		t.Errorf("after the request's list was replaced, sync wrote %q, want the lines' a", got)
	}

	val.replace(0, 1, []string{"a=2", "b=3"})
	b.sync(one)
	if got := FormatLines(labelLine, labelsOf(one)); got != "a=2\nb=3" {
		t.Errorf("after a change, the request holds %q", got)
	}
}
