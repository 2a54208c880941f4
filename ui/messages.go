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
	seq       int
	clusterID string
	names     []string
	err       error
}

// createdMsg is CreateNodePool's answer.
type createdMsg struct {
	seq    int
	result *api.CreateResult
	err    error
}

// watchMsg is one progress event of the task watcher; closed means the watcher's
// channel ended (after its final event, or when the watch was cancelled).
type watchMsg struct {
	seq    int
	ev     api.WatchEvent
	closed bool
}

// savedMsg says whether the body was written to a file.
type savedMsg struct {
	path string
	err  error
}

// loadPoolNames lists the cluster's pools for the name check. The command captures
// values only, never the model.
func loadPoolNames(c api.Client, seq int, region, clusterID string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), lookupTimeout)
		defer cancel()
		pools, err := c.ListNodePools(ctx, region, clusterID, "")
		names := make([]string, 0, len(pools))
		for _, p := range pools {
			names = append(names, p.Info.Name)
		}
		return poolNamesMsg{seq: seq, clusterID: clusterID, names: names, err: err}
	}
}

// createPool sends the request. body is a deep copy, so later edits cannot race
// with the encoder.
func createPool(c api.Client, seq int, region, clusterID string, body *model.NodePool) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		defer cancel()
		res, err := c.CreateNodePool(ctx, region, clusterID, body)
		return createdMsg{seq: seq, result: res, err: err}
	}
}

// nextEvent waits for the watcher's next event.
func nextEvent(ch <-chan api.WatchEvent, seq int) tea.Cmd {
	return func() tea.Msg {
		ev, ok := <-ch
		return watchMsg{seq: seq, ev: ev, closed: !ok}
	}
}

// clusterSettledMsg says the chosen cluster has stayed the same for PoolNamesDelay.
type clusterSettledMsg struct{ seq int }

// watchCluster starts loading the pool names when the chosen cluster changed, once it
// has settled: every change takes a new sequence number, so only the last one loads.
func (m *Model) watchCluster() tea.Cmd {
	id := m.target.ClusterID
	if id == m.cluster || id == "" || m.opts.Catalog == nil || m.opts.Client == nil {
		return nil
	}
	m.cluster = id
	m.poolsSeq = m.nextSeq()
	if d := m.opts.PoolNamesDelay; d > 0 {
		seq := m.poolsSeq
		return tea.Tick(d, func(time.Time) tea.Msg { return clusterSettledMsg{seq: seq} })
	}
	return m.loadSettledPoolNames()
}

// loadSettledPoolNames loads the pool names of the cluster chosen now.
func (m *Model) loadSettledPoolNames() tea.Cmd {
	return tea.Batch(loadPoolNames(m.opts.Client, m.poolsSeq, m.target.Region, m.cluster), m.spinner.Tick)
}

// applyPoolNames stores the names if they answer the latest request.
func (m *Model) applyPoolNames(msg poolNamesMsg) {
	if msg.seq != m.poolsSeq {
		return // a late answer for a cluster no longer chosen
	}
	m.poolsSeq = 0
	if msg.err != nil {
		m.sub.lookupErr = "could not list the cluster's pools (name check off): " + firstLine(msg.err.Error())
		return
	}
	m.sub.lookupErr = ""
	m.opts.Catalog.SetPoolNames(msg.clusterID, msg.names)
	if len(m.steps) > 0 {
		m.refresh(false) // a name typed (or resumed) before the list came may be taken
	}
}
