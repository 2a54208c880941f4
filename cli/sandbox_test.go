package cli

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
)

// lockedBuffer is a bytes.Buffer safe to read while the sandbox writes.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

func TestSandboxPrintsExactlyThreeLinesThenServes(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out, errOut := &lockedBuffer{}, &lockedBuffer{}
	var listErr error
	var clusters []api.Cluster
	opts := &sandboxOptions{IO: IOStreams{Out: out, Err: errOut}, Listen: "127.0.0.1:0", Speed: 5, Seed: 1,
		ready: func(s *sandbox.Server) {
			lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
			env := map[string]string{}
			for _, l := range lines {
				k, v, _ := strings.Cut(l, "=")
				env[k] = v
			}
			f := newClientFactoryIn(&globalOptions{}, IOStreams{Err: &bytes.Buffer{}}, fakeEnvironment(env, nil))
			c, cleanup, err := f(ctx)
			if err == nil {
				clusters, listErr = c.ListClusters(ctx, "cn-hangzhou")
				cleanup()
			} else {
				listErr = err
			}
			cancel()
		}}
	if err := sandboxRun(ctx, opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "ACKPOOL_ENDPOINT=http://127.0.0.1:") ||
		!strings.HasPrefix(lines[1], "ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5t") || !strings.HasPrefix(lines[2], "ALIBABA_CLOUD_ACCESS_KEY_SECRET=") {
		t.Fatalf("stdout %q", out.String())
	}
	if listErr != nil || len(clusters) == 0 {
		t.Fatalf("a client using the printed lines: %v (%d clusters)", listErr, len(clusters))
	}
	if !strings.Contains(errOut.String(), "sandbox stopped") {
		t.Fatalf("stderr %q", errOut.String())
	}
}

func TestSandboxRejectsBadFlags(t *testing.T) {
	cases := map[string]struct {
		opts *sandboxOptions
		want string // the flag the message names
	}{
		"not loopback":        {&sandboxOptions{Listen: "0.0.0.0:0", Speed: 1}, "--listen"},
		"zero speed":          {&sandboxOptions{Listen: "127.0.0.1:0", Speed: 0}, "--speed 0"},
		"drop rate above 1":   {&sandboxOptions{Listen: "127.0.0.1:0", Speed: 1, DropRate: 1.5}, "--drop-rate 1.5: must be between 0 and 1"},
		"negative error rate": {&sandboxOptions{Listen: "127.0.0.1:0", Speed: 1, ErrorRate: -0.5}, "--error-rate -0.5: must be between 0 and 1"},
		"throttle rate 2":     {&sandboxOptions{Listen: "127.0.0.1:0", Speed: 1, ThrottleRate: 2}, "--throttle-rate 2: must be between 0 and 1"},
		"negative latency":    {&sandboxOptions{Listen: "127.0.0.1:0", Speed: 1, Latency: -time.Second}, "--latency -1s: must be 0 or more"},
	}
	for name, tt := range cases {
		t.Run(name, func(t *testing.T) {
			tt.opts.IO = IOStreams{Out: &bytes.Buffer{}, Err: &bytes.Buffer{}}
			err := sandboxRun(context.Background(), tt.opts)
			if !isUsageError(err) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("want a usage error naming %q, got %v", tt.want, err)
			}
		})
	}
}
