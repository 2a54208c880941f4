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

// clustersMsg answers the clone's cluster list.
type clustersMsg struct {
	seq      int
	clusters []forms.Choice
	err      error
}

// poolsMsg answers the clone's pool list.
type poolsMsg struct {
	seq   int
	pools []api.NodePoolDetail
	err   error
}

// loadPools lists a cluster's pools for the clone picker.
func loadPools(c api.Client, seq int, region, clusterID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
		defer cancel()
		pools, err := c.ListNodePools(ctx, region, clusterID, "")
		return poolsMsg{seq: seq, pools: pools, err: err}
	}
}

// describedMsg is a pool's detail made into a create request.
type describedMsg struct {
	seq     int
	origin  presets.Origin
	result  *cloneResult
	err     error
	forBase bool // a resumed draft's base for the diff, not a new clone
}

// cloneResult is FromNodePoolDetail's answer.
type cloneResult struct {
	np      *model.NodePool // the new request
	base    *model.NodePool // the pool's settings under its own name
	notices []presets.Notice
}

// describePool reads a pool's settings and turns them into a new request whose name
// is unique among taken.
func describePool(c api.Client, seq int, region, clusterID, nodepoolID string, taken []string) tea.Cmd {
	origin := presets.Origin{Kind: presets.OriginPool, ClusterID: clusterID, NodepoolID: nodepoolID}
	return func() tea.Msg {
		res, err := cloneFrom(c, region, origin, taken)
		return describedMsg{seq: seq, origin: origin, result: res, err: err}
	}
}

// describeBase reads the pool a resumed draft was cloned from, for the diff.
func describeBase(c api.Client, region string, origin presets.Origin) tea.Cmd {
	return func() tea.Msg {
		res, err := cloneFrom(c, region, origin, nil)
		return describedMsg{origin: origin, result: res, err: err, forBase: true}
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
	if detail.HasLoginPassword && !slices.ContainsFunc(notices, func(n presets.Notice) bool { return n.Path == "scaling_group.login_password" }) {
		notices = append([]presets.Notice{{Path: "scaling_group.login_password", Message: "not copied: set a password again or use a key pair"}}, notices...)
	}
	base := np.Clone() // the pool as it is, under its own name, for the diff
	if detail.Info.Name != "" && base.NodepoolInfo != nil {
		name := detail.Info.Name
		base.NodepoolInfo.Name = &name
	}
	return &cloneResult{np: np, base: base, notices: notices}, nil
}

// apply shows the clusters to clone from.
func (msg clustersMsg) apply(m *Model) tea.Cmd {
	s := &m.reuse.start
	if msg.seq != s.seq || s.loading == "" {
		return nil
	}
	s.loading = ""
	if msg.err != nil {
		s.screen, s.items = screenClusters, nil
		s.err = "could not list the clusters of " + m.target.Region + ": " + firstLine(msg.err.Error())
		return nil
	}
	s.screen, s.cursor, s.items = screenClusters, 0, nil
	if len(msg.clusters) == 0 {
		s.err = "no running cluster in " + m.target.Region + " to clone from; tab tries the next region"
	}
	for _, c := range msg.clusters {
		s.items = append(s.items, clusterItem(c))
	}
	return nil
}

// apply shows the cluster's pools to clone.
func (msg poolsMsg) apply(m *Model) tea.Cmd {
	s := &m.reuse.start
	if msg.seq != s.seq || s.loading == "" {
		return nil
	}
	s.loading = ""
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

// apply starts the wizard on the copy (or records a resumed draft's base).
func (msg describedMsg) apply(m *Model) tea.Cmd {
	if msg.forBase {
		if msg.err != nil {
			m.reuse.baseErr = "could not read pool " + msg.origin.NodepoolID + ": " + firstLine(msg.err.Error())
			return nil
		}
		if m.reuse.origin == msg.origin {
			m.reuse.base = msg.result.base
		}
		return nil
	}
	s := &m.reuse.start
	if msg.seq != s.seq || s.loading == "" {
		return nil
	}
	s.loading = ""
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
