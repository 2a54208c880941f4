package steps_test

import (
	"testing"

	"ackpool/forms/steps"
	"ackpool/model"
)

// TestFieldTableNamesTheStepOfEveryField keeps the field table's step column true: each
// request field a step shows is a row whose step is that step, and each row with a
// title is shown by its step.
func TestFieldTableNamesTheStepOfEveryField(t *testing.T) {
	shown := map[string]string{}
	for _, s := range steps.Build(&model.NodePool{}, nil) {
		for _, keys := range s.Keys {
			for _, k := range keys {
				fi, ok := model.Field(k)
				if !ok {
					continue // a wizard key such as region or login_method
				}
				shown[fi.Path] = s.ID
				if fi.Step != s.ID {
					t.Errorf("%s is shown on step %s, but the field table says step %q", fi.Path, s.ID, fi.Step)
				}
			}
		}
	}
	for _, fi := range model.Fields() {
		if fi.Title != "" && shown[fi.Path] == "" {
			t.Errorf("%s has a title in the field table but no step shows it", fi.Path)
		}
	}
}
