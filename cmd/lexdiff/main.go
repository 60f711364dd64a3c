// Command lexdiff keeps every version of a legal text, says which wording
// applied on any date, compares versions unit by unit, and finds provisions
// by keyword. Run "lexdiff help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"syscall"

	"golang.org/x/term"
)

// A command runs one subcommand with its arguments.
type command struct {
	run     func(ctx context.Context, env *env, args []string) error
	summary string
}

// commands is every subcommand, by name.
var commands = map[string]command{
	"import":   {runImport, "add versions from portal exports, plain texts or exported text files to a corpus directory"},
	"check":    {runCheck, "verify a corpus directory: the database, every act read back, the search index"},
	"export":   {runExport, "write a corpus directory's acts as text files, one per version (import reads them back)"},
	"amend":    {runAmend, "apply an amending act to the acts it amends: new versions, computed and attributed"},
	"acts":     {runActs, "list the acts of the corpus"},
	"versions": {runVersions, "list the versions of an act or of one unit"},
	"at":       {runAt, "print an act or a unit as in force on a date"},
	"diff":     {runDiff, "compare an act or a unit as in force on two dates, unit by unit"},
	"history":  {runHistory, "list a unit's wordings over time, with what changed them"},
	"matrix":   {runMatrix, "show which units of a list applied in which wording (the fields matrix)"},
	"serve":    {runServe, "serve the HTTP API (JSON under /api/v1)"},
	"search":   {runSearch, "find units by words, as in force on a date or in all history"},
}

// env is what a command reads and writes besides its arguments.
type env struct {
	stdout      io.Writer
	stderr      io.Writer
	terminal    bool // stdout is a terminal: colour is welcome
	errTerminal bool // stderr is a terminal: a progress line is welcome, log lines only when asked for
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	e := &env{stdout: os.Stdout, stderr: os.Stderr,
		terminal: term.IsTerminal(int(os.Stdout.Fd())), errTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
	code := run(ctx, e, os.Args[1:])
	stop()
	os.Exit(code)
}

// run runs the command named by args[0] and returns the exit status: 0
// answered, 1 not found or not in force, 2 bad usage or bad input, 3 failed.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(e.stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "lexdiff: unknown command %q\n\n", args[0])
		printUsage(e.stderr)
		return exitUsage
	}
	err := cmd.run(ctx, e, args[1:])
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		fmt.Fprintf(e.stderr, "lexdiff %s: %v\n", args[0], err)
	}
	return exitCode(err)
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: lexdiff COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun \"lexdiff COMMAND -h\" for a command's flags. Without -data, commands read the embedded corpus.")
}
