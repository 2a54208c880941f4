package ui

import (
	"io"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"ackpool/forms"
	"ackpool/model"
)

// rendererWith is a renderer with a fixed colour profile.
func rendererWith(p termenv.Profile) *lipgloss.Renderer {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(p)
	return r
}

// themeStyles lists every lipgloss.Style reachable through v's exported fields, by
// field path. It walks huh's exported Theme, so a style huh adds is found too.
func themeStyles(v reflect.Value, path string, out map[string]lipgloss.Style) {
	if st, ok := v.Interface().(lipgloss.Style); ok {
		out[path] = st
		return
	}
	if v.Kind() == reflect.Pointer {
		themeStyles(v.Elem(), path, out)
		return
	}
	if v.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < v.NumField(); i++ {
		if f := v.Type().Field(i); f.IsExported() {
			themeStyles(v.Field(i), path+"."+f.Name, out)
		}
	}
}

// TestHuhThemeFollowsTheRenderer checks that every style of the forms' theme draws
// through the renderer the wizard was given, not lipgloss's default one: with a
// true-colour renderer each style colours its text, with the ASCII one none does.
// One of the two fails for a style left on the default renderer, whatever profile
// the default renderer has; a style huh adds and huhTheme does not move fails it.
func TestHuhThemeFollowsTheRenderer(t *testing.T) {
	red := lipgloss.Color("#FF0000")
	for name, profile := range map[string]termenv.Profile{"truecolor": termenv.TrueColor, "ascii": termenv.Ascii} {
		t.Run(name, func(t *testing.T) {
			r := rendererWith(profile)
			styles := map[string]lipgloss.Style{}
			themeStyles(reflect.ValueOf(NewStyles(r).Huh), "Theme", styles)
			if len(styles) < 30 {
				t.Fatalf("found %d styles in huh's theme; the walk is broken", len(styles))
			}
			for path, st := range styles {
				got := st.UnsetString().Foreground(red).Render("x")
				if colored := strings.Contains(got, "\x1b["); colored != (profile != termenv.Ascii) {
					t.Errorf("%s renders %q with the %s renderer: it is not drawn through the wizard's renderer", path, got, name)
				}
			}
		})
	}
}

// TestScreensFollowTheRenderer checks that the whole frame (shell, forms, footer)
// has no escape codes with the ASCII renderer and has colour with a true-colour one.
func TestScreensFollowTheRenderer(t *testing.T) {
	for name, profile := range map[string]termenv.Profile{"truecolor": termenv.TrueColor, "ascii": termenv.Ascii} {
		t.Run(name, func(t *testing.T) {
			np := &model.NodePool{}
			target := &forms.Target{Region: "cn-hangzhou", ClusterID: "c-test"}
			r := rendererWith(profile)
			d := newDriver(t, Options{NodePool: np, Target: target, Steps: testSteps(np, target), Renderer: r}, 160, 48)
			if colored := strings.Contains(d.view(), "\x1b["); colored != (profile != termenv.Ascii) {
				t.Fatalf("escape codes in the frame: %v, want %v:\n%q", colored, profile != termenv.Ascii, d.view())
			}
		})
	}
}

// TestFocusedButtonVisibleWithoutColour: under NO_COLOR (the ASCII profile) a confirm
// still shows which button has the focus.
func TestFocusedButtonVisibleWithoutColour(t *testing.T) {
	st := NewStyles(rendererWith(termenv.Ascii))
	yes := true
	c := huh.NewConfirm().Title("Advanced settings").Affirmative("Show").Negative("Skip").Value(&yes).WithTheme(st.Huh)
	c.Focus()
	view := c.View()
	if !strings.Contains(view, "[Show]") || strings.Contains(view, "[Skip]") {
		t.Fatalf("focused Show is not marked:\n%s", view)
	}
	yes = false
	view = c.View()
	if !strings.Contains(view, "[Skip]") || strings.Contains(view, "[Show]") {
		t.Fatalf("focused Skip is not marked:\n%s", view)
	}
}
