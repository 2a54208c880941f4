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

// taskMsg is one poll of the task and of the pool it creates.
type taskMsg struct {
	seq  int
	task *api.Task
	pool *api.NodePoolDetail
	err  error
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

// pollTask waits delay, then asks for the task and the pool's state.
func pollTask(c api.Client, seq int, delay time.Duration, region, clusterID, nodepoolID, taskID string) tea.Cmd {
	return func() tea.Msg {
		if delay > 0 {
			time.Sleep(delay)
		}
		ctx, cancel := context.WithTimeout(context.Background(), callTimeout)
		defer cancel()
		task, err := c.DescribeTask(ctx, region, taskID)
		if err != nil {
			return taskMsg{seq: seq, err: err}
		}
		msg := taskMsg{seq: seq, task: task}
		if nodepoolID != "" {
			// node counts are a bonus: a failed read keeps the last ones
			if pool, perr := c.DescribeNodePool(ctx, region, clusterID, nodepoolID); perr == nil {
				msg.pool = pool
			}
		}
		return msg
	}
}

// watchCluster starts loading the pool names when the chosen cluster changed.
func (m *Model) watchCluster() tea.Cmd {
	id := m.target.ClusterID
	if id == m.cluster || id == "" || m.opts.Catalog == nil || m.opts.Client == nil {
		return nil
	}
	m.cluster = id
	m.poolsSeq = m.nextSeq()
	return tea.Batch(loadPoolNames(m.opts.Client, m.poolsSeq, m.target.Region, id), m.spinner.Tick)
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
}
