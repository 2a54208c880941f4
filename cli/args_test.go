package cli

import (
	"bytes"
	"strings"
	"testing"
)

// TestArgumentErrorsSayWhatToPass: a wrong number of positional arguments is a usage
// error (exit 2) that names what the command expects and the way out.
func TestArgumentErrorsSayWhatToPass(t *testing.T) {
	tests := map[string]struct {
		args []string
		want string
	}{
		"watch without a task":   {[]string{"watch"}, "ackpool watch needs exactly one TASK_ID (the task_id printed by ackpool create), got 0 arguments"},
		"watch with two":         {[]string{"watch", "T-1", "T-2"}, "got 2 arguments"},
		"import without a file":  {[]string{"preset", "import"}, "ackpool preset import needs exactly one FILE"},
		"create with a stray":    {[]string{"create", "pool.yaml"}, `ackpool create takes no arguments, got "pool.yaml"; pass the request with --file`},
		"validate with a stray":  {[]string{"validate", "pool.yaml"}, `ackpool validate takes no arguments, got "pool.yaml"; pass the request with --file`},
		"sandbox with a stray":   {[]string{"sandbox", "8080"}, `ackpool sandbox takes no arguments, got "8080"`},
		"preset list with stray": {[]string{"preset", "list", "gpu"}, `ackpool preset list takes no arguments, got "gpu"`},
		"preset with a typo":     {[]string{"preset", "lst"}, `unknown command "lst" for ackpool preset; did you mean list?`},
		"malformed region":       {[]string{"create", "--region", "b3 I4?4xU237e", "--file", "x.yaml", "--dry-run", "--output", "aliyun"}, `--region: "b3 I4?4xU237e" is not a region ID`},
		"region with escapes":    {[]string{"validate", "--region", "cn-\x1b[2J", "--file", "x.yaml"}, `is not a region ID`},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			streams := IOStreams{In: strings.NewReader(""), Out: &stdout, Err: &stderr}
			root := NewRootCmd(streams)
			root.SetArgs(tt.args)
			code := exitCode(streams, root.Execute())
			if code != exitUsage || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want exit 2 and %q", code, stderr.String(), tt.want)
			}
		})
	}
}
