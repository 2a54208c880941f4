// Package sandboxtest starts the sandbox for tests of other packages: on a loopback
// httptest server, with the real client signed with the sandbox's keys.
package sandboxtest

import (
	"net/http/httptest"
	"testing"

	"ackpool/api"
	"ackpool/api/sandbox"
)

// Start serves a sandbox made with opts on 127.0.0.1 until the test ends and returns
// the real client connected to it (region cn-hangzhou), the handler and its URL.
func Start(t testing.TB, opts sandbox.Options) (*api.SDKClient, *sandbox.Handler, string) {
	t.Helper()
	h, err := sandbox.NewHandler(opts)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	cred, err := api.StaticCredential(h.AccessKeyID(), h.AccessKeySecret())
	if err != nil {
		t.Fatal(err)
	}
	c, err := api.New(api.Options{Endpoint: srv.URL, Region: "cn-hangzhou", Credential: cred, Sandbox: true})
	if err != nil {
		t.Fatal(err)
	}
	return c, h, srv.URL
}
