package cli

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"strings"
	"testing"

	"ackpool/api"
)

// fakeEnvironment builds an environment from a map of variables and files.
func fakeEnvironment(vars map[string]string, files map[string]string) api.Environment {
	return api.Environment{
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

// TestVerboseSaysWhichCredentialsWin: with --profile and an AccessKey in the
// environment, --verbose names the profile and says the environment's key is unused,
// and the target (shown in the wizard's header) says the same.
func TestVerboseSaysWhichCredentialsWin(t *testing.T) {
	cfg := `{"current":"work","profiles":[{"name":"prod","mode":"AK","access_key_id":"a","access_key_secret":"b","region_id":"cn-beijing"}]}`
	env := fakeEnvironment(map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "LTAI5tX", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "s"},
		map[string]string{"/home/u/.aliyun/config.json": cfg})
	var errOut bytes.Buffer
	f := newClientFactoryIn(&globalOptions{Profile: "prod", Verbose: true}, IOStreams{Err: &errOut}, env)
	c, cleanup, err := f(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer cleanup()
	want := "credentials: aliyun CLI profile prod (--profile; env AccessKey unused)"
	if !strings.Contains(errOut.String(), want) || !strings.Contains(errOut.String(), "region: cn-beijing") {
		t.Fatalf("stderr %q, want %q", errOut.String(), want)
	}
	if !strings.Contains(c.Target().Profile, "env AccessKey unused") {
		t.Fatalf("target %+v", c.Target())
	}
}
