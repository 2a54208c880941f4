package ui

import (
	"fmt"
	"strings"
	"testing"

	"ackpool/model"
)

// manyProblems is a request with eleven problems, warnings among them.
func manyProblems(d *driver) {
	warn := model.Problem{Path: "scaling_group.vswitch_ids", Message: "only one vSwitch", Severity: model.SeverityWarning}
	var ps model.Problems
	ps = append(ps, warn)
	for i := 0; i < 10; i++ {
		ps = append(ps, model.Problem{Path: fmt.Sprintf("scaling_group.data_disks[%d].size", i),
			Message: "5 is below the minimum; allowed 20–32768 GiB", Severity: model.SeverityError})
	}
	d.m.problems = errorsFirst(ps)
}

// TestReviewListsEveryProblemErrorsFirst: the review shows a count, errors before
// warnings, scrolls to every problem with the cursor always on screen, and says how
// many lie outside the window.
func TestReviewListsEveryProblemErrorsFirst(t *testing.T) {
	d := newTestWizard(t, 80, 24)
	d.keys("ctrl+r")
	manyProblems(d)
	d.m.review.onProblems = true
	d.m.review.resize(d.m.width, d.m.height, d.m.reviewProblemRows())
	d.m.frame = d.m.render()
	if d.m.problems[0].Severity != model.SeverityError || d.m.problems[10].Severity != model.SeverityWarning {
		t.Fatalf("not errors first: %v", d.m.problems)
	}
	d.expectView("10 errors, 1 warning: 1–3 of 11 · ↓ 8 more")
	for i := 1; i < 11; i++ {
		d.keys("down")
		view := d.view()
		if !strings.Contains(view, "> ") || strings.Count(view, "\n")+1 > 24 {
			t.Fatalf("after %d downs the cursor is not on screen (or the screen overflows):\n%s", i, view)
		}
	}
	d.expectView("8–11 of 11 · ↑ 7 above", "> ! scaling_group.vswitch_ids: only one vSwitch")
	for _, line := range strings.Split(d.view(), "\n") {
		if strings.Contains(line, "allowed 20") && !strings.Contains(line, "allowed 20–32768 GiB") {
			t.Fatalf("the allowed range is cut: %q", line)
		}
	}
}

// TestReviewUsesTheHeightThereIs: at 160x48 eleven problems are all listed.
func TestReviewUsesTheHeightThereIs(t *testing.T) {
	d := newTestWizard(t, 160, 48)
	d.keys("ctrl+r")
	manyProblems(d)
	d.m.review.resize(d.m.width, d.m.height, d.m.reviewProblemRows())
	d.m.frame = d.m.render()
	d.expectView("10 errors, 1 warning:", "data_disks[9].size", "! scaling_group.vswitch_ids")
	if strings.Contains(d.view(), "more") {
		t.Fatalf("a list that fits says there is more:\n%s", d.view())
	}
}

// TestRefusedSubmitPointsAtTheList: s is not offered while errors remain; the
// confirmation itself refuses too, with a note that says the list is above it.
func TestRefusedSubmitPointsAtTheList(t *testing.T) {
	d := newTestWizard(t, 80, 24)
	d.keys("ctrl+r", "s")
	if d.m.phase != phaseReview {
		t.Fatalf("submitted with errors: phase %d", d.m.phase)
	}
	d.run(d.m.openConfirm())
	d.m.frame = d.m.render()
	if d.m.phase != phaseReview {
		t.Fatalf("the confirmation opened with errors: phase %d", d.m.phase)
	}
	d.expectView("nothing sent: fix the", "errors listed above first")
}
