package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"ackpool/api"
	"ackpool/export"
	"ackpool/model"
	"ackpool/termtext"

	"github.com/spf13/cobra"
)

// completionTimeout bounds the cluster lookup a completion may make.
const completionTimeout = 8 * time.Second

func newCompletionCmd(streams IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "Print the shell completion script for bash, zsh, fish or PowerShell",
		Long: `Completion prints a script that teaches your shell to complete ackpool's commands
and flags. It knows the model and your account: preset names (--preset), output
formats (--output), every --set path and its allowed values, provider versions
(--terraform-provider), and cluster IDs (--cluster), which come from a list kept
for 10 minutes in $XDG_CACHE_HOME/ackpool/clusters.json (ackpool clusters refreshes
it; when it is missing or old, completing --cluster asks the cloud once).

Install it once for your shell:

  bash (needs the bash-completion package):
    ackpool completion bash > ~/.local/share/bash-completion/completions/ackpool
  zsh (compinit must be on):
    ackpool completion zsh > "${fpath[1]}/_ackpool"
  fish:
    ackpool completion fish > ~/.config/fish/completions/ackpool.fish
  PowerShell (add the line to your $PROFILE to keep it):
    ackpool completion powershell | Out-String | Invoke-Expression

Then start a new shell. To try it in the current one only, source the output:
"source <(ackpool completion bash)" or "source <(ackpool completion zsh)".`,
		Example: `  $ ackpool completion bash > ~/.local/share/bash-completion/completions/ackpool
  $ ackpool completion zsh > "${fpath[1]}/_ackpool"
  $ ackpool completion fish > ~/.config/fish/completions/ackpool.fish
  $ ackpool completion powershell | Out-String | Invoke-Expression`,
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{fmt.Errorf("name one shell: bash, zsh, fish or powershell")}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			w := streams.Out
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(w, true)
			case "zsh":
				return root.GenZshCompletion(w)
			case "fish":
				return root.GenFishCompletion(w, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(w)
			}
			return usageError{fmt.Errorf("unknown shell %q: use bash, zsh, fish or powershell", args[0])}
		},
	}
	return cmd
}

// registerCompletions attaches the completion functions to every command that has
// the flags they complete, so each flag completes the same way everywhere.
func registerCompletions(root *cobra.Command, g *globalOptions) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, sub := range c.Commands() {
			walk(sub)
		}
		flags := c.LocalNonPersistentFlags()
		register := func(name string, fn cobra.CompletionFunc) {
			if flags.Lookup(name) != nil {
				_ = c.RegisterFlagCompletionFunc(name, fn)
			}
		}
		register("preset", completePresetNames)
		register("set", completeSetPaths)
		register("cluster", completeClusterIDs(g))
		register("terraform-provider", completeProviderVersions)
		register("output", completeOutputs(c.Name() == "create"))
		if c.Parent() != nil && c.Parent().Name() == "preset" && strings.HasSuffix(c.Use, " NAME") {
			c.ValidArgsFunction = func(_ *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
				if len(args) > 0 {
					return nil, cobra.ShellCompDirectiveNoFileComp
				}
				return completePresetNames(nil, nil, toComplete)
			}
		}
	}
	walk(root)
}

// completeOutputs offers the --output values of a command.
func completeOutputs(create bool) cobra.CompletionFunc {
	return func(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
		out := []string{"text\ta table or lines for people", "json\tone JSON document for scripts"}
		if create {
			out = append(out, "yaml\twith --dry-run: the request as a YAML file",
				"aliyun\twith --dry-run: the aliyun CLI command",
				"terraform\twith --dry-run: an alicloud_cs_kubernetes_node_pool resource")
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completePresetNames offers the built-in and saved presets.
func completePresetNames(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	lib, err := defaultLibrary()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	metas, _, err := lib.List()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, m := range metas {
		if strings.HasPrefix(m.Name, toComplete) {
			out = append(out, m.Name+"\t"+termtext.Line(oneLine(m.Description)))
		}
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeSetPaths offers --set paths (each followed by "=") and, after the "=", the
// field's allowed values.
func completeSetPaths(_ *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if path, value, ok := strings.Cut(toComplete, "="); ok {
		var out []string
		for _, v := range allowedValues(path) {
			if strings.HasPrefix(v, value) {
				out = append(out, path+"="+v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for fi := range model.EachField {
		if fi.Location != "body" || fi.Type == "array<object>" || fi.Type == "object" && fi.MapValueType == "" {
			continue
		}
		p := strings.ReplaceAll(fi.Path, "[]", "[0]")
		if strings.HasPrefix(p, toComplete) {
			out = append(out, p+"=\t"+termtext.Line(oneLine(fi.Summary)))
		}
	}
	return out, cobra.ShellCompDirectiveNoSpace | cobra.ShellCompDirectiveNoFileComp
}

// allowedValues are the values a --set path takes, when the reference lists them.
func allowedValues(path string) []string {
	fi, ok := model.Field(path)
	switch {
	case !ok:
		return nil
	case len(fi.Enum) > 0:
		return fi.Enum
	case len(fi.ItemEnum) > 0:
		return fi.ItemEnum
	case fi.Type == "boolean":
		return []string{"true", "false"}
	}
	return nil
}

// completeProviderVersions offers the provider versions the Terraform export knows.
func completeProviderVersions(_ *cobra.Command, _ []string, _ string) ([]string, cobra.ShellCompDirective) {
	seen := map[string]bool{"1.240.0": true}
	for _, a := range export.TerraformArguments() {
		if a.Since != "" {
			if v, err := export.ParseProviderVersion(a.Since); err == nil {
				seen[v.String()] = true
			}
		}
	}
	out := make([]string, 0, len(seen))
	for v := range seen {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		a, _ := export.ParseProviderVersion(out[i])
		b, _ := export.ParseProviderVersion(out[j])
		return a.Less(b)
	})
	return out, cobra.ShellCompDirectiveNoFileComp
}

// completeClusterIDs offers the cluster IDs of the account and region the flags
// select: from the cache when it is fresh, else from one lookup that refreshes it.
func completeClusterIDs(g *globalOptions) cobra.CompletionFunc {
	return func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		env := api.ProcessEnvironment()
		key := flagCacheKey(g, env)
		clusters, ok := cachedClusters(key, time.Now())
		if !ok {
			clusters, ok = lookupClustersForCompletion(cmd.Context(), g, key)
		}
		if !ok {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		var out []string
		for _, c := range clusters {
			if strings.HasPrefix(c.ID, toComplete) {
				out = append(out, c.ID+"\t"+termtext.Line(c.Name+" ("+c.State+")"))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// lookupClustersForCompletion lists the clusters once, quietly, and caches them.
func lookupClustersForCompletion(ctx context.Context, g *globalOptions, key string) ([]cachedCluster, bool) {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, completionTimeout)
	defer cancel()
	client, cleanup, err := newClientFactory(g, IOStreams{Err: io.Discard})(ctx)
	defer cleanup()
	if err != nil {
		return nil, false
	}
	region := g.Region
	if region == "" {
		region = client.Target().Region
	}
	list, err := client.ListClusters(ctx, region)
	if err != nil {
		return nil, false
	}
	saveClusterCache(key, list)
	out := make([]cachedCluster, len(list))
	for i, c := range list {
		out[i] = cachedCluster{ID: c.ClusterID, Name: c.Name, State: c.State}
	}
	return out, true
}
