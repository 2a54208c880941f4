package steps_test

import (
	"github.com/charmbracelet/huh"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestDiskHidingRules(t *testing.T) {
	tests := []struct {
		body           string
		level, iops, k bool
	}{
		{body: `{}`},
		{body: `{"scaling_group": {"system_disk_category": "cloud_essd"}}`, level: true},
		{body: `{"scaling_group": {"system_disk_category": "cloud_auto"}}`, iops: true},
		{body: `{"scaling_group": {"system_disk_encrypted": true}}`, k: true},
		{body: `{"scaling_group": {"system_disk_encrypted": false, "system_disk_category": "cloud_efficiency"}}`},
	}
	for _, tc := range tests {
		fx := newFixture(t, parseBody(t, tc.body))
		s := fx.step(t, forms.StepDisks)
		got := [3]bool{
			visible(t, s, "scaling_group.system_disk_performance_level"),
			visible(t, s, "scaling_group.system_disk_provisioned_iops"),
			visible(t, s, "scaling_group.system_disk_kms_key_id"),
		}
		if want := [3]bool{tc.level, tc.iops, tc.k}; got != want {
			t.Errorf("%s: level/iops/kms shown %v, want %v", tc.body, got, want)
		}
	}
}

func TestSystemDiskValidationComesFromTheModel(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepDisks)
	size, _ := field(t, s, "scaling_group.system_disk_size")
	for _, raw := range []string{"10", "4096", "x"} {
		typeInto(t, size, raw)
		want := model.CheckField(fx.np, "scaling_group.system_disk_size", raw).Errors()
		err := validate(size)
		if len(want) == 0 || err == nil || err.Error() != want[0].Message {
			t.Errorf("size %q: error %v, want the model's %v", raw, err, want)
		}
	}
	typeInto(t, size, "120")
	if err := validate(size); err != nil {
		t.Errorf("size 120 refused: %v", err)
	}
}

func TestDataDisksAreAnEditableList(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"data_disks": [{"category": "cloud_essd", "size": 200}]}}`))
	s := fx.step(t, forms.StepDisks)
	disks, _ := field(t, s, "scaling_group.data_disks")
	if got := disks.GetValue(); got != "cloud_essd,200" {
		t.Errorf("the existing disk shows as %q", got)
	}
	// Add a disk, edit the first, then remove it.
	typeInto(t, disks, "cloud_essd,300,PL2\ncloud_auto,100,bursting,iops=2000,name=scratch")
	fx.sync()
	want := `[{"category":"cloud_essd","performance_level":"PL2","size":300},{"bursting_enabled":true,"category":"cloud_auto","disk_name":"scratch","provisioned_iops":2000,"size":100}]`
	if got := jsonOf(t, fx.np.ScalingGroup.DataDisks); got != want {
		t.Errorf("after editing:\n got %s\nwant %s", got, want)
	}
	typeInto(t, disks, "cloud_auto,100,bursting,iops=2000,name=scratch")
	fx.sync()
	if n := len(fx.np.ScalingGroup.DataDisks); n != 1 {
		t.Errorf("after removing the first disk there are %d", n)
	}

	// A malformed line keeps the last good list and is reported as pending.
	typeInto(t, disks, "cloud_essd,100\ncloud_essd,big")
	fx.sync()
	pending := s.Pending()
	if len(pending) != 1 || pending[0].Path != "scaling_group.data_disks" || !strings.HasPrefix(pending[0].Message, "line 2") {
		t.Errorf("pending: %v", pending)
	}
	if n := len(fx.np.ScalingGroup.DataDisks); n != 1 {
		t.Errorf("the model took a malformed list: %d disks", n)
	}
	if err := validate(disks); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("the field does not name the bad line: %v", err)
	}

	// A well-formed line that breaks a rule gets the model's message with its line.
	typeInto(t, disks, "cloud_essd,100\ncloud_essd,10")
	probe := fx.np.Clone()
	probe.ScalingGroup.DataDisks = append(probe.ScalingGroup.DataDisks[:0], model.DataDisk{Category: ptr("cloud_essd"), Size: ptr(int64(100))}, model.DataDisk{Category: ptr("cloud_essd"), Size: ptr(int64(10))})
	var modelMsg string
	for _, p := range model.Validate(probe) {
		if p.Path == "scaling_group.data_disks[1].size" {
			modelMsg = p.Message
		}
	}
	if err := validate(disks); modelMsg == "" || err == nil || err.Error() != "line 2: "+modelMsg {
		t.Errorf("rule error %v, want line 2: %s", err, modelMsg)
	}
}

func TestDiskInitLines(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepDisks)
	init, _ := field(t, s, "scaling_group.disk_init")
	typeInto(t, init, "name=data1,mkfs=ext4,mount=/mnt/disk0,runtime")
	fx.sync()
	if got := jsonOf(t, fx.np.ScalingGroup.DiskInit); got != `[{"disk_name":"data1","mkfs_type":"ext4","mount_for_runtime":true,"mount_target":"/mnt/disk0"}]` {
		t.Errorf("disk init %s", got)
	}
	typeInto(t, init, "mkfs=ext4")
	if err := validate(init); err == nil {
		t.Error("a rule without disk_name is accepted")
	}
}

func TestFallbackCategoriesAndEncryption(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"system_disk_encrypted": true}}`))
	s := fx.step(t, forms.StepDisks)
	fallbacks, _ := field(t, s, "scaling_group.system_disk_categories")
	typeInto(t, fallbacks, "cloud_essd, cloud_efficiency")
	kms, _ := field(t, s, "scaling_group.system_disk_kms_key_id")
	typeInto(t, kms, "key-42")
	fx.sync()
	got := fx.np.ScalingGroup
	if jsonOf(t, got.SystemDiskCategories) != `["cloud_essd","cloud_efficiency"]` || got.SystemDiskKMSKeyID == nil || *got.SystemDiskKMSKeyID != "key-42" {
		t.Errorf("scaling group %s", jsonOf(t, got))
	}
}

func TestPresetChoiceDoesNotHideTheOptionsAbove(t *testing.T) {
	body := `{"scaling_group": {"system_disk_category": "cloud_auto"}}`
	fx := newFixture(t, parseBody(t, body))
	s := fx.step(t, forms.StepDisks)
	cat, _ := field(t, s, "scaling_group.system_disk_category")
	view := cat.View()
	for _, want := range []string{"(default: cloud_efficiency)", "cloud_ssd", "> cloud_auto"} {
		if !strings.Contains(view, want) {
			t.Errorf("the list does not show %q:\n%s", want, view)
		}
	}
	fx.sync()
	if got := *fx.np.ScalingGroup.SystemDiskCategory; got != "cloud_auto" {
		t.Errorf("the choice moved to %q", got)
	}
}

// TestPresetTicksSurviveFocus checks that preset values stay ticked and in the model
// when a multi-select gains and loses focus, and that the fallback categories keep
// their priority order.
func TestPresetTicksSurviveFocus(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"system_disk_categories": ["cloud_auto", "cloud_essd"]},
		"management": {"enable": true, "auto_vul_fix_policy": {"vul_level": "later"}}}`))
	for _, c := range []struct{ step, key string }{
		{forms.StepManagement, "management.auto_vul_fix_policy.vul_level"},
	} {
		f, _ := field(t, fx.step(t, c.step), c.key)
		f.Focus()
		f.Blur()
		if !strings.Contains(f.View(), "✓") {
			t.Errorf("%s does not show its ticks:\n%s", c.key, f.View())
		}
	}
	fx.sync()
	got := jsonOf(t, fx.np)
	for _, want := range []string{`"system_disk_categories":["cloud_auto","cloud_essd"]`, `"vul_level":"later"`} {
		if !strings.Contains(got, want) {
			t.Errorf("focus lost %s: %s", want, got)
		}
	}
}

// "?" is typed into text fields (f1 opens their help), so no text field may tell the
// user to press it.
func TestTextFieldsDoNotPromiseQuestionMarkHelp(t *testing.T) {
	fx := newFixture(t, nil)
	for _, s := range fx.steps {
		for _, g := range s.Groups {
			for _, f := range groupFields(g) {
				switch f.(type) {
				case *huh.Input, *huh.Text, interface{ IsTextArea() bool }:
				default:
					continue
				}
				if v := f.View(); strings.Contains(v, "Press ?") || strings.Contains(v, "? for") {
					t.Errorf("%s: a text field tells the user to press ?:\n%s", f.GetKey(), v)
				}
			}
		}
	}
}
