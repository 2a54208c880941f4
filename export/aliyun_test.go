package export

import (
	"bytes"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"ackpool/model"
)

// TestAliyunCommandRunsAsPrinted runs the printed command through /bin/sh with a fake
// aliyun first on PATH and compares the arguments it received with what the aliyun
// CLI needs: the ROA call, --region, the header and the body, byte for byte.
func TestAliyunCommandRunsAsPrinted(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on PATH")
	}
	dir := t.TempDir()
	got := filepath.Join(dir, "args")
	fake := "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\000' \"$a\"; done > " + ShellQuote(got) + "\n"
	if err := os.WriteFile(filepath.Join(dir, "aliyun"), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, tt := range map[string]struct {
		target Target
		np     *model.NodePool
	}{
		"sample":      {target, sample(t)},
		"limits":      {Target{ClusterID: "c1", RegionID: "ap-southeast-1"}, parseFile(t, "testdata/provider-limits.yaml")},
		"no region":   {Target{ClusterID: "c2"}, sample(t)},
		"odd cluster": {Target{ClusterID: "c 'x'", RegionID: "cn-beijing"}, sample(t)},
	} {
		t.Run(name, func(t *testing.T) {
			var script bytes.Buffer
			if err := WriteAliyun(&script, tt.target, tt.np, Options{RevealSecrets: true}); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(sh, "-c", script.String())
			cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("sh: %v\n%s\n%s", err, out, script.String())
			}
			data, err := os.ReadFile(got)
			if err != nil {
				t.Fatal(err)
			}
			args := strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00")
			body, err := model.EncodeJSON(tt.np, false)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"cs", "POST", "/clusters/" + url.PathEscape(tt.target.ClusterID) + "/nodepools"}
			if tt.target.RegionID != "" {
				want = append(want, "--region", tt.target.RegionID)
			}
			want = append(want, "--header", "Content-Type=application/json", "--body", string(body))
			if strings.Join(args, "\n") != strings.Join(want, "\n") {
				t.Errorf("aliyun received:\n%q\nwant:\n%q", args, want)
			}
		})
	}
}
