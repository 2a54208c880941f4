package api

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// WatchPhase says which part of a creation a WatchEvent reports on.
type WatchPhase string

// The phases of a watch, in order.
const (
	// PhaseTask: polling DescribeTaskInfo until the task succeeds or fails.
	PhaseTask WatchPhase = "task"
	// PhasePool: the task is done; polling DescribeClusterNodePoolDetail until the
	// pool's status.state is active (or failed).
	PhasePool WatchPhase = "pool"
	// PhaseDone: the last event of a watch; Succeeded says how it ended.
	PhaseDone WatchPhase = "done"
)

// WatchEvent is one progress report of Watcher.Watch, emitted after every poll and
// once more at the end (Phase == PhaseDone). The progress screen can render any
// event on its own: every field carries the latest known value, not a delta.
type WatchEvent struct {
	// Phase is what is being polled (task, pool) or done.
	Phase WatchPhase
	// Elapsed is the time since the watch started.
	Elapsed time.Duration
	// TaskID is the task being followed; empty when only the pool is followed.
	TaskID string
	// TaskState is the task's state: running, success, fail or failed.
	TaskState string
	// Stage is the task's current stage, e.g. "CreateInstances".
	Stage string
	// StagesDone and StagesTotal count the task's stages (0/0 when unknown).
	StagesDone, StagesTotal int
	// NodepoolID is the pool being created, when known.
	NodepoolID string
	// PoolState is the pool's status.state: initial, active, failed, scaling...
	PoolState string
	// Nodes are the pool's node counts from the last DescribeClusterNodePoolDetail.
	Nodes NodePoolStatus
	// Message is a one-line summary for a person, e.g. "task running: CreateInstances (2/4)".
	Message string
	// Failure is the failure detail (code and message) when the task or pool failed.
	Failure string
	// Succeeded is true on the final event when the task succeeded and the pool is active.
	Succeeded bool
	// Err is a poll that failed: transient when Phase is not PhaseDone (polling
	// continues), fatal on the final event.
	Err error
}

// WatchRequest names what to follow. TaskID may be empty (follow the pool only);
// ClusterID and NodepoolID may be empty (taken from the task when it names them).
type WatchRequest struct {
	Region     string
	ClusterID  string
	NodepoolID string
	TaskID     string
}

// Watcher polls a creation to its end with growing intervals.
type Watcher struct {
	// Client answers the polls.
	Client Client
	// Clock paces the polls; nil means the system clock.
	Clock Clock
	// Interval is the first wait between polls (default 2s); it grows by half each
	// poll up to MaxInterval (default 15s).
	Interval, MaxInterval time.Duration
	// MaxFailures is how many polls in a row may fail before giving up (default 5).
	MaxFailures int
}

// ErrWatchFailed is returned (wrapped) when the task or the pool ended in failure.
var ErrWatchFailed = errors.New("node pool creation failed")

// Watch follows req until the task and then the pool reach a terminal state, calling
// emit with every event (emit must not block for long). It returns the final event;
// the error is nil on success, wraps ErrWatchFailed on failure, or is ctx's error when
// cancelled (no further polls are sent after ctx ends).
func (w Watcher) Watch(ctx context.Context, req WatchRequest, emit func(WatchEvent)) (WatchEvent, error) {
	if emit == nil {
		emit = func(WatchEvent) {}
	}
	p := poller{w: w.withDefaults(), req: req, emit: emit}
	p.start = p.w.Clock.Now()
	p.ev = WatchEvent{TaskID: req.TaskID, NodepoolID: req.NodepoolID}
	err := p.run(ctx)
	final := p.ev
	final.Phase = PhaseDone
	final.Elapsed = p.w.Clock.Now().Sub(p.start)
	final.Err = err
	final.Succeeded = err == nil
	if err != nil && final.Message == "" {
		final.Message = err.Error()
	}
	if ctx.Err() == nil {
		emit(final)
	}
	return final, err
}

// WatchChan runs Watch in a goroutine and delivers its events on a channel that is
// closed after the final event.
func (w Watcher) WatchChan(ctx context.Context, req WatchRequest) <-chan WatchEvent {
	ch := make(chan WatchEvent, 16)
	go func() {
		defer close(ch)
		final, _ := w.Watch(ctx, req, func(ev WatchEvent) {
			if ev.Phase == PhaseDone {
				return
			}
			select {
			case ch <- ev:
			case <-ctx.Done():
			}
		})
		select {
		case ch <- final:
		case <-ctx.Done():
		}
	}()
	return ch
}

func (w Watcher) withDefaults() Watcher {
	if w.Clock == nil {
		w.Clock = SystemClock{}
	}
	if w.Interval <= 0 {
		w.Interval = 2 * time.Second
	}
	if w.MaxInterval <= 0 {
		w.MaxInterval = 15 * time.Second
	}
	if w.MaxFailures <= 0 {
		w.MaxFailures = 5
	}
	return w
}

// poller is the state of one Watch call.
type poller struct {
	w        Watcher
	req      WatchRequest
	emit     func(WatchEvent)
	start    time.Time
	ev       WatchEvent
	interval time.Duration
	failures int
}

func (p *poller) run(ctx context.Context) error {
	p.interval = p.w.Interval
	if p.req.TaskID != "" {
		if err := p.loop(ctx, PhaseTask, p.pollTask); err != nil {
			return err
		}
	}
	if p.req.ClusterID == "" || p.req.NodepoolID == "" {
		return nil // nothing more to follow
	}
	p.interval = p.w.Interval
	return p.loop(ctx, PhasePool, p.pollPool)
}

// loop polls until poll reports done, sleeping between polls.
func (p *poller) loop(ctx context.Context, phase WatchPhase, poll func(context.Context) (bool, error)) error {
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		done, err := poll(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		p.ev.Phase = phase
		p.ev.Elapsed = p.w.Clock.Now().Sub(p.start)
		p.ev.Err = err
		if err != nil {
			if errors.Is(err, ErrWatchFailed) {
				return err
			}
			p.failures++
			if !retryable(err) || p.failures >= p.w.MaxFailures {
				return err
			}
			p.ev.Message = "poll failed, retrying: " + oneLine(err)
		} else {
			p.failures = 0
		}
		p.emit(p.ev)
		if done {
			return nil
		}
		if err := p.w.Clock.Sleep(ctx, p.interval); err != nil {
			return err
		}
		p.interval += p.interval / 2
		if p.interval > p.w.MaxInterval {
			p.interval = p.w.MaxInterval
		}
	}
}

func (p *poller) pollTask(ctx context.Context) (bool, error) {
	t, err := p.w.Client.DescribeTask(ctx, p.req.Region, p.req.TaskID)
	if err != nil {
		return false, err
	}
	p.ev.TaskState, p.ev.Stage = t.State, t.CurrentStage
	p.ev.StagesTotal, p.ev.StagesDone = len(t.Stages), 0
	for _, s := range t.Stages {
		if s.State == "success" {
			p.ev.StagesDone++
		}
	}
	if p.req.ClusterID == "" {
		p.req.ClusterID = t.ClusterID
	}
	if p.req.NodepoolID == "" && t.Target.Type == "nodepool" {
		p.req.NodepoolID = t.Target.ID
		p.ev.NodepoolID = t.Target.ID
	}
	done, ok := t.Terminal()
	switch {
	case done && ok:
		p.ev.Message = "task succeeded"
	case done:
		p.ev.Failure = taskFailure(t)
		p.ev.Message = "task failed: " + p.ev.Failure
		return true, fmt.Errorf("%w: task %s: %s", ErrWatchFailed, t.TaskID, p.ev.Failure)
	default:
		p.ev.Message = fmt.Sprintf("task %s: %s", orDash(t.State), orDash(t.CurrentStage))
		if p.ev.StagesTotal > 0 {
			p.ev.Message += fmt.Sprintf(" (%d/%d stages done)", p.ev.StagesDone, p.ev.StagesTotal)
		}
	}
	return done, nil
}

// taskFailure renders the failure detail of a failed task: its error, else the
// message of its failed stage, else its last warning event.
func taskFailure(t *Task) string {
	if t.Error != nil && (t.Error.Code != "" || t.Error.Message != "") {
		return fmt.Sprintf("%s (code %s)", orDash(t.Error.Message), orDash(t.Error.Code))
	}
	for _, s := range t.Stages {
		if (s.State == "fail" || s.State == "failed") && s.Message != "" {
			return s.Message
		}
	}
	for i := len(t.Events) - 1; i >= 0; i-- {
		if t.Events[i].Level != "Normal" && t.Events[i].Message != "" {
			return t.Events[i].Message
		}
	}
	return "the task reported state " + t.State + " without details"
}

func (p *poller) pollPool(ctx context.Context) (bool, error) {
	d, err := p.w.Client.DescribeNodePool(ctx, p.req.Region, p.req.ClusterID, p.req.NodepoolID)
	if err != nil {
		return false, err
	}
	p.ev.NodepoolID = d.Info.NodepoolID
	p.ev.PoolState = d.Status.State
	p.ev.Nodes = d.Status
	s := d.Status
	switch s.State {
	case "active":
		p.ev.Message = fmt.Sprintf("pool active: %d/%d nodes healthy", s.HealthyNodes, s.TotalNodes)
		return true, nil
	case "failed":
		p.ev.Failure = fmt.Sprintf("pool state failed (%d of %d nodes failed)", s.FailedNodes, s.TotalNodes)
		p.ev.Message = p.ev.Failure
		return true, fmt.Errorf("%w: node pool %s: %s", ErrWatchFailed, d.Info.NodepoolID, p.ev.Failure)
	}
	p.ev.Message = fmt.Sprintf("pool %s: %d nodes, %d healthy, %d initialising", orDash(s.State), s.TotalNodes, s.HealthyNodes, s.InitialNodes)
	return false, nil
}

// oneLine summarises an error without its hint.
func oneLine(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Action + ": " + e.Summary()
	}
	return err.Error()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
