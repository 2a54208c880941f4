package api

import (
	"context"
	"math/rand/v2"
	"time"
)

// Clock is time as the client and the watcher see it. Tests pass a fake so that
// backoff and polling never wait for real.
type Clock interface {
	// Now returns the current time.
	Now() time.Time
	// Sleep waits for d or until ctx ends, whichever comes first, and returns
	// ctx.Err() when ctx ended first.
	Sleep(ctx context.Context, d time.Duration) error
}

// SystemClock is the real wall clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// Sleep waits for d or until ctx is done.
func (SystemClock) Sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// RetryPolicy bounds how reads are retried on throttling, 5xx and transport errors:
// at most Attempts tries, waiting an exponentially growing, jittered delay between them.
type RetryPolicy struct {
	// Attempts is the total number of tries, including the first (default 4).
	Attempts int
	// Base is the delay before the second try (default 300ms); it doubles each time.
	Base time.Duration
	// Max caps one delay (default 5s).
	Max time.Duration
	// Jitter returns a number in [0,1) used to spread delays; nil uses math/rand.
	Jitter func() float64
}

// DefaultRetryPolicy is what New uses when Options.Retry is zero.
func DefaultRetryPolicy() RetryPolicy {
	return RetryPolicy{Attempts: 4, Base: 300 * time.Millisecond, Max: 5 * time.Second}
}

func (p RetryPolicy) withDefaults() RetryPolicy {
	d := DefaultRetryPolicy()
	if p.Attempts <= 0 {
		p.Attempts = d.Attempts
	}
	if p.Base <= 0 {
		p.Base = d.Base
	}
	if p.Max <= 0 {
		p.Max = d.Max
	}
	if p.Jitter == nil {
		p.Jitter = rand.Float64
	}
	return p
}

// Delay returns the wait after the given failed attempt (1 for the first failure):
// Base·2^(attempt-1), capped at Max, then scaled by a random factor in [0.5, 1) so
// that many clients do not retry in lockstep.
func (p RetryPolicy) Delay(attempt int) time.Duration {
	p = p.withDefaults()
	d := p.Base
	for i := 1; i < attempt && d < p.Max; i++ {
		d *= 2
	}
	if d > p.Max {
		d = p.Max
	}
	return time.Duration(float64(d) * (0.5 + p.Jitter()/2))
}

// retry runs fn until it succeeds, fails with an error that is not retryable, or the
// attempts are used up. Waits go through clock so they honour ctx and tests.
func retry(ctx context.Context, p RetryPolicy, clock Clock, fn func() error) error {
	p = p.withDefaults()
	for attempt := 1; ; attempt++ {
		err := fn()
		if err == nil || !retryable(err) || attempt >= p.Attempts {
			return err
		}
		if serr := clock.Sleep(ctx, p.Delay(attempt)); serr != nil {
			return serr
		}
	}
}
