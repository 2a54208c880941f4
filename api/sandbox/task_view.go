package sandbox

import (
	"fmt"
	"net/http"
	"strings"

	"ackpool/model"
)

// describeTask serves DescribeTaskInfo.
func (h *Handler) describeTask(c *call) (any, *cloudError) {
	id := c.params["task_id"]
	p, op, ok := h.state.task(id)
	if !ok {
		return nil, errorf(http.StatusNotFound, "ErrorTaskNotFound", "The task %s does not exist.", id)
	}
	return h.taskView(p, op, c.requestID), nil
}

// taskView renders a task at the current time, in the full shape of the SDK's
// DescribeTaskInfoResponseBody.
func (h *Handler) taskView(p *pool, op *operation, requestID string) map[string]any {
	h.state.mu.Lock()
	now := h.state.clock.Now()
	pr := h.state.progressOf(op, now)
	name, instanceIDs, body := p.Name, append([]string(nil), p.InstanceIDs...), deepCopy(p.Body).(map[string]any)
	h.state.mu.Unlock()

	state := "running"
	switch {
	case pr.failed:
		state = "fail"
	case pr.done:
		state = "success"
	}
	stages := stagesOf[op.Kind]
	stageViews, events := []any{}, []any{}
	for i, st := range stages {
		s := map[string]any{"state": "pending", "start_time": "", "end_time": "", "message": st.message, "outputs": map[string]any{}}
		switch {
		case i < pr.stage:
			s["state"], s["start_time"], s["end_time"] = "success", stageTime(pr.stageAt[i]), stageTime(pr.stageAt[i+1])
		case i == pr.stage && pr.failed:
			s["state"], s["start_time"], s["end_time"] = "fail", stageTime(pr.stageAt[i]), stageTime(now)
			s["message"] = failureMessage(body, op.To)
		case i == pr.stage:
			s["state"], s["start_time"] = "running", stageTime(pr.stageAt[i])
		}
		stageViews = append(stageViews, s)
		if i <= pr.stage && i < len(pr.stageAt) {
			events = append(events, map[string]any{"action": "start", "level": "Normal", "reason": st.name + "Start",
				"source": "ACK", "message": st.message, "timestamp": fmt.Sprint(pr.stageAt[i].UnixMilli())})
		}
	}
	out := map[string]any{
		"task_id": op.TaskID, "cluster_id": p.ClusterID, "task_type": taskTypes[op.Kind], "state": state,
		"created": cstTime(op.Start), "updated": cstTime(now), "current_stage": "",
		"target":     map[string]any{"id": p.ID, "type": "nodepool"},
		"parameters": map[string]any{"nodepool_id": p.ID, "nodepool_name": name, "desired_size": op.To},
		"stages":     stageViews, "events": events, "task_result": taskResults(op, pr, instanceIDs), "outputs": map[string]any{},
		"request_id": requestID,
	}
	if pr.stage < len(stages) {
		out["current_stage"] = stages[pr.stage].name
	}
	if pr.failed {
		msg := failureMessage(body, op.To)
		out["events"] = append(events, map[string]any{"action": "fail", "level": "Warning", "reason": "NodePoolCreateFailed",
			"source": "ACK", "message": msg, "timestamp": fmt.Sprint(now.UnixMilli())})
		out["error"] = map[string]any{"code": "400", "message": msg}
	}
	return out
}

// taskResults lists the instances the task touched and where each stands.
func taskResults(op *operation, pr progress, instanceIDs []string) []any {
	c := nodeCountsOf(op, pr)
	results := []any{}
	if op.To >= op.From { // launching: the instances from From up to the current total
		for i := op.From; i < c.total && i < len(instanceIDs); i++ {
			status := "initial"
			switch {
			case pr.failed:
				status = "failed"
			case i < c.healthy:
				status = "success"
			}
			results = append(results, map[string]any{"data": instanceIDs[i], "status": status})
		}
		return results
	}
	for i := op.To; i < op.From && i < len(instanceIDs); i++ { // removing: the instances above To
		status := "removing"
		if i >= c.total {
			status = "success"
		}
		results = append(results, map[string]any{"data": instanceIDs[i], "status": status})
	}
	return results
}

// failureMessage is what a failed creation reports.
func failureMessage(body map[string]any, desired int) string {
	types := "the requested instance types"
	if sg, ok := body[model.PathScalingGroup].(map[string]any); ok {
		if ts, ok := sg["instance_types"].([]any); ok && len(ts) > 0 {
			parts := make([]string, 0, len(ts))
			for _, t := range ts {
				parts = append(parts, fmt.Sprint(t))
			}
			types = strings.Join(parts, ", ")
		}
	}
	return fmt.Sprintf("ScaleOutInstances failed: ECS RunInstances returned OperationDenied.NoStock for %s; %d of %d instances were not created (sandbox: --fail-tasks)", types, desired, desired)
}
