package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runValidate(t *testing.T, opts validateOptions) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	opts.Out, opts.Err = &out, &errb
	if opts.Output == "" {
		opts.Output = "text"
	}
	err = validateRun(&opts)
	return out.String(), errb.String(), err
}

func exitOf(err error) int {
	var s silentError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &s):
		return s.code
	case isUsageError(err):
		return 2
	default:
		return 1
	}
}

func TestValidateGoodExample(t *testing.T) {
	out, _, err := runValidate(t, validateOptions{Source: requestSource{File: "../examples/good.yaml"}})
	if exitOf(err) != 0 || !strings.Contains(out, "../examples/good.yaml: valid (0 errors, 0 warnings)") {
		t.Errorf("exit %d, output:\n%s", exitOf(err), out)
	}
}

func TestValidateBadExample(t *testing.T) {
	out, _, err := runValidate(t, validateOptions{Source: requestSource{File: "../examples/bad.json"}})
	if exitOf(err) != 1 {
		t.Errorf("exit %d, want 1", exitOf(err))
	}
	errIdx, warnIdx := strings.Index(out, "Errors:"), strings.Index(out, "Warnings:")
	if errIdx < 0 || warnIdx < errIdx {
		t.Errorf("errors should come before warnings:\n%s", out)
	}
	for _, want := range []string{
		"scaling_group.system_disk_size: 10 is below the minimum 20 GiB (allowed 20–2048) [R100]",
		"count: deprecated; use scaling_group.desired_size instead [R020]",
		"../examples/bad.json: invalid (",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hunter2") {
		t.Error("the password was printed")
	}
}

func TestValidateWarningsOnlyExitZero(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "warn.json")
	doc := `{"nodepool_info":{"name":"np"},"scaling_group":{"vswitch_ids":["vsw-1"],"instance_types":["a","b"],"instance_charge_type":"PostPaid"}}`
	if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err := runValidate(t, validateOptions{Source: requestSource{File: file}})
	if exitOf(err) != 0 || !strings.Contains(out, "valid (0 errors, 1 warning)") {
		t.Errorf("exit %d:\n%s", exitOf(err), out)
	}
}

func TestValidateJSONOutput(t *testing.T) {
	out, _, err := runValidate(t, validateOptions{Source: requestSource{File: "../examples/bad.json"}, Output: "json", ClusterID: "bad id"})
	if exitOf(err) != 1 {
		t.Errorf("exit %d, want 1", exitOf(err))
	}
	var rep struct {
		Valid    bool `json:"valid"`
		Problems []struct {
			Path, Message, Severity, Rule string
		} `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if rep.Valid || len(rep.Problems) == 0 || rep.Problems[0].Path != "ClusterId" || rep.Problems[0].Severity != "error" {
		t.Errorf("unexpected report %+v", rep)
	}
	good, _, err := runValidate(t, validateOptions{Source: requestSource{File: "../examples/good.yaml"}, Output: "json"})
	if err != nil || !strings.Contains(good, `"valid": true`) || !strings.Contains(good, `"problems": []`) {
		t.Errorf("good file: %v\n%s", err, good)
	}
}

func TestValidateStdinAndParseErrors(t *testing.T) {
	doc := "nodepool_info:\n  name: np\nscaling_group:\n  instance_type: [ecs.g7.large]\n"
	_, stderr, err := runValidate(t, validateOptions{Source: requestSource{File: "-"}, Reader: requestReader{Stdin: strings.NewReader(doc)}})
	if exitOf(err) != 1 {
		t.Errorf("exit %d, want 1", exitOf(err))
	}
	want := "stdin:4:3: scaling_group.instance_type: unknown field; did you mean instance_types?"
	if strings.TrimSpace(stderr) != want {
		t.Errorf("stderr = %q, want %q", stderr, want)
	}
	// In JSON the path is its own key; the message keeps the position but does not repeat it.
	out, _, err := runValidate(t, validateOptions{Source: requestSource{File: "-"}, Output: "json",
		Reader: requestReader{Stdin: strings.NewReader("scaling_group:\n  instance_type: [a]\n")}})
	if !strings.Contains(out, `"path": "scaling_group.instance_type"`) || !strings.Contains(out, `"message": "stdin:2:3: unknown field; did you mean instance_types?"`) {
		t.Errorf("JSON parse problem: %s", out)
	}
	out, _, err = runValidate(t, validateOptions{Source: requestSource{File: "-"}, Output: "json", Reader: requestReader{Stdin: strings.NewReader("{")}})
	if exitOf(err) != 1 || !strings.Contains(out, `"valid": false`) || !strings.Contains(out, "stdin:1") {
		t.Errorf("exit %d, output %s", exitOf(err), out)
	}
}

func TestValidateUsageErrors(t *testing.T) {
	for name, opts := range map[string]validateOptions{
		"no file":    {},
		"bad output": {Source: requestSource{File: "../examples/good.yaml"}, Output: "xml"},
	} {
		t.Run(name, func(t *testing.T) {
			if _, _, err := runValidate(t, opts); exitOf(err) != 2 {
				t.Errorf("exit %d (%v), want 2", exitOf(err), err)
			}
		})
	}
	_, _, err := runValidate(t, validateOptions{Source: requestSource{File: "does-not-exist.yaml"}})
	if exitOf(err) != 1 || !strings.Contains(err.Error(), "does-not-exist.yaml") {
		t.Errorf("missing file: exit %d, %v", exitOf(err), err)
	}
}

func TestValidateCommandFlags(t *testing.T) {
	var out, errb bytes.Buffer
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb})
	root.SetArgs([]string{"validate", "--file", "../examples/bad.json", "--output", "json"})
	err := root.Execute()
	if exitOf(err) != 1 || !strings.Contains(out.String(), `"valid": false`) {
		t.Errorf("exit %d, output %s", exitOf(err), out.String())
	}
	root = NewRootCmd(IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb})
	root.SetArgs([]string{"validate", "extra-arg"})
	if err := root.Execute(); exitOf(err) != 2 {
		t.Errorf("positional argument: exit %d (%v), want 2", exitOf(err), err)
	}
}

func TestValidateListsEveryParseProblem(t *testing.T) {
	doc := `{"nodepool_info": {"nmae": "np"}, "scaling_group": {"instance_type": ["a"]}}`
	_, stderr, err := runValidate(t, validateOptions{Source: requestSource{File: "-"}, Reader: requestReader{Stdin: strings.NewReader(doc)}})
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if exitOf(err) != 1 || len(lines) != 2 || !strings.HasPrefix(lines[0], "stdin:1:") || !strings.Contains(lines[1], "did you mean instance_types?") {
		t.Errorf("exit %d, stderr:\n%s", exitOf(err), stderr)
	}
}
