package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"ackpool/api"
	"ackpool/api/sandbox"
)

// clientFactory builds the API client for a command. cleanup releases what the client
// needs (it stops an in-process sandbox); call it when done, also after an error.
type clientFactory func(ctx context.Context) (client api.Client, cleanup func(), err error)

// connect builds the command's client and says which region it works in: the
// --region flag's, else the client's default (the profile's or the environment's).
// cleanup must be called also after an error.
func connect(ctx context.Context, newClient clientFactory, flagRegion string) (client api.Client, region string, cleanup func(), err error) {
	client, cleanup, err = newClient(ctx)
	if err != nil {
		return nil, "", cleanup, err
	}
	region = flagRegion
	if region == "" {
		region = client.Target().Region
	}
	return client, region, cleanup, nil
}

// newClientFactory turns the global flags into a client factory:
//   - --endpoint or ACKPOOL_ENDPOINT: every request goes to that address, signed with
//     the credentials of the default chain (for `ackpool sandbox`, the printed keys);
//   - --sandbox, or no credentials configured: a sandbox starts in-process on
//     127.0.0.1 and the real client talks to it with the sandbox's key pair;
//   - otherwise: the credentials-go default chain (environment, aliyun CLI profile
//     selected with --profile, OIDC, ECS RAM role...) against the cloud's endpoints.
func newClientFactory(g *globalOptions, streams IOStreams) clientFactory {
	return newClientFactoryIn(g, streams, api.ProcessEnvironment())
}

func newClientFactoryIn(g *globalOptions, streams IOStreams, env api.Environment) clientFactory {
	return func(ctx context.Context) (api.Client, func(), error) {
		noop := func() {}
		endpoint := g.Endpoint
		if endpoint == "" {
			endpoint = env.Getenv("ACKPOOL_ENDPOINT")
		}
		found, err := api.CredentialSource(env, g.Profile)
		if err != nil {
			return nil, noop, err
		}
		if g.Verbose {
			reportSource(streams, g, env, endpoint, found)
		}
		switch {
		case endpoint != "":
			return endpointClient(g, env, endpoint, found)
		case g.Sandbox || found == "":
			if !g.Sandbox {
				fmt.Fprintln(streams.Err, "No Alibaba Cloud credentials found: using the built-in sandbox (nothing is created in the cloud).")
			}
			return inProcessSandbox(g, env)
		}
		return cloudClient(g, env, found)
	}
}

// reportSource says which credentials, region and endpoint the command uses (--verbose).
func reportSource(streams IOStreams, g *globalOptions, env api.Environment, endpoint, found string) {
	switch {
	case g.Sandbox || (found == "" && endpoint == ""):
		fmt.Fprintln(streams.Err, "credentials: the built-in sandbox's own key (nothing is sent to the cloud)")
	case found == "":
		fmt.Fprintln(streams.Err, "credentials: none found")
	default:
		fmt.Fprintf(streams.Err, "credentials: %s\n", found)
	}
	fmt.Fprintf(streams.Err, "region: %s\n", regionFor(g, env))
	if endpoint != "" {
		fmt.Fprintf(streams.Err, "endpoint: %s\n", endpoint)
	}
}

// endpointClient talks to an explicit endpoint, normally a standalone sandbox.
func endpointClient(g *globalOptions, env api.Environment, endpoint, found string) (api.Client, func(), error) {
	if found == "" {
		return nil, func() {}, fmt.Errorf("endpoint %s is set but no credentials are: export the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET lines that `ackpool sandbox` printed", endpoint)
	}
	cred, err := api.BuildCredential(g.Profile, env)
	if err != nil {
		return nil, func() {}, err
	}
	c, err := api.New(api.Options{Endpoint: endpoint, Region: regionFor(g, env), Credential: cred,
		Sandbox: api.IsLoopbackURL(endpoint), Profile: found})
	return c, func() {}, err
}

// inProcessSandbox starts the sandbox on a loopback port and connects the real client.
func inProcessSandbox(g *globalOptions, env api.Environment) (api.Client, func(), error) {
	// tasks run 10x faster than in the cloud so that a first walk-through takes seconds;
	// the account is kept under the XDG state folder so that later commands see its pools
	stateFile := sandboxStateFile(env)
	srv, err := sandbox.Start(sandbox.Options{Speed: 10, StateFile: stateFile})
	if err != nil {
		return nil, func() {}, err
	}
	cleanup := func() { _ = srv.Close() }
	cred, err := api.StaticCredential(srv.AccessKeyID(), srv.AccessKeySecret())
	if err != nil {
		cleanup()
		return nil, func() {}, err
	}
	c, err := api.New(api.Options{Endpoint: srv.Endpoint(), Region: regionFor(g, env), Credential: cred, Sandbox: true,
		InProcess: stateFile == "", Profile: "sandbox"}) // with a state file, its pools and tasks outlive the process
	if err != nil {
		cleanup()
		return nil, func() {}, err
	}
	return c, cleanup, nil
}

// sandboxStateFile is where the in-process sandbox keeps its account:
// $XDG_STATE_HOME/ackpool/sandbox/seed-1.json (or under ~/.local/state); "" (memory
// only) when there is no home folder to keep it in.
func sandboxStateFile(env api.Environment) string {
	base := env.Getenv("XDG_STATE_HOME")
	if base == "" || !filepath.IsAbs(base) {
		if fi, err := os.Stat(env.HomeDir); env.HomeDir == "" || err != nil || !fi.IsDir() {
			return ""
		}
		base = filepath.Join(env.HomeDir, ".local", "state")
	}
	return sandbox.StateFileUnder(base, 1)
}

// cloudClient talks to Alibaba Cloud itself.
func cloudClient(g *globalOptions, env api.Environment, found string) (api.Client, func(), error) {
	cred, err := api.BuildCredential(g.Profile, env)
	if err != nil {
		return nil, func() {}, err
	}
	c, err := api.New(api.Options{Region: regionFor(g, env), Credential: cred, Profile: found})
	return c, func() {}, err
}

// regionFor is --region, else the environment's or the profile's region.
func regionFor(g *globalOptions, env api.Environment) string {
	return api.ResolveRegion(g.Region, g.Profile, env)
}
