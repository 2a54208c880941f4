package preflight

import (
	"sync"
	"sync/atomic"
)

// cache keeps lookup answers by key. Concurrent gets of one key share a single call;
// a failed call is not kept, so the next run tries again.
type cache struct {
	mu      sync.Mutex
	entries map[string]*entry
	hits    atomic.Int64
	misses  atomic.Int64
}

type entry struct {
	done chan struct{}
	val  any
	err  error
}

func newCache() *cache { return &cache{entries: map[string]*entry{}} }

// cached returns the answer for key, calling fetch when there is none yet.
func cached[T any](c *cache, key string, fetch func() (T, error)) (T, error) {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.mu.Unlock()
		<-e.done
		if e.err == nil {
			c.hits.Add(1)
			return e.val.(T), nil
		}
		return cached(c, key, fetch) // the call it waited for failed: try again
	}
	e := &entry{done: make(chan struct{})}
	c.entries[key] = e
	c.mu.Unlock()
	c.misses.Add(1)
	v, err := fetch()
	e.val, e.err = v, err
	if err != nil {
		c.mu.Lock()
		delete(c.entries, key)
		c.mu.Unlock()
	}
	close(e.done)
	return v, err
}

// CacheStats counts the cacheable lookups of a Planner: answered from the cache, or
// by a call to the account.
type CacheStats struct {
	Hits   int64
	Misses int64
}
