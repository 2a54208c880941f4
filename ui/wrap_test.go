package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestWrapAtSpaces(t *testing.T) {
	cases := map[string]struct {
		text  string
		width int
		want  string
	}{
		"fits":           {"short line", 20, "short line"},
		"words whole":    {"This pool lives in the built-in sandbox until you would exit", 20, "This pool lives in\nthe built-in sandbox\nuntil you would exit"},
		"hyphens kept":   {"aliyun cs POST --region cn-hangzhou --header x", 22, "aliyun cs POST\n--region cn-hangzhou\n--header x"},
		"indent kept":    {"  --body '{\"a\": 1, \"b\": 2}'", 14, "  --body\n  '{\"a\": 1,\n  \"b\": 2}'"},
		"long word cut":  {"id vsw-0123456789abcdef", 10, "id\nvsw-012345\n6789abcdef"},
		"padding inside": {"task_id       T-1", 40, "task_id       T-1"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := wrapAtSpaces(tc.text, tc.width)
			if got != tc.want {
				t.Fatalf("got\n%s\nwant\n%s", got, tc.want)
			}
			for _, l := range strings.Split(got, "\n") {
				if ansi.StringWidth(l) > tc.width {
					t.Fatalf("line %q is wider than %d", l, tc.width)
				}
			}
			if strings.Join(strings.Fields(got), "") != strings.Join(strings.Fields(tc.text), "") {
				t.Fatalf("text was lost: %q", got)
			}
		})
	}
}

// TestTooSmallMessageWrapsWhole: at 40x10 the message is read whole, one word never
// split over two lines.
func TestTooSmallMessageWrapsWhole(t *testing.T) {
	d := newTestWizard(t, 40, 10)
	view := d.view()
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) > 40 {
			t.Fatalf("line wider than the terminal: %q", l)
		}
	}
	if !strings.Contains(strings.Join(strings.Fields(view), " "), "Enlarge the window, or run with --accessible for plain prompts.") {
		t.Fatalf("the message is cut:\n%s", view)
	}
}

// TestDoneScreenWrapsAtWordsAt80Columns: the success screen of the in-process
// sandbox at 80 columns splits no word ("you wo" / "uld").
func TestDoneScreenWrapsAtWordsAt80Columns(t *testing.T) {
	e := newSandbox(t, 5000)
	target, np := e.validBody(t, "ui-wrap")
	client := inProcessClient{e.client}
	d := newDriver(t, Options{Client: client, Catalog: NewCatalog(client), NodePool: np, Target: target, Steps: testSteps(np, target)}, 80, 24)
	d.keys("ctrl+r", "s", "y")
	if d.m.phase != phaseDone {
		t.Fatalf("phase %d, want done:\n%s", d.m.phase, d.view())
	}
	view := d.view()
	for _, l := range strings.Split(view, "\n") {
		if ansi.StringWidth(l) > 80 {
			t.Fatalf("line wider than 80: %q", l)
		}
	}
	want := "in the cloud you would next run:"
	if !strings.Contains(strings.Join(strings.Fields(view), " "), want) {
		t.Fatalf("a word is split:\n%s", view)
	}
}
