package ui

import (
	"runtime"
	"testing"

	"ackpool/forms"
	"ackpool/forms/formstest"
)

// walkAllSteps launches the wizard as the program does (the start screen, the steps
// built headless), answers "start blank" and moves through every step with ctrl+f
// to the review, at 160x48.
func walkAllSteps(b *testing.B, cat *formstest.Catalog) *driver {
	b.Helper()
	t := forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	d := newDriver(b, launchOptions(cat, &t, plainRenderer()), 160, 48)
	d.keys("b")
	for i := 0; i < len(d.m.steps) && d.m.phase == phaseEditing; i++ {
		if d.m.cur != i {
			b.Fatalf("on step %d, not %d", d.m.cur, i)
		}
		d.keys("ctrl+f")
		_ = d.m.View()
	}
	if d.m.phase != phaseReview {
		b.Fatalf("phase %d after walking the steps, not the review", d.m.phase)
	}
	for i, s := range d.m.steps {
		if s.Full != nil || !s.visited {
			b.Fatalf("step %d (%s) was not opened on the walk", i, s.ID)
		}
	}
	_ = d.m.View()
	return d
}

// liveHeap is the heap in use after a collection.
func liveHeap() (inuse, alloc uint64) {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse, ms.HeapAlloc
}

// BenchmarkWalkAllSteps measures a launch and a walk through every step to the
// review, and reports what stays in memory after it: heap-B is the live heap of
// the whole test process after a collection (runtime.MemStats HeapInuse) with the
// walked wizard alive, wizard-B what the wizard holds (HeapAlloc after the walk
// less HeapAlloc before the launch). Run it with -benchtime=5x or so: every round
// collects twice.
func BenchmarkWalkAllSteps(b *testing.B) {
	cat := formstest.NewCatalog()
	b.ReportAllocs()
	var inuse, held float64
	n := 0
	for b.Loop() {
		_, before := liveHeap()
		d := walkAllSteps(b, cat)
		in, after := liveHeap()
		runtime.KeepAlive(d)
		inuse += float64(in)
		held += float64(after) - float64(before)
		n++
	}
	b.ReportMetric(inuse/float64(n), "heap-B")
	b.ReportMetric(held/float64(n), "wizard-B")
}
