package main

import (
	"flag"
	"log/slog"
)

// verboseFlag adds -v to fs.
func verboseFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("v", false, "log what the command does (index builds, requests) to stderr")
}

// commandLogger is the logger of a command that answers and exits: it
// logs to stderr with -v, and nothing without. It becomes the default
// logger too, so that what a library logs through the log package (Bleve
// does, on an index it finds damaged) follows -v as well.
func (e *env) commandLogger(verbose bool) *slog.Logger {
	l := slog.New(slog.DiscardHandler)
	if verbose {
		l = slog.New(slog.NewTextHandler(e.stderr, nil))
	}
	slog.SetDefault(l)
	return l
}

// serverLogger is the logger of serve. Where stderr is not a terminal (a
// service manager, a file) it logs every request as JSON, for machines. On
// a terminal it logs text, and without -v only warnings and errors. It
// becomes the default logger too, as commandLogger does.
func (e *env) serverLogger(verbose bool) *slog.Logger {
	var h slog.Handler = slog.NewJSONHandler(e.stderr, nil)
	if e.errTerminal {
		level := slog.LevelWarn
		if verbose {
			level = slog.LevelInfo
		}
		h = slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level})
	}
	l := slog.New(h)
	slog.SetDefault(l)
	return l
}
