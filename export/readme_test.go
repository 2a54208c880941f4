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
