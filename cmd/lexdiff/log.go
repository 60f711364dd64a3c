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
// logs to stderr with -v, and nothing without.
func (e *env) commandLogger(verbose bool) *slog.Logger {
	if !verbose {
		return slog.New(slog.DiscardHandler)
	}
	return slog.New(slog.NewTextHandler(e.stderr, nil))
}

// serverLogger is the logger of serve. Where stderr is not a terminal (a
// service manager, a file) it logs every request as JSON, for machines. On
// a terminal it logs text, and without -v only warnings and errors.
func (e *env) serverLogger(verbose bool) *slog.Logger {
	if !e.errTerminal {
		return slog.New(slog.NewJSONHandler(e.stderr, nil))
	}
	level := slog.LevelWarn
	if verbose {
		level = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
}
