package sandbox

import (
	"hash/fnv"
	"math"
	"strings"
)

// currency is the sandbox account's billing currency; every price is in it.
const currency = "CNY"

// hoursPerMonth is how many hours the price list counts in a month.
const hoursPerMonth = 730

// Pay-as-you-go list rates of the sandbox, in CNY per hour.
const (
	ratePerVCPU = 0.12  // per vCPU and hour
	ratePerGiB  = 0.035 // per GiB of memory and hour
)

// generationFactor scales a family's price by its generation digit: newer costs more.
var generationFactor = map[byte]float64{'5': 0.9, '6': 0.95, '7': 1.0, '8': 1.08}

// gpuHourly is the hourly price of one full GPU by model, longest model name first
// so that "NVIDIA A100" is not taken for "NVIDIA A10".
var gpuHourly = []struct {
	model string
	price float64
}{{"NVIDIA A100", 22.0}, {"NVIDIA V100", 13.0}, {"NVIDIA L20", 10.0}, {"NVIDIA A10", 7.0}, {"NVIDIA T4", 4.5}}

// diskMonthly is the price of one GiB of disk for a month by category (and ESSD level).
var diskMonthly = map[string]float64{
	"cloud_efficiency": 0.35, "cloud_ssd": 1.0, "cloud_auto": 1.0, "cloud_essd_entry": 0.5,
	"cloud_essd/PL0": 0.5, "cloud_essd/PL1": 1.0, "cloud_essd/PL2": 2.0, "cloud_essd/PL3": 4.0,
}

// instanceHourly is the pay-as-you-go price of an instance type per hour: vCPUs and
// memory at the list rates, scaled by generation and processor, plus its GPUs.
func instanceHourly(t InstanceType) float64 {
	family := strings.TrimPrefix(t.Family, "ecs.")
	f := 1.0
	if g, ok := generationFactor[lastDigit(family)]; ok {
		f = g
	}
	switch {
	case t.Arch == "ARM":
		f *= 0.8
	case strings.Contains(t.Processor, "AMD"):
		f *= 0.9
	}
	switch t.Category {
	case highFreq:
		f *= 1.15
	case burst:
		f *= 0.35
	case storage, bigData:
		f *= 1.25
	}
	p := (float64(t.Cores)*ratePerVCPU + t.MemoryGiB*ratePerGiB) * f
	if t.GPUAmount > 0 {
		p += float64(t.GPUAmount) * gpuPrice(t)
	}
	return round(p, 3)
}

// gpuPrice is the price of one GPU of the type; a vGPU slice costs its share of
// the card's memory, an 80 GiB A100 a third more than a 40 GiB one.
func gpuPrice(t InstanceType) float64 {
	for _, g := range gpuHourly {
		model, p := g.model, g.price
		if !strings.HasPrefix(t.GPUSpec, model) {
			continue
		}
		switch {
		case strings.Contains(t.GPUSpec, "vGPU"):
			return p * t.GPUMemoryGiB / 24
		case model == "NVIDIA A100" && t.GPUMemoryGiB >= 80:
			return p * 4 / 3
		}
		return p
	}
	return 6
}

func lastDigit(s string) byte {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] >= '0' && s[i] <= '9' {
			return s[i]
		}
	}
	return 0
}

// diskHourly is the price of a disk per hour, or false for an unknown category.
func diskHourly(category, level string, sizeGiB int) (float64, bool) {
	key := category
	if category == "cloud_essd" {
		if level == "" {
			level = "PL1"
		}
		key += "/" + level
	}
	m, ok := diskMonthly[key]
	if !ok {
		return 0, false
	}
	return m * float64(sizeGiB) / hoursPerMonth, true
}

// bandwidthHourly is the price of fixed public bandwidth per hour: the first 5 Mbps
// at the low rate, the rest at the high one.
func bandwidthHourly(mbps int) float64 {
	low := math.Min(float64(mbps), 5)
	return low*0.063 + math.Max(float64(mbps)-5, 0)*0.25
}

// spotRatio is the spot price of a type in a zone as a fraction of its on-demand
// price at step i of the history: between 10% and 40%, different per zone and type,
// drifting a little over time.
func spotRatio(instanceType, zone string, i int) float64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(instanceType + "|" + zone))
	base := 0.12 + 0.26*float64(h.Sum64()%1000)/1000
	r := base * (1 + 0.05*math.Sin(float64(i)))
	return math.Max(0.10, math.Min(0.40, r))
}

func round(v float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}
