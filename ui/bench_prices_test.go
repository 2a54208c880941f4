package ui

import (
	"sync/atomic"
	"testing"

	"ackpool/api/sandbox"
	"ackpool/forms"
	"ackpool/forms/multipick"
	"ackpool/forms/steps"
	"ackpool/model"
)

// BenchmarkInstanceTypeListPrices opens the instance-type list of a three-zone pool
// against the sandbox over loopback and reports the DescribePrice calls it makes
// (prices/op) beside the types it lists (types/op), which is what pricing the whole
// list at once would call: "open" right after the list loads, at 80x24 and 160x48;
// "sorted" after $ (every type is priced); "reopen" the list with a catalog that
// priced it before (the cache).
func BenchmarkInstanceTypeListPrices(b *testing.B) {
	for _, bc := range []struct {
		name   string
		w, h   int
		sort   bool
		reopen bool
	}{
		{"open-80x24", 80, 24, false, false}, {"open-160x48", 160, 48, false, false},
		{"sorted-160x48", 160, 48, true, false}, {"reopen-160x48", 160, 48, false, true},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var prices atomic.Int64
			e, _ := countingSandbox(b, sandbox.Options{}, priceCounter(&prices))
			target, np := pricedBody(b, e, "bench")
			vs, err := NewCatalog(e.client).VSwitches(*target)
			if err != nil || len(vs) < 5 {
				b.Fatalf("vSwitches: %d, %v", len(vs), err)
			}
			np.ScalingGroup.VSwitchIDs = []string{vs[0].Value, vs[2].Value, vs[4].Value} // three zones
			open := func(cat *Catalog) int {
				body := np.Clone()
				d := newDriver(b, Options{Client: e.client, Catalog: cat, NodePool: body, Target: target,
					Steps: steps.Build(body, &forms.Env{Catalog: cat, Target: target})}, bc.w, bc.h)
				d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes))
				if bc.sort {
					d.keys("$")
				}
				list, ok := d.m.form.GetFocusedField().(*multipick.Field)
				if !ok {
					b.Fatal("the instance-type list is not focused")
				}
				return len(list.Choices()) - 1 // less "type it by hand"
			}
			var warm *Catalog
			if bc.reopen {
				warm = NewCatalog(e.client)
				open(warm)
			}
			start, types := prices.Load(), 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				cat := warm
				if cat == nil {
					cat = NewCatalog(e.client)
				}
				types += open(cat)
			}
			b.StopTimer()
			b.ReportMetric(float64(prices.Load()-start)/float64(b.N), "prices/op")
			b.ReportMetric(float64(types)/float64(b.N), "types/op")
		})
	}
}

// BenchmarkTypeListKey is one key (↓, then ↑) on the instance-type list of a
// three-zone pool against the sandbox, its rows priced ("priced") and, as the
// baseline, over the same catalog hidden behind forms.Catalog, which does not price
// ("unpriced"). The difference is what the prices cost a key: the price inputs' key
// after every message and the price column of the rows in view.
func BenchmarkTypeListKey(b *testing.B) {
	for _, priced := range []bool{true, false} {
		name := "priced"
		if !priced {
			name = "unpriced"
		}
		b.Run(name, func(b *testing.B) {
			e, _ := countingSandbox(b, sandbox.Options{})
			target, np := pricedBody(b, e, "bench")
			cat := NewCatalog(e.client)
			vs, err := cat.VSwitches(*target)
			if err != nil || len(vs) < 5 {
				b.Fatalf("vSwitches: %d, %v", len(vs), err)
			}
			np.ScalingGroup.VSwitchIDs = []string{vs[0].Value, vs[2].Value, vs[4].Value}
			var env forms.Catalog = cat
			if !priced {
				env = struct{ forms.Catalog }{cat} // the same lookups, no prices
			}
			d := newDriver(b, Options{Client: e.client, Catalog: cat, NodePool: np, Target: target,
				Steps: steps.Build(np, &forms.Env{Catalog: env, Target: target})}, 160, 48)
			d.run(d.m.jumpTo(model.PathScalingGroupInstanceTypes))
			d.keys("down", "up") // the window's prices are in
			keys := []string{"down", "up"}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				d.keys(keys[i%2])
				_ = d.view()
			}
		})
	}
}
