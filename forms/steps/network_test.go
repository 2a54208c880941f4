package steps_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

func TestLoginMethodShowsKeyPairOrPassword(t *testing.T) {
	tests := []struct {
		body          string
		key, password bool
	}{
		{body: `{}`},
		{body: `{"scaling_group": {"key_pair": "ops-key"}}`, key: true},
		{body: `{"scaling_group": {"login_password": "Secret-123"}}`, password: true},
	}
	for _, tc := range tests {
		fx := newFixture(t, parseBody(t, tc.body))
		s := fx.step(t, forms.StepNetwork)
		got := [2]bool{visible(t, s, "scaling_group.key_pair"), visible(t, s, "scaling_group.login_password")}
		if want := [2]bool{tc.key, tc.password}; got != want {
			t.Errorf("%s: key pair/password shown %v, want %v", tc.body, got, want)
		}
	}
}

func TestPasswordIsMaskedCheckedAndDroppedForAKeyPair(t *testing.T) {
	fx := newFixture(t, parseBody(t, `{"scaling_group": {"login_password": "Secret-123"}}`))
	s := fx.step(t, forms.StepNetwork)
	pw, _ := field(t, s, "scaling_group.login_password")
	if view := pw.View(); strings.Contains(view, "Secret-123") {
		t.Errorf("the password shows in clear:\n%s", view)
	}
	if view := pw.View(); !strings.Contains(view, "at least three of") {
		t.Errorf("the strength rules are not shown:\n%s", view)
	}
	typeInto(t, pw, "short")
	want := model.CheckField(fx.np, "scaling_group.login_password", "short").Errors()
	if err := validate(pw); len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("weak password: error %v, want the model's %v", err, want)
	}
	typeInto(t, pw, "Better-Pass1")
	if err := validate(pw); err != nil {
		t.Errorf("strong password refused: %v", err)
	}
	fx.sync()
	if got := fx.np.ScalingGroup.LoginPassword; got == nil || *got != "Better-Pass1" {
		t.Fatalf("password not synced: %v", got)
	}

	method, _ := field(t, s, "login_method")
	press(method, keyUp) // password -> key pair
	keySel, kg := field(t, s, "scaling_group.key_pair")
	settle(kg)
	press(keySel, keyDown) // (none) -> ops-key
	fx.sync()
	sg := fx.np.ScalingGroup
	if sg == nil || sg.LoginPassword != nil || sg.KeyPair == nil || *sg.KeyPair != "ops-key" {
		t.Errorf("after switching to a key pair: %s", jsonOf(t, sg))
	}
}

func TestSecurityGroupsAndPublicIP(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepNetwork)
	sgs, g := field(t, s, "scaling_group.security_group_ids")
	settle(g)
	press(sgs, keyDown, toggle, keyDown, toggle)
	if visible(t, s, "scaling_group.internet_max_bandwidth_out") {
		t.Error("bandwidth shown without a public IP billing mode")
	}
	charge, _ := field(t, s, "scaling_group.internet_charge_type")
	press(charge, keyDown, keyDown) // (default) -> PayByBandwidth -> PayByTraffic
	if !visible(t, s, "scaling_group.internet_max_bandwidth_out") {
		t.Error("bandwidth hidden with a public IP")
	}
	bw, _ := field(t, s, "scaling_group.internet_max_bandwidth_out")
	typeInto(t, bw, "101")
	want := model.CheckField(fx.np, "scaling_group.internet_max_bandwidth_out", "101").Errors()
	if err := validate(bw); len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("bandwidth 101: %v, want the model's %v", err, want)
	}
	typeInto(t, bw, "20")
	fx.sync()
	sg := fx.np.ScalingGroup
	if !slices.Equal(sg.SecurityGroupIDs, []string{"sg-web0002", "sg-db0003"}) || *sg.InternetChargeType != "PayByTraffic" || *sg.InternetMaxBandwidthOut != 20 {
		t.Errorf("network %s", jsonOf(t, sg))
	}
}

func TestImageTypesFromTheCatalogOrTheReference(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepNetwork)
	img, g := field(t, s, "scaling_group.image_type")
	settle(g)
	if got := optionValues(img); !slices.Equal(got, []string{"", "AliyunLinux3", "AliyunLinux3Arm64", "ContainerOS", "Windows"}) {
		t.Errorf("catalog image types %q", got)
	}
	fx2 := newFixture(t, nil)
	fx2.cat.Fail("ImageTypes", errors.New("boom"))
	s2 := fx2.step(t, forms.StepNetwork)
	img2, g2 := field(t, s2, "scaling_group.image_type")
	settle(g2)
	fi, _ := model.Field("scaling_group.image_type")
	if got := optionValues(img2); len(got) != len(fi.Enum)+1 {
		t.Errorf("fallback image types %q, want the reference's %d", got, len(fi.Enum))
	}
}

func TestManagementPoliciesShowOnlyWhenManaged(t *testing.T) {
	fx := newFixture(t, nil)
	s := fx.step(t, forms.StepManagement)
	for _, k := range []string{"management.auto_repair", "management.auto_repair_policy.restart_node", "management.auto_vul_fix_policy.vul_level", "management.upgrade_config.surge"} {
		if visible(t, s, k) {
			t.Errorf("%s shown on an unmanaged pool", k)
		}
	}
	enable, _ := field(t, s, "management.enable")
	press(enable, keyRight) // inline: (default) -> on
	for _, k := range []string{"management.auto_repair", "management.auto_repair_policy.restart_node", "management.auto_vul_fix_policy.vul_level", "management.auto_upgrade_policy.auto_upgrade_os", "management.upgrade_config.surge"} {
		if !visible(t, s, k) {
			t.Errorf("%s hidden on a managed pool", k)
		}
	}
	repair, _ := field(t, s, "management.auto_repair")
	press(repair, keyRight, keyRight) // (default) -> on -> off
	if visible(t, s, "management.auto_repair_policy.restart_node") {
		t.Error("repair policy shown with auto repair off")
	}
	levels, _ := field(t, s, "management.auto_vul_fix_policy.vul_level")
	press(levels, toggle, keyDown, toggle)
	surge, _ := field(t, s, "management.upgrade_config.surge")
	pct, _ := field(t, s, "management.upgrade_config.surge_percentage")
	typeInto(t, surge, "2")
	typeInto(t, pct, "50")
	fx.sync()
	want := model.CheckField(fx.np, "management.upgrade_config.surge_percentage", "50").Errors()
	if err := validate(pct); len(want) == 0 || err == nil || err.Error() != want[0].Message {
		t.Errorf("surge and percentage together: %v, want the model's %v", err, want)
	}
	typeInto(t, pct, "")
	fx.sync()
	got := jsonOf(t, fx.np.Management)
	wantJSON := `{"auto_repair":false,"auto_vul_fix_policy":{"vul_level":"asap,later"},"enable":true,"upgrade_config":{"surge":2}}`
	if got != wantJSON {
		t.Errorf("management\n got %s\nwant %s", got, wantJSON)
	}
}
