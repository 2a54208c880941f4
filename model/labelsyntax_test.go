package model

import (
	"math/rand"
	"regexp"
	"testing"
)

// The label syntax as Kubernetes documents it, as regular expressions: the checks
// read it by hand, which is several times cheaper per label.
var (
	labelNameSyntax    = regexp.MustCompile(`^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$`)
	dnsSubdomainSyntax = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)
)

// The hand-written label name and DNS subdomain checks accept exactly what the
// documented regular expressions accept, over random strings of the characters
// that matter (and some that never pass) and the edge cases.
func TestLabelSyntaxMatchesTheDocumentedExpressions(t *testing.T) {
	cases := []string{"", "a", "A", "0", "-", ".", "_", "a-", "-a", "a.b", "a..b", ".a", "a.", "a_b", "a-b.c-d",
		"Ab", "aB.c", "a.-b", "a-.b", "é", "aé", "a b", "a/b", "1.2.3", "x" + string(rune(0))}
	rnd := rand.New(rand.NewSource(1))
	const alphabet = "aZz09-_.A/ é"
	for range 20000 {
		b := make([]byte, rnd.Intn(9))
		for i := range b {
			b[i] = alphabet[rnd.Intn(len(alphabet))]
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		if got, want := isLabelName(s), labelNameSyntax.MatchString(s); got != want {
			t.Errorf("isLabelName(%q) = %v, the expression says %v", s, got, want)
		}
		if got, want := isDNSSubdomain(s), dnsSubdomainSyntax.MatchString(s); got != want {
			t.Errorf("isDNSSubdomain(%q) = %v, the expression says %v", s, got, want)
		}
	}
}
