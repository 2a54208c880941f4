package api

import (
	"io/fs"
	"strings"
	"testing"
)

// fakeEnvironment builds an environment from a map of variables and files.
func fakeEnvironment(vars map[string]string, files map[string]string) Environment {
	return Environment{
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

func TestCredentialSource(t *testing.T) {
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
			got, err := CredentialSource(fakeEnvironment(tc.vars, tc.files), tc.profile)
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

func TestResolveRegion(t *testing.T) {
	cfg := map[string]string{"/home/u/.aliyun/config.json": cliConfigJSON}
	cases := map[string]struct {
		flag, profile string
		vars          map[string]string
		want          string
	}{
		"flag wins":       {flag: "cn-beijing", vars: map[string]string{"ALIBABA_CLOUD_REGION_ID": "x"}, want: "cn-beijing"},
		"environment":     {vars: map[string]string{"ALIBABA_CLOUD_REGION_ID": "eu-central-1"}, want: "eu-central-1"},
		"current profile": {want: "cn-shanghai"},
		"named profile":   {profile: "intl", want: "ap-southeast-1"},
		"default":         {profile: "none", want: "cn-hangzhou"},
	}
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			if got := ResolveRegion(tc.flag, tc.profile, fakeEnvironment(tc.vars, cfg)); got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
}

// TestCLIConfigWithAByteOrderMark: an aliyun CLI config saved with a UTF-8 byte-order
// mark is read (source, region and the AccessKey), not refused as invalid JSON.
func TestCLIConfigWithAByteOrderMark(t *testing.T) {
	env := fakeEnvironment(nil, map[string]string{"/home/u/.aliyun/config.json": "\ufeff" + cliConfigJSON})
	for _, profile := range []string{"", "intl"} {
		src, err := CredentialSource(env, profile)
		if err != nil || !strings.HasPrefix(src, "aliyun CLI profile ") {
			t.Fatalf("profile %q: source %q, %v", profile, src, err)
		}
		cred, err := BuildCredential(profile, env)
		if err != nil {
			t.Fatalf("profile %q: %v", profile, err)
		}
		c, err := cred.GetCredential()
		if err != nil || *c.AccessKeyId != "a" {
			t.Fatalf("profile %q: credential %+v, %v", profile, c, err)
		}
	}
	if got := ResolveRegion("", "", env); got != "cn-shanghai" {
		t.Fatalf("region %q, want the profile's cn-shanghai", got)
	}
}

// TestProfileOverEnvironmentKeysIsSaid: with --profile and an AccessKey in the
// environment, the source names the profile and says the environment's key is unused.
func TestProfileOverEnvironmentKeysIsSaid(t *testing.T) {
	env := fakeEnvironment(map[string]string{"ALIBABA_CLOUD_ACCESS_KEY_ID": "x", "ALIBABA_CLOUD_ACCESS_KEY_SECRET": "y"},
		map[string]string{"/home/u/.aliyun/config.json": cliConfigJSON})
	src, err := CredentialSource(env, "intl")
	if err != nil || !strings.Contains(src, "profile intl") || !strings.Contains(src, "env AccessKey unused") {
		t.Fatalf("source %q, %v", src, err)
	}
}
