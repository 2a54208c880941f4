package cli

import (
	"io"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestHelpReadsLikeAManual walks every command: each has a Short, a Long that says more
// than the Short, an Example of "$ " lines, and the flags shared by several commands
// (--file, --output) have the same shorthand everywhere, so -f and -o work on each.
func TestHelpReadsLikeAManual(t *testing.T) {
	root := NewRootCmd(IOStreams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard})
	shorthand := map[string]string{"file": "f", "output": "o"}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			if sub.Name() == "help" || sub.Name() == "completion" {
				continue
			}
			walk(sub)
		}
		name := c.CommandPath()
		if c.Short == "" {
			t.Errorf("%s: no Short", name)
		}
		if strings.TrimSpace(c.Long) == "" || strings.TrimSpace(c.Long) == c.Short {
			t.Errorf("%s: Long only repeats the Short", name)
		}
		if !strings.Contains(c.Example, "$ ") {
			t.Errorf("%s: no Example with $ lines", name)
		}
		for flag, want := range shorthand {
			if f := c.LocalFlags().Lookup(flag); f != nil && f.Shorthand != want {
				t.Errorf("%s --%s: shorthand %q, want -%s as on the other commands", name, flag, f.Shorthand, want)
			}
		}
	}
	walk(root)
}
