package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"lexdiff/corpus/embedded"
	"lexdiff/index"
	"lexdiff/server"
)

// shutdownGrace is how long serve waits for requests in flight on SIGINT
// or SIGTERM.
const shutdownGrace = 30 * time.Second

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "[-data DIR] [-addr HOST:PORT] [-cache MB] [-v]")
	data := dataFlag(fs)
	cacheMB := fs.Int("cache", 256, "keep at most about `MB` megabytes of acts read from -data in memory")
	verbose := verboseFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	rest, err := parseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("unexpected arguments %q: serve takes only flags", rest)
	}
	if *cacheMB < 0 {
		return usagef("-cache %d: want megabytes, 0 or more", *cacheMB)
	}
	hup := make(chan os.Signal, 1) // SIGHUP reloads the corpus, instead of stopping the server
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	log := e.serverLogger(*verbose)
	if *data != "" {
		if err := checkDataDir(*data); err != nil { // a mistake is told at once, not after listening
			return err
		}
	}
	ln, err := net.Listen("tcp", *addr) // before loading anything: a taken port fails at once
	if err != nil {
		return usagef("-addr %s: %v", *addr, err)
	}
	if e.errTerminal {
		fmt.Fprintf(e.stderr, "lexdiff: serving http://%s (Ctrl-C stops; -v logs every request)\n", ln.Addr())
	}
	return serveWhileLoading(ctx, ln, log, func() (http.Handler, func(), error) {
		srv, done, err := buildServer(serveConfig{Data: *data, Logger: log, CacheBytes: int64(*cacheMB) << 20, Reload: hup})
		if err != nil {
			return nil, nil, err
		}
		return srv.Handler(), done, nil
	})
}

// serveWhileLoading serves on ln until ctx ends, answering from the moment
// it listens: 503 "loading" (server.Loading) until load returns the
// handler, then the handler. done, called on the way out, releases what
// the handler holds. An error of load stops the serving and is returned.
func serveWhileLoading(ctx context.Context, ln net.Listener, log *slog.Logger, load func() (h http.Handler, done func(), err error)) error {
	front := &server.Loading{}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- server.Serve(ctx, server.NewHTTPServer(front, log), ln, shutdownGrace) }()
	log.Info("listening, loading the corpus", "addr", "http://"+ln.Addr().String())
	h, done, err := load()
	if err != nil {
		stop()
		<-served
		return err
	}
	defer done()
	front.Ready(h)
	log.Info("corpus loaded, serving", "addr", "http://"+ln.Addr().String())
	return <-served
}

// serveConfig is what lexdiff serve serves.
type serveConfig struct {
	Data   string // corpus directory; "" for the embedded corpus
	Logger *slog.Logger
	// CacheBytes bounds the memory of the acts kept read (see
	// store.Options).
	CacheBytes int64
	// Poll is how often to ask the store whether an import committed
	// (default one second); Reload forces a reload (SIGHUP).
	Poll   time.Duration
	Reload <-chan os.Signal
}

// buildServer loads the corpus and returns a server for it, which becomes
// ready (/healthz 200, /search answering) once the index, built or opened
// in the background, is loaded. A corpus in a store is reloaded when an
// import commits (see reloader). done releases the corpus and the index.
func buildServer(cfg serveConfig) (srv *server.Server, done func(), err error) {
	if cfg.Data != "" {
		if err := checkDataDir(cfg.Data); err != nil {
			return nil, nil, err
		}
		return buildStoreServer(cfg)
	}
	c, err := embedded.Load()
	if err != nil {
		return nil, nil, err
	}
	srv, err = server.New(server.Config{Corpus: c, Logger: cfg.Logger})
	if err != nil {
		return nil, nil, err
	}
	var (
		mu      sync.Mutex
		ix      servedIndex
		stopped bool
	)
	go func() {
		start := time.Now()
		opened, err := openIndex(cfg.Data, c, index.Options{Logger: cfg.Logger}, healing)
		mu.Lock()
		defer mu.Unlock()
		switch {
		case stopped && err == nil: // the server stopped while the index was built
			opened.Close()
		case stopped:
		case err != nil:
			cfg.Logger.Error("search index unavailable; /search answers 503", "err", err)
			srv.SearchFailed()
		default:
			cfg.Logger.Info("search index ready", "took", time.Since(start))
			srv.SetSearcher(opened)
			ix = opened
		}
	}()
	// done does not wait for a build in progress: an index is built aside,
	// so stopping in the middle leaves the corpus and any old index intact.
	done = func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		if ix != nil {
			ix.Close()
		}
	}
	return srv, done, nil
}
