package ui

import (
	"fmt"
	"io"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ackpool/forms"
	"ackpool/model"
)

// fixedNow is the clock of every test: the elapsed time on the progress screen
// never changes between runs.
func fixedNow() time.Time { return time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC) }

// testSteps are three small steps shaped like the real ones: a target, a basics
// step with the pool name, and a scaling step whose period only shows for PrePaid.
func testSteps(np *model.NodePool, target *forms.Target) []forms.Step {
	name, desired := "", "2"
	charge, period := "PostPaid", ""
	if np.NodepoolInfo != nil && np.NodepoolInfo.Name != nil {
		name = *np.NodepoolInfo.Name
	}
	if sg := np.ScalingGroup; sg != nil && sg.DesiredSize != nil {
		desired = strconv.FormatInt(*sg.DesiredSize, 10)
	}
	region, cluster := target.Region, target.ClusterID
	return []forms.Step{
		{
			ID: "target", Title: "Target", Owns: []string{"ClusterId"},
			Groups: []*huh.Group{huh.NewGroup(
				huh.NewInput().Key("region").Title("Region").Value(&region),
				huh.NewInput().Key("ClusterId").Title("Cluster").Value(&cluster),
			)},
			Sync: func(*model.NodePool) { target.Region, target.ClusterID = region, cluster },
		},
		{
			ID: "basics", Title: "Basics", Owns: []string{"nodepool_info"},
			Groups: []*huh.Group{huh.NewGroup(
				huh.NewInput().Key("nodepool_info.name").Title("Pool name").Value(&name),
			)},
			Sync: func(np *model.NodePool) {
				if np.NodepoolInfo == nil {
					np.NodepoolInfo = &model.NodepoolInfo{}
				}
				np.NodepoolInfo.Name = ptrOrNil(name)
			},
		},
		{
			ID: "instances", Title: "Instances & scaling", Owns: []string{"scaling_group", "auto_scaling"},
			Groups: []*huh.Group{
				huh.NewGroup(
					huh.NewSelect[string]().Key("scaling_group.instance_charge_type").Title("Billing").
						Options(huh.NewOptions("PostPaid", "PrePaid")...).Value(&charge),
					huh.NewInput().Key("scaling_group.desired_size").Title("Desired size").Value(&desired),
				),
				huh.NewGroup(
					huh.NewInput().Key("scaling_group.period").Title("Period (months)").Value(&period),
				).WithHideFunc(func() bool { return charge != "PrePaid" }),
			},
			Sync: func(np *model.NodePool) {
				if np.ScalingGroup == nil {
					np.ScalingGroup = &model.ScalingGroup{}
				}
				sg := np.ScalingGroup
				sg.InstanceChargeType = ptrOrNil(charge)
				sg.DesiredSize = intOrNil(desired)
				sg.Period = nil
				if charge == "PrePaid" {
					sg.Period = intOrNil(period)
				}
			},
		},
	}
}

func ptrOrNil(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func intOrNil(s string) *int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return nil
	}
	return &n
}

// driver feeds messages to a model and runs the commands they return, the way the
// bubbletea runtime would, minus the timers (spinner frames, cursor blinks), so
// tests are deterministic.
type driver struct {
	t     testing.TB
	m     *Model
	quit  bool
	depth int
}

// newDriver builds a wizard at the given size over opts.
func newDriver(t testing.TB, opts Options, w, h int) *driver {
	t.Helper()
	if opts.Now == nil {
		opts.Now = fixedNow
	}
	if opts.Renderer == nil {
		opts.Renderer = plainRenderer() // screens without colour: golden files are plain text
	}
	if opts.Watcher.Interval == 0 {
		opts.Watcher.Interval, opts.Watcher.MaxInterval = time.Millisecond, 5*time.Millisecond
	}
	d := &driver{t: t, m: New(opts)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	d.run(d.m.Init())
	return d
}

// send delivers one message and everything it sets off.
func (d *driver) send(msg tea.Msg) {
	_, cmd := d.m.Update(msg)
	d.run(cmd)
}

// run executes a command and feeds its messages back.
func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil || d.quit {
		return
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 200 {
		d.t.Fatalf("command chain too deep: a message loop")
	}
	if isTimer(cmd) {
		return
	}
	msg := cmd()
	if msg == nil {
		return
	}
	if _, ok := msg.(tea.QuitMsg); ok {
		d.quit = true
		return
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		for i := 0; i < v.Len(); i++ {
			d.run(v.Index(i).Interface().(tea.Cmd))
		}
		return
	}
	switch typ := fmt.Sprintf("%T", msg); {
	case strings.HasPrefix(typ, "cursor."), strings.HasPrefix(typ, "spinner."),
		strings.HasPrefix(typ, "tea.windowSizeMsg"), strings.HasPrefix(typ, "textarea."):
		return // timers and runtime requests
	}
	d.send(msg)
}

// isTimer reports whether a command only waits to deliver a timer message (cursor
// blink, spinner frame); the driver skips those instead of sleeping.
func isTimer(cmd tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(cmd).Pointer()).Name()
	for _, timer := range []string{"bubbles/cursor.", "bubbletea.Tick", "bubbletea.Every", "bubbles/spinner."} {
		if strings.Contains(name, timer) {
			return true
		}
	}
	return false
}

// plainRenderer draws without colour or attributes, whatever terminal runs the tests.
func plainRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.Ascii)
	return r
}

// keys types each argument: named keys ("tab", "ctrl+f", "enter") or text.
func (d *driver) keys(keys ...string) {
	for _, k := range keys {
		d.send(keyMsg(k))
	}
}

// keyMsg turns a key name or text into a tea.KeyMsg.
func keyMsg(k string) tea.KeyMsg {
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"backspace": tea.KeyBackspace, "ctrl+c": tea.KeyCtrlC, "ctrl+f": tea.KeyCtrlF,
		"ctrl+b": tea.KeyCtrlB, "ctrl+l": tea.KeyCtrlL, "ctrl+r": tea.KeyCtrlR, "ctrl+o": tea.KeyCtrlO,
		"ctrl+u": tea.KeyCtrlU, "f1": tea.KeyF1, "pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, " ": tea.KeySpace,
	}
	if t, ok := named[k]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
}

// view is the current screen.
func (d *driver) view() string { return d.m.View() }

// expectView fails unless the screen contains every want.
func (d *driver) expectView(wants ...string) {
	d.t.Helper()
	v := d.view()
	for _, w := range wants {
		if !strings.Contains(v, w) {
			d.t.Fatalf("screen lacks %q:\n%s", w, v)
		}
	}
}
