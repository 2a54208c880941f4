package ui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
	"ackpool/model"
)

// callTimeout bounds the create and each poll of the task.
const callTimeout = 60 * time.Second

// poolNamesMsg carries the pool names of a cluster, loaded when it was chosen.
type poolNamesMsg struct {
	reply
	clusterID string
	names     []string
	err       error
}

// createdMsg is CreateNodePool's answer.
type createdMsg struct {
	reply
	result *api.CreateResult
	err    error
}

// watchMsg is one progress event of the task watcher; closed means the watcher's
// channel ended (after its final event, or when the watch was cancelled).
type watchMsg struct {
	reply
	ev     api.WatchEvent
	closed bool
}

// clusterSettledMsg says the chosen cluster has stayed the same for PoolNamesDelay.
type clusterSettledMsg struct{ reply }

// loadPoolNames lists the cluster's pools for the name check. The command captures
// values only, never the model.
func loadPoolNames(c api.Client, t ticket, region, clusterID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
		defer cancel()
		pools, err := c.ListNodePools(ctx, region, clusterID, "")
		names := make([]string, 0, len(pools))
		for _, p := range pools {
			names = append(names, p.Info.Name)
		}
		return poolNamesMsg{reply: reply{t}, clusterID: clusterID, names: names, err: err}
	}
}

// createPool sends the request. body is a deep copy, so later edits cannot race
// with the encoder.
func createPool(c api.Client, t ticket, region, clusterID string, body *model.NodePool) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		defer cancel()
		res, err := c.CreateNodePool(ctx, region, clusterID, body)
		return createdMsg{reply: reply{t}, result: res, err: err}
	}
}

// nextEvent waits for the watcher's next event.
func nextEvent(ch <-chan api.WatchEvent, t ticket) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-ch
		return watchMsg{reply: reply{t}, ev: ev, closed: !ok}
	}
}

// watchCluster starts loading the pool names when the chosen cluster changed, once it
// has settled: every change is a new request in its slot, so only the last one loads.
func (m *Model) watchCluster() tea.Cmd {
	id := m.target.ClusterID
	if id == m.cluster || id == "" || m.opts.Catalog == nil || m.opts.Client == nil {
		return nil
	}
	m.cluster = id
	t := m.requests.issue(slotPoolNames)
	if d := m.opts.PoolNamesDelay; d > 0 {
		return tea.Tick(d, func(time.Time) tea.Msg { return clusterSettledMsg{reply{t}} })
	}
	return m.loadSettledPoolNames(t)
}

// apply loads the pool names of the cluster that stayed chosen.
func (msg clusterSettledMsg) apply(m *Model) tea.Cmd { return m.loadSettledPoolNames(msg.t) }

// loadSettledPoolNames loads the pool names of the cluster chosen now.
func (m *Model) loadSettledPoolNames(t ticket) tea.Cmd {
	return tea.Batch(loadPoolNames(m.opts.Client, t, m.target.Region, m.cluster), m.spinner.Tick)
}

// apply stores the names of the cluster chosen now.
func (msg poolNamesMsg) apply(m *Model) tea.Cmd {
	m.requests.done(slotPoolNames)
	if msg.err != nil {
		m.sub.lookupErr = "could not list the cluster's pools (name check off): " + firstLine(msg.err.Error())
		return nil
	}
	m.sub.lookupErr = ""
	m.opts.Catalog.SetPoolNames(msg.clusterID, msg.names)
	if len(m.steps) > 0 {
		m.refresh(false) // a name typed (or resumed) before the list came may be taken
	}
	return nil
}
