package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"ackpool/api"
	"ackpool/model"
	"ackpool/termtext"
)

// summaryRow is one line of the review's plain-language summary.
type summaryRow struct{ label, text string }

// summary says in words what the request creates, above its JSON: where, how many
// nodes in which zones, how much compute at the desired, minimum and maximum size,
// the billing, the disks, and what the pool is allowed to do on its own. It reads
// only what the lookups already loaded; what is not known is left out.
func (m *Model) summary() []summaryRow {
	np, t := m.np, *m.target
	sg := np.ScalingGroup
	if sg == nil {
		sg = &model.ScalingGroup{}
	}
	var names map[string]string
	var types map[string]api.InstanceType
	cluster := t.ClusterID
	if c := m.opts.Catalog; c != nil {
		if name := c.clusterName(t); name != "" {
			cluster = termtext.Line(name) + " (" + t.ClusterID + ")"
		}
		names, types = c.knownZones(t), c.knownTypes(t.Region)
	}
	rows := []summaryRow{{"cluster", cluster + " · " + t.Region}}
	rows = append(rows, summaryRow{"nodes", nodesText(np, sg, t.Region, names)})
	if per, ok := perNode(sg.InstanceTypes, types); ok {
		rows = append(rows, summaryRow{"per node", per.String()}, summaryRow{"total", totalsText(np, per)})
	}
	rows = append(rows, summaryRow{"billing", facts(np).billing})
	rows = append(rows, summaryRow{"disks", disksText(sg)})
	rows = append(rows, summaryRow{"on its own", managementText(np.Management)})
	return rows
}

// nodesText is the size and where the nodes go.
func nodesText(np *model.NodePool, sg *model.ScalingGroup, region string, zoneOf map[string]string) string {
	text := facts(np).size
	var zones []string
	for _, id := range sg.VSwitchIDs {
		if z := zoneOf[id]; z != "" && !slices.Contains(zones, z) {
			zones = append(zones, z)
		}
	}
	if len(zones) == 0 {
		return text
	}
	policy := "PRIORITY"
	if sg.MultiAZPolicy != nil {
		policy = *sg.MultiAZPolicy
	}
	text += fmt.Sprintf(" in %d zone", len(zones))
	if len(zones) > 1 {
		text += "s"
	}
	text += " (" + zoneList(region, zones) + ")"
	if n := desired(np); policy == "BALANCE" && n > 0 && len(zones) > 1 {
		text += fmt.Sprintf(", balanced: about %d per zone", (n+int64(len(zones))-1)/int64(len(zones)))
	} else if len(zones) > 1 {
		text += ", " + strings.ToLower(policy) + " placement"
	}
	return text
}

// nodeSize is the compute of one node: a range when the listed types differ.
type nodeSize struct {
	cpuLo, cpuHi int
	memLo, memHi float64
	gpuLo, gpuHi int
}

// String is "4 vCPU · 16 GiB" or "4–8 vCPU · 16–32 GiB · 1 GPU".
func (s nodeSize) String() string {
	out := span(float64(s.cpuLo), float64(s.cpuHi)) + " vCPU · " + span(s.memLo, s.memHi) + " GiB"
	if s.gpuHi > 0 {
		out += " · " + span(float64(s.gpuLo), float64(s.gpuHi)) + " GPU"
	}
	return out
}

// times is the compute of n nodes.
func (s nodeSize) times(n int64) nodeSize {
	k := int(n)
	return nodeSize{s.cpuLo * k, s.cpuHi * k, s.memLo * float64(n), s.memHi * float64(n), s.gpuLo * k, s.gpuHi * k}
}

// span is "4" or "4–8".
func span(lo, hi float64) string {
	if lo == hi {
		return strconv.FormatFloat(lo, 'f', -1, 64)
	}
	return strconv.FormatFloat(lo, 'f', -1, 64) + "–" + strconv.FormatFloat(hi, 'f', -1, 64)
}

// perNode is the compute of one node over the listed types that the catalog knows.
func perNode(ids []string, types map[string]api.InstanceType) (nodeSize, bool) {
	var s nodeSize
	found := false
	for _, id := range ids {
		it, ok := types[id]
		if !ok {
			continue
		}
		if !found {
			s = nodeSize{it.CPUCores, it.CPUCores, it.MemoryGiB, it.MemoryGiB, it.GPUAmount, it.GPUAmount}
			found = true
			continue
		}
		s.cpuLo, s.cpuHi = min(s.cpuLo, it.CPUCores), max(s.cpuHi, it.CPUCores)
		s.memLo, s.memHi = min(s.memLo, it.MemoryGiB), max(s.memHi, it.MemoryGiB)
		s.gpuLo, s.gpuHi = min(s.gpuLo, it.GPUAmount), max(s.gpuHi, it.GPUAmount)
	}
	return s, found
}

// totalsText is the compute at the desired size, or at the autoscaler's bounds.
func totalsText(np *model.NodePool, per nodeSize) string {
	if as := np.AutoScaling; as != nil && as.Enable != nil && *as.Enable {
		lo, hi := deref(as.MinInstances), deref(as.MaxInstances)
		return fmt.Sprintf("at min %d: %s; at max %d: %s", lo, per.times(lo), hi, per.times(hi))
	}
	n := desired(np)
	if n < 0 {
		return "(size not set)"
	}
	return fmt.Sprintf("at %d nodes: %s", n, per.times(n))
}

// disksText names the system disk and the data disks.
func disksText(sg *model.ScalingGroup) string {
	text := "system " + orDefault(sg.SystemDiskCategory, "cloud_efficiency")
	if sg.SystemDiskSize != nil {
		text += fmt.Sprintf(" %d GiB", *sg.SystemDiskSize)
	}
	if n := len(sg.DataDisks); n > 0 {
		var parts []string
		for _, d := range sg.DataDisks {
			part := orDefault(d.Category, "cloud_efficiency")
			if d.Size != nil {
				part += fmt.Sprintf(" %d GiB", *d.Size)
			}
			parts = append(parts, part)
		}
		text += fmt.Sprintf("; %d data: %s", n, strings.Join(parts, ", "))
	}
	return text
}

// managementText says what a managed pool may do without being asked.
func managementText(mg *model.Management) string {
	if mg == nil || mg.Enable == nil || !*mg.Enable {
		return "nothing: not a managed pool (no auto repair, upgrade or CVE fixes)"
	}
	on := func(b *bool) string {
		if b != nil && *b {
			return "on"
		}
		return "off"
	}
	return "auto repair " + on(mg.AutoRepair) + " · auto upgrade " + on(mg.AutoUpgrade) + " · CVE fixes " + on(mg.AutoVulFix)
}

// orDefault is *s, or def when s is unset.
func orDefault(s *string, def string) string {
	if s == nil || *s == "" {
		return def
	}
	return *s
}

// summaryWidth is the width of the summary column beside the body on a wide review.
const summaryWidth = 58

// renderSummary is the summary as aligned rows, wrapped to width.
func (m *Model) renderSummary(width int) string {
	labelW := m.styles.Label.GetWidth()
	var b strings.Builder
	b.WriteString(m.styles.Title.Render("Summary") + "\n")
	for _, r := range m.summary() {
		lines := strings.Split(wrapAtSpaces(r.text, max(width-labelW, 10)), "\n")
		b.WriteString(m.styles.Label.Render(r.label) + strings.Join(lines, "\n"+strings.Repeat(" ", labelW)) + "\n")
	}
	return b.String()
}

// reviewBody is what the review shows by default: the summary and the highlighted
// body, side by side when the screen is wide enough, else the summary first.
func (m *Model) reviewBody() string {
	body := m.preview.styled
	width := m.review.body.Width
	if width < 2*summaryWidth {
		return m.renderSummary(width) + "\n" + strings.Join(body, "\n")
	}
	summary := m.renderSummary(summaryWidth - 2)
	height := max(len(body), strings.Count(summary, "\n")+1)
	return joinColumns([]column{{text: summary, width: summaryWidth}, {text: strings.Join(body, "\n"), width: width - summaryWidth}}, height)
}
