package forms

import (
	"fmt"
	"hash/fnv"
	"sync"
)

// Live is the binding handed to huh's TitleFunc, DescriptionFunc and OptionsFunc.
//
// huh hashes a field's bindings on the UI goroutine after every update and, when the
// hash changed, calls the function from a tea.Cmd on another goroutine. Reading the
// form's bound strings from there would race with the next keystroke, so Live
// captures the inputs when huh hashes it (on the UI goroutine) and the function reads
// that capture under a lock. Values must print distinctly with %v (strings, slices
// of strings, small structs of those).
type Live[T any] struct {
	state *liveState[T] // a pointer, so the copy huh's hasher makes never copies the lock
}

type liveState[T any] struct {
	read func() T
	mu   sync.Mutex
	last T
}

func NewLive[T any](read func() T) Live[T] {
	l := Live[T]{state: &liveState[T]{read: read}}
	l.state.last = read()
	return l
}

// Hash captures the current inputs and hashes them; huh calls it through hashstructure.
func (l Live[T]) Hash() (uint64, error) {
	v := l.state.read()
	l.state.mu.Lock()
	l.state.last = v
	l.state.mu.Unlock()
	h := fnv.New64a()
	fmt.Fprintf(h, "%v", v)
	return h.Sum64(), nil
}

// Now captures the current inputs and returns them, for code that runs on the UI
// goroutine and cannot wait for huh to hash (accessible mode).
func (l Live[T]) Now() T {
	v := l.state.read()
	l.state.mu.Lock()
	l.state.last = v
	l.state.mu.Unlock()
	return v
}

// Get returns the inputs captured by the last Hash; safe from any goroutine.
func (l Live[T]) Get() T {
	l.state.mu.Lock()
	defer l.state.mu.Unlock()
	return l.state.last
}
