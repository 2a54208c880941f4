package presets

import (
	"fmt"
	"strings"
)

// OriginKind says what a wizard session started from.
type OriginKind string

// The starting points the wizard's first screen offers (a resumed draft keeps the
// origin it was saved with).
const (
	OriginBlank  OriginKind = ""       // an empty form
	OriginPreset OriginKind = "preset" // a built-in or saved preset
	OriginPool   OriginKind = "pool"   // a clone of an existing pool
)

// Origin names the starting point of a request, so the review screen can diff
// against it and a draft can remember it.
type Origin struct {
	Kind       OriginKind
	Preset     string // preset name, for OriginPreset
	ClusterID  string // cluster of the cloned pool, for OriginPool
	NodepoolID string // the cloned pool, for OriginPool
}

// String renders the origin as stored in a draft: "", "preset:NAME" or
// "pool:CLUSTER_ID/NODEPOOL_ID".
func (o Origin) String() string {
	switch o.Kind {
	case OriginPreset:
		return "preset:" + o.Preset
	case OriginPool:
		return "pool:" + o.ClusterID + "/" + o.NodepoolID
	}
	return ""
}

// ParseOrigin reads what Origin.String wrote.
func ParseOrigin(s string) (Origin, error) {
	if s == "" {
		return Origin{}, nil
	}
	kind, rest, ok := strings.Cut(s, ":")
	switch {
	case ok && kind == string(OriginPreset) && ValidateName(rest) == nil:
		return Origin{Kind: OriginPreset, Preset: rest}, nil
	case ok && kind == string(OriginPool):
		cluster, pool, ok := strings.Cut(rest, "/")
		if ok && cluster != "" && pool != "" {
			return Origin{Kind: OriginPool, ClusterID: cluster, NodepoolID: pool}, nil
		}
	}
	return Origin{}, fmt.Errorf("origin %q: expected preset:NAME or pool:CLUSTER_ID/NODEPOOL_ID", s)
}
