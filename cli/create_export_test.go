package cli

import (
	"strings"
	"testing"
)

func TestCreateDryRunExportFormats(t *testing.T) {
	presetEnv(t)
	base := []string{"create", "--cluster", "c61da77e8bfbc4c4c999af2b51b65abcd", "--region", "cn-hangzhou", "--preset", "spot-cost-optimised",
		"--set", "scaling_group.vswitch_ids=vsw-a,vsw-b", "--set", "nodepool_info.name=spot", "--set", "scaling_group.tags[0].key=owner", "--set", "scaling_group.tags[0].value=it's me", "--set", "scaling_group.login_password=Xy-Secret-99", "--dry-run"}
	tests := map[string][]string{
		"json":      {`"spot_strategy": "SpotAsPriceGo"`, `"********"`},
		"text":      {`"spot_strategy": "SpotAsPriceGo"`},
		"aliyun":    {"aliyun cs POST /clusters/c61da77e8bfbc4c4c999af2b51b65abcd/nodepools \\", "--region cn-hangzhou", `"value":"it'\''s me"`, "# Masked"},
		"terraform": {`resource "alicloud_cs_kubernetes_node_pool"`, `cluster_id`, `spot_strategy`, `password`, `var.login_password`},
	}
	for output, wants := range tests {
		t.Run(output, func(t *testing.T) {
			out, errOut, code := runPresetCLI(t, "", append(base, "--output", output)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			for _, want := range wants {
				if !strings.Contains(out, want) {
					t.Errorf("output lacks %q:\n%s", want, out)
				}
			}
			if strings.Contains(out, "Xy-Secret-99") {
				t.Errorf("the password is printed:\n%s", out)
			}
		})
	}
}

func TestCreateExportFormatNeedsDryRun(t *testing.T) {
	_, errOut, code := runPresetCLI(t, "", "create", "--cluster", "c1", "--file", "x.yaml", "--output", "terraform")
	if code != exitUsage || !strings.Contains(errOut, "--dry-run") {
		t.Errorf("exit %d: %s", code, errOut)
	}
	_, errOut, code = runPresetCLI(t, "", "create", "--file", "x.yaml", "--dry-run", "--output", "hcl")
	if code != exitUsage || !strings.Contains(errOut, "aliyun or terraform") {
		t.Errorf("exit %d: %s", code, errOut)
	}
}
