package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/forms"
	"ackpool/forms/steps"
	"ackpool/model"
	"ackpool/presets"
)

// conversation drives the plain prompts as a person at a terminal does: it waits
// until the wizard reads an answer (every question is printed by then), looks at
// what was printed, and types a line.
type conversation struct {
	t     *testing.T
	out   *lockedBuffer
	asks  chan struct{}
	lines chan string
	mark  int // how much of out had been printed at the last answer
	done  chan plainResult
}

// lockedBuffer is the wizard's output, read by the test while the wizard runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// promptReader tells the test each time the wizard waits for an answer.
type promptReader struct {
	asks  chan<- struct{}
	lines <-chan string
}

func (r *promptReader) Read(p []byte) (int, error) {
	r.asks <- struct{}{}
	line, ok := <-r.lines
	if !ok {
		return 0, io.EOF
	}
	return copy(p, line+"\n"), nil
}

// plainWizard starts the plain prompts over the sandbox with the real steps, the
// start screen and drafts in dirs.
func plainWizard(t *testing.T, e *sandboxEnv, dirs reuseDirs) *conversation {
	t.Helper()
	target := &forms.Target{Region: "cn-hangzhou"}
	cat := NewCatalog(e.client)
	build := func(np *model.NodePool) []forms.Step {
		return steps.Build(np, &forms.Env{Catalog: cat, Target: target, Accessible: true})
	}
	np := &model.NodePool{}
	opts := Options{
		Client: e.client, Catalog: cat, NodePool: np, Target: target, Steps: build(np),
		FieldHelp: forms.FieldHelp, Renderer: plainRenderer(),
		Watcher: api.Watcher{Interval: time.Millisecond, MaxInterval: 5 * time.Millisecond},
		Presets: &Presets{
			Library: presets.Library{Store: presets.NewStore(dirs.presets)},
			Drafts:  presets.NewDrafts(dirs.drafts),
			Build:   build,
		},
	}
	c := &conversation{t: t, out: &lockedBuffer{}, asks: make(chan struct{}), lines: make(chan string), done: make(chan plainResult, 1)}
	in := &promptReader{asks: c.asks, lines: c.lines}
	go func() {
		out, err := RunAccessible(context.Background(), opts, IO{In: in, Out: io.Discard, Err: c.out})
		c.done <- plainResult{out: out, err: err}
	}()
	return c
}

// conversationBound only guards against a wizard that never asks again (a bug):
// the test fails with what was printed instead of hanging.
const conversationBound = 2 * time.Minute

// waitAsk waits until the wizard reads; false when it ended instead.
func (c *conversation) waitAsk() bool {
	c.t.Helper()
	select {
	case <-c.asks:
		return true
	case r := <-c.done:
		c.done <- r
		return false
	case <-time.After(conversationBound):
		c.t.Fatalf("the wizard neither asked nor ended; it printed:\n%s", c.out.String())
	}
	return false
}

// answer presses enter at every question until one whose text (printed since the
// last answer) contains want, then types line there.
func (c *conversation) answer(want, line string) {
	c.t.Helper()
	for range 200 {
		if !c.waitAsk() {
			c.t.Fatalf("the wizard ended before asking %q:\n%s", want, c.out.String()[c.mark:])
		}
		printed := c.out.String()
		if strings.Contains(printed[c.mark:], want) {
			c.mark = len(printed)
			c.lines <- line
			return
		}
		c.mark = len(printed)
		c.lines <- ""
	}
	c.t.Fatalf("no question about %q in 200 answers:\n%s", want, c.out.String())
}

// end closes the input and returns how the wizard ended.
func (c *conversation) end() plainResult {
	c.t.Helper()
	close(c.lines)
	for c.waitAsk() {
	}
	return <-c.done
}

// finish waits for the wizard to end on its own (after the create).
func (c *conversation) finish() plainResult {
	c.t.Helper()
	select {
	case r := <-c.done:
		return r
	case <-time.After(conversationBound):
		c.t.Fatalf("the wizard did not end; it printed:\n%s", c.out.String())
	}
	return plainResult{}
}

// since is what was printed after the last answer.
func (c *conversation) since() string { return c.out.String()[c.mark:] }

// walkToConfirm answers the questions a first pool needs: blank start, the first
// region and cluster, the name, the vSwitches "1,3", the first instance type, and
// enter for everything else, up to the confirmation.
func (c *conversation) walkToConfirm(name string) {
	c.t.Helper()
	c.answer("How do you want to start?", "b")
	c.answer("Region", "1")
	c.answer("Cluster", "1")
	c.answer("Pool name", name)
	c.answer("vSwitches", "1,3")
	c.answer("Choice:", "0")
	c.answer("Instance types", "1")
	c.answer("Choice:", "0")
}

var tickedVSwitch = regexp.MustCompile(`(?m)^([0-9]+)\. \[x\] (vsw-[0-9a-z]+)`)

func TestPlainPromptsTickCommaNumbersAndCreate(t *testing.T) {
	e := newSandbox(t, 5000)
	c := plainWizard(t, e, newReuseDirs(t))
	c.answer("How do you want to start?", "b")
	c.answer("Region", "1")
	c.answer("Cluster", "1")
	c.answer("Pool name", "plain-ticks")
	c.answer("vSwitches", "1,3")
	ticked := tickedVSwitch.FindAllStringSubmatch(c.waitAndPeek(), -1)
	if len(ticked) != 2 || ticked[0][1] != "1" || ticked[1][1] != "3" {
		t.Fatalf("1,3 did not tick entries 1 and 3:\n%s", c.since())
	}
	c.lines <- "0"
	c.answer("Instance types", "1")
	c.answer("Choice:", "0")
	c.answer("y: send it", "y")
	r := c.finish()
	if r.err != nil || r.out.Kind != OutcomeCreated {
		t.Fatalf("outcome %+v, %v:\n%s", r.out, r.err, c.out.String())
	}
	pools, err := e.client.ListNodePools(context.Background(), "cn-hangzhou", r.out.ClusterID, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pools {
		if p.Info.Name == "plain-ticks" {
			return
		}
	}
	t.Fatalf("no pool plain-ticks in %s", r.out.ClusterID)
}

// waitAndPeek waits for the next question and returns what was printed since the
// last answer, without answering.
func (c *conversation) waitAndPeek() string {
	c.t.Helper()
	if !c.waitAsk() {
		c.t.Fatalf("the wizard ended:\n%s", c.since())
	}
	printed := c.out.String()
	s := printed[c.mark:]
	c.mark = len(printed)
	return s
}

func TestPlainRefusalGoesBackToTheNameAndKeepsTheVerdict(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	c := plainWizard(t, e, dirs)
	c.walkToConfirm("plain-dup")
	c.answer("y: send it", "")
	// someone else creates a pool of the same name while the person confirms
	target, np := e.validBody(t, "plain-dup")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatal(err)
	}
	c.answer("y: send it", "y")
	c.answer("answer nodepool_info.name again", "")
	refusal := c.out.String()
	for _, want := range []string{"✗ The node pool was not created", "code", "request id", "what to do", "Your answers are kept as a draft"} {
		if !strings.Contains(refusal, want) {
			t.Fatalf("the refusal does not show %q:\n%s", want, refusal)
		}
	}
	dr, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || dr == nil || dr.Request.NodepoolInfo == nil || *dr.Request.NodepoolInfo.Name != "plain-dup" {
		t.Fatalf("the refused answers were not kept as a draft: %+v, %v", dr, err)
	}
	// enter keeps the refused name: the service's verdict stays on the field
	c.answer("Pool name", "")
	c.answer("Fix one", "1")
	if !strings.Contains(c.out.String()[strings.LastIndex(c.out.String(), "== Review =="):], "nodepool_info.name: the service refused this value") {
		t.Fatalf("the verdict did not stay on the unchanged name:\n%s", c.out.String())
	}
	c.answer("Pool name", "plain-dup-2")
	c.answer("y: send it", "y")
	r := c.finish()
	if r.err != nil || r.out.Kind != OutcomeCreated {
		t.Fatalf("outcome %+v, %v:\n%s", r.out, r.err, c.out.String())
	}
	if dr, _ := presets.NewDrafts(dirs.drafts).Load(); dr != nil {
		t.Fatalf("the draft outlived the created pool: %+v", dr)
	}
}

func TestPlainProblemListGoesBackToTheField(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	// a draft whose vSwitch belongs to another cluster: an error on the review
	target, np := e.validBody(t, "plain-fix")
	np.ScalingGroup.VSwitchIDs = []string{"vsw-fromanothercluster00"}
	if _, err := presets.NewDrafts(dirs.drafts).Save(presets.Draft{ClusterID: target.ClusterID, RegionID: target.Region, Step: forms.StepAdvanced, Request: np}); err != nil {
		t.Fatal(err)
	}
	c := plainWizard(t, e, dirs)
	c.answer("Resume the draft", "r")
	c.answer("Fix one", "")
	review := c.out.String()[strings.LastIndex(c.out.String(), "== Review =="):]
	first := regexp.MustCompile(`(?m)^  1\. (.*)$`).FindStringSubmatch(review)
	if first == nil || !strings.Contains(first[1], "error scaling_group.vswitch_ids") || !strings.Contains(first[1], "vsw-fromanothercluster00") || !strings.Contains(first[1], "(step 3, Instances & scaling)") {
		t.Fatalf("the problem list does not begin with the vSwitch error and its step:\n%s", review)
	}
	c.answer("Fix one", "1")
	// the foreign ID is listed first, ticked: untick it, tick the first listed one
	list := c.waitAndPeek()
	if !strings.Contains(list, "1. [x] vsw-fromanothercluster00") {
		t.Fatalf("the refused vSwitch is not offered to untick:\n%s", list)
	}
	c.lines <- "1"
	c.answer("Choice:", "2")
	c.answer("Choice:", "0")
	c.answer("y: send it", "y")
	r := c.finish()
	if r.err != nil || r.out.Kind != OutcomeCreated {
		t.Fatalf("outcome %+v, %v:\n%s", r.out, r.err, c.out.String())
	}
}

func TestPlainHelpFullIDsAndNoKeyHints(t *testing.T) {
	e := newSandbox(t, 5000)
	c := plainWizard(t, e, newReuseDirs(t))
	c.answer("How do you want to start?", "?")
	if got := c.waitAndPeek(); !strings.Contains(got, "Start blank asks every field from scratch") || !strings.Contains(got, "Your choice") {
		t.Fatalf("? at the start screen did not print its help and ask again:\n%s", got)
	}
	c.lines <- "b"
	c.answer("Region", "?")
	if got := c.waitAndPeek(); !strings.Contains(got, "The Alibaba Cloud region of the cluster") || !strings.Contains(got, "1. cn-hangzhou") {
		t.Fatalf("? at the region did not print its help and the question again:\n%s", got)
	}
	c.lines <- "1"
	c.answer("Cluster", "1")
	c.answer("Pool name", "?")
	if got := c.waitAndPeek(); !strings.Contains(got, "nodepool_info.name") {
		t.Fatalf("? at the pool name printed no help:\n%s", got)
	}
	c.lines <- "plain-help"
	c.answer("vSwitches", "1")
	c.answer("Choice:", "0")
	c.answer("Instance types", "?")
	if got := c.waitAndPeek(); !strings.Contains(got, "vcpu>=8 mem>=32") || !strings.Contains(got, "Choice:") || strings.Contains(got, "(space)") {
		t.Fatalf("? at the instance types did not print the filter syntax for plain prompts and ask again:\n%s", got)
	}
	c.lines <- "1"
	c.answer("Choice:", "0")
	c.answer("y: send it", "q")
	c.end()
	out := c.out.String()
	for _, hint := range []string{"space: tick", "/: filter", "ctrl+f", "(? help)", "tab tries", "…\n"} {
		if strings.Contains(out, hint) {
			t.Errorf("the plain prompts print the full-screen hint %q", hint)
		}
	}
	clusters, err := NewCatalog(e.client).clusters("cn-hangzhou")
	if err != nil || len(clusters) == 0 {
		t.Fatal(err)
	}
	if !strings.Contains(out, clusters[0].ClusterID) || strings.Contains(out, shortID(clusters[0].ClusterID)) {
		t.Errorf("the cluster list does not show the full ID %s:\n%s", clusters[0].ClusterID, out)
	}
}

func TestPlainDraftKeptOnQuitAndOffered(t *testing.T) {
	e := newSandbox(t, 5000)
	dirs := newReuseDirs(t)
	c := plainWizard(t, e, dirs)
	c.answer("How do you want to start?", "b")
	c.answer("Region", "1")
	c.answer("Cluster", "1")
	c.answer("Pool name", "plain-draft")
	r := c.end() // the input ends: every question left takes its default, then the wizard quits
	if !errors.Is(r.err, ErrCancelled) {
		t.Fatalf("end of input: %+v, %v", r.out, r.err)
	}
	if !strings.Contains(c.out.String(), "Your answers are kept as a draft") {
		t.Fatalf("quitting did not say the draft is kept:\n%s", c.out.String())
	}
	dr, err := presets.NewDrafts(dirs.drafts).Load()
	if err != nil || dr == nil || dr.Request.NodepoolInfo == nil || *dr.Request.NodepoolInfo.Name != "plain-draft" {
		t.Fatalf("draft after the Basics step: %+v, %v", dr, err)
	}
	c = plainWizard(t, e, dirs)
	c.answer("Resume the draft", "r")
	c.answer("Fix one", "q")
	c.end()
	if review := c.out.String(); !strings.Contains(review[strings.LastIndex(review, "== Review =="):], `"name": "plain-draft"`) {
		t.Fatalf("the resumed draft's review does not hold its name:\n%s", review)
	}
	if _, err := os.Stat(presets.NewDrafts(dirs.drafts).Path()); err != nil {
		t.Fatalf("the draft is gone after resuming and quitting: %v", err)
	}
	if dr, _ := presets.NewDrafts(dirs.drafts).Load(); dr == nil || *dr.Request.NodepoolInfo.Name != "plain-draft" {
		t.Fatalf("the resumed draft lost its name: %+v", dr)
	}
}

func TestPlainUnknownOutcomeIsReported(t *testing.T) {
	creates := 0
	inject := func(action string) sandbox.Fault {
		switch {
		case action == "CreateClusterNodePool":
			creates++
			return sandbox.FaultDropAfterApply
		case action == "DescribeClusterNodePools" && creates > 0:
			return sandbox.FaultServerError
		}
		return sandbox.NoFault
	}
	e := newSandboxWith(t, sandbox.Options{Speed: 5000, Inject: inject})
	c := plainWizard(t, e, newReuseDirs(t))
	c.walkToConfirm("plain-unknown")
	c.answer("y: send it", "y")
	r := c.finish()
	if r.err != nil || r.out.Kind != OutcomeUnknown || r.out.Unknown == nil {
		t.Fatalf("outcome %+v, %v, want unknown:\n%s", r.out, r.err, c.out.String())
	}
	if out := c.out.String(); !strings.Contains(out, "cannot tell whether the node pool was created") || strings.Contains(out, "was not created") {
		t.Fatalf("the unknown outcome is not said as such:\n%s", out)
	}
}

func TestPlainStartsFromAPresetAndFromAClone(t *testing.T) {
	e := newSandbox(t, 5000)
	c := plainWizard(t, e, newReuseDirs(t))
	c.answer("How do you want to start?", "2") // general-purpose
	c.answer("Region", "1")
	c.answer("Cluster", "1")
	c.answer("Pool name", "plain-preset")
	// the cluster's vSwitches are filled in for the preset, its instance types kept
	c.answer("y: send it", "y")
	r := c.finish()
	if r.err != nil || r.out.Kind != OutcomeCreated {
		t.Fatalf("preset: outcome %+v, %v:\n%s", r.out, r.err, c.out.String())
	}

	target, np := e.validBody(t, "plain-source")
	if _, err := e.client.CreateNodePool(context.Background(), target.Region, target.ClusterID, np); err != nil {
		t.Fatal(err)
	}
	c = plainWizard(t, e, newReuseDirs(t))
	c.answer("How do you want to start?", "c")
	c.answer("which cluster", "1")
	list := c.waitAndPeek()
	n := regexp.MustCompile(`(?m)^  ([0-9]+)\. plain-source `).FindStringSubmatch(list)
	if n == nil {
		t.Fatalf("the pool to clone is not listed:\n%s", list)
	}
	c.lines <- n[1]
	c.answer("y: send it", "y")
	r = c.finish()
	if r.err != nil || r.out.Kind != OutcomeCreated || !strings.Contains(c.out.String(), "✓ Copied pool") {
		t.Fatalf("clone: outcome %+v, %v:\n%s", r.out, r.err, c.out.String())
	}
}
