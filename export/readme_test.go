package export

import (
	"os"
	"strings"
	"testing"
)

// TestREADMEListsTerraformUnsupported keeps the README's list of fields without a
// Terraform argument equal to TerraformUnsupported.
func TestREADMEListsTerraformUnsupported(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "<!-- terraform-unsupported:start -->")
	block, _, ok2 := strings.Cut(rest, "<!-- terraform-unsupported:end -->")
	if !ok || !ok2 {
		t.Fatal("README.md lacks the terraform-unsupported markers")
	}
	var listed []string
	for _, line := range strings.Split(block, "\n") {
		if line = strings.TrimSpace(line); strings.HasPrefix(line, "- `") {
			listed = append(listed, strings.Trim(strings.TrimPrefix(line, "- "), "`"))
		}
	}
	want := TerraformUnsupported()
	if strings.Join(listed, "\n") != strings.Join(want, "\n") {
		t.Errorf("README lists:\n%s\n\nTerraformUnsupported():\n%s", strings.Join(listed, "\n"), strings.Join(want, "\n"))
	}
}

// TestREADMEListsNewerArguments keeps the README's table of arguments newer than
// provider 1.240.0 equal to the export's table (the top-most newer argument of each
// branch; what is inside a newer block comes with it).
func TestREADMEListsNewerArguments(t *testing.T) {
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(data), "<!-- terraform-versions:start -->")
	block, _, ok2 := strings.Cut(rest, "<!-- terraform-versions:end -->")
	if !ok || !ok2 {
		t.Fatal("README.md lacks the terraform-versions markers")
	}
	var listed []string
	for _, line := range strings.Split(block, "\n") {
		cells := strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
		if len(cells) != 3 || !strings.HasPrefix(strings.TrimSpace(cells[0]), "`") {
			continue
		}
		for i := range cells {
			cells[i] = strings.Trim(strings.TrimSpace(cells[i]), "`")
		}
		listed = append(listed, strings.Join(cells, " "))
	}
	var want []string
	var walk func(nodes []*tfNode)
	walk = func(nodes []*tfNode) {
		for _, n := range nodes {
			if n.arg.since != "" && !atLeast(minProvider, n.arg.since) {
				want = append(want, n.arg.wire+" "+n.arg.tf+" "+n.arg.since)
				continue
			}
			walk(n.children)
		}
	}
	walk(specTree())
	if strings.Join(sortedCopy(listed), "\n") != strings.Join(sortedCopy(want), "\n") {
		t.Errorf("README lists:\n%s\n\nthe table has:\n%s", strings.Join(sortedCopy(listed), "\n"), strings.Join(sortedCopy(want), "\n"))
	}
}
