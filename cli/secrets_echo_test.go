package cli

import (
	"strings"
	"testing"
)

// TestMessagesThatEchoSetValuesMaskPasswords: neither the "check again with" line of a
// request that fails validation nor a --set usage error repeats a password typed on
// the command line, even under a misspelt path.
func TestMessagesThatEchoSetValuesMaskPasswords(t *testing.T) {
	const pw = "Zq9#Unique-Secret"
	_, errOut, err := runCreate(&createOptions{DryRun: true, Output: "text",
		Sets: []string{"nodepool_info.name=np", "scaling_group.login_password=" + pw}}, "")
	if err == nil || !strings.Contains(errOut, "check again with: ackpool validate") {
		t.Fatalf("want a failed validation with the check-again line, got %v:\n%s", err, errOut)
	}
	if strings.Contains(errOut, pw) || !strings.Contains(errOut, "scaling_group.login_password=********") {
		t.Fatalf("the password reached stderr:\n%s", errOut)
	}
	for _, set := range []string{"scaling_group.login_pasword=" + pw, "scaling_group.login_password[0]=" + pw} {
		_, err := load(t, requestSource{Sets: []string{set}})
		if err == nil || strings.Contains(err.Error(), pw) {
			t.Errorf("--set %s: error %v echoes the password", set[:strings.Index(set, "=")], err)
		}
	}
}
