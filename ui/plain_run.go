package ui

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/termtext"
)

// run walks the person through the plain prompts: the start screen, every step, the
// problem list until no error is left, the confirmation and the create; a refused
// create goes back to the field the service named and around again.
func (p *plain) run(ctx context.Context) (Outcome, error) {
	m := p.m
	p.say("Plain prompts: answer each question and press enter; enter alone keeps the value shown.")
	p.say("Type ? at any question for its help, q at a numbered menu to quit.")
	if m.phase == phaseStart {
		if err := p.start(); err != nil {
			return p.quit()
		}
	}
	for i := m.cur; i < len(m.steps); i++ {
		p.askStep(i)
	}
	for {
		if err := p.review(); err != nil {
			return p.quit()
		}
		send, err := p.confirm()
		if err != nil {
			return p.quit()
		}
		if !send {
			continue // back to the problem list, which can walk any step again
		}
		out, refused, err := p.submit(ctx)
		if !refused {
			return out, err
		}
		if err := p.afterRefusal(); err != nil {
			return p.quit()
		}
	}
}

// quit ends the prompts without sending; the answers stay as a draft when drafts
// are on.
func (p *plain) quit() (Outcome, error) {
	m := p.m
	if err := m.plainSaveDraft(false); err != nil {
		p.say("ackpool: the draft was not saved: %s", termtext.Line(err.Error()))
	}
	switch {
	case m.out.Kind == OutcomeUnknown:
		return m.out, nil // an unknown create outcome must still be reported
	case m.reuseOn() && m.reuse.draft.store != nil:
		p.say("Nothing was sent. Your answers are kept as a draft: the next start offers to resume it.")
	default:
		p.say("Nothing was sent.")
	}
	return Outcome{Kind: OutcomeCancelled}, ErrCancelled
}

// askStep asks every question of step i, then checks the step.
func (p *plain) askStep(i int) {
	s := p.m.steps[i]
	p.say("\n== Step %d of %d: %s ==", i+1, len(p.m.steps), s.Title)
	p.runForm(s.Groups...)
	p.afterStep(i)
}

// runForm asks the questions of the groups in huh's accessible mode; it reports
// whether any question was asked (a hidden page asks none).
func (p *plain) runForm(groups ...*huh.Group) bool {
	count := &countingWriter{w: p.w}
	// in accessible mode the form only returns when every prompt has its answer
	_ = huh.NewForm(groups...).WithAccessible(true).WithInput(p.formIn).WithOutput(count).Run()
	return count.asked
}

// afterStep syncs and validates step i, looks up what the answers need (the
// cluster's pool names, the account lists, a preset's vSwitches), prints the step's
// problems and saves the draft.
func (p *plain) afterStep(i int) {
	m := p.m
	m.cur = i
	m.steps[i].visited = true
	m.refresh(true)
	m.runNow(m.watchCluster())
	if m.sub.lookupErr != "" {
		p.say("%s", m.sub.lookupErr)
	}
	m.runNow(m.presetDefaults())
	m.runNow(m.loadAccountLists())
	m.refresh(true)
	for _, pr := range m.steps[i].problems {
		p.say("%s %s: %s", pr.Severity, pr.Path, termtext.Line(pr.Message))
	}
	if err := m.plainSaveDraft(false); err != nil {
		p.say("ackpool: the draft was not saved: %s", termtext.Line(err.Error()))
	}
}

// plainSaveDraft saves the answers as a draft at once (drafts on, not yet
// submitted). Unless force is set, a draft that could be resumed is kept while the
// answers are still those the new start began with.
func (m *Model) plainSaveDraft(force bool) error {
	if !force && m.reuseOn() && m.holding() {
		return nil
	}
	cmd := m.saveDraftNow()
	if cmd == nil {
		return nil
	}
	if msg, ok := cmd().(draftSavedMsg); ok && msg.err != nil {
		return msg.err
	}
	return nil
}

// countingWriter notes whether a prompt printed more than empty lines.
type countingWriter struct {
	w     io.Writer
	asked bool
}

// Write prints p and notes text other than newlines.
func (c *countingWriter) Write(b []byte) (int, error) {
	if strings.Trim(string(b), "\n") != "" {
		c.asked = true
	}
	return c.w.Write(b)
}

// choose reads a number from 1 to n; "" returns def (0 for none).
func (p *plain) choose(question, help string, n, def int) (int, string, error) {
	for {
		answer, err := p.ask(question, help)
		if err != nil {
			return 0, "", err
		}
		if answer == "" && def > 0 && def <= n {
			return def, "", nil
		}
		var k int
		if _, err := fmt.Sscanf(answer, "%d", &k); err == nil && fmt.Sprint(k) == answer {
			if k >= 1 && k <= n {
				return k, "", nil
			}
			p.say("%d is not listed: enter a number from 1 to %d.", k, n)
			continue
		}
		return 0, answer, nil // a word: the caller reads it
	}
}
