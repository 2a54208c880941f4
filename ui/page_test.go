package ui

import (
	"fmt"
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ackpool/forms"
	"ackpool/forms/formstest"
	"ackpool/forms/steps"
	"ackpool/model"
)

// wizardOn is the real wizard over the fake catalog drawn through r, its fields'
// views kept (the product) or rendered afresh on every update (plain huh).
func wizardOn(t testing.TB, r *lipgloss.Renderer, noCache bool, w, h int) *driver {
	t.Helper()
	cat := formstest.NewCatalog()
	target := &forms.Target{Region: formstest.Region, ClusterID: formstest.ClusterID}
	np := sampleBody(t, cat, *target)
	st := steps.Build(np, &forms.Env{Catalog: cat, Target: target, Theme: NewStyles(r).Huh, NoViewCache: noCache})
	return newDriver(t, Options{NodePool: np, Target: target, Steps: st, FieldHelp: forms.FieldHelp, Renderer: r}, w, h)
}

// colourRenderer draws with every colour, whatever terminal runs the tests.
func colourRenderer() *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.TrueColor)
	return r
}

// pageKeys walks a page: every field in turn, a few keys typed into each, and back.
var pageKeys = []string{"tab", "5", "backspace", "tab", "down", "x", "backspace", "tab", "shift+tab", "up", "shift+tab"}

// TestPageViewIsHuhsView draws every page of every step, in colour and without, at
// several sizes, while fields are focused, typed into and left, and checks that the
// shell's page renderer draws exactly what huh's Form.View draws, and that it does
// not leave the plain pages to huh.
func TestPageViewIsHuhsView(t *testing.T) {
	renderers := map[string]func() *lipgloss.Renderer{"plain": plainRenderer, "colour": colourRenderer}
	for name, r := range renderers {
		for _, size := range [][2]int{{80, 24}, {160, 48}, {131, 37}} {
			t.Run(fmt.Sprintf("%s/%dx%d", name, size[0], size[1]), func(t *testing.T) {
				d := wizardOn(t, r(), false, size[0], size[1])
				drawn, frames := 0, 0
				for i, s := range d.m.steps {
					d.run(d.m.enterStep(i))
					for page := 0; page < len(s.Groups) && d.m.cur == i && d.m.phase == phaseEditing; page++ {
						for _, k := range pageKeys {
							if d.m.cur != i || d.m.phase != phaseEditing {
								break
							}
							d.keys(k)
							got, ok := d.m.page.draw(d.m.form, d.m.steps[d.m.cur].Groups, d.m.styles.Huh)
							frames++
							if !ok {
								continue
							}
							drawn++
							if want := d.m.form.View(); got != want {
								t.Fatalf("step %s, key %q: the page renderer draws\n%s\nhuh draws\n%s", s.ID, k, got, want)
							}
						}
						d.run(d.m.form.NextGroup())
					}
				}
				if drawn < frames*9/10 {
					t.Errorf("the page renderer drew %d of %d frames; huh drew the rest", drawn, frames)
				}
			})
		}
	}
}

// TestEveryChangeIsDrawnOnTheNextFrame drives two wizards with the same keys, one
// keeping its fields' views and drawing its pages itself, one rendering every field
// afresh as plain huh does, and requires the same screen after every key: a change
// of any field's value, error, focus or width shows at once.
func TestEveryChangeIsDrawnOnTheNextFrame(t *testing.T) {
	for name, r := range map[string]func() *lipgloss.Renderer{"plain": plainRenderer, "colour": colourRenderer} {
		t.Run(name, func(t *testing.T) {
			cached, plain := wizardOn(t, r(), false, 160, 48), wizardOn(t, r(), true, 160, 48)
			same := func(what string) {
				t.Helper()
				if a, b := cached.view(), plain.view(); a != b {
					t.Fatalf("after %s the cached screen differs:\n%s\nplain huh:\n%s", what, a, b)
				}
			}
			both := func(keys ...string) {
				t.Helper()
				for _, k := range keys {
					cached.keys(k)
					plain.keys(k)
					same(fmt.Sprintf("key %q on step %s", k, cached.m.steps[cached.m.cur].ID))
				}
			}
			resize := func(w, h int) {
				t.Helper()
				cached.send(tea.WindowSizeMsg{Width: w, Height: h})
				plain.send(tea.WindowSizeMsg{Width: w, Height: h})
				same(fmt.Sprintf("a resize to %dx%d", w, h))
			}
			for range cached.m.steps {
				both("tab", "shift+tab") // focus
				both(strings.Split("9x", "")...)
				both("backspace", "backspace", "tab") // a value, an error, and leaving the field
				both("up", "down", "down", "tab", "tab")
				resize(131, 40) // width
				both("tab", "7", "backspace")
				resize(160, 48)
				both("ctrl+f")
			}
			// a description computed from another field: the node name preview
			cached.run(cached.m.jumpTo(model.PathKubernetesConfigNodeNameMode))
			plain.run(plain.m.jumpTo(model.PathKubernetesConfigNodeNameMode))
			same("opening the node names")
			both("w", "e", "b", "tab", "x", "backspace", "x", "shift+tab", "backspace")
		})
	}
}

// The page renderer finds where huh keeps the page state; when a huh release
// moves it, every page is left to huh (and this test says so).
func TestHuhLayoutIsLearned(t *testing.T) {
	if !learnHuhLayout().ok {
		t.Fatal("huh keeps its form's page, viewport or width elsewhere: the page renderer leaves every page to huh")
	}
}
