package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/huh"

	"ackpool/model"
	"ackpool/termtext"
)

// reviewHelp explains the problem list at "?".
const reviewHelp = "Every problem the checks found is listed, errors first; a request with errors cannot be sent.\n" +
	"Enter a problem's number to answer its field again (the questions of its page are asked; enter keeps\n" +
	"a value), s to walk through a whole step again, b to print the request body, q to quit (your answers\n" +
	"are kept as a draft)."

// review shows the summary and the request body, then the problems until no error
// is left (each chosen problem asks its field again). It returns errQuit when the
// person quits.
func (p *plain) review() error {
	m := p.m
	p.refreshAll()
	p.say("\n== Review ==")
	for _, r := range m.summary() {
		p.say("%-11s %s", r.label, termtext.Line(r.text))
	}
	p.say("\nRequest body (secrets masked):\n%s", m.preview.body)
	for {
		ps := m.problems
		if len(ps) == 0 {
			p.say("\nNo problems found.")
			return nil
		}
		errs := len(ps.Errors())
		p.say("\n%s, %s:", plural(errs, "error"), plural(len(ps)-errs, "warning"))
		for i, pr := range ps {
			p.say("  %d. %s %s: %s%s", i+1, pr.Severity, pr.Path, termtext.Line(pr.Message), p.stepOf(pr.Path))
		}
		question := "Fix one (1-" + strconv.Itoa(len(ps)) + "), s: a step again, b: the body, q: quit"
		def := 0
		if errs == 0 {
			question += ", enter: go on to the confirmation"
		} else {
			question += "; the errors block the submit"
		}
		k, word, err := p.choose(question+": ", reviewHelp, len(ps), def)
		if err != nil {
			return err
		}
		switch {
		case k > 0:
			p.fix(ps[k-1].Path)
		case word == "" && errs == 0:
			return nil
		case word == "":
		case strings.EqualFold(word, "s"):
			if err := p.walkStep(); err != nil {
				return err
			}
		case strings.EqualFold(word, "b"):
			p.say("\nRequest body (secrets masked):\n%s", m.preview.body)
		default:
			p.say("%q is not a choice: enter a problem's number, s, b or q.", word)
		}
		p.refreshAll()
	}
}

// refreshAll validates the request with the account lists loaded for its target.
func (p *plain) refreshAll() {
	m := p.m
	m.refresh(true)
	m.runNow(m.watchCluster())
	m.runNow(m.loadAccountLists())
	m.refresh(true)
}

// stepOf names the step that asks for a path, for the problem list.
func (p *plain) stepOf(path string) string {
	i := p.m.owner(path)
	if i < 0 {
		return ""
	}
	return fmt.Sprintf(" (step %d, %s)", i+1, p.m.steps[i].Title)
}

// fix asks the field at path again: the questions of the pages holding it (a
// pick-list and its "typed by hand" page, which asks only when chosen), or of its
// whole step when those pages ask nothing now (they are hidden) or none lists it.
func (p *plain) fix(path string) {
	m := p.m
	i := m.owner(path)
	if i < 0 {
		p.say("No single step asks for %s: walk through the step that sets it (s).", path)
		return
	}
	s := m.steps[i]
	p.say("\n== Step %d of %d: %s, back to %s ==", i+1, len(m.steps), s.Title, path)
	var pages []*huh.Group
	for g, keys := range s.Keys {
		if g < len(s.Groups) && slices.ContainsFunc(keys, func(k string) bool { return model.Covers(k, path) || model.Covers(path, k) }) {
			pages = append(pages, s.Groups[g])
		}
	}
	if len(pages) == 0 || !p.runForm(pages...) {
		p.runForm(s.Groups...)
	}
	p.afterStep(i)
}

// walkStep asks which step to walk through again, and asks all of its questions.
func (p *plain) walkStep() error {
	m := p.m
	for i, s := range m.steps {
		p.say("  %d. %s", i+1, s.Title)
	}
	k, _, err := p.choose("Which step (1-"+strconv.Itoa(len(m.steps))+")? ", "Every question of the chosen step is asked again; enter keeps each value.", len(m.steps), 0)
	if err != nil || k == 0 {
		return err
	}
	p.askStep(k - 1)
	return nil
}
