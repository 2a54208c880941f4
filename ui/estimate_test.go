package ui

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	credential "github.com/aliyun/credentials-go/credentials"
	tea "github.com/charmbracelet/bubbletea"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/forms"
	"ackpool/model"
)

// countingSandbox is the sandbox behind a counter of the requests it answered.
// Each hook runs before the sandbox answers.
func countingSandbox(t testing.TB, opts sandbox.Options, hooks ...func(*http.Request)) (*sandboxEnv, *atomic.Int64) {
	t.Helper()
	h, err := sandbox.NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	var n atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		for _, hook := range hooks {
			hook(r)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	typ, id, secret := "access_key", h.AccessKeyID(), h.AccessKeySecret()
	cred, err := credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret})
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: srv.URL, Region: "cn-hangzhou", Credential: cred, Sandbox: true})
	if err != nil {
		t.Fatal(err)
	}
	return &sandboxEnv{client: c, handler: h, endpoint: srv.URL}, &n
}

// pricedBody is validBody with a system disk every family of the sandbox can price.
func pricedBody(t testing.TB, e *sandboxEnv, name string) (*forms.Target, *model.NodePool) {
	target, np := e.validBody(t, name)
	category := "cloud_efficiency"
	np.ScalingGroup.SystemDiskCategory = &category
	return target, np
}

func pricedWizard(t *testing.T, e *sandboxEnv, name string) *driver {
	target, np := pricedBody(t, e, name)
	return newDriver(t, Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 160, 48)
}

func TestEstimateAppearsInTheFooterOnceThePlanReturns(t *testing.T) {
	e, _ := countingSandbox(t, sandbox.Options{})
	d := pricedWizard(t, e, "estimated")
	if strings.Contains(d.view(), "≈") {
		t.Fatal("an estimate before any plan")
	}
	seq := estimateTicket(d.m)
	if seq.seq == 0 {
		t.Fatal("no plan scheduled for the initial request")
	}
	// the delay ends: the driver runs the plan and feeds its answer back, and the
	// frame of that very Update shows it
	d.send(estimateDueMsg{reply{seq}})
	d.expectView("≈", "CNY/h", "for 2 nodes")
	d.keys("ctrl+r")
	d.expectView("account checks", "≈")
}

func TestAStalePlanAnswerIsDropped(t *testing.T) {
	e, _ := countingSandbox(t, sandbox.Options{})
	d := pricedWizard(t, e, "stale")
	old := estimateTicket(d.m)
	d.m.validations++ // the request changed: a newer plan is scheduled
	d.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	if estimateTicket(d.m) == old {
		t.Fatal("no new plan scheduled after the change")
	}
	d.send(estimateDueMsg{reply{old}})
	if strings.Contains(d.view(), "≈") || d.m.est.running {
		t.Error("the plan of an older request ran or was shown")
	}
	d.send(estimateMsg{reply: reply{old}, result: nil})
	if d.m.est.line != "" {
		t.Error("an answer for an older request was shown")
	}
}

func TestASlowPlanNeverHoldsAKey(t *testing.T) {
	// The sandbox holds every answer while the gate is shut: an API slower than any
	// latency. The keys must still be handled, and the estimate must come when it opens.
	gate := make(chan struct{})
	var shut atomic.Bool
	e, _ := countingSandbox(t, sandbox.Options{}, func(r *http.Request) {
		if shut.Load() {
			<-gate
		}
	})
	target, np := pricedBody(t, e, "slow")
	m := New(Options{Client: e.client, NodePool: np, Target: target, Steps: testSteps(np, target), Now: fixedNow})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	shut.Store(true)
	_, planCmd := m.Update(estimateDueMsg{reply{estimateTicket(m)}})
	if planCmd == nil {
		t.Fatal("no plan command")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- planCmd() }() // the runtime runs commands off the update loop
	before := m.View()
	m.Update(keyMsg("ctrl+f")) // next step
	if m.View() == before || m.cur != 1 {
		t.Fatalf("the key was not handled while the plan waits:\n%s", m.View())
	}
	select {
	case <-done:
		t.Fatal("the plan answered through a shut gate")
	default:
	}
	shut.Store(false)
	close(gate)
	m.Update(<-done)
	if !strings.Contains(m.View(), "≈") {
		t.Errorf("no estimate after the slow answer:\n%s", m.View())
	}
}

func TestReviewListsFailedChecksAndEnterOpensTheField(t *testing.T) {
	e, _ := countingSandbox(t, sandbox.Options{})
	target, np := pricedBody(t, e, "too-big")
	big := int64(98) // more than the cluster's node quota
	np.ScalingGroup.DesiredSize = &big
	d := newDriver(t, Options{Client: e.client, Catalog: NewCatalog(e.client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 160, 48)
	d.keys("ctrl+r")
	d.send(estimateDueMsg{reply{estimateTicket(d.m)}})
	d.expectView("account checks:", "✗ quota.nodes", "tab chooses one", "check")
	d.keys("tab", "tab") // the problems (two warnings), then the checks
	d.expectView("enter goes to the field")
	enterOK := false
	for _, r := range d.m.keyRows() {
		enterOK = enterOK || (r.Help().Desc == "go to field" && r.Enabled() && !r.hidden)
	}
	if !enterOK {
		t.Error("the footer's keys do not offer enter on the focused check")
	}
	d.keys("enter")
	if d.m.phase != phaseEditing || d.m.steps[d.m.cur].ID != "instances" {
		t.Fatalf("enter on a check opened phase %d, step %s", d.m.phase, d.m.steps[d.m.cur].ID)
	}
}

// estimateTicket is the ticket of the plan the wizard awaits.
func estimateTicket(m *Model) ticket {
	return ticket{slot: slotEstimate, seq: m.requests.awaited[slotEstimate]}
}
