package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"ackpool/api"
	"ackpool/api/sandbox"

	credential "github.com/aliyun/credentials-go/credentials"
	"github.com/aliyun/credentials-go/credentials/providers"
)

// defaultRegion is used when neither --region nor the profile names one.
const defaultRegion = "cn-hangzhou"

// clientFactory builds the API client for a command. cleanup releases what the client
// needs (it stops an in-process sandbox); call it when done, also after an error.
type clientFactory func(ctx context.Context) (client api.Client, cleanup func(), err error)

// environment is what the factory reads from the process; tests replace it.
type environment struct {
	Getenv   func(string) string
	ReadFile func(string) ([]byte, error)
	HomeDir  string
}

// processEnvironment is the real process environment.
func processEnvironment() environment {
	home, _ := os.UserHomeDir()
	return environment{Getenv: os.Getenv, ReadFile: os.ReadFile, HomeDir: home}
}

// newClientFactory turns the global flags into a client factory:
//   - --endpoint or ACKPOOL_ENDPOINT: every request goes to that address, signed with
//     the credentials of the default chain (for `ackpool sandbox`, the printed keys);
//   - --sandbox, or no credentials configured: a sandbox starts in-process on
//     127.0.0.1 and the real client talks to it with the sandbox's key pair;
//   - otherwise: the credentials-go default chain (environment, aliyun CLI profile
//     selected with --profile, OIDC, ECS RAM role...) against the cloud's endpoints.
func newClientFactory(g *globalOptions, streams ioStreams) clientFactory {
	return newClientFactoryIn(g, streams, processEnvironment())
}

func newClientFactoryIn(g *globalOptions, streams ioStreams, env environment) clientFactory {
	return func(ctx context.Context) (api.Client, func(), error) {
		noop := func() {}
		endpoint := g.Endpoint
		if endpoint == "" {
			endpoint = env.Getenv("ACKPOOL_ENDPOINT")
		}
		found, err := credentialsConfigured(env, g.Profile)
		if err != nil {
			return nil, noop, err
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

// endpointClient talks to an explicit endpoint, normally a standalone sandbox.
func endpointClient(g *globalOptions, env environment, endpoint, found string) (api.Client, func(), error) {
	if found == "" {
		return nil, func() {}, fmt.Errorf("endpoint %s is set but no credentials are: export the ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET lines that `ackpool sandbox` printed", endpoint)
	}
	cred, err := buildCredential(g.Profile, env)
	if err != nil {
		return nil, func() {}, err
	}
	c, err := api.New(api.Options{Endpoint: endpoint, Region: regionFor(g, env), Credential: cred,
		Sandbox: isLoopbackURL(endpoint), Profile: found})
	return c, func() {}, err
}

// inProcessSandbox starts the sandbox on a loopback port and connects the real client.
func inProcessSandbox(g *globalOptions, env environment) (api.Client, func(), error) {
	// tasks run 10x faster than in the cloud so that a first walk-through takes seconds;
	// the account is kept under the XDG state folder so that later commands see its pools
	stateFile := sandboxStateFile(env)
	srv, err := sandbox.Start(sandbox.Options{Speed: 10, StateFile: stateFile})
	if err != nil {
		return nil, func() {}, err
	}
	cleanup := func() { _ = srv.Close() }
	cred, err := staticCredential(srv.AccessKeyID(), srv.AccessKeySecret())
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
func sandboxStateFile(env environment) string {
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
func cloudClient(g *globalOptions, env environment, found string) (api.Client, func(), error) {
	cred, err := buildCredential(g.Profile, env)
	if err != nil {
		return nil, func() {}, err
	}
	c, err := api.New(api.Options{Region: regionFor(g, env), Credential: cred, Profile: found})
	return c, func() {}, err
}

// buildCredential is the aliyun CLI profile named by --profile; else the AccessKey
// of the environment (read through env, the chain's first step); else the whole
// credentials-go default chain.
func buildCredential(profile string, env environment) (credential.Credential, error) {
	if profile == "" {
		id, secret := env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
		if id != "" && secret != "" {
			if token := env.Getenv("ALIBABA_CLOUD_SECURITY_TOKEN"); token != "" {
				typ := "sts"
				return credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret, SecurityToken: &token})
			}
			return staticCredential(id, secret)
		}
		return credential.NewCredential(nil)
	}
	p, err := providers.NewCLIProfileCredentialsProviderBuilder().WithProfileName(profile).Build()
	if err != nil {
		return nil, fmt.Errorf("--profile %s: %w (set it up with `aliyun configure --profile %s`)", profile, err, profile)
	}
	return credential.FromCredentialsProvider("cli_profile", p), nil
}

func staticCredential(id, secret string) (credential.Credential, error) {
	typ := "access_key"
	return credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret})
}

// cliConfig is the part of the aliyun CLI config file ackpool reads.
type cliConfig struct {
	Current  string `json:"current"`
	Profiles []struct {
		Name     string `json:"name"`
		Mode     string `json:"mode"`
		RegionID string `json:"region_id"`
	} `json:"profiles"`
}

// cliConfigPath is where the aliyun CLI keeps its profiles.
func cliConfigPath(env environment) string {
	if p := env.Getenv("ALIBABA_CLOUD_CONFIG_FILE"); p != "" {
		return p
	}
	return filepath.Join(env.HomeDir, ".aliyun", "config.json")
}

// cliProfile returns the selected profile of the aliyun CLI config: the named one,
// else ALIBABA_CLOUD_PROFILE, else the file's current profile. ok is false when the
// file or the profile does not exist.
func cliProfile(env environment, name string) (mode, region, selected string, ok bool, err error) {
	data, rerr := env.ReadFile(cliConfigPath(env))
	if rerr != nil {
		return "", "", "", false, nil
	}
	var cfg cliConfig
	if jerr := json.Unmarshal(data, &cfg); jerr != nil {
		return "", "", "", false, fmt.Errorf("aliyun CLI config %s is not valid JSON: %v (fix or remove it)", cliConfigPath(env), jerr)
	}
	selected = name
	if selected == "" {
		selected = env.Getenv("ALIBABA_CLOUD_PROFILE")
	}
	if selected == "" {
		selected = cfg.Current
	}
	for _, p := range cfg.Profiles {
		if p.Name == selected {
			return p.Mode, p.RegionID, selected, true, nil
		}
	}
	return "", "", selected, false, nil
}

// credentialsConfigured says where credentials would come from, or "" when none are
// configured. It only looks at the environment and files (it never calls the ECS
// metadata service), in the order of the credentials-go default chain. An explicit
// --profile that does not exist is an error rather than a silent fallback.
func credentialsConfigured(env environment, profile string) (string, error) {
	if profile != "" {
		_, _, _, ok, err := cliProfile(env, profile)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", fmt.Errorf("--profile %s: no such profile in %s (create it with `aliyun configure --profile %s`)", profile, cliConfigPath(env), profile)
		}
		return "aliyun CLI profile " + profile, nil
	}
	if env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID") != "" && env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET") != "" {
		return "environment variables", nil
	}
	if env.Getenv("ALIBABA_CLOUD_ROLE_ARN") != "" && env.Getenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN") != "" &&
		(env.Getenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE") != "" || env.Getenv("ALIBABA_CLOUD_OIDC_TOKEN") != "") {
		return "OIDC role (RRSA)", nil
	}
	if !strings.EqualFold(env.Getenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"), "true") {
		_, _, selected, ok, err := cliProfile(env, "")
		if err != nil {
			return "", err
		}
		if ok {
			return "aliyun CLI profile " + selected, nil
		}
	}
	credFile := env.Getenv("ALIBABA_CLOUD_CREDENTIALS_FILE")
	if credFile == "" {
		credFile = filepath.Join(env.HomeDir, ".alibabacloud", "credentials")
	}
	if _, err := env.ReadFile(credFile); err == nil {
		return "credentials file " + credFile, nil
	}
	if env.Getenv("ALIBABA_CLOUD_ECS_METADATA") != "" {
		return "ECS RAM role " + env.Getenv("ALIBABA_CLOUD_ECS_METADATA"), nil
	}
	if env.Getenv("ALIBABA_CLOUD_CREDENTIALS_URI") != "" {
		return "credentials URI", nil
	}
	return "", nil
}

// regionFor is --region, else ALIBABA_CLOUD_REGION_ID, else the profile's
// region_id, else cn-hangzhou.
func regionFor(g *globalOptions, env environment) string {
	if g.Region != "" {
		return g.Region
	}
	if r := env.Getenv("ALIBABA_CLOUD_REGION_ID"); r != "" {
		return r
	}
	if _, region, _, ok, _ := cliProfile(env, g.Profile); ok && region != "" {
		return region
	}
	return defaultRegion
}

// isLoopbackURL reports whether an endpoint points at this machine.
func isLoopbackURL(endpoint string) bool {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		u = &url.URL{Host: endpoint}
	}
	host := u.Hostname()
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
