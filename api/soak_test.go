package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"ackpool/api"
	"ackpool/api/sandbox"
	"ackpool/model"

	credential "github.com/aliyun/credentials-go/credentials"
)

// soakFaults injects throttling, 5xx and dropped connections (before and, for creates,
// after the request is applied) at fixed rates from a seeded source, except while the
// test verifies the outcome.
type soakFaults struct {
	mu        sync.Mutex
	rng       *rand.Rand
	verifying atomic.Bool
}

func (f *soakFaults) inject(action string) sandbox.Fault {
	if f.verifying.Load() {
		return sandbox.NoFault
	}
	f.mu.Lock()
	x := f.rng.Float64()
	f.mu.Unlock()
	faults := []sandbox.Fault{sandbox.FaultThrottle, sandbox.FaultServerError, sandbox.FaultDrop}
	if action == "CreateClusterNodePool" {
		faults = append(faults, sandbox.FaultDropAfterApply)
	}
	const rate = 0.12 // per fault kind
	if i := int(x / rate); i < len(faults) {
		return faults[i]
	}
	return sandbox.NoFault
}

// tokenRecorder remembers the ownership tag value of the creates a client sends.
type tokenRecorder struct {
	mu    sync.Mutex
	token string
}

func (r *tokenRecorder) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method == http.MethodPost && strings.HasSuffix(req.URL.Path, "/nodepools") && req.Body != nil {
		data, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, err
		}
		req.Body = io.NopCloser(bytes.NewReader(data))
		if tok := ownerTagIn(data); tok != "" {
			r.mu.Lock()
			r.token = tok
			r.mu.Unlock()
		}
	}
	return http.DefaultTransport.RoundTrip(req)
}

func (r *tokenRecorder) sent() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.token
}

// ownerTagIn finds the ownership tag's value in a create body or a listed pool.
func ownerTagIn(data []byte) string {
	var body model.NodePool
	if json.Unmarshal(data, &body) != nil || body.ScalingGroup == nil {
		return ""
	}
	for _, t := range body.ScalingGroup.Tags {
		if t.Key != nil && *t.Key == api.OwnerTagKey && t.Value != nil {
			return *t.Value
		}
	}
	return ""
}

// soakCounts tallies the outcomes of a soak.
type soakCounts struct {
	creates, successes, nameTaken, otherErrors, unknown int
	duplicates, falseSuccesses, falseFailures, unclear  int
	roundsWithPool, roundsWithoutPool, unknownButAbsent int
}

// TestFaultSoakOfConcurrentCreators runs rounds of four clients creating a pool of the
// same name at once, against a loopback sandbox that throttles, answers 5xx and drops
// connections before and after applying creates. It checks that no round ends with
// two pools, that a success is always the pool carrying the client's own tag, that a
// client whose request created the pool never reports a plain failure, and that every
// unknown outcome names the command that checks it.
func TestFaultSoakOfConcurrentCreators(t *testing.T) {
	if testing.Short() {
		t.Skip("fault soak: skipped with -short")
	}
	faults := &soakFaults{rng: rand.New(rand.NewPCG(10, 4))}
	srv, err := sandbox.Start(sandbox.Options{Listen: "127.0.0.1:0", Inject: faults.inject})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	cred, err := credential.NewCredential(&credential.Config{Type: ptr("access_key"), AccessKeyId: ptr(srv.AccessKeyID()), AccessKeySecret: ptr(srv.AccessKeySecret())})
	if err != nil {
		t.Fatal(err)
	}
	newSoakClient := func(rt http.RoundTripper) *api.SDKClient {
		c, err := api.New(api.Options{Endpoint: srv.Endpoint(), Region: "cn-hangzhou", Credential: cred, Sandbox: true, Timeout: 10 * time.Second,
			HTTPClient: &http.Client{Transport: rt}, Retry: api.RetryPolicy{Attempts: 4, Base: time.Millisecond, Max: 5 * time.Millisecond}})
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	e := &env{sandbox: srv.Handler, url: srv.Endpoint()}
	cl, template := e.runningCluster(t, "soak", 1)
	verifier := newSoakClient(http.DefaultTransport)

	const rounds, creators = 100, 4
	deadline := time.Now().Add(50 * time.Second)
	var n soakCounts
	for round := 0; round < rounds && time.Now().Before(deadline); round++ {
		name := "soak-" + string(rune('a'+round/26)) + string(rune('a'+round%26))
		faults.verifying.Store(false)
		recorders := make([]*tokenRecorder, creators)
		results := make([]*api.CreateResult, creators)
		errs := make([]error, creators)
		var wg sync.WaitGroup
		for i := range creators {
			recorders[i] = &tokenRecorder{}
			client := newSoakClient(recorders[i])
			body := template.Clone()
			body.NodepoolInfo.Name = ptr(name)
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], errs[i] = client.CreateNodePool(context.Background(), "cn-hangzhou", cl.ID, body)
			}()
		}
		wg.Wait()
		faults.verifying.Store(true)
		pools, err := verifier.ListNodePools(context.Background(), "cn-hangzhou", cl.ID, name)
		if err != nil {
			t.Fatalf("verifying round %d: %v", round, err)
		}
		if len(pools) > 1 {
			n.duplicates++
		}
		owner := ""
		if len(pools) == 1 {
			n.roundsWithPool++
			owner = ownerTagIn(pools[0].Raw)
		} else {
			n.roundsWithoutPool++
		}
		for i := range creators {
			n.creates++
			mine := owner != "" && recorders[i].sent() == owner
			var unknown *api.OutcomeUnknownError
			switch {
			case errs[i] == nil:
				n.successes++
				if !mine || results[i].NodepoolID != pools[0].Info.NodepoolID {
					n.falseSuccesses++
					t.Errorf("round %d creator %d: claimed %s, which is not its pool", round, i, results[i].NodepoolID)
				}
			case errors.As(errs[i], &unknown):
				n.unknown++
				if len(pools) == 0 {
					n.unknownButAbsent++
				}
				if !strings.Contains(errs[i].Error(), "check with: aliyun cs GET /clusters/"+cl.ID+"/nodepools --NodepoolName "+name) {
					n.unclear++
					t.Errorf("round %d creator %d: unknown outcome without the check command: %v", round, i, errs[i])
				}
			default:
				var ae *api.Error
				if errors.As(errs[i], &ae) && ae.Code == "InvalidParameter.Name" {
					n.nameTaken++
				} else {
					n.otherErrors++
				}
				if mine {
					n.falseFailures++
					t.Errorf("round %d creator %d: reported a failure although its request created the pool: %v", round, i, errs[i])
				}
				if errs[i].Error() == "" {
					n.unclear++
				}
			}
		}
	}
	t.Logf("creates %d: successes %d, InvalidParameter.Name %d, other clear errors %d, unknown %d (of which the pool was absent: %d); rounds with a pool %d, without %d; duplicates %d, false successes %d, false failures %d, unclear %d",
		n.creates, n.successes, n.nameTaken, n.otherErrors, n.unknown, n.unknownButAbsent, n.roundsWithPool, n.roundsWithoutPool,
		n.duplicates, n.falseSuccesses, n.falseFailures, n.unclear)
	if n.duplicates != 0 || n.falseSuccesses != 0 || n.falseFailures != 0 || n.unclear != 0 {
		t.Fatalf("duplicates %d, false successes %d, false failures %d, unclear outcomes %d; want all 0", n.duplicates, n.falseSuccesses, n.falseFailures, n.unclear)
	}
	if n.successes == 0 {
		t.Fatal("no create succeeded: the soak did not exercise the success path")
	}
}
