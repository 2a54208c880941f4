package presets_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"ackpool/model"
	"ackpool/presets"
)

// The review screen's "save as preset": save, and when the name is taken ask the
// person, then save again with Overwrite.
func ExampleStore_Save() {
	dir, _ := os.MkdirTemp("", "presets")
	defer os.RemoveAll(dir)
	store := presets.NewStore(filepath.Join(dir, "presets"))

	np := &model.NodePool{ScalingGroup: &model.ScalingGroup{InstanceTypes: []string{"ecs.g7.xlarge"}}}
	np.ScalingGroup.LoginPassword = new(string)
	*np.ScalingGroup.LoginPassword = "Not-On-Disk-1"

	_, notices, _ := store.Save("web", "front end", np, presets.SaveOptions{})
	for _, n := range notices {
		fmt.Println("note:", n.Path)
	}
	_, _, err := store.Save("web", "front end v2", np, presets.SaveOptions{})
	if errors.Is(err, presets.ErrExists) {
		fmt.Println("exists; asking before overwriting")
		meta, _, _ := store.Save("web", "front end v2", np, presets.SaveOptions{Overwrite: true})
		fmt.Println("saved", meta.Name, "-", meta.Description)
	}
	// Output:
	// note: scaling_group.login_password
	// exists; asking before overwriting
	// saved web - front end v2
}

// The review screen's diff against the preset the session started from.
func ExampleDiff() {
	base, _ := presets.Builtin("general-purpose")
	current := base.Request.Clone()
	_ = model.SetPath(current, "scaling_group.desired_size", "5")
	_ = model.SetPath(current, "scaling_group.vswitch_ids", "vsw-a,vsw-b")
	for _, c := range presets.Diff(base.Request, current) {
		fmt.Println(c)
	}
	// Output:
	// ~ scaling_group.desired_size: 2 -> 5
	// + scaling_group.vswitch_ids[0]: "vsw-a"
	// + scaling_group.vswitch_ids[1]: "vsw-b"
}

// Autosaving the draft: only the wake-up of the last change in a burst saves.
func ExampleDebouncer() {
	d := presets.NewDebouncer(0)
	first := d.Changed()  // keystroke: schedule tea.Tick(d.Delay, ...) with this ticket
	second := d.Changed() // another keystroke before the first tick fires
	fmt.Println(d.Due(first), d.Due(second))
	d.Saved()
	fmt.Println(d.Pending())
	// Output:
	// false true
	// false
}
