package forms

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// TestTrimmedTextAreaIsTheTextArea drives a list text area behind the view cache,
// whose slice of lines is trimmed after every key, and the same area left untrimmed
// with the same keys (typing, new lines, joining lines, moves, the start and end of
// the text), and requires the same screen and value after every key, and a slice
// that never keeps much more room than its lines need.
func TestTrimmedTextAreaIsTheTextArea(t *testing.T) {
	keys := []tea.KeyMsg{
		{Type: tea.KeyUp}, {Type: tea.KeyDown}, {Type: tea.KeyDown}, {Type: tea.KeyLeft}, {Type: tea.KeyEnd},
		{Type: tea.KeyBackspace}, {Type: tea.KeyBackspace}, {Type: tea.KeyDelete},
		{Type: tea.KeyCtrlJ}, {Type: tea.KeyCtrlJ}, {Type: tea.KeyCtrlJ},
		{Type: tea.KeyRunes, Runes: []rune("k=v")}, {Type: tea.KeyCtrlHome}, {Type: tea.KeyCtrlEnd},
	}
	for _, lines := range []int{0, 5, 60} {
		t.Run(fmt.Sprintf("lines=%d", lines), func(t *testing.T) {
			var start []string
			for i := range lines {
				start = append(start, fmt.Sprintf("team-%d=value-%d", i, i))
			}
			area := func() *cachedField {
				c := cache(newWindowText(huh.NewText().Lines(4), newListLines(strings.Join(start, "\n")), func(string) error { return nil }))
				c.built()
				return c
			}
			plain, cached := area(), area()
			if cached.lines == nil {
				t.Fatalf("the view cache does not reach the text area's lines: huh or bubbles keep them otherwise now")
			}
			plain.lines = nil // never trimmed
			fields := [2]huh.Field{plain, cached}
			for i, f := range fields {
				fields[i] = f.WithTheme(huh.ThemeCharm()).WithKeyMap(huh.NewDefaultKeyMap()).WithWidth(60).WithHeight(8)
				fields[i].Focus()
			}
			rnd := rand.New(rand.NewSource(int64(lines)))
			for n := range 600 {
				k := keys[rnd.Intn(len(keys))]
				var views [2]string
				for i, f := range fields {
					f.Update(k)
					views[i] = f.View()
				}
				if views[0] != views[1] {
					t.Fatalf("key %d (%s): the trimmed area draws\n%s\nthe untrimmed one\n%s", n, k, views[1], views[0])
				}
				if a, b := cached.GetValue(), plain.GetValue(); a != b {
					t.Fatalf("key %d (%s): the trimmed area holds %q, the untrimmed one %q", n, k, a, b)
				}
				if buf := *cached.lines; cap(buf) > len(buf)+2*spareLines {
					t.Fatalf("key %d (%s): %d lines kept in a slice with room for %d", n, k, len(buf), cap(buf))
				}
			}
		})
	}
}
