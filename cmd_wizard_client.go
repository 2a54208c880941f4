package main

import (
	"context"
	"fmt"
	"os"
	"time"

	credential "github.com/aliyun/credentials-go/credentials"

	"ackpool/api"
	"ackpool/api/sandbox"
)

// wizardClient is a stand-in until the shared client factory lands: the sandbox,
// started in-process, unless an endpoint or access key is configured.
func wizardClient(g *globalOptions, streams ioStreams) (api.Client, func(), error) {
	region := firstNonEmptyString(g.Region, os.Getenv("ALIBABA_CLOUD_REGION_ID"), "cn-hangzhou")
	endpoint := firstNonEmptyString(g.Endpoint, os.Getenv("ACKPOOL_ENDPOINT"))
	id, secret := os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"), os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET")
	cleanup := func() {}
	sandboxed := g.Sandbox || endpoint == "" && id == ""
	if sandboxed && (g.Sandbox || endpoint == "") {
		srv, err := sandbox.Start(sandbox.Options{Speed: 10})
		if err != nil {
			return nil, nil, fmt.Errorf("starting the sandbox: %w", err)
		}
		endpoint, id, secret = srv.Endpoint(), srv.AccessKeyID(), srv.AccessKeySecret()
		cleanup = func() {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			_ = srv.Shutdown(ctx)
		}
	}
	typ := "access_key"
	cred, err := credential.NewCredential(&credential.Config{Type: &typ, AccessKeyId: &id, AccessKeySecret: &secret})
	if err != nil {
		cleanup()
		return nil, nil, fmt.Errorf("credentials: %w", err)
	}
	c, err := api.New(api.Options{Endpoint: endpoint, Region: region, Credential: cred, Sandbox: sandboxed, Profile: "env"})
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	return c, cleanup, nil
}
