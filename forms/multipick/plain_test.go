package multipick

import "testing"

func TestPlainTextDropsFullScreenKeys(t *testing.T) {
	cases := map[string]string{
		"Subnets the nodes are created in; pick 2+ in different zones for resilience. space: tick, /: filter.":                                             "Subnets the nodes are created in; pick 2+ in different zones for resilience.",
		"Up to 10 types in stock in the chosen zones; several types make scale-out more likely to succeed. /: filter by name or vcpu>=8 mem>=32 (? help).": "Up to 10 types in stock in the chosen zones; several types make scale-out more likely to succeed.",
		"Firewall groups the nodes join (at most 5); empty uses the cluster's default group.":                                                              "Firewall groups the nodes join (at most 5); empty uses the cluster's default group.",
		"Pick one, e.g. a, b, or c. Then go on.": "Pick one, e.g. a, b, or c. Then go on.",
	}
	for in, want := range cases {
		if got := PlainText(in); got != want {
			t.Errorf("PlainText(%q)\n = %q\nwant %q", in, got, want)
		}
	}
}
