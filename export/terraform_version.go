package export

import (
	"fmt"
	"strconv"
	"strings"
)

// ProviderVersion is a version of the aliyun/alicloud Terraform provider.
type ProviderVersion struct{ Major, Minor, Patch int }

// String writes the version as MAJOR.MINOR.PATCH.
func (v ProviderVersion) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

// Less reports whether v is older than o.
func (v ProviderVersion) Less(o ProviderVersion) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

// ParseProviderVersion reads a provider version for --terraform-provider: "1.240.0",
// "v1.240.0" or "1.240". Versions older than 1.240.0 are refused, because 1.240.0 is
// the oldest provider whose schema the export is checked against.
func ParseProviderVersion(s string) (ProviderVersion, error) {
	v, ok := parseVersion(s)
	if !ok {
		return ProviderVersion{}, fmt.Errorf("provider version %q: use MAJOR.MINOR.PATCH, e.g. %s", s, minProvider)
	}
	if v.Less(mustVersion(minProvider)) {
		return ProviderVersion{}, fmt.Errorf("provider version %s: ackpool writes Terraform for provider %s and newer", v, minProvider)
	}
	return v, nil
}

func parseVersion(s string) (ProviderVersion, bool) {
	parts := strings.Split(strings.TrimPrefix(strings.TrimSpace(s), "v"), ".")
	if len(parts) < 2 || len(parts) > 3 {
		return ProviderVersion{}, false
	}
	var n [3]int
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || x < 0 || x > 99999 || p == "" || p[0] == '+' {
			return ProviderVersion{}, false
		}
		n[i] = x
	}
	return ProviderVersion{n[0], n[1], n[2]}, true
}

func mustVersion(s string) ProviderVersion {
	v, ok := parseVersion(s)
	if !ok {
		panic("bad provider version in the table: " + s)
	}
	return v
}

// versionOf is a row's first version; "" (present in 1.240.0, history not recorded)
// counts as 1.240.0.
func versionOf(since string) ProviderVersion {
	if since == "" {
		return mustVersion(minProvider)
	}
	return mustVersion(since)
}

// newer returns the later of two versions written as text.
func newer(a, b string) string {
	if versionOf(a).Less(versionOf(b)) {
		return versionOf(b).String()
	}
	return versionOf(a).String()
}

// atLeast reports whether version v (text) is at least since.
func atLeast(v, since string) bool { return !versionOf(v).Less(versionOf(since)) }
