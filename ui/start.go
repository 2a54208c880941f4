package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"ackpool/api"
	"ackpool/forms"
	"ackpool/model"
	"ackpool/presets"
	"ackpool/termtext"
)

// startKind is what a start screen choice does.
type startKind int

const (
	startBlank  startKind = iota // the empty form
	startDraft                   // resume the autosaved draft
	startPreset                  // a built-in or user preset
	startClone                   // copy an existing pool
)

// startScreen is the page of the start phase.
type startScreen int

const (
	screenMenu     startScreen = iota // blank, draft, presets, clone
	screenClusters                    // clone: pick the cluster
	screenPools                       // clone: pick the pool
	screenCloned                      // clone: what was copied and left out
)

// startItem is one line of a start screen list.
type startItem struct {
	short string // shortcut key shown before the title ("b", "1", ...)
	title string
	desc  string
	kind  startKind
	value string // preset name, cluster ID or node pool ID
}

// startState is the start phase: the menu, the clone pickers and what is loading.
type startState struct {
	screen   startScreen
	items    []startItem
	cursor   int
	draft    *presets.Draft
	metas    []presets.Meta // the presets the menu offers
	menuRead bool           // the presets and the draft have been read
	notes    []string       // presets or draft that could not be read
	loading  string         // what is being loaded ("" when nothing)
	err      string         // the last load's failure
	cluster  string         // clone: the chosen cluster
	pools    []api.NodePoolDetail
	plain    bool // the plain prompts ask: messages name their answers, not keys
}

// initStart opens the start screen when the reuse features are on. The menu's
// presets and draft are read from disk by the command Init returns (loadMenu).
func (m *Model) initStart() {
	if !m.reuseOn() {
		return
	}
	m.reuse.draft.init(m.opts.Presets)
	m.reuse.start.cursor = 0
	m.reuse.start.loading = menuLoading // until Init's command answers
	m.phase = phaseStart
}

// menuLoading is what the first screen says while its presets and draft are read.
const menuLoading = "your presets and draft"

// loadStartMenu reads the presets and the draft for the first screen.
func (m *Model) loadStartMenu() tea.Cmd {
	p := m.opts.Presets
	lib, drafts := p.Library, p.Drafts
	return m.startLoad(menuLoading, func(t ticket) tea.Cmd {
		return func() tea.Msg { return readMenu(t, lib, drafts) }
	})
}

// menuItems builds the first screen: the draft first when there is one (the likely
// choice after an interruption), blank, every preset numbered, then clone.
func menuItems(dr *presets.Draft, metas []presets.Meta, region string) []startItem {
	var out []startItem
	if dr != nil {
		out = append(out, startItem{short: "r", title: "Resume the draft", desc: dr.Describe(), kind: startDraft})
	}
	out = append(out, startItem{short: "b", title: "Start blank", desc: "every field from scratch", kind: startBlank})
	for i, meta := range metas {
		short := ""
		if i < 9 {
			short = strconv.Itoa(i + 1)
		}
		desc := meta.Description
		if meta.Builtin {
			desc = "built-in · " + desc
		}
		out = append(out, startItem{short: short, title: meta.Name, desc: desc, kind: startPreset, value: meta.Name})
	}
	where := "a cluster"
	if region != "" {
		where = "a cluster in " + region
	}
	return append(out, startItem{short: "c", title: "Clone an existing pool", desc: "copy a pool's settings from " + where, kind: startClone})
}

// updateStart handles keys on the start screen and its clone pickers.
func (m *Model) updateStart(k tea.KeyMsg) tea.Cmd {
	s := &m.reuse.start
	if s.screen == screenCloned {
		return m.updateCloned(k)
	}
	switch m.action(k) {
	case actQuit:
		m.out = Outcome{Kind: OutcomeCancelled}
		return tea.Quit
	case actBack:
		switch {
		case s.loading != "":
			s.loading = "" // ignore the answer; stay on this page
			m.requests.done(slotStart)
		case s.screen != screenMenu:
			m.reopenMenu()
		}
	case actNextRegion, actPrevRegion:
		return m.cloneRegion(m.action(k) == actNextRegion)
	case actUp:
		s.cursor = max(0, s.cursor-1)
	case actDown:
		s.cursor = min(len(s.items)-1, s.cursor+1)
	case actOpen:
		if s.cursor < len(s.items) {
			return m.chooseStart(s.items[s.cursor])
		}
	case actShortcut:
		for _, it := range s.items {
			if it.short == k.String() {
				return m.chooseStart(it)
			}
		}
	}
	return nil
}

// reopenMenu goes back from the clone pickers to the first screen.
func (m *Model) reopenMenu() {
	s := &m.reuse.start
	s.screen, s.err, s.cursor = screenMenu, "", 0
	s.items = menuItems(s.draft, s.metas, m.target.Region)
}

// chooseStart acts on a choice of the current start page.
func (m *Model) chooseStart(it startItem) tea.Cmd {
	s := &m.reuse.start
	s.err = ""
	switch s.screen {
	case screenClusters:
		s.cluster = it.value
		return m.startLoad("the cluster's node pools", func(t ticket) tea.Cmd {
			return loadPools(m.opts.Client, t, m.target.Region, it.value)
		})
	case screenPools:
		return m.startLoad("the pool's settings", func(t ticket) tea.Cmd {
			return describePool(m.opts.Client, t, m.target.Region, s.cluster, it.value, poolNames(s.pools))
		})
	}
	switch it.kind {
	case startDraft:
		return m.resumeDraft(s.draft)
	case startPreset:
		lib, name := m.opts.Presets.Library, it.value
		return m.startLoad("preset "+name, func(t ticket) tea.Cmd {
			return func() tea.Msg {
				p, err := lib.Get(name)
				return presetMsg{reply: reply{t}, preset: p, err: err}
			}
		})
	case startClone:
		if m.opts.Client == nil || m.opts.Catalog == nil {
			s.err = "cloning needs a connection to the account"
			return nil
		}
		return m.loadClusters()
	}
	return m.begin(&model.NodePool{}, presets.Origin{}, nil, forms.StepTarget)
}

// loadClusters lists the running clusters of the target region to clone from.
func (m *Model) loadClusters() tea.Cmd {
	region := m.target.Region
	cat := m.opts.Catalog
	return m.startLoad("the clusters of "+region, func(t ticket) tea.Cmd {
		return func() tea.Msg {
			cs, err := cat.Clusters(region)
			return clustersMsg{reply: reply{t}, clusters: cs, err: err}
		}
	})
}

// cloneRegion moves the clone's cluster list to the next (or previous) region the
// catalog offers.
func (m *Model) cloneRegion(next bool) tea.Cmd {
	regions, err := m.opts.Catalog.Regions()
	if err != nil || len(regions) == 0 {
		return nil
	}
	i := slices.IndexFunc(regions, func(c forms.Choice) bool { return c.Value == m.target.Region })
	switch {
	case i < 0:
		i = 0
	case next:
		i = (i + 1) % len(regions)
	default:
		i = (i - 1 + len(regions)) % len(regions)
	}
	m.target.Region, m.target.ClusterID = regions[i].Value, ""
	return m.loadClusters()
}

// resumeDraft restores the draft's request, target, origin and step.
func (m *Model) resumeDraft(dr *presets.Draft) tea.Cmd {
	m.target.Region = firstNonEmpty(dr.RegionID, m.target.Region)
	m.target.ClusterID = dr.ClusterID
	m.reuse.defaults = dr.ClusterID // the draft already has what it had
	var load tea.Cmd
	switch dr.Origin.Kind {
	case presets.OriginPreset:
		load = presetBase(m.requests.issue(slotBase), m.opts.Presets.Library, dr.Origin)
	case presets.OriginPool:
		if m.opts.Client != nil {
			load = describeBase(m.requests.issue(slotBase), m.opts.Client, m.target.Region, dr.Origin)
		}
	}
	cmd := m.begin(dr.Request, dr.Origin, nil, dr.Step)
	return tea.Batch(cmd, load)
}

// startLoad shows the spinner while an answer for the start screen is loading.
func (m *Model) startLoad(what string, cmd func(t ticket) tea.Cmd) tea.Cmd {
	s := &m.reuse.start
	s.loading = what
	return tea.Batch(cmd(m.requests.issue(slotStart)), m.spinner.Tick)
}

// updateCloned leaves the clone summary: enter reviews the copy, e edits it.
func (m *Model) updateCloned(k tea.KeyMsg) tea.Cmd {
	switch m.action(k) {
	case actQuit:
		m.out = Outcome{Kind: OutcomeCancelled}
		return tea.Quit
	case actReview:
		m.phase = phaseEditing
		return m.openReview()
	case actEdit:
		return m.enterStep(m.stepIndex(forms.StepBasics))
	case actBack:
		m.reopenMenu()
	}
	return nil
}

// poolNames lists the names of the pools, for the clone's unique name.
func poolNames(pools []api.NodePoolDetail) []string {
	out := make([]string, 0, len(pools))
	for _, p := range pools {
		out = append(out, p.Info.Name)
	}
	return out
}

// renderStart draws the start phase.
func (m *Model) renderStart() string {
	s := &m.reuse.start
	title, hint := "How do you want to start?", "Pick a starting point; every value can still be changed in the steps, and ctrl+r jumps to the review from any step."
	switch {
	case !s.menuRead:
		// the question appears with its answers, so a key is never pressed at a menu
		// that is not there yet
		title, hint = "Starting…", "Reading your presets and the autosaved draft."
	case s.screen == screenClusters:
		title, hint = "Clone a pool: which cluster?", "Running clusters in "+m.target.Region+"; tab / shift+tab: next / previous region."
	case s.screen == screenPools:
		title, hint = "Clone a pool: which pool?", "Pools of cluster "+s.cluster+". The copy keeps the IDs (vSwitches, security groups); the password is not copied."
	case s.screen == screenCloned:
		return m.renderCloned()
	}
	head := []string{m.styles.Title.Render(title), m.muted(wrapText(hint, m.width-1, 2)), ""}
	var foot []string // the last failure and the files that could not be read
	if s.err != "" {
		foot = append(foot, perLine(m.styles.Error, wrapText("✗ "+termtext.Line(s.err), m.width-1, 2)))
	}
	for i, n := range s.notes {
		if i == 2 {
			foot = append(foot, m.styles.Muted.Render(fmt.Sprintf("… and %d more", len(s.notes)-i)))
			break
		}
		foot = append(foot, perLine(m.styles.Warning, wrapText("! "+termtext.Line(n), m.width-1, 2)))
	}
	// header and its gap, the description block (3), the help line
	used := headerHeight + lineCount(head) + lineCount(foot) + 3 + 1
	rows := max(m.height-used, 3)
	body := []string{}
	if s.loading != "" {
		line := m.spinner.View() + " loading " + s.loading + "…"
		if s.menuRead {
			line += "  (esc cancels)"
		}
		body = append(body, line)
	} else {
		body = append(body, m.startList(rows)...)
		if s.cursor < len(s.items) && s.items[s.cursor].desc != "" {
			body = append(body, "", m.muted(wrapText(termtext.Line(s.items[s.cursor].desc), m.width-2, 2)))
		}
	}
	for lineCount(body) < rows+3 {
		body = append(body, "")
	}
	lines := append(append(head, body...), foot...)
	return strings.Join(lines, "\n") + "\n" + m.helpLine()
}

// startList renders the items around the cursor, rows at most.
func (m *Model) startList(rows int) []string {
	s := &m.reuse.start
	titleW := 24
	for _, it := range s.items {
		titleW = max(titleW, min(len(it.title)+2, 40))
	}
	first := max(0, min(s.cursor-rows/2, len(s.items)-rows))
	var out []string
	for i := first; i < len(s.items) && i < first+rows; i++ {
		it := s.items[i]
		// pool, cluster and preset names come from the account and from files
		it.title, it.desc = termtext.Line(it.title), termtext.Line(it.desc)
		short := fmt.Sprintf("%-2s", it.short)
		line := fmt.Sprintf("%s %-*s %s", short, titleW, it.title, m.styles.Muted.Render(it.desc))
		if i == s.cursor {
			line = m.styles.Selected.Render("> ") + m.styles.StepCursor.Render(fmt.Sprintf("%s %-*s", short, titleW, it.title)) + " " + m.styles.Muted.Render(it.desc)
		} else {
			line = "  " + line
		}
		out = append(out, truncate(line, m.width))
	}
	if len(s.items) == 0 {
		out = append(out, m.styles.Muted.Render("  nothing to choose from"))
	}
	return out
}

// renderCloned summarises the clone: where it came from, its new name and what was
// left out.
func (m *Model) renderCloned() string {
	o := m.reuse.origin
	name := ""
	if m.np.NodepoolInfo != nil && m.np.NodepoolInfo.Name != nil {
		name = *m.np.NodepoolInfo.Name
	}
	lines := []string{
		m.styles.OK.Render("✓ Copied pool " + o.NodepoolID),
		m.styles.Muted.Render("  of cluster " + o.ClusterID + " in " + m.target.Region),
		"",
		m.styles.Label.Render("new name") + m.styles.Value.Render(name),
		"",
	}
	if len(m.reuse.notices) > 0 {
		lines = append(lines, "What changed in the copy:")
	}
	room := max(m.height-headerHeight-len(lines)-4, 1)
	for i, n := range m.reuse.notices {
		if i == room {
			lines = append(lines, m.styles.Muted.Render(fmt.Sprintf("  … %d more", len(m.reuse.notices)-i)))
			break
		}
		lines = append(lines, "  • "+strings.ReplaceAll(wrapText(n.String(), m.width-5, 3), "\n", "\n    "))
	}
	return strings.Join(lines, "\n") + "\n\n" + m.helpLine()
}

// wrapText breaks s into lines of at most width columns at spaces (see
// wrapAtSpaces), at most n lines; the last line ends with "…" when text is left over.
func wrapText(s string, width, n int) string {
	lines := strings.Split(wrapAtSpaces(strings.Join(strings.Fields(s), " "), max(width, 1)), "\n")
	if len(lines) > n {
		lines = lines[:n]
		lines[n-1] = truncate(lines[n-1]+" …", width)
	}
	return strings.Join(lines, "\n")
}

// muted renders text in the muted style, line by line.
func (m *Model) muted(text string) string { return perLine(m.styles.Muted, text) }

// perLine renders each line of text in st (one style run per line, so no line is
// padded to the longest).
func perLine(st lipgloss.Style, text string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		lines[i] = st.Render(l)
	}
	return strings.Join(lines, "\n")
}

// lineCount is how many screen lines the blocks take.
func lineCount(blocks []string) int {
	n := 0
	for _, b := range blocks {
		n += strings.Count(b, "\n") + 1
	}
	return n
}
