package ui

import (
	"context"
	"fmt"
	"io"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// RunAccessible runs the wizard as plain prompts, for screen readers and dumb
// terminals: huh's accessible mode for the steps' questions and numbered prompts for
// the rest, no full-screen shell. It offers what the full-screen wizard does: the
// start screen (blank, presets, the draft, a clone), the problem list with a way back
// to each problem's field, the service's refusal with a way back to the field it
// names, a draft kept after every step, and "?" for help at every question.
func RunAccessible(ctx context.Context, opts Options, streams IO) (Outcome, error) {
	opts.PoolNamesDelay = 0 // no event loop to wait in: the names are looked up in line
	if opts.Catalog != nil {
		opts.Catalog.WithFullIDs()
	}
	m := New(opts)
	m.reuse.start.plain = true
	p := &plain{m: m, in: newLineReader(streams.In), w: streams.Err}
	p.formIn = p.in.forForms(streams.In)
	drafts := m.reuseOn() && m.reuse.draft.store != nil // read before the prompts share the model
	// The prompts block reading the terminal, which ctrl+c (a cancelled ctx) cannot
	// interrupt: ask in a goroutine and stop waiting for it when ctx ends, unless the
	// create is in flight or its task is followed, which end with ctx on their own.
	done := make(chan plainResult, 1)
	go func() {
		out, err := p.run(ctx)
		done <- plainResult{out: out, err: err}
	}()
	select {
	case r := <-done:
		return r.out, r.err
	case <-ctx.Done():
	}
	if p.stopPrompting() {
		r := <-done
		return r.out, r.err
	}
	fmt.Fprintln(streams.Err)
	if drafts {
		fmt.Fprintln(streams.Err, "Nothing was sent. Your answers up to the last finished step are kept as a draft.")
	}
	return Outcome{Kind: OutcomeCancelled}, ErrCancelled
}

// plainResult is how the plain prompts ended.
type plainResult struct {
	out Outcome
	err error
}

// plain is one run of the plain prompts over the wizard's model.
type plain struct {
	m      *Model
	in     *lineReader
	formIn io.Reader // in, for the steps' prompts (with the terminal's descriptor)
	w      io.Writer

	mu      sync.Mutex
	sending bool // the create or the task watch runs: ctrl+c waits for its end
	stopped bool // ctrl+c came while prompting: nothing more is sent
}

// stopPrompting is called on ctrl+c: it reports whether the create or its watch is
// running (then its answer must be waited for), and otherwise makes sure nothing is
// sent afterwards.
func (p *plain) stopPrompting() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sending {
		return true
	}
	p.stopped = true
	return false
}

// startSending marks the create as started; false when ctrl+c came first.
func (p *plain) startSending(ctx context.Context) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped || ctx.Err() != nil {
		return false
	}
	p.sending = true
	return true
}

// doneSending marks the create as answered (refused: the prompts go on).
func (p *plain) doneSending() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.sending = false
}

// runNow runs a command of the full-screen wizard in line and applies every answer
// it returns (and the answers of the commands those return): plain prompts have no
// event loop, and the wizard's own logic stays in one place. Messages that are not
// answers (spinner frames, the forms' focus messages) have no use here and are
// dropped.
func (m *Model) runNow(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		for _, c := range msg {
			m.runNow(c)
		}
	case answer:
		m.runNow(m.applyAnswer(msg))
	}
}
