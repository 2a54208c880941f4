package api

import (
	"context"
	"errors"
	"fmt"

	"ackpool/model"
)

// CreateNodePool sends CreateClusterNodePool.
//
// The call is never blindly retried. Failures that prove the request was not applied
// (throttling, a connection that could not be opened) are retried with the read
// policy. After an ambiguous failure — the connection broke after the request was
// sent, the answer timed out, or the server answered 5xx — the pool is looked up by
// nodepool_info.name: when found, that pool is returned and Recovery says so (the
// task ID is then unknown); when absent, the request is sent exactly once more and
// Recovery says that too.
func (c *SDKClient) CreateNodePool(ctx context.Context, region, clusterID string, body *model.NodePool) (*CreateResult, error) {
	if body == nil {
		return nil, errors.New("CreateNodePool: empty request body")
	}
	r := roa(region, "CreateClusterNodePool", "POST", "/clusters/"+escapePath(clusterID)+"/nodepools")
	r.body = body
	res, err := c.sendCreate(ctx, r)
	if err == nil || !ambiguous(err) {
		return res, err
	}
	name := ""
	if body.NodepoolInfo != nil && body.NodepoolInfo.Name != nil {
		name = *body.NodepoolInfo.Name
	}
	if name == "" {
		return nil, fmt.Errorf("%w\n  the pool has no name, so ackpool cannot tell whether it was created: list the cluster's pools before trying again", err)
	}
	if found, lerr := c.findPool(ctx, region, clusterID, name, err); found != nil || lerr != nil {
		if found != nil {
			found.Recovery = fmt.Sprintf("the connection failed after the request was sent (%s); node pool %q exists, so the first attempt created it and it was not sent again (task ID unknown; following the pool instead)", shortCause(err), name)
		}
		return found, lerr
	}
	res, err2 := c.sendCreate(ctx, r)
	if err2 == nil {
		res.Recovery = fmt.Sprintf("the first attempt failed (%s) and node pool %q did not exist, so the request was sent once more", shortCause(err), name)
		return res, nil
	}
	if ambiguous(err2) {
		if found, _ := c.findPool(ctx, region, clusterID, name, err2); found != nil {
			found.Recovery = fmt.Sprintf("the first attempt failed (%s) and node pool %q did not exist; the second attempt failed too (%s) but created the pool", shortCause(err), name, shortCause(err2))
			return found, nil
		}
	}
	return nil, fmt.Errorf("%w\n  node pool %q did not exist after the first failure (%s), and sending it once more failed too", err2, name, shortCause(err))
}

// sendCreate sends the create, retrying only failures that prove it was not applied.
func (c *SDKClient) sendCreate(ctx context.Context, r request) (*CreateResult, error) {
	var res CreateResult
	err := retry(ctx, c.opts.Retry, c.opts.Clock, func() error {
		err := c.send(ctx, r, &res)
		if err != nil && !provablyNotApplied(err) {
			return noRetry{err}
		}
		return err
	})
	var nr noRetry
	if errors.As(err, &nr) {
		err = nr.err
	}
	if err != nil {
		return nil, err
	}
	return &res, nil
}

// findPool looks a pool up by name after an ambiguous create. It returns the pool
// as a CreateResult, nil when it does not exist, or an error when the lookup failed.
func (c *SDKClient) findPool(ctx context.Context, region, clusterID, name string, cause error) (*CreateResult, error) {
	pools, err := c.ListNodePools(ctx, region, clusterID, name)
	if err != nil {
		return nil, fmt.Errorf("%w\n  checking whether node pool %q exists also failed (%s): list the cluster's pools before trying again", cause, name, oneLine(err))
	}
	if len(pools) == 0 {
		return nil, nil
	}
	return &CreateResult{NodepoolID: pools[0].Info.NodepoolID}, nil
}

// noRetry stops retry() without looking at the wrapped error's class.
type noRetry struct{ err error }

func (n noRetry) Error() string { return n.err.Error() }

// provablyNotApplied reports errors after which the cloud certainly did not act on a
// create: it throttled the call, or the connection never opened.
func provablyNotApplied(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.Throttled() || (e.NoResponse() && notSent(e.Err))
}

// ambiguous reports failures after which a create may or may not have been applied.
func ambiguous(err error) bool {
	var e *Error
	if !errors.As(err, &e) {
		return false
	}
	return e.ServerSide() || (e.NoResponse() && !notSent(e.Err))
}

func shortCause(err error) string {
	var e *Error
	if errors.As(err, &e) {
		if e.Code != "" {
			return e.Code
		}
		if e.Err != nil {
			return e.Err.Error()
		}
	}
	return err.Error()
}
