// Package sandbox is a loopback emulator of the Alibaba Cloud APIs ackpool uses: CS
// (ACK, ROA style) and the ECS, VPC and ResourceManager lookups (RPC style), served
// from one address. It checks ACS3-HMAC-SHA256 signatures like the cloud's gateway,
// holds a believable, seeded account, applies the server-side rules of
// CreateClusterNodePool (the model's own validation included), runs the creation
// tasks through stages over time, and injects faults on request.
package sandbox

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"
)

// Clock tells the sandbox the time that drives its tasks.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Options configure a sandbox. The zero value is a working, fault-free sandbox with a
// freshly generated key pair.
type Options struct {
	// Listen is the loopback address to listen on (default 127.0.0.1:0). Only
	// loopback addresses are accepted.
	Listen string
	// Seed selects the generated account (default 1); the same seed, the same IDs.
	Seed uint64
	// AccessKeyID and AccessKeySecret are the only credentials accepted; generated
	// randomly when empty.
	AccessKeyID, AccessKeySecret string
	// Credentials are further keys the sandbox accepts, e.g. STS keys with their
	// security tokens.
	Credentials []Credential
	// Speed runs task time this many times faster than the clock (default 1).
	Speed float64
	// Clock drives task progress (default: the system clock). Signature dates are
	// always checked against Now.
	Clock Clock
	// Now is the time signature dates are checked against (default time.Now).
	Now func() time.Time
	// Latency delays every answer.
	Latency time.Duration
	// ThrottleRate, ErrorRate and DropRate are the probabilities (0–1) that a request
	// is answered Throttling.User, answered 500/503, or has its connection dropped.
	// A dropped CreateClusterNodePool is dropped after the pool was created half of
	// the time, so that clients meet the ambiguous case.
	ThrottleRate, ErrorRate, DropRate float64
	// FailTasks makes every creation task fail while its instances are created.
	FailTasks bool
	// StateFile, when set, is where the account's pools and tasks are kept between
	// runs (see DefaultStateFile); empty keeps them in memory only.
	StateFile string
	// Inject, when set, decides the fault for each authenticated request instead of
	// the rates above (tests use it for deterministic fault sequences).
	Inject func(action string) Fault
}

// Credential is a key pair the sandbox accepts. With a SecurityToken it is an STS key:
// requests must then carry that token (x-acs-security-token or SecurityToken).
type Credential struct {
	AccessKeyID, AccessKeySecret, SecurityToken string
}

// Fault is what the sandbox does to one request instead of (or after) serving it.
type Fault int

// The faults the sandbox can inject.
const (
	// NoFault serves the request normally.
	NoFault Fault = iota
	// FaultThrottle answers 400 Throttling.User without acting.
	FaultThrottle
	// FaultServerError answers 503 ServiceUnavailable without acting.
	FaultServerError
	// FaultDrop closes the connection without acting or answering.
	FaultDrop
	// FaultDropAfterApply acts on the request, then closes the connection without answering.
	FaultDropAfterApply
)

// Server is a running sandbox.
type Server struct {
	*Handler
	listener net.Listener
	http     *http.Server
	done     chan error
}

// Start listens on a loopback address and serves in the background until Close or
// Shutdown.
func Start(opts Options) (*Server, error) {
	addr := opts.Listen
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	if err := checkLoopback(addr); err != nil {
		return nil, err
	}
	h, err := NewHandler(opts)
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("sandbox: listen on %s: %w (choose another --listen port)", addr, err)
	}
	s := &Server{Handler: h, listener: ln, done: make(chan error, 1),
		http: &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}}
	go func() { s.done <- s.http.Serve(ln) }()
	return s, nil
}

// checkLoopback refuses addresses that would expose the sandbox beyond this machine.
func checkLoopback(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("sandbox: listen address %q: %w (use 127.0.0.1:PORT)", addr, err)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("sandbox: listen address %q is not loopback; the sandbox only listens on 127.0.0.1 or ::1", addr)
	}
	return nil
}

// Endpoint is the sandbox's base URL, e.g. "http://127.0.0.1:38123".
func (s *Server) Endpoint() string { return "http://" + s.listener.Addr().String() }

// Addr is the address the sandbox listens on.
func (s *Server) Addr() string { return s.listener.Addr().String() }

// Shutdown stops accepting requests and waits for running ones until ctx ends.
func (s *Server) Shutdown(ctx context.Context) error {
	err := s.http.Shutdown(ctx)
	if serr := <-s.done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// Close stops the sandbox at once.
func (s *Server) Close() error {
	err := s.http.Close()
	<-s.done
	return err
}

// randomKey makes an AccessKey ID or secret.
func randomKey(prefix string, n int) string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
	b := make([]byte, n)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		panic("sandbox: no randomness: " + err.Error())
	}
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return prefix + string(b)
}

// isRPC reports whether a request uses the RPC style (path "/").
func isRPC(r *http.Request) bool { return r.URL.Path == "/" || r.URL.Path == "" }

// splitPath splits "/a/b" into ["a","b"], keeping escaped segments escaped.
func splitPath(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}
