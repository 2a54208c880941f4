package model

import "testing"

// TestEmptyListItemsAreErrors checks that an empty string inside a string list (a hole
// left by an editor or a --set past the end) is reported at its index instead of being
// sent to the service as an ID.
func TestEmptyListItemsAreErrors(t *testing.T) {
	doc := `
nodepool_info: {name: np}
scaling_group:
  instance_charge_type: PostPaid
  vswitch_ids: [vsw-a, ""]
  instance_types: [ecs.g7.large, " "]
  security_group_ids: [""]
`
	np, err := Parse([]byte(doc), "holes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ps := Validate(np)
	for _, want := range []string{
		"scaling_group.vswitch_ids[1]",
		"scaling_group.instance_types[1]",
		"scaling_group.security_group_ids[0]",
	} {
		found := false
		for _, p := range ps {
			if p.Path == want && p.Severity == SeverityError && p.Rule != "" {
				found = true
			}
		}
		if !found {
			t.Errorf("no error at %s; got %+v", want, ps)
		}
	}
}
