package multipick

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/cellbuf"
)

// accessibleShown is how many options accessible mode lists at once; a word narrows
// the list.
const accessibleShown = 30

// styles are the theme's styles for the field's focus state.
func (m *Field) styles() *huh.FieldStyles {
	theme := m.theme
	if theme == nil {
		theme = huh.ThemeCharm()
	}
	if m.focused {
		return &theme.Focused
	}
	return &theme.Blurred
}

// wrapText wraps s to width cells the way huh wraps titles and descriptions.
func wrapText(s string, width int) string { return cellbuf.Wrap(s, width, ",.-; ") }

// header is the title line (or the filter being typed) and the description.
func (m *Field) header(st *huh.FieldStyles) (title, desc string) {
	maxWidth := m.width - st.Base.GetHorizontalFrameSize()
	var sb strings.Builder
	switch {
	case m.filtering:
		sb.WriteString(m.filter.View())
	case m.filter.Value() != "":
		sb.WriteString(st.Title.Render(wrapText(m.title, maxWidth)))
		sb.WriteString(st.Description.Render("  /" + m.filter.Value()))
	default:
		sb.WriteString(st.Title.Render(wrapText(m.title, maxWidth)))
	}
	pos := m.position()
	if pos != "" && !m.filtering && lipgloss.Width(sb.String())+len(pos)+2 <= maxWidth {
		sb.WriteString(st.Description.Render("  " + pos))
		pos = ""
	}
	if m.err != nil {
		sb.WriteString(st.ErrorIndicator.String())
	}
	switch {
	case m.refused != nil:
		desc = st.ErrorMessage.Render(wrapText(m.refused.Error(), maxWidth-lipgloss.Width(st.ErrorMessage.Render(""))))
	case m.filterErr != nil:
		desc = st.ErrorMessage.Render(wrapText("filter: "+m.filterErr.Error(), maxWidth-lipgloss.Width(st.ErrorMessage.Render(""))))
	case pos != "": // the filter input takes the title line: the position leads the description
		desc = st.Description.Render(wrapText(pos+" · "+m.desc, maxWidth))
	case m.desc != "":
		desc = st.Description.Render(wrapText(m.desc, maxWidth))
	}
	return sb.String(), desc
}

// position says where the cursor is and how much is listed and ticked: "3/280 ·
// 2 ticked", or "3/12 of 280" while a filter narrows the list.
func (m *Field) position() string {
	if m.loading || len(m.rows) == 0 {
		return ""
	}
	shown := len(m.shown())
	var pos string
	switch {
	case shown == 0:
		pos = fmt.Sprintf("0 of %d match", len(m.rows))
	case shown < len(m.rows):
		pos = fmt.Sprintf("%d/%d of %d", m.cursor+1, shown, len(m.rows))
	default:
		pos = fmt.Sprintf("%d/%d", m.cursor+1, shown)
	}
	if n := m.count(); n > 0 {
		pos += fmt.Sprintf(" · %d ticked", n)
	}
	return pos
}

// SetAvailable tells the field how many rows its page leaves free, so that on a tall
// terminal it can show more of its list than its own height.
func (m *Field) SetAvailable(rows int) { m.avail = rows }

// fieldHeight is the rows the whole field takes: its own height, or more when its
// page leaves more free (see binder.fit), but no more than its options need.
func (m *Field) fieldHeight() int {
	if m.avail <= m.height {
		return m.height
	}
	title, desc := m.header(m.styles())
	need := lipgloss.Height(title) + max(len(m.rows), 1)
	if desc != "" {
		need += lipgloss.Height(desc)
	}
	return max(m.height, min(m.avail, need))
}

// listHeight is how many option rows fit under the header.
func (m *Field) listHeight() int {
	title, desc := m.header(m.styles())
	h := m.fieldHeight() - lipgloss.Height(title)
	if desc != "" {
		h -= lipgloss.Height(desc)
	}
	return max(1, h)
}

// View implements huh.Field: the header and the rows in view, nothing else.
func (m *Field) View() string {
	st := m.styles()
	title, desc := m.header(st)
	rows := m.fieldHeight() - lipgloss.Height(title)
	var sb strings.Builder
	sb.WriteString(title)
	sb.WriteByte('\n')
	if desc != "" {
		sb.WriteString(desc)
		sb.WriteByte('\n')
		rows -= lipgloss.Height(desc)
	}
	rows = max(1, rows)
	if m.loading && time.Since(m.since) > spinnerShowAfter {
		m.spinner.Style = st.MultiSelectSelector.UnsetString()
		sb.WriteString(m.spinner.View() + " Loading...")
		sb.WriteString(strings.Repeat("\n", rows-1))
	} else {
		m.writeRows(&sb, st, rows)
	}
	return st.Base.Width(m.width).Height(m.fieldHeight()).Render(sb.String())
}

// writeRows writes the rows rows of the list from the window's offset, blank lines
// filling what the matches do not.
func (m *Field) writeRows(sb *strings.Builder, st *huh.FieldStyles, rows int) {
	shown := m.shown()
	selector := st.MultiSelectSelector.String()
	blank := strings.Repeat(" ", lipgloss.Width(selector))
	// a row is cut to the field, never wrapped: a wrapped row would push the list
	// past its height and put its tail where the tick marks go
	labelWidth := m.width - st.Base.GetHorizontalFrameSize() - lipgloss.Width(selector) - lipgloss.Width(st.SelectedPrefix.String())
	priceCol := m.priceColumn(shown[min(m.offset, len(shown)):min(m.offset+rows, len(shown))], labelWidth)
	for r := range rows {
		if r > 0 {
			sb.WriteByte('\n')
		}
		i := m.offset + r
		if i >= len(shown) {
			continue
		}
		row := m.rows[shown[i]]
		if i == m.cursor {
			sb.WriteString(selector)
		} else {
			sb.WriteString(blank)
		}
		label := m.withPrice(row, priceCol)
		if m.width > 0 && len(label) > labelWidth { // a string is never wider than its bytes
			label = ansi.Truncate(label, max(labelWidth, 1), "…")
		}
		if m.ticked(row.value) {
			sb.WriteString(st.SelectedPrefix.String())
			sb.WriteString(st.SelectedOption.Render(label))
		} else {
			sb.WriteString(st.UnselectedPrefix.String())
			sb.WriteString(st.UnselectedOption.Render(label))
		}
	}
}

// RunAccessible implements huh.Field: a numbered list, at most accessibleShown at a
// time. A number ticks or unticks that entry, a word narrows the list, values
// separated by commas are ticked as typed, and 0 (or nothing) finishes.
func (m *Field) RunAccessible(w io.Writer, r io.Reader) error {
	st := m.styles()
	fmt.Fprintln(w, st.Title.PaddingRight(1).Render(m.title))
	if desc := PlainText(m.desc); desc != "" {
		fmt.Fprintln(w, desc)
	}
	if m.limit > 0 {
		fmt.Fprintf(w, "Choose up to %d.\n", m.limit)
	}
	narrow := "a word to narrow the list"
	if m.hasSpecs() {
		narrow = "a word or attributes (vcpu>=8 mem>=32 gpu>=1 arch=arm family=g7) to narrow the list"
	}
	fmt.Fprintf(w, "Enter a number to tick or untick it, numbers or values separated by commas to tick them (1,3), %s, or 0 when done.\n", narrow)
	m.filter.SetValue("")
	m.applyFilter()
	for {
		shown := m.shown()[:min(len(m.shown()), accessibleShown)]
		m.printRows(w, shown)
		fmt.Fprint(w, "Choice: ")
		line, err := readLine(r)
		if err != nil {
			return err
		}
		m.err = nil
		switch n, numErr := strconv.Atoi(line); {
		case line == "" || line == "0":
			if err := m.validate(); err != nil {
				fmt.Fprintln(w, err)
				continue
			}
			return nil
		case numErr == nil && n >= 1 && n <= len(shown):
			m.cursor = n - 1
			m.toggle()
		case numErr == nil:
			m.err = fmt.Errorf("%d is not listed: enter 1 to %d, or 0 when done", n, len(shown))
		case strings.Contains(line, ","):
			m.tickTyped(m.choicesTyped(splitList(line), shown))
		default:
			m.filter.SetValue(line)
			m.applyFilter()
			m.cursor = 0
			if m.filterErr != nil {
				m.err = m.filterErr
			}
		}
		if m.err != nil {
			fmt.Fprintln(w, m.err)
		}
	}
}

// printRows prints the numbered entries, ticked ones marked, and how many are not listed.
func (m *Field) printRows(w io.Writer, shown []int) {
	if q := m.filter.Value(); q != "" {
		fmt.Fprintf(w, "%d match %q:\n", len(m.shown()), q)
	}
	for n, i := range shown {
		mark := " "
		if m.ticked(m.rows[i].value) {
			mark = "x"
		}
		fmt.Fprintf(w, "%d. [%s] %s\n", n+1, mark, m.withPrice(m.rows[i], 0))
	}
	if more := len(m.shown()) - len(shown); more > 0 {
		fmt.Fprintf(w, "(%d more: type a word to narrow the list)\n", more)
	}
}

// choicesTyped reads a comma-separated answer: a number is the listed entry of that
// number (as a single number is), anything else a value typed in full. "1,3" ticks
// the first and third entries; it never becomes the IDs "1" and "3".
func (m *Field) choicesTyped(parts []string, shown []int) []string {
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if n, err := strconv.Atoi(p); err == nil {
			if n < 1 || n > len(shown) {
				m.err = fmt.Errorf("%d is not listed: enter numbers from 1 to %d, or full values", n, len(shown))
				continue
			}
			out = append(out, m.rows[shown[n-1]].value)
			continue
		}
		out = append(out, p)
	}
	return out
}

// tickTyped ticks values typed in accessible mode, listed or not.
func (m *Field) tickTyped(values []string) {
	for _, v := range values {
		if m.ticked(v) {
			continue
		}
		if m.limit > 0 && m.count() >= m.limit {
			m.err = fmt.Errorf("at most %d %s can be chosen: %s was not added", m.limit, m.what, v)
			return
		}
		m.state.Sel = append(m.state.Sel, v)
	}
	m.err = m.validate()
}

// readLine reads one answer through a fresh scanner, as huh's own accessible prompts do.
func readLine(r io.Reader) (string, error) {
	sc := bufio.NewScanner(r)
	if sc.Scan() {
		return strings.TrimSpace(sc.Text()), nil
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", io.EOF
}

// hasSpecs reports whether the rows describe instance types, which attribute
// filters (vcpu>=8) select.
func (m *Field) hasSpecs() bool {
	return slices.ContainsFunc(m.rows, func(r pickRow) bool { return r.spec != nil })
}
