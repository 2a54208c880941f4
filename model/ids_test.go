package model

import (
	"strings"
	"testing"
)

func TestResourceIDShapes(t *testing.T) {
	cases := map[string]struct {
		set  string
		path string // where the problem is reported; "" when valid
		want string // part of the message
	}{
		"index typed for a vSwitch":    {set: "scaling_group.vswitch_ids=1,3", path: "scaling_group.vswitch_ids[0]", want: "vsw- followed by lowercase letters and digits"},
		"second vSwitch malformed":     {set: "scaling_group.vswitch_ids=vsw-a,vsw B", path: "scaling_group.vswitch_ids[1]", want: `"vsw B" is not a vSwitch ID`},
		"security group with spaces":   {set: "scaling_group.security_group_ids=0LgO1P2Kva3 l/A", path: "scaling_group.security_group_ids[0]", want: "sg- followed by"},
		"deprecated single group":      {set: "scaling_group.security_group_id=sg-UPPER", path: "scaling_group.security_group_id", want: "security group ID"},
		"resource group":               {set: "nodepool_info.resource_group_id=default", path: "nodepool_info.resource_group_id", want: "rg- followed by"},
		"prefix alone":                 {set: "scaling_group.deploymentset_id=ds-", path: "scaling_group.deploymentset_id", want: "deployment set ID"},
		"data disk snapshot":           {set: "scaling_group.data_disks[0].snapshot_id=snap-1", path: "scaling_group.data_disks[0].snapshot_id", want: "s- followed by"},
		"private pool of either kind":  {set: "scaling_group.resource_pool_options.private_pool_ids=eap-abc,crp-def,xyz", path: "scaling_group.resource_pool_options.private_pool_ids[2]", want: "eap- or crp-"},
		"image with control character": {set: "scaling_group.image_id=m-\x1b]0;x", path: "scaling_group.image_id", want: "image ID"},
		"good vSwitches":               {set: "scaling_group.vswitch_ids=vsw-bp1s5fnvk4gn2tws03ms,vsw-2ze0example0002"},
		"good KMS key (UUID)":          {set: "scaling_group.system_disk_kms_key_id=0e478b7a-4262-4802-b8cb-00d3fb408df2"},
		"good image name":              {set: "scaling_group.image_id=aliyun_3_x64_20G_alibase_20240819.vhd"},
		"good custom image":            {set: "scaling_group.image_id=m-bp1gtsbnnjmqjw2ks7d8"},
		"good snapshot policy":         {set: "scaling_group.system_disk_snapshot_policy_id=sp-0jl6xnmme8v7o935"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			np := baseRequest(t)
			mustSet(t, np, tc.set)
			var got *Problem
			for _, p := range Validate(np) {
				if p.Rule == idRule {
					got = &p
					break
				}
			}
			switch {
			case tc.path == "" && got != nil:
				t.Fatalf("valid IDs reported: %+v", *got)
			case tc.path == "":
			case got == nil:
				t.Fatalf("no %s problem for %s", idRule, tc.set)
			case got.Path != tc.path || !strings.Contains(got.Message, tc.want) || got.Severity != SeverityError:
				t.Fatalf("got %s %q (%s), want %s containing %q", got.Path, got.Message, got.Severity, tc.path, tc.want)
			}
		})
	}
}

func TestCheckFieldReportsMalformedIDsLive(t *testing.T) {
	ps := CheckField(baseRequest(t), "scaling_group.vswitch_ids", "1,3")
	if len(ps) != 2 || ps[0].Rule != idRule || ps[1].Path != "scaling_group.vswitch_ids[1]" {
		t.Fatalf("problems %+v", ps)
	}
}

func TestValidateRegionID(t *testing.T) {
	for region, valid := range map[string]bool{
		"": true, "cn-hangzhou": true, "ap-southeast-1": true, "cn-shanghai-finance-1": true, "eu-central-1": true,
		"b3 I4?4xU237e": false, "CN-HANGZHOU": false, "cn_hangzhou": false, "hangzhou": false, "cn-": false, "cn-hangzhou\x1b[2J": false,
	} {
		ps := ValidateRegionID(region)
		if (len(ps) == 0) != valid {
			t.Errorf("%q: problems %+v, want valid=%v", region, ps, valid)
		}
		if !valid && (ps[0].Path != "RegionId" || !strings.Contains(ps[0].Message, "e.g. cn-hangzhou")) {
			t.Errorf("%q: %+v", region, ps[0])
		}
	}
}

func TestHelpNotesCarryNoProvenanceRemarks(t *testing.T) {
	for _, fi := range Fields() {
		if strings.Contains(fi.Notes, "observed") {
			t.Errorf("%s: note %q", fi.Path, fi.Notes)
		}
	}
	if fi, _ := Field("nodepool_info.name"); !strings.Contains(fi.Notes, "InvalidParameter.Name otherwise)") {
		t.Errorf("the name's note lost its content: %q", fi.Notes)
	}
}
