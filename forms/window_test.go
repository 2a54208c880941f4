package forms

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
)

// TestWindowTextIsTheWholeText drives a windowed text area and a plain huh text area
// with the same keys (moves, typing, new lines, joining lines, long lines that wrap,
// the start and end of the text) and requires the same screen and the same value
// after every key, in colour themes and at two widths.
func TestWindowTextIsTheWholeText(t *testing.T) {
	keys := []tea.KeyMsg{
		{Type: tea.KeyUp}, {Type: tea.KeyUp}, {Type: tea.KeyDown}, {Type: tea.KeyDown}, {Type: tea.KeyDown},
		{Type: tea.KeyLeft}, {Type: tea.KeyRight}, {Type: tea.KeyHome}, {Type: tea.KeyEnd},
		{Type: tea.KeyBackspace}, {Type: tea.KeyDelete}, {Type: tea.KeyCtrlJ},
		{Type: tea.KeyRunes, Runes: []rune("x")}, {Type: tea.KeyRunes, Runes: []rune("key=value")},
		{Type: tea.KeyCtrlHome}, {Type: tea.KeyCtrlEnd},
	}
	for _, size := range [][2]int{{40, 0}, {75, 0}, {75, 8}} {
		width, height := size[0], size[1]
		for _, lines := range []int{0, 3, 30, 31, 120} {
			t.Run(fmt.Sprintf("width=%d/height=%d/lines=%d", width, height, lines), func(t *testing.T) {
				var start []string
				for i := range lines {
					start = append(start, fmt.Sprintf("team-%d=value-%d", i, i))
				}
				plainVal := strings.Join(start, "\n")
				windowVal := newListLines(plainVal)
				theme := huh.ThemeCharm()
				plain := huh.NewText().Lines(4).Placeholder("key=value").Value(&plainVal)
				// the window lifts bubbles' limit of 99 lines a new line may make
				// (MaxHeight): lift it here too, so that both take every key.
				area, _, _ := textAreaOf(plain)
				area.MaxHeight = maxListLines
				window := newWindowText(huh.NewText().Lines(4).Placeholder("key=value"), windowVal, func(string) error { return nil })
				var fields [2]huh.Field
				for i, f := range []huh.Field{plain, window} {
					fields[i] = f.WithTheme(theme).WithKeyMap(huh.NewDefaultKeyMap()).WithWidth(width)
					if height > 0 {
						fields[i] = fields[i].WithHeight(height)
					}
					fields[i].Focus()
				}
				rnd := rand.New(rand.NewSource(int64(width*100 + height*10000 + lines)))
				windowed := 0
				for n := range 800 {
					k := keys[rnd.Intn(len(keys))]
					switch m := n % 200; {
					case m == 100: // a line the area wraps, then deleted
						k = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("long", 12))}
					case m > 100 && m <= 150:
						k = tea.KeyMsg{Type: tea.KeyBackspace}
					}
					var views [2]string
					for i, f := range fields {
						f.Update(k)
						views[i] = f.View()
					}
					if views[0] != views[1] {
						t.Fatalf("key %d (%s): the window draws\n%s\nhuh draws\n%s", n, k, views[1], views[0])
					}
					if windowVal.String() != plainVal || window.GetValue() != plainVal {
						t.Fatalf("key %d (%s): the window holds %q, huh %q", n, k, windowVal.String(), plainVal)
					}
					if w := window.(*windowText); !w.whole {
						windowed++
					}
				}
				if windowed == 0 {
					t.Errorf("the text area held a window on %d keys of 800", windowed)
				}
				fields[1].Blur()
				fields[0].Blur()
				if a, b := fields[1].View(), fields[0].View(); a != b {
					t.Fatalf("blurred, the window draws\n%s\nhuh draws\n%s", a, b)
				}
			})
		}
	}
}
