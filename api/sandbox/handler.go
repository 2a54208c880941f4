package sandbox

import (
	crand "crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// maxBody bounds request bodies.
const maxBody = 1 << 20

// Handler is the sandbox as an http.Handler; tests can mount it on httptest.NewServer.
type Handler struct {
	opts     Options
	account  *Account
	verifier *verifier
	routes   []route
	state    *state
	// csRoutes are all the actions of CS, to tell an action not emulated from an unknown path.
	csRoutes []csRoute
	// poolModel is the SDK model of a pool's detail, the shape every pool view fills.
	poolModel []sdkField

	mu  sync.Mutex // guards rng and seq
	rng *rand.Rand
	seq uint64
}

// NewHandler builds the sandbox handler.
func NewHandler(opts Options) (*Handler, error) {
	if opts.Seed == 0 {
		opts.Seed = 1
	}
	if opts.AccessKeyID == "" {
		opts.AccessKeyID = randomKey("LTAI5t", 18)
	}
	if opts.AccessKeySecret == "" {
		opts.AccessKeySecret = randomKey("", 30)
	}
	if opts.Speed <= 0 {
		opts.Speed = 1
	}
	if opts.Clock == nil {
		opts.Clock = systemClock{}
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	for name, r := range map[string]float64{"throttle rate": opts.ThrottleRate, "error rate": opts.ErrorRate, "drop rate": opts.DropRate} {
		if r < 0 || r > 1 {
			return nil, fmt.Errorf("sandbox: %s %v must be between 0 and 1", name, r)
		}
	}
	keys := map[string]credential{opts.AccessKeyID: {secret: opts.AccessKeySecret}}
	for _, c := range opts.Credentials {
		if c.AccessKeyID == "" || c.AccessKeySecret == "" {
			return nil, fmt.Errorf("sandbox: a credential needs both an AccessKey ID and a secret")
		}
		keys[c.AccessKeyID] = credential{secret: c.AccessKeySecret, securityToken: c.SecurityToken}
	}
	h := &Handler{
		opts:     opts,
		account:  NewAccount(opts.Seed),
		verifier: &verifier{keys: keys, now: opts.Now},
		rng:      rand.New(rand.NewPCG(opts.Seed, 42)),
	}
	h.state = newState(h.account, opts.Clock, opts.Speed, opts.FailTasks, h.newID)
	if opts.StateFile != "" {
		// IDs made after a restart must not repeat those already in the file
		h.rng = rand.New(rand.NewPCG(cryptoSeed(), cryptoSeed()))
		st, err := openStore(opts.StateFile, opts.Seed, h.state)
		if err != nil {
			return nil, err
		}
		h.state.store = st
	}
	h.routes = h.table()
	h.poolModel = parseSDKModel(poolDetailModel)
	h.csRoutes = parseCSRoutes()
	return h, nil
}

// AccessKeyID is the AccessKey ID the sandbox accepts.
func (h *Handler) AccessKeyID() string { return h.opts.AccessKeyID }

// AccessKeySecret is the AccessKey secret the sandbox accepts.
func (h *Handler) AccessKeySecret() string { return h.opts.AccessKeySecret }

// Account is the generated account (read it, do not change it).
func (h *Handler) Account() *Account { return h.account }

// NodePoolNames lists the names of a cluster's pools, the created ones included.
func (h *Handler) NodePoolNames(clusterID string) []string { return h.state.poolNames(clusterID) }

// newID returns prefix + n pseudo-random lowercase hex/alnum characters from the
// sandbox's seeded source.
func (h *Handler) newID(prefix string, n int, alphabet string) string {
	h.mu.Lock()
	defer h.mu.Unlock()
	b := make([]byte, n)
	for i := range b {
		b[i] = alphabet[h.rng.IntN(len(alphabet))]
	}
	return prefix + string(b)
}

func (h *Handler) requestID() string {
	h.mu.Lock()
	h.seq++
	seq := h.seq
	a, b := h.rng.Uint32(), h.rng.Uint64()
	h.mu.Unlock()
	return fmt.Sprintf("%08X-%04X-%04X-%04X-%012X", a, seq&0xffff, (b>>48)&0xfff|0x4000, (b>>32)&0x3fff|0x8000, b&0xffffffffffff)
}

// fault picks the fault for an authenticated request.
func (h *Handler) fault(action string, mutating bool) Fault {
	if h.opts.Inject != nil {
		return h.opts.Inject(action)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	x := h.rng.Float64()
	switch {
	case x < h.opts.ThrottleRate:
		return FaultThrottle
	case x < h.opts.ThrottleRate+h.opts.ErrorRate:
		return FaultServerError
	case x < h.opts.ThrottleRate+h.opts.ErrorRate+h.opts.DropRate:
		if mutating && h.rng.IntN(2) == 0 {
			return FaultDropAfterApply
		}
		return FaultDrop
	}
	return NoFault
}

// ServeHTTP authenticates, routes, injects faults and answers in the cloud's format.
// It never panics: an internal failure is answered 500 InternalError.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	reqID := h.requestID()
	rpcStyle := isRPC(r)
	defer func() {
		if p := recover(); p != nil {
			if p == http.ErrAbortHandler {
				panic(p)
			}
			writeError(w, r, reqID, rpcStyle, errorf(http.StatusInternalServerError, "InternalError", "The sandbox failed to process the request: %v", p))
		}
	}()
	if h.opts.Latency > 0 {
		t := time.NewTimer(h.opts.Latency)
		select {
		case <-r.Context().Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
	if err != nil || len(body) > maxBody {
		writeError(w, r, reqID, rpcStyle, badRequest("InvalidParameter", "The request body could not be read or is larger than %d bytes.", maxBody))
		return
	}
	if cerr := h.verifier.verify(r, body); cerr != nil {
		writeError(w, r, reqID, rpcStyle, cerr)
		return
	}
	query := requestParams(r, body)
	rt, params, cerr := h.match(r, query)
	if cerr != nil {
		writeError(w, r, reqID, rpcStyle, cerr)
		return
	}
	fault := h.fault(rt.action, rt.mutating)
	switch fault {
	case FaultThrottle:
		writeError(w, r, reqID, rpcStyle, badRequest("Throttling.User", "Request was denied due to user flow control."))
		return
	case FaultServerError:
		writeError(w, r, reqID, rpcStyle, errorf(http.StatusServiceUnavailable, "ServiceUnavailable", "The request has failed due to a temporary failure of the server."))
		return
	case FaultDrop:
		dropConnection(w)
		return
	}
	c := &call{r: r, body: body, params: params, query: query, requestID: reqID}
	out, cerr := rt.handle(c)
	if fault == FaultDropAfterApply {
		dropConnection(w)
		return
	}
	if cerr != nil {
		writeError(w, r, reqID, rpcStyle, cerr)
		return
	}
	writeJSON(w, reqID, http.StatusOK, out)
}

// dropConnection closes the client's connection without an answer.
func dropConnection(w http.ResponseWriter) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		panic(http.ErrAbortHandler)
	}
	conn, _, err := hj.Hijack()
	if err != nil {
		panic(http.ErrAbortHandler)
	}
	_ = conn.Close()
}

// requestParams are the query parameters, and for RPC calls with a form body the form's
// parameters too (the Terraform provider sends the API parameters that way).
func requestParams(r *http.Request, body []byte) url.Values {
	q := r.URL.Query()
	if isRPC(r) && isForm(r) {
		if form, err := url.ParseQuery(string(body)); err == nil {
			for k, vs := range form {
				q[k] = append(q[k], vs...)
			}
		}
	}
	return q
}

// cryptoSeed is a random seed from the operating system.
func cryptoSeed() uint64 {
	var b [8]byte
	if _, err := crand.Read(b[:]); err != nil {
		panic("sandbox: no randomness: " + err.Error())
	}
	return binary.LittleEndian.Uint64(b[:])
}
