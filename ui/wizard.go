// Package ui is the wizard's bubbletea program: the shell around the steps built by
// forms (header with the target, step list, footer help), live validation, the live
// JSON preview, the review screen, confirmation, submit and task progress.
package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/progress"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"

	"ackpool/api"
	"ackpool/forms"
	"ackpool/model"
)

// phase is what the wizard is doing; Update and View dispatch on it.
type phase int

const (
	phaseEditing     phase = iota // a step's form has the keys
	phaseSteps                    // the step list has the keys
	phaseHelp                     // fuller help for the focused field
	phaseQuitConfirm              // ctrl+c while editing: discard?
	phaseReview                   // the whole body, problems and actions
	phaseConfirm                  // last look at the target before sending
	phaseSubmitting               // CreateNodePool in flight
	phaseFailed                   // the create was rejected; the answers are kept
	phaseWatching                 // following the task
	phaseDone                     // the task ended (success or failure)
	phaseStart                    // the first screen: blank, a preset, the draft or a clone
)

// Minimum terminal size the full-screen shell draws in.
const (
	minWidth  = 80
	minHeight = 24
	// wideWidth is the width from which the JSON preview is shown beside the form.
	wideWidth = 120
)

// Options are what the wizard needs; every dependency comes in here.
type Options struct {
	// Client sends the create and follows the task. Required for submit.
	Client api.Client
	// Catalog receives the cluster's pool names when the cluster is chosen; optional.
	Catalog *Catalog
	// NodePool is the request the steps are bound to.
	NodePool *model.NodePool
	// Target is the region and cluster the Target step is bound to.
	Target *forms.Target
	// Steps are the screens, in order. With Presets set they may be left out: the
	// start screen comes first, and the wizard builds the steps with Presets.Build
	// once it is answered (building them is most of the cost of a launch).
	Steps []forms.Step
	// FieldHelp returns the fuller help of a field by its wire path; optional.
	FieldHelp func(path string) string
	// PoolNamesDelay is how long the chosen cluster must stay the same before its pool
	// names are loaded for the name check, so a cluster ID typed by hand does not send
	// a lookup per key; 0 loads at once.
	PoolNamesDelay time.Duration
	// Now is the clock (elapsed time on the progress screen); nil means time.Now.
	Now func() time.Time
	// Watcher follows the task after the create; its Client defaults to Client.
	Watcher api.Watcher
	// SaveDir is where "save JSON" writes relative file names; empty means the
	// working directory.
	SaveDir string
	// Presets turns on the start screen, drafts and save-as-preset; nil for none.
	Presets *Presets
	// Renderer draws every style for the terminal the wizard draws on (its colour
	// profile, NO_COLOR); nil means lipgloss's default renderer. Build the steps'
	// theme with NewStyles on the same renderer.
	Renderer *lipgloss.Renderer
}

// Model is the wizard. Create it with New; it implements tea.Model.
type Model struct {
	opts   Options
	styles Styles
	keys   KeyMap
	help   help.Model

	np      *model.NodePool
	target  *forms.Target
	steps   []stepState
	cur     int       // index of the current step
	form    *huh.Form // the current step's form
	cursor  int       // step list cursor
	phase   phase     // what has the keys
	back    phase     // where the help overlay and quit prompt return to
	helpTop int       // first line of the field help shown; it scrolls when longer than the screen
	width   int       // terminal size
	height  int       // terminal size

	problems    model.Problems // the last validation of the whole body
	validations int            // how many validations ran; keys the problem area's cache
	pending     model.Problems // the steps' unparsable input, part of problems
	validated   forms.Target   // the target the problems were found for
	secrets     [32]byte       // digest of the body with its secrets, which the preview masks
	general     model.Problems // problems no step owns
	preview     preview
	showPrev    bool // the user flipped the preview's default (on when wide, off when narrow)

	cluster   string   // the cluster whose pool names were last requested
	requests  requests // the asynchronous requests awaited, by slot
	spinner   spinner.Model
	bar       progress.Model
	frame     string     // the last rendered screen; View returns it
	page      pageView   // draws the current form's page from the fields' kept views
	widths    lineWidths // the form column's line widths
	memo      memos      // header, problem area and help line, rendered when they change
	stepsKey  string     // what the cached step list pane shows
	stepsPane string     // the step list pane, rendered when stepsKey changes

	review reviewState
	sub    submission
	out    Outcome
	reuse  reuseState    // start screen, draft, save-as-preset, diff
	pages  pageMoves     // huh's page-change messages, to notice a refused one
	est    estimateState // the footer's cost estimate and the review's account checks
}

// New builds the wizard over the given steps. It validates the initial body and
// renders the preview once so the first View has everything it needs.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.NodePool == nil {
		opts.NodePool = &model.NodePool{}
	}
	if opts.Target == nil {
		opts.Target = &forms.Target{}
	}
	if opts.Renderer == nil {
		opts.Renderer = lipgloss.DefaultRenderer()
	}
	styles := NewStyles(opts.Renderer)
	m := &Model{
		opts:    opts,
		styles:  styles,
		keys:    NewKeyMap(),
		help:    help.New(),
		np:      opts.NodePool,
		target:  opts.Target,
		spinner: spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(styles.App)),
		bar: progress.New(progress.WithWidth(60), progress.WithoutPercentage(), progress.WithSolidFill("#9F8CFF"),
			progress.WithColorProfile(opts.Renderer.ColorProfile())),
		width:  minWidth,
		height: minHeight,
		pages:  learnPageMoves(),
		page:   newPageView(),
	}
	m.help.Styles = m.styles.helpStyles()
	m.steps = make([]stepState, len(opts.Steps))
	for i, s := range opts.Steps {
		m.steps[i] = stepState{Step: s}
	}
	m.review = newReviewState(m.styles)
	m.syncAll()
	m.openStep(0)
	m.refresh(true)
	m.initStart()
	m.frame = m.render()
	return m
}

// Outcome is how the wizard ended; valid after the program returns.
func (m *Model) Outcome() Outcome { return m.out }

// Init starts the current step's form, or reads the start screen's presets and
// draft (the start screen's choice starts the form later).
func (m *Model) Init() tea.Cmd {
	if m.phase == phaseStart {
		return m.loadStartMenu()
	}
	if m.form == nil {
		return nil
	}
	return m.form.Init()
}

// Update handles the message, then renders the frame View will return.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	cmd := m.update(msg)
	cmd = tea.Batch(cmd, m.afterUpdate(), m.scheduleEstimate())
	m.frame = m.render()
	return m, cmd
}

// update handles global messages first (resize, spinner, the answers of
// asynchronous requests), then dispatches keys by phase; other messages belong to
// the current form.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)
	case spinner.TickMsg:
		if !m.busy() {
			return nil
		}
		if m.phase == phaseWatching {
			m.sub.elapsed = max(m.sub.elapsed, m.opts.Now().Sub(m.sub.started))
		}
		var cmd tea.Cmd
		m.spinner, cmd = m.spinner.Update(msg)
		return cmd
	case answer:
		return m.applyAnswer(msg)
	case tea.KeyMsg:
		return m.updateKey(msg)
	}
	// the forms' own messages (focus, option lists loaded, ...)
	return m.forward(msg)
}

// updateKey dispatches a key by phase.
func (m *Model) updateKey(msg tea.KeyMsg) tea.Cmd {
	switch m.phase {
	case phaseSteps:
		return m.updateSteps(msg)
	case phaseHelp:
		return m.updateHelp(msg)
	case phaseQuitConfirm:
		return m.updateQuitConfirm(msg)
	case phaseStart:
		return m.updateStart(msg)
	case phaseReview:
		return m.updateReview(msg)
	case phaseConfirm:
		return m.updateConfirm(msg)
	case phaseSubmitting:
		return m.updateSubmitting(msg)
	case phaseFailed:
		return m.updateFailed(msg)
	case phaseWatching:
		return m.updateWatching(msg)
	case phaseDone:
		return m.updateDone(msg)
	}
	return m.updateEditing(msg)
}

// busy reports whether a spinner should be turning.
func (m *Model) busy() bool {
	return m.phase == phaseSubmitting || m.phase == phaseWatching || m.requests.waiting(slotPoolNames) || m.reuse.start.loading != ""
}

// resize records the terminal size and reflows everything sized by it.
func (m *Model) resize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.help.Width = w
	m.help.ShortSeparator = " • "
	if w < wideWidth {
		m.help.ShortSeparator = "  "
	}
	m.review.resize(w, h, m.reviewProblemRows())
	if m.phase == phaseReview {
		m.setReviewContent() // the exports wrap to the new width
	}
	m.bar.Width = max(min(w-10, 60), 10)
	m.renderPreview()
	return m.sizeForm()
}
