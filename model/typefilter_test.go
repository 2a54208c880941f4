package model

import (
	"strings"
	"testing"
)

func TestTypeFilterMatches(t *testing.T) {
	g7 := TypeSpec{ID: "ecs.g7.2xlarge", Family: "ecs.g7", VCPU: 8, MemoryGiB: 32, Arch: "X86"}
	g8y := TypeSpec{ID: "ecs.g8y.2xlarge", Family: "ecs.g8y", VCPU: 8, MemoryGiB: 32, Arch: "ARM"}
	gn7i := TypeSpec{ID: "ecs.gn7i-c8g1.2xlarge", Family: "ecs.gn7i", VCPU: 8, MemoryGiB: 30, GPU: 1, Arch: "X86"}
	tests := []struct {
		filter string
		want   []bool // g7, g8y, gn7i
	}{
		{"", []bool{true, true, true}},
		{"vcpu>=8 mem>=32", []bool{true, true, false}},
		{"gpu>=1", []bool{false, false, true}},
		{"arch=arm", []bool{false, true, false}},
		{"ARCH=X86 family=g7", []bool{true, false, false}},
		{"family=ecs.gn7i", []bool{false, false, true}},
		{"family!=g7 cpu<9", []bool{false, true, true}},
		{"mem<32", []bool{false, false, true}},
		{"memory=30", []bool{false, false, true}},
		{"type=c8g1", []bool{false, false, true}},
		{"vcpu>8", []bool{false, false, false}},
	}
	for _, tt := range tests {
		f, err := ParseTypeFilter(tt.filter)
		if err != nil {
			t.Fatalf("%q: %v", tt.filter, err)
		}
		for i, spec := range []TypeSpec{g7, g8y, gn7i} {
			if got := f.Match(spec); got != tt.want[i] {
				t.Errorf("%q on %s = %v", tt.filter, spec.ID, got)
			}
		}
	}
}

func TestTypeFilterErrors(t *testing.T) {
	for in, want := range map[string]string{
		"vcpu":                          "expected KEY OP VALUE",
		"disk>=100":                     `unknown key "disk"`,
		"vcpu>=":                        "no value",
		"vcpu>=eight":                   "not a number",
		"arch>=arm":                     "compares text",
		"vcpu=>8":                       "not a number",
		">=8":                           "expected KEY OP VALUE",
		"mem>=-1":                       "not a number",
		strings.Repeat("vcpu>=1 ", 100): "limit is 512",
	} {
		_, err := ParseTypeFilter(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%.30q: %v, want %q", in, err, want)
		}
	}
}

func TestTypeFilterString(t *testing.T) {
	f, err := ParseTypeFilter("  VCPU>=8   arch=ARM mem<=64.5 ")
	if err != nil {
		t.Fatal(err)
	}
	if got := f.String(); got != "vcpu>=8 arch=arm mem<=64.5" {
		t.Errorf("String() = %q", got)
	}
}

func FuzzParseTypeFilter(f *testing.F) {
	f.Add("vcpu>=8 mem>=32 gpu>=1 arch=arm family=g7")
	f.Fuzz(func(t *testing.T, s string) {
		flt, err := ParseTypeFilter(s)
		if err != nil {
			return
		}
		again, err := ParseTypeFilter(flt.String())
		if err != nil || again.String() != flt.String() {
			t.Errorf("%q: canonical form %q does not parse back: %v", s, flt.String(), err)
		}
		flt.Match(TypeSpec{})
	})
}
