package cli

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"ackpool/api"
)

// clusterCacheTTL is how long listed cluster IDs are offered by completion.
const clusterCacheTTL = 10 * time.Minute

// maxCacheEntries bounds the cache file: one entry per account, endpoint and region.
const maxCacheEntries = 32

// clusterCache is the file $XDG_CACHE_HOME/ackpool/clusters.json: recently listed
// cluster IDs per account and region, for shell completion. It holds IDs, names and
// states only, never credentials.
type clusterCache struct {
	Entries map[string]clusterCacheEntry `json:"entries"`
}

type clusterCacheEntry struct {
	Saved    time.Time       `json:"saved"`
	Clusters []cachedCluster `json:"clusters"`
}

type cachedCluster struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	State string `json:"state"`
}

// flagCacheKey names the account and region a cluster list belongs to by the flags
// and environment that choose them, so completion finds the list without connecting.
func flagCacheKey(g *globalOptions, env api.Environment) string {
	endpoint := g.Endpoint
	if endpoint == "" {
		endpoint = env.Getenv("ACKPOOL_ENDPOINT")
	}
	return fmt.Sprintf("profile=%s endpoint=%s region=%s sandbox=%t", g.Profile, endpoint, regionFor(g, env), g.Sandbox)
}

// clusterCachePath is the cache file's path.
func clusterCachePath() (string, error) {
	dir := os.Getenv("XDG_CACHE_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		var err error
		if dir, err = os.UserCacheDir(); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "ackpool", "clusters.json"), nil
}

func readClusterCache() clusterCache {
	c := clusterCache{Entries: map[string]clusterCacheEntry{}}
	path, err := clusterCachePath()
	if err != nil {
		return c
	}
	data, err := os.ReadFile(path)
	if err != nil || len(data) > 1<<20 {
		return c
	}
	if json.Unmarshal(data, &c) != nil || c.Entries == nil {
		return clusterCache{Entries: map[string]clusterCacheEntry{}}
	}
	return c
}

// saveClusterCache records a fresh list; failures are ignored (it is only a cache).
func saveClusterCache(key string, clusters []api.Cluster) {
	path, err := clusterCachePath()
	if err != nil {
		return
	}
	c := readClusterCache()
	entry := clusterCacheEntry{Saved: time.Now().UTC()}
	for _, cl := range clusters {
		entry.Clusters = append(entry.Clusters, cachedCluster{ID: cl.ClusterID, Name: cl.Name, State: cl.State})
	}
	c.Entries[key] = entry
	pruneCache(&c)
	data, err := json.Marshal(c)
	if err != nil || os.MkdirAll(filepath.Dir(path), 0o700) != nil {
		return
	}
	tmp := path + ".tmp"
	if os.WriteFile(tmp, data, 0o600) == nil {
		_ = os.Rename(tmp, path)
	}
}

// pruneCache keeps the newest entries.
func pruneCache(c *clusterCache) {
	if len(c.Entries) <= maxCacheEntries {
		return
	}
	keys := make([]string, 0, len(c.Entries))
	for k := range c.Entries {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return c.Entries[keys[i]].Saved.After(c.Entries[keys[j]].Saved) })
	for _, k := range keys[maxCacheEntries:] {
		delete(c.Entries, k)
	}
}

// cachedClusters returns the fresh list for key, if there is one.
func cachedClusters(key string, now time.Time) ([]cachedCluster, bool) {
	e, ok := readClusterCache().Entries[key]
	if !ok || now.Sub(e.Saved) > clusterCacheTTL || now.Before(e.Saved.Add(-time.Minute)) {
		return nil, false
	}
	return e.Clusters, true
}
