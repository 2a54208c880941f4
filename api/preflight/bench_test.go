package preflight_test

import (
	"context"
	"testing"
	"time"

	"ackpool/api/preflight"
	"ackpool/api/sandbox"
)

// BenchmarkPlan plans a 10-type, 3-zone spot request against the sandbox over
// loopback: "cold" with a new Planner each time (every lookup is a call), "warm"
// with one Planner (the second and later plans of the wizard), and "cold-serial"
// with one lookup at a time, the baseline for the concurrency. The "-20ms" runs
// add 20 ms to every answer, like a cloud endpoint across a network, where the
// concurrency shows; on bare loopback client and sandbox share the CPU. calls/op
// is the number of HTTP requests the sandbox answered per plan.
func BenchmarkPlan(b *testing.B) {
	for _, bc := range []struct {
		name     string
		warm     bool
		parallel int
		latency  time.Duration
	}{
		{"cold", false, preflight.DefaultParallel, 0}, {"cold-serial", false, 1, 0}, {"warm", true, preflight.DefaultParallel, 0},
		{"cold-20ms", false, preflight.DefaultParallel, 20 * time.Millisecond}, {"cold-serial-20ms", false, 1, 20 * time.Millisecond},
		{"warm-20ms", true, preflight.DefaultParallel, 20 * time.Millisecond},
	} {
		warm := bc.warm
		b.Run(bc.name, func(b *testing.B) {
			e := newEnvWith(b, sandbox.Options{Latency: bc.latency})
			c, np := e.goodRequest(b, 3, 10)
			np.ScalingGroup.SpotStrategy = ptr("SpotAsPriceGo")
			shared := preflight.New(e.client, preflight.Parallel(bc.parallel))
			if warm {
				shared.Plan(context.Background(), "cn-hangzhou", c.ID, np)
			}
			start := e.calls.Load()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				p := shared
				if !warm {
					p = preflight.New(e.client, preflight.Parallel(bc.parallel))
				}
				if r := p.Plan(context.Background(), "cn-hangzhou", c.ID, np); r.Blocked() {
					b.Fatal("plan blocked")
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(e.calls.Load()-start)/float64(b.N), "calls/op")
		})
	}
}
