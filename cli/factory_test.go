package cli

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"
)

// fakeEnvironment builds an environment from a map of variables and files.
func fakeEnvironment(vars map[string]string, files map[string]string) environment {
	return environment{
		Getenv: func(k string) string { return vars[k] },
		ReadFile: func(p string) ([]byte, error) {
			if s, ok := files[p]; ok {
				return []byte(s), nil
			}
			return nil, fs.ErrNotExist
		},
		HomeDir: "/home/u",
	}
}

const cliConfigJSON = `{"current":"work","profiles":[
 {"name":"work","mode":"AK","access_key_id":"a","access_key_secret":"b","region_id":"cn-shanghai"},
 {"name":"intl","mode":"AK","access_key_id":"a","access_key_secret":"b","region_id":"ap-southeast-1"}]}`

func TestCredentialsConfigured(t *testing.T) {
	cfg := map[string]string{"/home/u/.aliyun/config.json": cliConfigJSON}
	cases := map[string]struct {
		vars    map[string]string
		files   map[string]string
		profile string
		want    string
		wantErr string
	}{
		"nothing":                               {want: ""},
		"environment":                           {vars: map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "x", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "y"}, want: "environment variables"},
		"id without secret":                     {vars: map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "x"}, want: ""},
		"oidc":                                  {vars: map[string]string{"ALIBABA_CLOUD_ROLE_ARN": "r", "ALIBABA_CLOUD_OIDC_PROVIDER_ARN": "p", "ALIBABA_CLOUD_OIDC_TOKEN_FILE": "/t"}, want: "OIDC role (RRSA)"},
		"cli current profile":                   {files: cfg, want: "aliyun CLI profile work"},
		"cli env profile":                       {files: cfg, vars: map[string]string{"ALIBABA_CLOUD_PROFILE": "intl"}, want: "aliyun CLI profile intl"},
		"cli missing env profile falls through": {files: cfg, vars: map[string]string{"ALIBABA_CLOUD_PROFILE": "gone"}, want: ""},
		"cli disabled":                          {files: cfg, vars: map[string]string{"ALIBABA_CLOUD_CLI_PROFILE_DISABLED": "true"}, want: ""},
		"cli file elsewhere":                    {files: map[string]string{"/etc/a.json": cliConfigJSON}, vars: map[string]string{"ALIBABA_CLOUD_CONFIG_FILE": "/etc/a.json"}, want: "aliyun CLI profile work"},
		"explicit profile":                      {files: cfg, profile: "intl", want: "aliyun CLI profile intl"},
		"explicit missing":                      {files: cfg, profile: "nope", wantErr: "--profile nope: no such profile"},
		"corrupt cli file":                      {files: map[string]string{"/home/u/.aliyun/config.json": "{"}, wantErr: "not valid JSON"},
		"shared credentials":                    {files: map[string]string{"/home/u/.alibabacloud/credentials": "[default]"}, want: "credentials file /home/u/.alibabacloud/credentials"},
		"ecs role":                              {vars: map[string]string{"ALIBABA_CLOUD_ECS_METADATA": "worker"}, want: "ECS RAM role worker"},
		"credentials uri":                       {vars: map[string]string{"ALIBABA_CLOUD_CREDENTIALS_URI": "http://127.0.0.1/c"}, want: "credentials URI"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got, err := credentialsConfigured(fakeEnvironment(tc.vars, tc.files), tc.profile)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || got != tc.want {
				t.Fatalf("got %q %v, want %q", got, err, tc.want)
			}
		})
	}
}

func TestRegionFor(t *testing.T) {
	cfg := map[string]string{"/home/u/.aliyun/config.json": cliConfigJSON}
	cases := map[string]struct {
		g    globalOptions
		vars map[string]string
		want string
	}{
		"flag wins":       {g: globalOptions{Region: "cn-beijing"}, vars: map[string]string{"ALIBABA_CLOUD_REGION_ID": "x"}, want: "cn-beijing"},
		"environment":     {vars: map[string]string{"ALIBABA_CLOUD_REGION_ID": "eu-central-1"}, want: "eu-central-1"},
		"current profile": {want: "cn-shanghai"},
		"named profile":   {g: globalOptions{Profile: "intl"}, want: "ap-southeast-1"},
		"default":         {g: globalOptions{Profile: "none"}, want: "cn-hangzhou"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := regionFor(&tc.g, fakeEnvironment(tc.vars, cfg)); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestFactoryChoosesTheTarget(t *testing.T) {
	envCreds := map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tX", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s"}
	t.Run("no credentials starts the sandbox", func(t *testing.T) {
		var errOut bytes.Buffer
		f := newClientFactoryIn(&globalOptions{}, IOStreams{Err: &errOut}, fakeEnvironment(nil, nil))
		c, cleanup, err := f(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer cleanup()
		tg := c.Target()
		if !tg.Sandbox || !strings.HasPrefix(tg.Endpoint, "http://127.0.0.1:") || tg.Region != "cn-hangzhou" {
			t.Fatalf("target %+v", tg)
		}
		if !strings.Contains(errOut.String(), "sandbox") {
			t.Fatalf("the fallback must be announced, stderr %q", errOut.String())
		}
		// the real client talks to it with the sandbox's keys
		if _, err := c.ListClusters(context.Background(), "cn-hangzhou"); err != nil {
			t.Fatalf("ListClusters through the in-process sandbox: %v", err)
		}
	})
	t.Run("--sandbox wins over credentials", func(t *testing.T) {
		f := newClientFactoryIn(&globalOptions{Sandbox: true, Region: "cn-beijing"}, IOStreams{Err: &bytes.Buffer{}}, fakeEnvironment(envCreds, nil))
		c, cleanup, err := f(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer cleanup()
		if !c.Target().Sandbox || c.Target().Region != "cn-beijing" {
			t.Fatalf("target %+v", c.Target())
		}
	})
	t.Run("endpoint without credentials is an error", func(t *testing.T) {
		f := newClientFactoryIn(&globalOptions{}, IOStreams{}, fakeEnvironment(map[string]string{"ACKPOOL_ENDPOINT": "http://127.0.0.1:9"}, nil))
		_, cleanup, err := f(context.Background())
		cleanup()
		if err == nil || !strings.Contains(err.Error(), "ALIBABA_CLOUD_ACCESS_KEY_ID") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("endpoint with credentials", func(t *testing.T) {
		f := newClientFactoryIn(&globalOptions{Endpoint: "http://127.0.0.1:9"}, IOStreams{}, fakeEnvironment(envCreds, nil))
		c, cleanup, err := f(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer cleanup()
		tg := c.Target()
		if tg.Endpoint != "http://127.0.0.1:9" || !tg.Sandbox || tg.Profile != "environment variables" {
			t.Fatalf("target %+v", tg)
		}
	})
	t.Run("credentials use the cloud", func(t *testing.T) {
		f := newClientFactoryIn(&globalOptions{}, IOStreams{}, fakeEnvironment(envCreds, nil))
		c, cleanup, err := f(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		defer cleanup()
		if tg := c.Target(); tg.Sandbox || tg.Endpoint != "" {
			t.Fatalf("target %+v", tg)
		}
	})
	t.Run("missing profile is an error, not the sandbox", func(t *testing.T) {
		f := newClientFactoryIn(&globalOptions{Profile: "prod"}, IOStreams{}, fakeEnvironment(nil, nil))
		_, cleanup, err := f(context.Background())
		cleanup()
		if err == nil || errors.Is(err, context.Canceled) || !strings.Contains(err.Error(), "aliyun configure --profile prod") {
			t.Fatalf("got %v", err)
		}
	})
}
