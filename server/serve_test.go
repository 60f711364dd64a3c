package server

import (
	"context"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestServeShutdown cancels Serve's context while a request is in flight:
// the request must still be answered, and Serve return nil.
func TestServeShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- Serve(ctx, NewHTTPServer(slow, testLogger(t)), ln, 5*time.Second) }()

	type result struct {
		body string
		err  error
	}
	answered := make(chan result, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			answered <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		answered <- result{string(b), err}
	}()
	<-started
	cancel()
	// The listener closes at once: new connections are refused.
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			break
		}
		c.Close()
		if i == 100 {
			t.Fatal("still accepting connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-served:
		t.Fatalf("Serve returned %v with a request in flight", err)
	default:
	}
	close(release)
	if r := <-answered; r.err != nil || r.body != "finished" {
		t.Errorf("request in flight: %q, %v", r.body, r.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

func TestNewHTTPServerLimits(t *testing.T) {
	hs := NewHTTPServer(http.NotFoundHandler(), testLogger(t))
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 || hs.MaxHeaderBytes == 0 {
		t.Errorf("a timeout or limit is unset: %+v", hs)
	}
}
