package api

import (
	"context"
	"errors"
	"fmt"
	"time"

	"ackpool/model"
)

// CreateNodePool sends CreateClusterNodePool and claims a pool only when it can prove
// the pool is the one this call created.
//
// Before the first send it looks the name up, so it knows whether the name was taken
// before it sent anything, and it adds the ownership tag (OwnerTagKey, a random value
// per call) to scaling_group.tags, so its own pool can be told from a pool another
// client created with the same name and settings.
//
// The call is never blindly retried. Failures that prove the request was not applied
// (throttling, a connection that could not be opened) are retried with the read
// policy. After an ambiguous failure — the connection broke after the request was
// sent, the answer timed out, or the server answered 5xx — the pool is looked up by
// name: a pool carrying this call's tag is returned (Recovery says so); a pool of that
// name that is provably another's is an InvalidParameter.Name *Error; no pool means
// the request is sent exactly once more. When the lookup fails, or a pool exists that
// cannot be proved either way, the result is an *OutcomeUnknownError that names the
// command that checks, never a claimed success or a plain failure.
func (c *SDKClient) CreateNodePool(ctx context.Context, region, clusterID string, body *model.NodePool) (*CreateResult, error) {
	if body == nil {
		return nil, errors.New("CreateNodePool: empty request body")
	}
	sendBody, tag := withOwnerTag(body)
	a := &createAttempt{c: c, region: region, clusterID: clusterID, name: poolName(body), tag: tag, body: body}
	if a.name != "" {
		pre, err := c.ListNodePools(ctx, region, clusterID, a.name)
		// A failed lookup is not fatal: the service refuses a duplicate name, and the tag
		// still tells this call's pool from another.
		a.nameKnown, a.nameTaken = err == nil, err == nil && len(pre) > 0
	}
	r := roa(region, "CreateClusterNodePool", "POST", "/clusters/"+escapePath(clusterID)+"/nodepools")
	r.body = sendBody
	a.firstSend = c.opts.Clock.Now()
	res, err := c.sendCreate(ctx, r)
	if err == nil || !ambiguous(err) {
		return a.done(res, ""), err
	}
	if a.name == "" {
		return nil, a.unknown(err, nil, "the pool has no name, so ackpool cannot look for it")
	}
	if res, verr, settled := a.settle(ctx, err, firstAttempt); settled {
		return res, verr
	}
	res, err2 := c.sendCreate(ctx, r)
	if err2 == nil {
		return a.done(res, fmt.Sprintf("the first attempt failed (%s) and node pool %q did not exist, so the request was sent once more", shortCause(err), a.name)), nil
	}
	if !ambiguous(err2) && !isNameTaken(err2) {
		return nil, fmt.Errorf("%w\n  node pool %q did not exist after the first failure (%s), and the second attempt was refused: nothing was created", err2, a.name, shortCause(err))
	}
	a.firstCause = err
	if res, verr, settled := a.settle(ctx, err2, secondAttempt); settled {
		return res, verr
	}
	if isNameTaken(err2) {
		return nil, a.unknown(err2, nil, "the service says the name is taken, but no pool of that name is listed")
	}
	return nil, fmt.Errorf("%w\n  node pool %q does not exist after two attempts (%s, then %s): nothing was created", err2, a.name, shortCause(err), shortCause(err2))
}

// createAttempt is what one CreateNodePool call knows while it recovers from an
// ambiguous failure.
type createAttempt struct {
	c                 *SDKClient
	region, clusterID string
	name              string
	body              *model.NodePool
	tag               string // the ownership tag's value, "" when none could be added
	nameKnown         bool   // the lookup before the first send answered
	nameTaken         bool   // ... and listed a pool of this name
	firstSend         time.Time
	firstCause        error // the first attempt's failure, once a second was sent
}

// Which attempt an ambiguous failure belongs to.
const (
	firstAttempt  = 1
	secondAttempt = 2
)

// claimNote is the Recovery of a pool proved ours after the ambiguous failure cause.
func (a *createAttempt) claimNote(which int, cause error) string {
	proof := fmt.Sprintf("node pool %q exists and carries this command's tag %s", a.name, a.ownerTag())
	if which == firstAttempt {
		return fmt.Sprintf("the connection failed after the request was sent (%s); %s, so the first attempt created it and it was not sent again (task ID unknown; following the pool instead)", shortCause(cause), proof)
	}
	return fmt.Sprintf("the first attempt failed (%s) and node pool %q did not exist; the second attempt failed too (%s), but %s, so it created the pool (task ID unknown; following the pool instead)",
		shortCause(a.firstCause), a.name, shortCause(cause), proof)
}

// done stamps a result with the ownership tag and the recovery note.
func (a *createAttempt) done(res *CreateResult, recovery string) *CreateResult {
	if res == nil {
		return nil
	}
	if a.tag != "" {
		res.OwnerTag = OwnerTagKey + "=" + a.tag
	}
	res.Recovery = recovery
	return res
}

// settle looks the pool up after the ambiguous failure cause of the attempt named by
// which. It reports settled=false only when no pool of the name exists, so the
// caller may send (again).
func (a *createAttempt) settle(ctx context.Context, cause error, which int) (*CreateResult, error, bool) {
	pools, lerr := a.c.ListNodePools(ctx, a.region, a.clusterID, a.name)
	if lerr != nil {
		return nil, a.unknown(cause, lerr, "looking for the pool failed too"), true
	}
	if len(pools) == 0 {
		return nil, nil, false
	}
	verdict, why := a.whose(pools[0])
	switch verdict {
	case ownedByUs:
		res := &CreateResult{NodepoolID: pools[0].Info.NodepoolID}
		return a.done(res, a.claimNote(which, cause)), nil, true
	case ownedByOthers:
		return nil, nameTakenError(a.name, a.clusterID, why), true
	}
	return nil, a.unknown(cause, nil, why), true
}

// unknown builds the error for an outcome that cannot be known.
func (a *createAttempt) unknown(cause, lookup error, why string) *OutcomeUnknownError {
	return &OutcomeUnknownError{Region: a.region, ClusterID: a.clusterID, Name: a.name, Cause: cause, Lookup: lookup,
		Reason: why, Check: a.c.poolsCheckCommand(a.region, a.clusterID, a.name), OwnerTag: a.ownerTag()}
}

func (a *createAttempt) ownerTag() string {
	if a.tag == "" {
		return ""
	}
	return OwnerTagKey + "=" + a.tag
}

// poolName is nodepool_info.name, "" when unset.
func poolName(body *model.NodePool) string {
	if body.NodepoolInfo != nil && body.NodepoolInfo.Name != nil {
		return *body.NodepoolInfo.Name
	}
	return ""
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

// isNameTaken reports the service's answer to a duplicate pool name.
func isNameTaken(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == "InvalidParameter.Name" && e.HTTPStatus != 0
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
