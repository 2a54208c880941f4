package presets

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"ackpool/model"
)

func TestFromNodePoolDetail(t *testing.T) {
	raw, err := os.ReadFile("testdata/nodepool-detail.json")
	if err != nil {
		t.Fatal(err)
	}
	np, notices, err := FromNodePoolDetail(raw, []string{"web", "web-copy", "db"})
	if err != nil {
		t.Fatal(err)
	}
	if got := *np.NodepoolInfo.Name; got != "web-copy-2" {
		t.Errorf("name = %q, want web-copy-2", got)
	}
	sg := np.ScalingGroup
	if sg.LoginPassword != nil {
		t.Error("login_password copied")
	}
	if strings.Join(sg.VSwitchIDs, ",") != "vsw-bp1one,vsw-bp1two" || strings.Join(sg.SecurityGroupIDs, ",") != "sg-bp1aaa,sg-bp1bbb" {
		t.Errorf("IDs not kept: %v %v", sg.VSwitchIDs, sg.SecurityGroupIDs)
	}
	if sg.SecurityGroupID != nil || sg.Platform != nil {
		t.Errorf("deprecated echoes kept: security_group_id %v, platform %v", sg.SecurityGroupID, sg.Platform)
	}
	if sg.InternetMaxBandwidthOut != nil || sg.KeyPair != nil || sg.Period != nil || sg.RDSInstances != nil {
		t.Error("empty echoes kept")
	}
	if *sg.DesiredSize != 3 || *sg.SystemDiskSize != 120 || *sg.DataDisks[0].Encrypted != "false" {
		t.Error("settings lost")
	}
	if np.KubernetesConfig.UserData == nil {
		t.Error("user data should be kept in memory for the clone")
	}
	if np.NodeComponents[0].Config.CustomConfig["cpuManagerPolicy"] != "none" {
		t.Errorf("node component config lost: %+v", np.NodeComponents)
	}
	if np.Management.UpgradeConfig == nil || *np.Management.UpgradeConfig.MaxUnavailable != 1 {
		t.Errorf("upgrade_config.max_unavailable lost: %+v", np.Management.UpgradeConfig)
	}
	// read-only keys are gone: the request marshals without them
	data, _ := json.Marshal(np)
	for _, key := range []string{"nodepool_id", "scaling_group_id", "ram_policy", "status", "config_revision", "is_default", "region_id", "created"} {
		if strings.Contains(string(data), `"`+key+`"`) {
			t.Errorf("read-only key %s copied: %s", key, data)
		}
	}
	all := ""
	for _, n := range notices {
		all += n.String() + "\n"
	}
	for _, want := range []string{"login_password", "nodepool_info.nodepool_id", "status", "renamed"} {
		if !strings.Contains(all, want) {
			t.Errorf("notices do not mention %s:\n%s", want, all)
		}
	}
	if probs := model.Validate(np).Errors(); len(probs) > 0 {
		t.Errorf("the clone does not validate: %v", probs)
	}
}

func TestFromNodePoolDetailRejectsGarbage(t *testing.T) {
	if _, _, err := FromNodePoolDetail([]byte("[1,2]"), nil); err == nil {
		t.Error("accepted a JSON array")
	}
}

func TestUniqueName(t *testing.T) {
	tests := map[string]struct {
		base  string
		taken []string
		want  string
	}{
		"free":         {"web", []string{"db"}, "web"},
		"taken":        {"web", []string{"web"}, "web-copy"},
		"copy taken":   {"web", []string{"web", "web-copy"}, "web-copy-2"},
		"several gone": {"web", []string{"web", "web-copy", "web-copy-2", "web-copy-3"}, "web-copy-4"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := UniqueName(tt.base, tt.taken); got != tt.want {
				t.Errorf("UniqueName = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCloneLeavesTheOwnershipTagOut: a pool ackpool created carries its ownership tag;
// the clone keeps the person's tags but not that one, and says so.
func TestCloneLeavesTheOwnershipTagOut(t *testing.T) {
	raw := []byte(`{"nodepool_info":{"name":"web"},"scaling_group":{"tags":[{"key":"team","value":"web"},{"key":"` + model.OwnerTagKey + `","value":"0123abcd"}]}}`)
	np, notices, err := FromNodePoolDetail(raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	if tags := np.ScalingGroup.Tags; len(tags) != 1 || *tags[0].Key != "team" {
		t.Fatalf("tags %+v, want only team", tags)
	}
	found := false
	for _, n := range notices {
		found = found || n.Path == "scaling_group.tags" && strings.Contains(n.Message, model.OwnerTagKey)
	}
	if !found {
		t.Fatalf("notices %+v lack the left-out tag", notices)
	}
}
