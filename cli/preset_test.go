package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs ackpool with args and returns stdout, stderr and the exit code.
func runPresetCLI(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	streams := IOStreams{In: strings.NewReader(stdin), Out: &out, Err: &errOut}
	root := NewRootCmd(streams)
	root.SetArgs(args)
	code := exitCode(streams, root.Execute())
	return out.String(), errOut.String(), code
}

// presetEnv points the preset folder at a temporary XDG config home.
func presetEnv(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", home)
	return filepath.Join(home, "ackpool", "presets")
}

const presetBody = `nodepool_info:
  name: web
scaling_group:
  instance_charge_type: PostPaid
  instance_types: [ecs.g7.xlarge, ecs.g6.xlarge]
  login_password: "Topsecret-123"
  desired_size: 2
`

func writeTemp(t *testing.T, name, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPresetSaveListShowDelete(t *testing.T) {
	dir := presetEnv(t)
	file := writeTemp(t, "pool.yaml", presetBody)

	out, errOut, code := runPresetCLI(t, "", "preset", "save", "web", "--file", file, "--description", "front end")
	if code != 0 || !strings.Contains(out, "saved preset web") || !strings.Contains(errOut, "login_password") {
		t.Fatalf("save: code %d\n%s\n%s", code, out, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "web.yaml"))
	if err != nil || strings.Contains(string(data), "Topsecret-123") {
		t.Fatalf("saved file: %v\n%s", err, data)
	}

	_, errOut, code = runPresetCLI(t, "", "preset", "save", "web", "--file", file)
	if code != exitFailure || !strings.HasSuffix(strings.TrimSpace(errOut), "web.yaml); add --force to replace it") || strings.Contains(errOut, "confirm") || strings.Contains(errOut, "note:") {
		t.Errorf("second save without --force: code %d, stderr %q; want one error ending in the way out", code, errOut)
	}
	if _, errOut, code = runPresetCLI(t, presetBody, "preset", "save", "web", "--file", "-", "--force"); code != 0 {
		t.Errorf("save --force from stdin: code %d %s", code, errOut)
	}

	out, _, code = runPresetCLI(t, "", "preset", "list")
	if code != 0 || !strings.Contains(out, "gpu") || !strings.Contains(out, "built-in") || !regexpLine(out, "web", "user") {
		t.Errorf("list: code %d\n%s", code, out)
	}

	out, _, code = runPresetCLI(t, "", "preset", "list", "--output", "json")
	var listed struct {
		Presets []struct {
			Name    string `json:"name"`
			Builtin bool   `json:"builtin"`
		} `json:"presets"`
		Skipped []any `json:"skipped"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &listed) != nil || len(listed.Presets) != 5 || !listed.Presets[0].Builtin || listed.Presets[4].Name != "web" {
		t.Errorf("list --output json: code %d\n%s", code, out)
	}

	out, _, code = runPresetCLI(t, "", "preset", "show", "web")
	if code != 0 || !strings.Contains(out, "instance_types:") || !strings.Contains(out, "description: front end") {
		t.Errorf("show: code %d\n%s", code, out)
	}

	if out, _, code = runPresetCLI(t, "", "preset", "delete", "web"); code != 0 || !strings.Contains(out, "deleted preset web") {
		t.Errorf("delete: code %d %s", code, out)
	}
	if _, errOut, code = runPresetCLI(t, "", "preset", "show", "web"); code != exitFailure || !strings.Contains(errOut, "preset list") {
		t.Errorf("show after delete: code %d %s", code, errOut)
	}
}

// regexpLine reports whether a line contains all the words in order.
func regexpLine(text string, words ...string) bool {
	for _, line := range strings.Split(text, "\n") {
		rest, ok := line, true
		for _, w := range words {
			i := strings.Index(rest, w)
			if i < 0 {
				ok = false
				break
			}
			rest = rest[i+len(w):]
		}
		if ok {
			return true
		}
	}
	return false
}

func TestPresetExportImport(t *testing.T) {
	presetEnv(t)
	for _, format := range []string{"yaml", "json"} {
		out, errOut, code := runPresetCLI(t, "", "preset", "export", "gpu", "--format", format)
		if code != 0 {
			t.Fatalf("export %s: %d %s", format, code, errOut)
		}
		file := writeTemp(t, "exported."+format, out)
		if _, errOut, code = runPresetCLI(t, "", "preset", "import", file, "--name", "my-gpu-"+format); code != 0 {
			t.Fatalf("import %s: %d %s", format, code, errOut)
		}
		shown, _, _ := runPresetCLI(t, "", "preset", "show", "my-gpu-"+format)
		if !strings.Contains(shown, "nvidia.com/gpu") {
			t.Errorf("imported %s preset lost the taint:\n%s", format, shown)
		}
	}
	// import without --name keeps the name in the file: gpu is built-in, so refused
	out, _, _ := runPresetCLI(t, "", "preset", "export", "gpu")
	if _, errOut, code := runPresetCLI(t, "", "preset", "import", writeTemp(t, "gpu.yaml", out)); code == 0 || !strings.Contains(errOut, "built-in") {
		t.Errorf("import under a built-in name: %d %s", code, errOut)
	}
	// a bare body takes the file's name
	if _, errOut, code := runPresetCLI(t, "", "preset", "import", writeTemp(t, "from-body.yaml", presetBody)); code != 0 {
		t.Errorf("import a bare body: %d %s", code, errOut)
	}
	if out, _, _ := runPresetCLI(t, "", "preset", "list"); !strings.Contains(out, "from-body") {
		t.Errorf("imported body not listed:\n%s", out)
	}
}

func TestPresetErrors(t *testing.T) {
	dir := presetEnv(t)
	tests := map[string]struct {
		args []string
		code int
		want string
	}{
		"bad name":           {[]string{"preset", "show", "../x"}, exitUsage, "invalid preset name"},
		"save without file":  {[]string{"preset", "save", "x"}, exitUsage, "--file"},
		"bad output":         {[]string{"preset", "list", "--output", "xml"}, exitUsage, "text or json"},
		"bad format":         {[]string{"preset", "export", "gpu", "--format", "toml"}, exitUsage, "yaml or json"},
		"missing":            {[]string{"preset", "delete", "nope"}, exitFailure, "not found"},
		"delete built-in":    {[]string{"preset", "delete", "gpu"}, exitFailure, "built-in"},
		"invalid body":       {[]string{"preset", "save", "bad", "--file", writeTemp(t, "bad.yaml", "scaling_group:\n  system_disk_size: 5\n")}, exitFailure, "system_disk_size"},
		"import a built-in":  {[]string{"preset", "import", writeTemp(t, "gpu.yaml", "version: 1\nname: gpu\nrequest:\n  scaling_group:\n    desired_size: 1\n")}, exitUsage, "import it under another name with --name"},
		"invalid body sum":   {[]string{"preset", "save", "bad", "--file", writeTemp(t, "bad1.yaml", "scaling_group:\n  system_disk_size: 5\n")}, exitFailure, "has 3 errors; fix"},
		"save as a built-in": {[]string{"preset", "save", "gpu", "--file", writeTemp(t, "g.yaml", "scaling_group:\n  desired_size: 1\n")}, exitUsage, "choose another name (for example gpu-custom)\n"},
		"unknown key":        {[]string{"preset", "save", "bad", "--file", writeTemp(t, "typo.yaml", "scaling_group:\n  instance_type: [x]\n")}, exitFailure, "instance_type"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, errOut, code := runPresetCLI(t, "", tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("code %d (want %d), stderr:\n%s", code, tt.code, errOut)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.yaml")); err == nil {
		t.Error("an invalid preset was written")
	}
}

func TestPresetListReportsCorruptFile(t *testing.T) {
	dir := presetEnv(t)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "broken.yaml"), []byte("version: [1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bodybad.yaml"), []byte("version: 1\nname: bodybad\nrequest:\n  scaling_grup: {}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runPresetCLI(t, "", "preset", "list")
	if code != 0 || !strings.Contains(errOut, "broken.yaml") || strings.Contains(out, "broken") ||
		!strings.Contains(errOut, "1 preset file skipped; fix or move it (ackpool never changes it), then check with: ackpool preset list --check") {
		t.Errorf("list: code %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	out, errOut, code = runPresetCLI(t, "", "preset", "list", "--check")
	if code != exitFailure || !strings.Contains(errOut, "bodybad.yaml") || strings.Contains(out, "bodybad") ||
		!strings.Contains(errOut, "error: 2 preset files are broken; fix or move them") {
		t.Errorf("list --check: code %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "broken.yaml")); string(data) != "version: [1\n" {
		t.Error("corrupt file changed")
	}
}

// TestPresetSaveTakesAMaskedDryRun: the secrets of a body printed by `create --dry-run`
// are masked ("********"), which is not a valid password or Base64. They are dropped
// before saving, so they are not checked either and the preset is saved.
func TestPresetSaveTakesAMaskedDryRun(t *testing.T) {
	dir := presetEnv(t)
	masked := `{"nodepool_info":{"name":"web"},"kubernetes_config":{"user_data":"********"},
"scaling_group":{"instance_charge_type":"PostPaid","instance_types":["ecs.g7.xlarge","ecs.g6.xlarge"],"login_password":"********"}}`
	_, errOut, code := runPresetCLI(t, masked, "preset", "save", "web", "--file", "-")
	if code != 0 || !strings.Contains(errOut, "note: scaling_group.login_password: not saved") {
		t.Fatalf("save: code %d\n%s", code, errOut)
	}
	data, err := os.ReadFile(filepath.Join(dir, "web.yaml"))
	if err != nil || strings.Contains(string(data), "****") || strings.Contains(string(data), "kubernetes_config") {
		t.Fatalf("saved file: %v\n%s", err, data)
	}
}

// TestPresetShowAndExportNeverPrintAPassword: a password added to a preset file by hand
// is not printed by show or export (export is for sharing); a note says it was left out.
func TestPresetShowAndExportNeverPrintAPassword(t *testing.T) {
	dir := presetEnv(t)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	doc := "version: 1\nname: hand\nrequest:\n  scaling_group:\n    desired_size: 2\n    login_password: Hand-Edit3d!\n"
	if err := os.WriteFile(filepath.Join(dir, "hand.yaml"), []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"preset", "show", "hand"}, {"preset", "export", "hand"}, {"preset", "export", "hand", "--format", "json"}} {
		out, errOut, code := runPresetCLI(t, "", args...)
		if code != 0 || strings.Contains(out+errOut, "Hand-Edit3d!") || !strings.Contains(out, "desired_size") ||
			!strings.Contains(errOut, "note: scaling_group.login_password: left out") {
			t.Errorf("%v: code %d\nstdout:\n%s\nstderr:\n%s", args, code, out, errOut)
		}
	}
}

// TestPresetListShowsControlCharactersVisibly: a description written by hand with an
// escape sequence (one that would set the terminal's title) is listed with the escape
// made visible.
func TestPresetListShowsControlCharactersVisibly(t *testing.T) {
	dir := presetEnv(t)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	doc := "version: 1\nname: evil\ndescription: \"pool\\e]0;pwned\\a\"\nrequest:\n  nodepool_info:\n    name: web\n"
	if err := os.WriteFile(filepath.Join(dir, "evil.yaml"), []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := runPresetCLI(t, "", "preset", "list")
	if code != 0 || strings.ContainsAny(out+errOut, "\x1b\x07") || !strings.Contains(out, `pool\x1b]0;pwned\x07`) {
		t.Fatalf("exit %d:\n%q\n%s", code, out, errOut)
	}
}

// TestPresetCommandsNoteAnOpenPresetsFolder: a presets folder that other users may
// write is used, but with a notice that says how to close it.
func TestPresetCommandsNoteAnOpenPresetsFolder(t *testing.T) {
	dir := presetEnv(t)
	if err := os.MkdirAll(dir, 0o700); err != nil || os.Chmod(dir, 0o777) != nil {
		t.Fatal("cannot prepare the folder")
	}
	_, errOut, code := runPresetCLI(t, "", "preset", "list")
	if code != 0 || !strings.Contains(errOut, "note: the presets folder "+dir+" has mode 0777") {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
}

// TestExportingKeptUserDataWarns: a preset saved with --keep-user-data is exported with
// its user data (that was asked for), and a warning on stderr says so.
func TestExportingKeptUserDataWarns(t *testing.T) {
	presetEnv(t)
	file := writeTemp(t, "pool.yaml", strings.Replace(presetBody, "  login_password: \"Topsecret-123\"\n", "", 1)+"kubernetes_config:\n  user_data: ZXhwb3J0IFRPS0VOPXMzY3IzdA==\n")
	if _, errOut, code := runPresetCLI(t, "", "preset", "save", "web", "--file", file, "--keep-user-data"); code != 0 {
		t.Fatalf("save: %s", errOut)
	}
	out, errOut, code := runPresetCLI(t, "", "preset", "export", "web")
	if code != 0 || !strings.Contains(out, "ZXhwb3J0IFRPS0VOPXMzY3IzdA==") ||
		!strings.Contains(errOut, "warning: kubernetes_config.user_data is printed as it was saved (--keep-user-data)") {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}
