package api

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	credential "github.com/aliyun/credentials-go/credentials"
	"github.com/aliyun/credentials-go/credentials/providers"
)

// DefaultRegion is used when neither --region nor the profile names one.
const DefaultRegion = "cn-hangzhou"

// Environment is what credential and region discovery read from the process; tests
// replace it.
type Environment struct {
	Getenv   func(string) string
	ReadFile func(string) ([]byte, error)
	HomeDir  string
}

// ProcessEnvironment is the real process environment.
func ProcessEnvironment() Environment {
	home, _ := os.UserHomeDir()
	return Environment{Getenv: os.Getenv, ReadFile: os.ReadFile, HomeDir: home}
}

// BuildCredential is the aliyun CLI profile named by profile; else the AccessKey of
// the environment (read through env, the chain's first step); else the whole
// credentials-go default chain.
func BuildCredential(profile string, env Environment) (credential.Credential, error) {
	if profile == "" {
		id, secret := env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
		if id != "" && secret != "" {
			if token := env.Getenv("ALIBABA_CLOUD_SECURITY_TOKEN"); token != "" {
				typ := "sts"
				return credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret, SecurityToken: &token})
			}
			return StaticCredential(id, secret)
		}
		if !oidcConfigured(env) && !cliProfileDisabled(env) {
			if _, _, selected, ok, _ := cliProfile(env, ""); ok {
				if id, secret, ok := cliAccessKey(env, selected); ok {
					return StaticCredential(id, secret) // the chain's next step, read BOM-tolerantly
				}
			}
		}
		return credential.NewCredential(nil)
	}
	if id, secret, ok := cliAccessKey(env, profile); ok {
		// read here rather than by the library, which cannot read a config file that
		// starts with a byte-order mark
		return StaticCredential(id, secret)
	}
	p, err := providers.NewCLIProfileCredentialsProviderBuilder().WithProfileName(profile).Build()
	if err != nil {
		return nil, fmt.Errorf("--profile %s: %w (set it up with `aliyun configure --profile %s`)", profile, err, profile)
	}
	return credential.FromCredentialsProvider("cli_profile", p), nil
}

// StaticCredential is a plain AccessKey pair.
func StaticCredential(id, secret string) (credential.Credential, error) {
	typ := "access_key"
	return credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret})
}

// cliConfig is the part of the aliyun CLI config file ackpool reads.
type cliConfig struct {
	Current  string `json:"current"`
	Profiles []struct {
		Name            string `json:"name"`
		Mode            string `json:"mode"`
		RegionID        string `json:"region_id"`
		AccessKeyID     string `json:"access_key_id"`
		AccessKeySecret string `json:"access_key_secret"`
	} `json:"profiles"`
}

// utf8BOM is the byte-order mark some editors put at the start of a UTF-8 file.
var utf8BOM = []byte("\xef\xbb\xbf")

// readCLIConfig reads the aliyun CLI config file; ok is false when it does not exist.
// A leading byte-order mark is ignored.
func readCLIConfig(env Environment) (cfg cliConfig, ok bool, err error) {
	data, rerr := env.ReadFile(cliConfigPath(env))
	if rerr != nil {
		return cfg, false, nil
	}
	data = bytes.TrimPrefix(data, utf8BOM)
	if jerr := json.Unmarshal(data, &cfg); jerr != nil {
		return cfg, false, fmt.Errorf("aliyun CLI config %s is not valid JSON: %v (fix or remove it)", cliConfigPath(env), jerr)
	}
	return cfg, true, nil
}

// cliAccessKey returns the AccessKey of an AK-mode profile of the aliyun CLI config.
func cliAccessKey(env Environment, name string) (id, secret string, ok bool) {
	cfg, found, err := readCLIConfig(env)
	if err != nil || !found {
		return "", "", false
	}
	for _, p := range cfg.Profiles {
		if p.Name == name && (p.Mode == "AK" || p.Mode == "") && p.AccessKeyID != "" && p.AccessKeySecret != "" {
			return p.AccessKeyID, p.AccessKeySecret, true
		}
	}
	return "", "", false
}

// cliConfigPath is where the aliyun CLI keeps its profiles.
func cliConfigPath(env Environment) string {
	if p := env.Getenv("ALIBABA_CLOUD_CONFIG_FILE"); p != "" {
		return p
	}
	return filepath.Join(env.HomeDir, ".aliyun", "config.json")
}

// cliProfile returns the selected profile of the aliyun CLI config: the named one,
// else ALIBABA_CLOUD_PROFILE, else the file's current profile. ok is false when the
// file or the profile does not exist.
func cliProfile(env Environment, name string) (mode, region, selected string, ok bool, err error) {
	cfg, found, err := readCLIConfig(env)
	if err != nil || !found {
		return "", "", "", false, err
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

// CredentialSource says where credentials would come from, or "" when none are
// configured. It only looks at the environment and files (it never calls the ECS
// metadata service), in the order of the credentials-go default chain. An explicit
// profile that does not exist is an error rather than a silent fallback.
func CredentialSource(env Environment, profile string) (string, error) {
	if profile != "" {
		_, _, _, ok, err := cliProfile(env, profile)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", fmt.Errorf("--profile %s: no such profile in %s (create it with `aliyun configure --profile %s`)", profile, cliConfigPath(env), profile)
		}
		if hasEnvAccessKey(env) {
			return "aliyun CLI profile " + profile + " (--profile; env AccessKey unused)", nil
		}
		return "aliyun CLI profile " + profile, nil
	}
	if hasEnvAccessKey(env) {
		return "environment variables", nil
	}
	if oidcConfigured(env) {
		return "OIDC role (RRSA)", nil
	}
	if !cliProfileDisabled(env) {
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

// hasEnvAccessKey reports an AccessKey pair in the environment.
func hasEnvAccessKey(env Environment) bool {
	return env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID") != "" && env.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET") != ""
}

// oidcConfigured reports the environment of an OIDC role (RRSA), the chain's second step.
func oidcConfigured(env Environment) bool {
	return env.Getenv("ALIBABA_CLOUD_ROLE_ARN") != "" && env.Getenv("ALIBABA_CLOUD_OIDC_PROVIDER_ARN") != "" &&
		(env.Getenv("ALIBABA_CLOUD_OIDC_TOKEN_FILE") != "" || env.Getenv("ALIBABA_CLOUD_OIDC_TOKEN") != "")
}

// cliProfileDisabled reports ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true.
func cliProfileDisabled(env Environment) bool {
	return strings.EqualFold(env.Getenv("ALIBABA_CLOUD_CLI_PROFILE_DISABLED"), "true")
}

// ResolveRegion is flagRegion (--region), else ALIBABA_CLOUD_REGION_ID, else the
// region_id of the aliyun CLI profile, else DefaultRegion.
func ResolveRegion(flagRegion, profile string, env Environment) string {
	if flagRegion != "" {
		return flagRegion
	}
	if r := env.Getenv("ALIBABA_CLOUD_REGION_ID"); r != "" {
		return r
	}
	if _, region, _, ok, _ := cliProfile(env, profile); ok && region != "" {
		return region
	}
	return DefaultRegion
}

// IsLoopbackURL reports whether an endpoint points at this machine.
func IsLoopbackURL(endpoint string) bool {
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
