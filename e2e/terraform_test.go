package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestTerraformAppliesAndDestroysTheExportedResource runs Terraform with the real
// alicloud provider against `ackpool sandbox`: the provider block that --print-config
// prints next to the resource that `create --dry-run --output terraform` prints,
// `terraform apply`, a changed desired_size applied again, and `terraform destroy`,
// checking the sandbox's pools after each. It runs when ACKPOOL_TEST_TERRAFORM names a
// terraform binary and ACKPOOL_TEST_TF_PROVIDER_DIR the folder of a built
// terraform-provider-alicloud (used through dev_overrides, no `terraform init`).
func TestTerraformAppliesAndDestroysTheExportedResource(t *testing.T) {
	skipShort(t)
	tf, providerDir := os.Getenv("ACKPOOL_TEST_TERRAFORM"), os.Getenv("ACKPOOL_TEST_TF_PROVIDER_DIR")
	if tf == "" || providerDir == "" {
		t.Skip("set ACKPOOL_TEST_TERRAFORM (terraform binary) and ACKPOOL_TEST_TF_PROVIDER_DIR (folder of terraform-provider-alicloud)")
	}
	home := t.TempDir()
	cliConfig := filepath.Join(home, "terraform.rc")
	if err := os.WriteFile(cliConfig, []byte("provider_installation {\n  dev_overrides {\n    \"aliyun/alicloud\" = \""+
		providerDir+"\"\n  }\n  direct {}\n}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "HOME="+home, "XDG_STATE_HOME="+filepath.Join(home, "state"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "TF_CLI_CONFIG_FILE="+cliConfig, "TF_IN_AUTOMATION=1",
		"ALIBABA_CLOUD_ACCESS_KEY_ID=", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=", "ALIBABA_CLOUD_PROFILE=")
	addr := freeLoopbackAddr(t)
	provider := startStandaloneSandboxPrinting(t, env, addr, "terraform")

	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Env, cmd.Dir = env, home
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	cluster := "cca8e523b617a3082904c476f6d86589e" // prod-web of the default account, cn-hangzhou
	resource := run(binary, "create", "--preset", "general-purpose", "--cluster", cluster, "--region", "cn-hangzhou",
		"--vswitches", "vsw-ac0ie62038a17mpc4uxj,vsw-2lezqbsrw0qntdyjkaso", "--name", "via-terraform",
		"--dry-run", "--output", "terraform")
	mainTF := filepath.Join(home, "main.tf")
	write := func(hcl string) {
		t.Helper()
		if err := os.WriteFile(mainTF, []byte(provider+"\n"+hcl), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(resource)

	// the sandbox's keys, for ackpool's own look at the pools
	look := func() string {
		t.Helper()
		id, secret := hclValue(provider, "access_key"), hclValue(provider, "secret_key")
		cmd := exec.Command(binary, "pools", "--cluster", cluster, "--endpoint", "http://"+addr, "--region", "cn-hangzhou")
		cmd.Env = append(env, "ALIBABA_CLOUD_ACCESS_KEY_ID="+id, "ALIBABA_CLOUD_ACCESS_KEY_SECRET="+secret)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("ackpool pools: %v\n%s", err, out)
		}
		return string(out)
	}

	run(tf, "apply", "-auto-approve", "-input=false", "-no-color")
	if pools := look(); !strings.Contains(pools, "via-terraform") {
		t.Fatalf("terraform apply made no pool:\n%s", pools)
	}
	resized := desiredSize.ReplaceAllString(resource, "${1}3")
	if resized == resource {
		t.Fatalf("no desired_size = 2 in the exported resource:\n%s", resource)
	}
	write(resized)
	run(tf, "apply", "-auto-approve", "-input=false", "-no-color")
	if pools := look(); !poolHasNodes(pools, "via-terraform", "3") {
		t.Fatalf("the changed desired_size did not reach the pool:\n%s", pools)
	}
	run(tf, "destroy", "-auto-approve", "-input=false", "-no-color")
	if pools := look(); strings.Contains(pools, "via-terraform") {
		t.Fatalf("terraform destroy left the pool:\n%s", pools)
	}
}

// desiredSize finds the resource's desired_size argument of 2 (hclwrite aligns the =).
var desiredSize = regexp.MustCompile(`(?m)^(\s*desired_size\s*=\s*)2$`)

// poolHasNodes reports whether the pools table has the named pool with that many nodes.
func poolHasNodes(table, name, nodes string) bool {
	for _, line := range strings.Split(table, "\n") {
		if f := strings.Fields(line); len(f) >= 5 && f[1] == name {
			return f[4] == nodes
		}
	}
	return false
}

// hclValue is the quoted value of `key = "..."` in HCL text.
func hclValue(hcl, key string) string {
	for _, line := range strings.Split(hcl, "\n") {
		if k, v, ok := strings.Cut(strings.TrimSpace(line), "="); ok && strings.TrimSpace(k) == key {
			return strings.Trim(strings.TrimSpace(v), `"`)
		}
	}
	return ""
}
