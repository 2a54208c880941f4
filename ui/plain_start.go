package ui

import (
	"strconv"
	"strings"

	"ackpool/termtext"
)

// startHelp explains the start screen at "?".
const startHelp = "Each choice fills in the steps' answers; every value can still be changed as the steps ask.\n" +
	"Start blank asks every field from scratch; a preset fills in a tried configuration (the cluster's vSwitches\n" +
	"are added once you choose the cluster); the draft resumes the answers of a run that ended before sending;\n" +
	"clone copies the settings of an existing pool under a new name (the login password is not copied)."

// start asks the start screen's question, and the clone's cluster and pool
// questions, through the full-screen wizard's own start logic: its commands run in
// line. It returns once a starting point is chosen (the steps come next).
func (p *plain) start() error {
	m := p.m
	m.runNow(m.loadStartMenu())
	for m.phase == phaseStart {
		s := &m.reuse.start
		if s.screen == screenCloned {
			p.printCloned()
			m.phase = phaseEditing
			return nil
		}
		p.printStart()
		it, back, err := p.pickStart()
		switch {
		case err != nil:
			return err
		case back != "":
			p.startBack(back)
		case it != nil:
			m.runNow(m.chooseStart(*it))
		}
	}
	return nil
}

// printStart prints the current start page: its question, the last failure, and the
// numbered choices.
func (p *plain) printStart() {
	m, s := p.m, &p.m.reuse.start
	switch s.screen {
	case screenClusters:
		p.say("\nClone a pool: which cluster? (running clusters in %s)", m.target.Region)
	case screenPools:
		p.say("\nClone a pool: which pool of cluster %s? The copy keeps the IDs (vSwitches, security groups); the password is not copied.", s.cluster)
	default:
		p.say("\nHow do you want to start?")
	}
	for _, n := range s.notes {
		p.say("! %s", termtext.Line(n))
	}
	if s.err != "" {
		p.say("✗ %s", termtext.Line(s.err))
	}
	for i, it := range s.items {
		line := "  " + strconv.Itoa(i+1) + ". " + termtext.Line(it.title)
		if it.short != "" && !isDigits(it.short) {
			line += " (" + it.short + ")"
		}
		if it.desc != "" {
			line += " — " + termtext.Line(it.desc)
		}
		p.say("%s", line)
	}
}

// pickStart reads the choice of the current start page: an item, or a move back
// ("back") or to another region ("next", "prev") on the clone pages.
func (p *plain) pickStart() (it *startItem, move string, err error) {
	s := &p.m.reuse.start
	question := "Your choice (1-" + strconv.Itoa(len(s.items)) + ", enter for 1): "
	if s.screen != screenMenu {
		question = "Your choice (1-" + strconv.Itoa(len(s.items)) + ", 0 to go back"
		if s.screen == screenClusters {
			question += ", n / p for the next / previous region"
		}
		question += "): "
	}
	if len(s.items) == 0 {
		question = strings.Replace(question, "1-0, ", "", 1)
	}
	for {
		k, word, err := p.choose(question, startHelp, len(s.items), 1)
		if err != nil {
			return nil, "", err
		}
		if k > 0 {
			return &s.items[k-1], "", nil
		}
		switch strings.ToLower(word) {
		case "0", "back":
			if s.screen != screenMenu {
				return nil, "back", nil
			}
		case "n", "p":
			if s.screen == screenClusters {
				return nil, strings.ToLower(word), nil
			}
		}
		for i := range s.items {
			if s.items[i].short != "" && !isDigits(s.items[i].short) && s.items[i].short == strings.ToLower(word) {
				return &s.items[i], "", nil
			}
		}
		p.say("%q is not a choice: enter one of the numbers listed.", word)
	}
}

// startBack goes back to the first screen, or moves the clone's cluster list to the
// next or previous region.
func (p *plain) startBack(move string) {
	m := p.m
	switch move {
	case "back":
		m.reopenMenu()
	case "n", "p":
		m.runNow(m.cloneRegion(move == "n"))
	}
}

// printCloned says what the clone copied and what it changed.
func (p *plain) printCloned() {
	m := p.m
	o := m.reuse.origin
	name := ""
	if m.np.NodepoolInfo != nil && m.np.NodepoolInfo.Name != nil {
		name = *m.np.NodepoolInfo.Name
	}
	p.say("\n✓ Copied pool %s of cluster %s in %s; the new pool's name is %s.", o.NodepoolID, o.ClusterID, m.target.Region, termtext.Line(name))
	if len(m.reuse.notices) > 0 {
		p.say("What changed in the copy:")
		for _, n := range m.reuse.notices {
			p.say("  • %s", termtext.Line(n.String()))
		}
	}
	p.say("The steps ask again with the copied values as answers; enter keeps each one.")
}

// isDigits reports whether s is a number (the full-screen shortcuts of presets).
func isDigits(s string) bool { return strings.Trim(s, "0123456789") == "" }
