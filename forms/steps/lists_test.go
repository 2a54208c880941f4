package steps

import (
	"encoding/json"
	"strings"
	"testing"

	"ackpool/forms"
	"ackpool/model"
)

// js renders v as compact JSON for comparisons.
func js(t *testing.T, v any) string {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestTaintLines(t *testing.T) {
	tests := []struct {
		name, text, want, wantErr string
	}{
		{name: "full", text: "gpu=true:NoSchedule", want: `[{"effect":"NoSchedule","key":"gpu","value":"true"}]`},
		{name: "no value", text: "dedicated:NoExecute", want: `[{"effect":"NoExecute","key":"dedicated"}]`},
		{name: "no effect", text: "team=data", want: `[{"key":"team","value":"data"}]`},
		{name: "several with blanks and comments", text: "a=1:NoSchedule\n\n# note\nb=2:PreferNoSchedule",
			want: `[{"effect":"NoSchedule","key":"a","value":"1"},{"effect":"PreferNoSchedule","key":"b","value":"2"}]`},
		{name: "bad effect names the line", text: "a=1:NoSchedule\nb=2:Never", wantErr: `line 2 ("b=2:Never"): effect "Never" is not one of NoSchedule, NoExecute, PreferNoSchedule`},
		{name: "missing key", text: "=x:NoSchedule", wantErr: "line 1 (\"=x:NoSchedule\"): missing key"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, _, err := forms.ParseLines(taintCodec(), tc.text)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := js(t, items); got != tc.want {
				t.Errorf("got %s\nwant %s", got, tc.want)
			}
			again, _, err := forms.ParseLines(taintCodec(), forms.FormatLines(taintCodec(), items))
			if err != nil || js(t, again) != tc.want {
				t.Errorf("format/parse round trip: %s, %v", js(t, again), err)
			}
		})
	}
}

func TestLabelAndTagLines(t *testing.T) {
	tests := []struct {
		name, text, want, wantErr string
	}{
		{name: "pairs", text: "workload=batch\nteam=data", want: `[{"key":"workload","value":"batch"},{"key":"team","value":"data"}]`},
		{name: "empty value", text: "edge=\nflag", want: `[{"key":"edge"},{"key":"flag"}]`},
		{name: "value with equals", text: "k=a=b", want: `[{"key":"k","value":"a=b"}]`},
		{name: "missing key", text: "ok=1\n=v", wantErr: `line 2 ("=v"): missing key before '='`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			labels, _, err := forms.ParseLines(labelCodec(), tc.text)
			tags, _, tagErr := forms.ParseLines(tagCodec(), tc.text)
			if tc.wantErr != "" {
				for _, e := range []error{err, tagErr} {
					if e == nil || !strings.Contains(e.Error(), tc.wantErr) {
						t.Fatalf("error = %v, want %q", e, tc.wantErr)
					}
				}
				return
			}
			if err != nil || tagErr != nil {
				t.Fatal(err, tagErr)
			}
			if got := js(t, labels); got != tc.want {
				t.Errorf("labels %s, want %s", got, tc.want)
			}
			if got := js(t, tags); got != tc.want {
				t.Errorf("tags %s, want %s", got, tc.want)
			}
		})
	}
}

func TestDataDiskLines(t *testing.T) {
	tests := []struct {
		name, text, want, wantErr string
	}{
		{name: "category and size", text: "cloud_essd,200", want: `[{"category":"cloud_essd","size":200}]`},
		{name: "level and encryption", text: "cloud_essd,200,PL1,encrypted,kms=key-1",
			want: `[{"category":"cloud_essd","encrypted":"true","kms_key_id":"key-1","performance_level":"PL1","size":200}]`},
		{name: "auto pl", text: "cloud_auto, 500, bursting, iops=5000",
			want: `[{"bursting_enabled":true,"category":"cloud_auto","provisioned_iops":5000,"size":500}]`},
		{name: "snapshot without size", text: "cloud_essd,snapshot=s-1,name=restore,device=/dev/xvdb,snapshot_policy=sp-9",
			want: `[{"auto_snapshot_policy_id":"sp-9","category":"cloud_essd","device":"/dev/xvdb","disk_name":"restore","snapshot_id":"s-1"}]`},
		{name: "wire names work too", text: "cloud_ssd,100,disk_name=logs,encrypted=false",
			want: `[{"category":"cloud_ssd","disk_name":"logs","encrypted":"false","size":100}]`},
		{name: "two disks", text: "cloud_essd,200\ncloud_efficiency,40", want: `[{"category":"cloud_essd","size":200},{"category":"cloud_efficiency","size":40}]`},
		{name: "missing size", text: "cloud_essd", wantErr: "line 1 (\"cloud_essd\"): missing size"},
		{name: "unknown word", text: "cloud_essd,200,fast", wantErr: `unknown word "fast"`},
		{name: "size out of place", text: "cloud_essd,PL1,200", wantErr: "size 200 must come right after the category"},
		{name: "bad iops", text: "cloud_auto,100,iops=lots", wantErr: `provisioned_iops: "lots" is not a whole number`},
		{name: "unknown key", text: "cloud_essd,100,speed=9", wantErr: `unknown key "speed"`},
		{name: "starts with key", text: "size=100", wantErr: "start with the disk category"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			disks, _, err := forms.ParseLines(dataDiskCodec(), tc.text)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error = %v, want it to contain %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := js(t, disks); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			again, _, err := forms.ParseLines(dataDiskCodec(), forms.FormatLines(dataDiskCodec(), disks))
			if err != nil || js(t, again) != tc.want {
				t.Errorf("round trip via %q: %s, %v", forms.FormatLines(dataDiskCodec(), disks), js(t, again), err)
			}
		})
	}
}

func TestObjectLines(t *testing.T) {
	inits, _, err := forms.ParseLines(diskInitCodec(), "name=data1,mkfs=ext4,mount=/mnt/disk0,runtime\ndisk_name=d2,local_disk=false")
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"disk_name":"data1","mkfs_type":"ext4","mount_for_runtime":true,"mount_target":"/mnt/disk0"},{"disk_name":"d2","local_disk":false}]`
	if got := js(t, inits); got != want {
		t.Errorf("disk_init %s, want %s", got, want)
	}
	pats, _, err := forms.ParseLines(instancePatternCodec(), "cores=4,memory=16,cpu_architectures=X86|ARM,instance_family_level=EnterpriseLevel")
	if err != nil {
		t.Fatal(err)
	}
	want = `[{"cores":4,"cpu_architectures":["X86","ARM"],"instance_family_level":"EnterpriseLevel","memory":16}]`
	if got := js(t, pats); got != want {
		t.Errorf("patterns %s, want %s", got, want)
	}
	if again, _, err := forms.ParseLines(instancePatternCodec(), forms.FormatLines(instancePatternCodec(), pats)); err != nil || js(t, again) != want {
		t.Errorf("pattern round trip: %s %v", js(t, again), err)
	}
	for text, wantErr := range map[string]string{
		"cores=four":     `cores: "four" is not a whole number`,
		"color=red":      `unknown key "color"`,
		"disk_name":      "disk_name: missing value",
		"memory=lots":    `memory: "lots" is not a number`,
		"local_disk=yes": `local_disk: "yes" is not true or false`,
	} {
		var err error
		if strings.HasPrefix(text, "cores") || strings.HasPrefix(text, "memory") || strings.HasPrefix(text, "color") {
			_, _, err = forms.ParseLines(instancePatternCodec(), text)
		} else {
			_, _, err = forms.ParseLines(diskInitCodec(), text)
		}
		if err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%q: error %v, want %q", text, err, wantErr)
		}
	}
}

func TestNodeComponentLines(t *testing.T) {
	items, _, err := forms.ParseLines(nodeComponentCodec(), `kubelet=1.33.3-aliyun.1 env:GOGC=200 config:{"cpuManagerPolicy":"static"}`+"\nkube-proxy")
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"config":{"custom_config":{"cpuManagerPolicy":"static"},"envs":[{"name":"GOGC","value":"200"}]},"name":"kubelet","version":"1.33.3-aliyun.1"},{"name":"kube-proxy"}]`
	if got := js(t, items); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if again, _, err := forms.ParseLines(nodeComponentCodec(), forms.FormatLines(nodeComponentCodec(), items)); err != nil || js(t, again) != want {
		t.Errorf("round trip: %s %v", js(t, again), err)
	}
	for text, wantErr := range map[string]string{
		"kubelet config:{nope": "config: not a JSON object",
		"kubelet GOGC=1":       `unexpected "GOGC=1"`,
		"=1.2":                 "missing component name",
		"kubelet env:=x":       "missing key",
	} {
		if _, _, err := forms.ParseLines(nodeComponentCodec(), text); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%q: error %v, want %q", text, err, wantErr)
		}
	}
}

func TestKubeletMapLines(t *testing.T) {
	pairs, _, err := forms.ParseLines(stringMapCodec(), "memory.available=300Mi\nnodefs.available=10%")
	if err != nil || js(t, pairs) != `[["memory.available","300Mi"],["nodefs.available","10%"]]` {
		t.Errorf("eviction pairs %s %v", js(t, pairs), err)
	}
	if _, _, err := forms.ParseLines(stringMapCodec(), "memory.available="); err == nil || !strings.Contains(err.Error(), "missing value") {
		t.Errorf("empty value: %v", err)
	}
	if _, _, err := forms.ParseLines(featureGateCodec(), "A=true\nB=maybe"); err == nil || !strings.Contains(err.Error(), `line 2 ("B=maybe"): "B" must be set to true or false`) {
		t.Errorf("feature gate: %v", err)
	}
	mem, _, err := forms.ParseLines(reservedMemoryCodec(), "0:memory=1Gi,hugepages-2Mi=0\n1:memory=2Gi")
	if err != nil {
		t.Fatal(err)
	}
	if got := forms.FormatLines(reservedMemoryCodec(), mem); got != "0:hugepages-2Mi=0,memory=1Gi\n1:memory=2Gi" {
		t.Errorf("reserved memory formats as %q", got)
	}
	for text, wantErr := range map[string]string{"memory=1Gi": "missing ':'", "x:memory=1Gi": "not a whole number", "0:memory": "missing quantity"} {
		if _, _, err := forms.ParseLines(reservedMemoryCodec(), text); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%q: %v, want %q", text, err, wantErr)
		}
	}
}

func TestSpotPriceLines(t *testing.T) {
	items, _, err := forms.ParseLines(spotPriceCodec(), "ecs.g7.large=0.39")
	if err != nil || js(t, items) != `[{"instance_type":"ecs.g7.large","price_limit":"0.39"}]` {
		t.Errorf("got %s %v", js(t, items), err)
	}
	for text, wantErr := range map[string]string{"ecs.g7.large": "missing price", "ecs.g7.large=cheap": "not a positive decimal", "ecs.g7.large=-1": "not a positive decimal"} {
		if _, _, err := forms.ParseLines(spotPriceCodec(), text); err == nil || !strings.Contains(err.Error(), wantErr) {
			t.Errorf("%q: %v, want %q", text, err, wantErr)
		}
	}
}

func TestPathSetAndClearPrunesParents(t *testing.T) {
	np := &model.NodePool{}
	s := model.MustPath("management.auto_repair_policy.restart_node")
	if err := s.SetText(np, "false"); err != nil {
		t.Fatal(err)
	}
	if got := js(t, np); got != `{"management":{"auto_repair_policy":{"restart_node":false}}}` {
		t.Fatalf("after set: %s", got)
	}
	if err := s.Set(np, (*bool)(nil)); err != nil {
		t.Fatal(err)
	}
	if got := js(t, np); got != `{}` {
		t.Errorf("after clear the empty parents remain: %s", got)
	}
	// Clearing keeps parents that still hold something.
	np.Management = &model.Management{Enable: new(bool)}
	if err := s.SetText(np, "false"); err != nil {
		t.Fatal(err)
	}
	s.Clear(np)
	if got := js(t, np); got != `{"management":{"enable":false}}` {
		t.Errorf("sibling lost: %s", got)
	}
	if _, err := model.ParsePath("scaling_group.no_such_field"); err == nil {
		t.Error("unknown path resolved")
	}
	if _, err := model.ParsePath("scaling_group.vswitch_ids.x"); err == nil {
		t.Error("path through a list resolved")
	}
}

func TestPathSetText(t *testing.T) {
	tests := []struct {
		path, raw, want, wantErr string
	}{
		{path: "scaling_group.system_disk_size", raw: " 120 ", want: `{"scaling_group":{"system_disk_size":120}}`},
		{path: "scaling_group.system_disk_size", raw: "12O", wantErr: `"12O" is not a whole number`},
		{path: "scaling_group.instance_patterns", raw: "", want: `{}`},
		{path: "scaling_group.rds_instances", raw: "rm-1, rm-2,,", want: `{"scaling_group":{"rds_instances":["rm-1","rm-2"]}}`},
		{path: "scaling_group.login_as_non_root", raw: "false", want: `{"scaling_group":{"login_as_non_root":false}}`},
		{path: "scaling_group.image_id", raw: "   ", want: `{}`},
	}
	for _, tc := range tests {
		s, err := model.ParsePath(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if tc.path == "scaling_group.instance_patterns" {
			continue // not a text field; resolving it is the check
		}
		np := &model.NodePool{}
		err = s.SetText(np, tc.raw)
		if tc.wantErr != "" {
			if err == nil || err.Error() != tc.wantErr {
				t.Errorf("%s=%q: error %v, want %q", tc.path, tc.raw, err, tc.wantErr)
			}
			continue
		}
		if got := js(t, np); got != tc.want {
			t.Errorf("%s=%q: %s, want %s", tc.path, tc.raw, got, tc.want)
		}
	}
}
