package ui

import (
	"fmt"
	"slices"

	"ackpool/model"
)

// minReviewProblemRows is the height of the review's problem area at 80x24: a count
// line and four lines of problems. Taller terminals give the list up to a third of
// the screen, so at 160x48 most requests show every problem at once.
const minReviewProblemRows = 5

// errorsFirst orders problems errors before warnings, keeping each group in path
// order, so the problems that block a submit are the ones seen first.
func errorsFirst(ps model.Problems) model.Problems {
	out := slices.Clone(ps)
	slices.SortStableFunc(out, func(a, b model.Problem) int {
		return severityRank(a.Severity) - severityRank(b.Severity)
	})
	return out
}

func severityRank(s model.Severity) int {
	if s == model.SeverityError {
		return 0
	}
	return 1
}

// reviewProblemRows is how many lines the review's problem area takes: enough for
// every problem when there is room, at least minReviewProblemRows, and at most a
// third of the terminal, plus the lines of the account checks under them.
func (m *Model) reviewProblemRows() int {
	need := 1
	for _, p := range m.problems {
		need += len(m.wrappedProblem(p, 1<<10))
	}
	checks := m.reviewCheckRoom()
	// the account checks share the minimum: a short problem list leaves them its lines
	return max(minReviewProblemRows-checks, min(need, m.height/3), 1) + checks
}

// reviewCheckRoom is how many lines the account checks take under the problems: a
// summary line and the checks that need attention, at most four lines in all.
func (m *Model) reviewCheckRoom() int {
	switch {
	case m.opts.Client == nil:
		return 0
	case m.est.result != nil:
		return min(1+len(m.attentionChecks()), 4)
	case m.est.running:
		return 1
	}
	return 0
}

// reviewProblemLines renders the review's problem list in rows lines: a count line,
// then the problems wrapped whole (an allowed range is never cut off), scrolled so
// that the selected problem is in view, with the position and what lies outside.
func (m *Model) reviewProblemLines(rows int) []string {
	r := &m.review
	n := len(m.problems)
	if n == 0 {
		return []string{m.styles.OK.Render("✓ no problems: ready to submit")}
	}
	blocks := make([][]string, n)
	for i, p := range m.problems {
		blocks[i] = m.wrappedProblem(p, 1<<10)
		if r.onProblems && i == r.cursor {
			blocks[i][0] = m.styles.Selected.Render("> ") + blocks[i][0][2:]
		}
	}
	first, last := problemWindow(blocks, r.cursor, rows-1)
	head := problemCount(len(m.problems.Errors()), len(m.problems.Warnings()))
	if first > 0 || last < n {
		head += fmt.Sprintf(" %d–%d of %d", first+1, last, n)
		if last < n {
			head += fmt.Sprintf(" · ↓ %d more", n-last)
		}
		if first > 0 {
			head += fmt.Sprintf(" · ↑ %d above", first)
		}
	}
	lines := []string{m.styles.Label.UnsetWidth().Render(head)}
	for i := first; i < last; i++ {
		lines = append(lines, blocks[i]...)
	}
	if len(lines) > rows { // one problem longer than the whole area: cut its tail
		lines = lines[:rows]
		lines[rows-1] = truncate(lines[rows-1], m.width-1) + "…"
	}
	return lines
}

// problemWindow picks the problems [first, last) that fit in room lines, the selected
// one included: it starts at the top and slides down until the selection fits.
func problemWindow(blocks [][]string, selected, room int) (first, last int) {
	height := func(a, b int) int {
		h := 0
		for i := a; i < b; i++ {
			h += len(blocks[i])
		}
		return h
	}
	selected = min(max(selected, 0), len(blocks)-1)
	for first < selected && height(first, selected+1) > room {
		first++
	}
	last = first
	for last < len(blocks) && (last == first || height(first, last+1) <= room) {
		last++
	}
	return first, last
}
