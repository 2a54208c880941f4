package api

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/alibabacloud-go/tea/tea"
)

func TestToErrorReadsTheCoreError(t *testing.T) {
	sdk := tea.NewSDKError(map[string]interface{}{
		"code": "QuotaExceeded.Node", "statusCode": 400,
		"message": "code: 400, node quota reached request id: R-1",
		"data":    map[string]interface{}{"Code": "QuotaExceeded.Node", "Message": "node quota reached", "RequestId": "R-1"},
	})
	err := toError("CreateClusterNodePool", sdk)
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T", err)
	}
	if e.HTTPStatus != 400 || e.Code != "QuotaExceeded.Node" || e.Message != "node quota reached" || e.RequestID != "R-1" || !strings.Contains(e.Hint, "quota") {
		t.Fatalf("%+v", e)
	}
	want := "CreateClusterNodePool: QuotaExceeded.Node: node quota reached (HTTP 400) [request id R-1]\n  next step: "
	if !strings.HasPrefix(e.Error(), want) {
		t.Fatalf("Error() = %q", e.Error())
	}
}

func TestHints(t *testing.T) {
	cases := map[string]string{
		"SignatureDoesNotMatch":        "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
		"InvalidAccessKeyId.NotFound":  "AccessKey ID is unknown",
		"Throttling.User":              "rate limited",
		"Throttling.Api":               "rate limited",
		"InvalidParameter.Name":        "already exists",
		"InvalidParameter.VSwitchIds":  "ackpool validate",
		"QuotaExceeded.Cluster":        "quota",
		"OperationDenied.NoStock":      "out of stock",
		"ErrorClusterState":            "not running",
		"ErrorClusterNotFound":         "--cluster",
		"InvalidCredentials":           "aliyun configure",
		"SomethingNobodyHasSeenBefore": "",
	}
	for code, want := range cases {
		t.Run(code, func(t *testing.T) {
			got := hintFor(code)
			if (want == "" && got != "") || !strings.Contains(got, want) {
				t.Fatalf("hintFor(%s) = %q, want it to mention %q", code, got, want)
			}
		})
	}
}

func TestTransportErrorsAreClassified(t *testing.T) {
	dial := &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}
	read := &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}
	if e := toError("X", dial).(*Error); !e.NoResponse() || !notSent(e.Err) || !provablyNotApplied(e) || ambiguous(e) {
		t.Fatalf("dial failure: %+v", e)
	}
	if e := toError("X", read).(*Error); !e.NoResponse() || notSent(e.Err) || provablyNotApplied(e) || !ambiguous(e) {
		t.Fatalf("read failure: %+v", e)
	}
	if !retryable(toError("X", read)) || retryable(&Error{Code: "InvalidParameter", HTTPStatus: 400}) {
		t.Fatal("retryable classification")
	}
	if err := toError("X", context.Canceled); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancellation must pass through, got %v", err)
	}
}

func TestRetryDelayGrowsWithJitterAndCap(t *testing.T) {
	p := RetryPolicy{Base: 100 * time.Millisecond, Max: time.Second, Jitter: func() float64 { return 0 }}
	want := []time.Duration{50, 100, 200, 400, 500, 500}
	for i, w := range want {
		if got := p.Delay(i + 1); got != w*time.Millisecond {
			t.Fatalf("Delay(%d) = %v, want %v", i+1, got, w*time.Millisecond)
		}
	}
	p.Jitter = func() float64 { return 0.999 }
	if got := p.Delay(1); got < 99*time.Millisecond || got > 100*time.Millisecond {
		t.Fatalf("full jitter delay %v", got)
	}
}

func TestRetryStopsWhenTheContextEnds(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := retry(ctx, RetryPolicy{Attempts: 10}, SystemClock{}, func() error {
		calls++
		cancel()
		return &Error{Code: "Throttling.User", HTTPStatus: 400}
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Fatalf("err %v after %d calls", err, calls)
	}
}

func TestPageLoopStopsAtTheTotal(t *testing.T) {
	pages := 0
	err := pageLoop(10, func(page int) (int, int, error) {
		pages++
		return 10, 30, nil
	})
	if err != nil || pages != 3 {
		t.Fatalf("%d pages, err %v", pages, err)
	}
	pages = 0
	_ = pageLoop(10, func(page int) (int, int, error) { pages++; return 4, 100, nil })
	if pages != 1 {
		t.Fatalf("a short page ends the loop, got %d pages", pages)
	}
}
