package steps_test

import (
	"encoding/json"
	"testing"

	"ackpool/presets"
)

// Opening a built-in preset in the wizard and walking through it unchanged must send
// exactly the preset's body: no field of a shown or folded section is dropped.
func TestBuiltinPresetsSurviveTheForms(t *testing.T) {
	all, err := presets.Builtins()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range all {
		t.Run(p.Name, func(t *testing.T) {
			want, err := json.Marshal(p.Request)
			if err != nil {
				t.Fatal(err)
			}
			fx := newFixture(t, p.Request)
			fx.sync()
			got, err := json.Marshal(fx.np)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != string(want) {
				t.Errorf("the forms changed the preset:\n got %s\nwant %s", got, want)
			}
		})
	}
}
