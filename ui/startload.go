package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
	"ackpool/forms"
	"ackpool/model"
	"ackpool/presets"
)

// menuMsg answers the first screen's reads: the draft and the presets.
type menuMsg struct {
	reply
	draft *presets.Draft
	metas []presets.Meta
	notes []string // what could not be read
}

// presetMsg answers the choice of a preset on the first screen.
type presetMsg struct {
	reply
	preset *presets.Preset
	err    error
}

// clustersMsg answers the clone's cluster list.
type clustersMsg struct {
	reply
	clusters []forms.Choice
	err      error
}

// poolsMsg answers the clone's pool list.
type poolsMsg struct {
	reply
	pools []api.NodePoolDetail
	err   error
}

// describedMsg is a pool's detail made into a create request.
type describedMsg struct {
	reply
	origin presets.Origin
	result *cloneResult
	err    error
}

// baseMsg is the request a resumed draft started from (a preset, or a pool as it
// is now), for the review's diff.
type baseMsg struct {
	reply
	origin presets.Origin
	base   *model.NodePool
	err    error
}

// readMenu reads the draft and lists the presets (local files, fast).
func readMenu(t ticket, lib presets.Library, drafts *presets.Drafts) menuMsg {
	msg := menuMsg{reply: reply{t}}
	if drafts != nil {
		dr, err := drafts.Load()
		switch {
		case err != nil:
			msg.notes = append(msg.notes, "draft not offered: "+firstLine(err.Error()))
		case dr != nil && dr.Request != nil:
			msg.draft = dr
		}
	}
	metas, skipped, err := lib.List()
	for _, fe := range skipped {
		msg.notes = append(msg.notes, "skipped "+firstLine(fe.Error()))
	}
	if err != nil {
		msg.notes = append(msg.notes, "presets: "+firstLine(err.Error()))
	}
	msg.metas = metas
	return msg
}

// loadPools lists a cluster's pools for the clone picker.
func loadPools(c api.Client, t ticket, region, clusterID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
		defer cancel()
		pools, err := c.ListNodePools(ctx, region, clusterID, "")
		return poolsMsg{reply: reply{t}, pools: pools, err: err}
	}
}

// cloneResult is FromNodePoolDetail's answer.
type cloneResult struct {
	np      *model.NodePool // the new request
	base    *model.NodePool // the pool's settings under its own name
	notices []presets.Notice
}

// describePool reads a pool's settings and turns them into a new request whose name
// is unique among taken.
func describePool(c api.Client, t ticket, region, clusterID, nodepoolID string, taken []string) tea.Cmd {
	origin := presets.Origin{Kind: presets.OriginPool, ClusterID: clusterID, NodepoolID: nodepoolID}
	return func() tea.Msg {
		res, err := cloneFrom(c, region, origin, taken)
		return describedMsg{reply: reply{t}, origin: origin, result: res, err: err}
	}
}

// describeBase reads the pool a resumed draft was cloned from, for the diff.
func describeBase(t ticket, c api.Client, region string, origin presets.Origin) tea.Cmd {
	return func() tea.Msg {
		res, err := cloneFrom(c, region, origin, nil)
		if err != nil {
			return baseMsg{reply: reply{t}, origin: origin, err: fmt.Errorf("could not read pool %s: %w", origin.NodepoolID, err)}
		}
		return baseMsg{reply: reply{t}, origin: origin, base: res.base}
	}
}

// presetBase reads the preset a resumed draft started from, for the diff.
func presetBase(t ticket, lib presets.Library, origin presets.Origin) tea.Cmd {
	return func() tea.Msg {
		p, err := lib.Get(origin.Preset)
		if err != nil {
			return baseMsg{reply: reply{t}, origin: origin, err: err}
		}
		return baseMsg{reply: reply{t}, origin: origin, base: p.Request}
	}
}

// cloneFrom calls DescribeClusterNodePoolDetail and converts the answer.
func cloneFrom(c api.Client, region string, origin presets.Origin, taken []string) (*cloneResult, error) {
	ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
	defer cancel()
	detail, err := c.DescribeNodePool(ctx, region, origin.ClusterID, origin.NodepoolID)
	if err != nil {
		return nil, err
	}
	np, notices, err := presets.FromNodePoolDetail(detail.Raw, taken)
	if err != nil {
		return nil, fmt.Errorf("pool %s: %w", origin.NodepoolID, err)
	}
	if detail.HasLoginPassword && !slices.ContainsFunc(notices, func(n presets.Notice) bool { return n.Path == model.PathScalingGroupLoginPassword }) {
		notices = append([]presets.Notice{{Path: model.PathScalingGroupLoginPassword, Message: "not copied: set a password again or use a key pair"}}, notices...)
	}
	base := np.Clone() // the pool as it is, under its own name, for the diff
	if detail.Info.Name != "" && base.NodepoolInfo != nil {
		name := detail.Info.Name
		base.NodepoolInfo.Name = &name
	}
	return &cloneResult{np: np, base: base, notices: notices}, nil
}

// startAnswered ends the start screen's load: the spinner stops.
func (m *Model) startAnswered() *startState {
	m.requests.done(slotStart)
	m.reuse.start.loading = ""
	return &m.reuse.start
}

// apply builds the first screen: the draft first, blank, the presets, clone.
func (msg menuMsg) apply(m *Model) tea.Cmd {
	s := m.startAnswered()
	s.draft, s.metas, s.notes, s.menuRead = msg.draft, msg.metas, msg.notes, true
	s.items = menuItems(s.draft, s.metas, m.target.Region)
	return nil
}

// apply starts the wizard on the chosen preset.
func (msg presetMsg) apply(m *Model) tea.Cmd {
	s := m.startAnswered()
	if msg.err != nil {
		s.err = firstLine(msg.err.Error())
		return nil
	}
	p := msg.preset
	return m.begin(p.Request, presets.Origin{Kind: presets.OriginPreset, Preset: p.Name}, p.Request.Clone(), forms.StepTarget)
}

// apply records the base of a resumed draft, while the request still comes from it.
func (msg baseMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotBase)
	switch {
	case msg.err != nil:
		m.reuse.baseErr = firstLine(msg.err.Error())
	case m.reuse.origin == msg.origin:
		m.reuse.base = msg.base
	}
	if m.phase == phaseReview && m.reuse.show == showDiff {
		m.setReviewContent() // the diff said "still loading"
	}
	return nil
}

// apply shows the clusters to clone from.
func (msg clustersMsg) apply(m *Model) tea.Cmd {
	s := m.startAnswered()
	if msg.err != nil {
		s.screen, s.items = screenClusters, nil
		s.err = "could not list the clusters of " + m.target.Region + ": " + firstLine(msg.err.Error())
		return nil
	}
	s.screen, s.cursor, s.items = screenClusters, 0, nil
	if len(msg.clusters) == 0 {
		next := "tab tries the next region"
		if s.plain {
			next = "n tries the next region"
		}
		s.err = "no running cluster in " + m.target.Region + " to clone from; " + next
	}
	for _, c := range msg.clusters {
		s.items = append(s.items, clusterItem(c))
	}
	return nil
}

// apply shows the cluster's pools to clone.
func (msg poolsMsg) apply(m *Model) tea.Cmd {
	s := m.startAnswered()
	if msg.err != nil {
		s.err = "could not list the pools: " + firstLine(msg.err.Error())
		return nil
	}
	if len(msg.pools) == 0 {
		s.err = "cluster " + s.cluster + " has no node pool to clone; choose another"
		return nil
	}
	s.screen, s.cursor, s.items, s.pools = screenPools, 0, nil, msg.pools
	for _, p := range msg.pools {
		desc := fmt.Sprintf("%s  %s  %d nodes", p.Info.NodepoolID, p.Status.State, p.Status.TotalNodes)
		s.items = append(s.items, startItem{title: p.Info.Name, desc: desc, value: p.Info.NodepoolID})
	}
	return nil
}

// apply starts the wizard on the copy.
func (msg describedMsg) apply(m *Model) tea.Cmd {
	s := m.startAnswered()
	if msg.err != nil {
		s.err = "could not copy the pool: " + firstLine(msg.err.Error())
		return nil
	}
	m.target.ClusterID = msg.origin.ClusterID
	cmd := m.begin(msg.result.np, msg.origin, msg.result.base, forms.StepBasics)
	m.reuse.notices = msg.result.notices
	m.phase, s.screen = phaseStart, screenCloned
	return cmd
}

// clusterItem shows a cluster by name, with its version, state and full ID.
func clusterItem(c forms.Choice) startItem {
	fields := strings.Fields(c.Label)
	if len(fields) < 2 {
		return startItem{title: c.Value, desc: c.Label, value: c.Value}
	}
	// the label ends with a shortened ID; the full one is shown instead
	return startItem{title: fields[0], desc: strings.Join(fields[1:len(fields)-1], "  ") + "  " + c.Value, value: c.Value}
}
