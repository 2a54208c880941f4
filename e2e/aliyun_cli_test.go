package e2e

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOfficialAliyunCLICreatesThePoolAckpoolExports runs the official aliyun CLI
// against `ackpool sandbox`: the profile line that --print-config prints, then the
// create command that `create --dry-run --output aliyun` prints, with only the
// sandbox's --endpoint and --insecure added, then a listing that finds the pool. It
// runs when ACKPOOL_TEST_ALIYUN names an aliyun binary; CI has none.
func TestOfficialAliyunCLICreatesThePoolAckpoolExports(t *testing.T) {
	skipShort(t)
	cli := os.Getenv("ACKPOOL_TEST_ALIYUN")
	if cli == "" {
		t.Skip("set ACKPOOL_TEST_ALIYUN to an aliyun CLI binary to run the exported command through it")
	}
	home := t.TempDir()
	env := append(os.Environ(), "HOME="+home, "XDG_STATE_HOME="+filepath.Join(home, "state"),
		"XDG_CONFIG_HOME="+filepath.Join(home, "config"), "ALIBABA_CLOUD_PROFILE=", "ALIBABA_CLOUD_ACCESS_KEY_ID=",
		"ALIBABA_CLOUD_ACCESS_KEY_SECRET=")
	addr := freeLoopbackAddr(t)
	config := startStandaloneSandboxPrinting(t, env, addr, "aliyun")

	var configure string
	for _, line := range strings.Split(config, "\n") {
		if strings.HasPrefix(line, "aliyun configure set ") {
			configure = line
		}
	}
	if configure == "" {
		t.Fatalf("--print-config aliyun printed no profile line:\n%s", config)
	}
	run := func(name string, args ...string) string {
		t.Helper()
		cmd := exec.Command(name, args...)
		cmd.Env, cmd.Dir = env, home
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}
	run("sh", "-c", cli+strings.TrimPrefix(configure, "aliyun"))

	cluster := "cca8e523b617a3082904c476f6d86589e" // prod-web of the default account, cn-hangzhou
	exported := run(binary, "create", "--preset", "general-purpose", "--cluster", cluster, "--region", "cn-hangzhou",
		"--vswitches", "vsw-ac0ie62038a17mpc4uxj,vsw-2lezqbsrw0qntdyjkaso", "--name", "via-aliyun-cli",
		"--dry-run", "--output", "aliyun")
	script := strings.Replace(strings.TrimRight(exported, "\n"), "aliyun cs POST", cli+" cs POST", 1) +
		" \\\n  --endpoint " + addr + " --insecure\n"
	if out := run("sh", "-c", script); !strings.Contains(out, `"nodepool_id"`) || !strings.Contains(out, `"task_id"`) {
		t.Fatalf("the exported command did not create a pool:\n%s\n%s", script, out)
	}
	listed := run(cli, "cs", "GET", "/clusters/"+cluster+"/nodepools", "--endpoint", addr, "--insecure")
	if !strings.Contains(listed, `"via-aliyun-cli"`) {
		t.Fatalf("the pool is not listed:\n%s", listed)
	}
}

// freeLoopbackAddr is a free 127.0.0.1 port.
func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

// startStandaloneSandboxPrinting runs `ackpool sandbox --listen addr --print-config
// kind --speed 20` until the test ends and returns what it printed before it served.
func startStandaloneSandboxPrinting(t *testing.T, env []string, addr, kind string) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	// tasks run 20x faster, so that the tools' polling of a task ends in seconds
	cmd := exec.CommandContext(ctx, binary, "sandbox", "--listen", addr, "--print-config", kind, "--speed", "20")
	cmd.Env = env
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	lines := make(chan string)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var printed strings.Builder
	deadline := time.After(e2eWait)
	for {
		select {
		case line, ok := <-lines:
			if !ok {
				t.Fatalf("the sandbox ended before serving:\n%s", printed.String())
			}
			if strings.HasPrefix(line, "sandbox serving on ") {
				go func() {
					for range lines { // keep reading so the sandbox never blocks on its output
					}
				}()
				return printed.String()
			}
			fmt.Fprintln(&printed, line)
		case <-deadline:
			t.Fatalf("waited %s for the sandbox to serve:\n%s", e2eWait, printed.String())
		}
	}
}
