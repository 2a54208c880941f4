package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"

	"ackpool/api/preflight"
)

// statusLabels are how the text form shows check outcomes.
var statusLabels = map[preflight.Status]string{
	preflight.OK: "ok", preflight.Warn: "WARN", preflight.Fail: "FAIL", preflight.Unknown: "?",
}

// stockLabels are how the text form shows stock cells.
var stockLabels = map[string]string{"Available": "in stock", "SoldOut": "SOLD OUT", "": "-", "unknown": "?"}

// writePlanText prints the validation problems, the checks, the stock matrix, the
// cost table and the verdict.
func writePlanText(w io.Writer, heading string, rep planReport, stock preflight.Stock) error {
	var b strings.Builder
	b.WriteString(heading + "\n\n")
	if len(rep.Problems) > 0 {
		var pb strings.Builder
		_ = writeProblemsText(&pb, "validation", rep.Problems)
		b.WriteString(pb.String() + "\n")
	}
	writeChecksText(&b, rep.Checks)
	writeStockText(&b, stock)
	writeCostText(&b, rep.Cost)
	nFail, nWarn, nUnknown := 0, 0, 0
	for _, c := range rep.Checks {
		switch c.Status {
		case preflight.Fail:
			nFail++
		case preflight.Warn:
			nWarn++
		case preflight.Unknown:
			nUnknown++
		}
	}
	verdict := "ready"
	if !rep.Ready {
		verdict = "blocked"
	}
	fmt.Fprintf(&b, "%s: %s, %s, %s, %d unknown\n", verdict, countNoun(len(rep.Problems.Errors()), "validation error"),
		countNoun(nFail, "failed check"), countNoun(nWarn, "warning"), nUnknown)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeChecksText(b *strings.Builder, checks []preflight.Check) {
	b.WriteString("Checks:\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	for _, c := range checks {
		msg := printable(c.Message)
		if c.Path != "" && c.Status != preflight.OK {
			msg += " [" + c.Path + "]"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\n", statusLabels[c.Status], c.ID, msg)
	}
	_ = tw.Flush()
	b.WriteByte('\n')
}

func writeStockText(b *strings.Builder, s preflight.Stock) {
	if len(s.Zones) == 0 || len(s.Types) == 0 {
		return
	}
	b.WriteString("Stock (instance type x zone):\n")
	tw := tabwriter.NewWriter(b, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  \t%s\n", strings.Join(s.Zones, "\t"))
	for _, t := range s.Types {
		cells := make([]string, len(s.Zones))
		for i, z := range s.Zones {
			cells[i] = stockLabels[s.Cell(t, z)]
		}
		fmt.Fprintf(tw, "  %s\t%s\n", printable(t), strings.Join(cells, "\t"))
	}
	_ = tw.Flush()
	b.WriteByte('\n')
}

func writeCostText(b *strings.Builder, c *preflight.Cost) {
	if c == nil {
		b.WriteString("Cost: not available (no instance type could be priced; see the price check)\n\n")
		return
	}
	fmt.Fprintf(b, "Cost (%s, estimate):\n", c.Currency)
	width := len("item")
	for _, it := range c.Items {
		width = max(width, len(printable(it.What)))
	}
	fmt.Fprintf(b, "  %-*s  %10s  %5s  %10s\n", width, "item", "per hour", "count", "hourly")
	for _, it := range c.Items {
		fmt.Fprintf(b, "  %-*s  %10.4f  %5d  %10.4f\n", width, printable(it.What), it.UnitHourly, it.Count, it.Hourly)
	}
	fmt.Fprintf(b, "  total at %s: %.4f %s/hour, %.2f %s/month\n", countNoun(c.Nodes, "node"), c.Hourly, c.Currency, c.Monthly, c.Currency)
	for _, at := range []struct {
		label string
		c     *preflight.Cost
	}{{"minimum", c.AtMin}, {"maximum", c.AtMax}} {
		if at.c != nil {
			fmt.Fprintf(b, "  at the %s of %s: %.4f %s/hour, %.2f %s/month\n", at.label, countNoun(at.c.Nodes, "node"), at.c.Hourly, c.Currency, at.c.Monthly, c.Currency)
		}
	}
	if len(c.PerType) > 1 {
		parts := make([]string, 0, len(c.PerType))
		for _, p := range c.PerType {
			if p.Error != "" {
				parts = append(parts, printable(p.InstanceType)+" (not priced)")
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %.4f", printable(p.InstanceType), p.Hourly))
		}
		fmt.Fprintf(b, "  one node per hour by type: %s\n", strings.Join(parts, ", "))
	}
	for _, n := range c.Notes {
		fmt.Fprintf(b, "  note: %s\n", printable(n))
	}
	b.WriteByte('\n')
}

// printable shows control characters of text from outside as \x escapes, so a
// name from the account cannot move the cursor or change the terminal.
func printable(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			fmt.Fprintf(&b, "\\x%02x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
