// Command sitrep turns multilingual news articles and social-media posts
// about a crisis into a sourced situation report.
//
// Each subcommand lives in a file of its own and registers itself with
// register; main only wires the shared pieces (streams, logger, exit codes).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"sort"
	"strings"
	"syscall"
	"time"
)

// Exit codes of the CLI contract.
const (
	exitOK     = 0
	exitFailed = 1 // some input failed; the others were processed
	exitUsage  = 2 // bad usage
)

// errUsage marks an error as bad usage (exit 2).
var errUsage = errors.New("usage")

// errInputs reports that some inputs failed after the others were
// processed (exit 1). Each failure was already printed to stderr.
var errInputs = errors.New("some inputs failed")

// errHelp reports that a command printed its help on request (exit 0).
var errHelp = errors.New("help requested")

// flagError maps a flag parsing error to errHelp for -h and --help, and to
// bad usage otherwise (the flag package has already printed why).
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return errHelp
	}
	return fmt.Errorf("%w", errUsage)
}

// command is one subcommand of sitrep.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

var commands = map[string]command{}

// register adds a subcommand; it is called from the init of each
// subcommand's file.
func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("sitrep: duplicate command " + c.name)
	}
	commands[c.name] = c
}

// Main holds what every subcommand shares: the standard streams and the
// logger. Tests build one with buffers in place of the streams.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Logger *slog.Logger
	// Progress is how often commands that read documents report their
	// progress on Stderr; 0 turns it off.
	Progress time.Duration
}

// NewMain returns a Main bound to the process's standard streams.
func NewMain() *Main {
	return &Main{
		Stdin:    os.Stdin,
		Stdout:   os.Stdout,
		Stderr:   os.Stderr,
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})),
		Progress: 5 * time.Second,
	}
}

// Run executes one command line (without the program name) and returns the
// process exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(m.Stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(m.Stderr, "sitrep: unknown command %q\n\n", args[0])
		m.usage(m.Stderr)
		return exitUsage
	}
	err := c.run(ctx, m, args[1:])
	switch {
	case err == nil, errors.Is(err, errHelp):
		return exitOK
	case errors.Is(err, errUsage):
		if msg := strings.TrimSpace(strings.TrimPrefix(err.Error(), errUsage.Error())); msg != "" && msg != ":" {
			fmt.Fprintf(m.Stderr, "sitrep %s: %s\n", c.name, strings.TrimPrefix(msg, ": "))
		}
		return exitUsage
	case errors.Is(err, errInputs):
		return exitFailed
	default:
		fmt.Fprintf(m.Stderr, "sitrep %s: %v\n", c.name, err)
		return exitFailed
	}
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "sitrep turns news articles and posts about a crisis into a sourced situation report.")
	fmt.Fprintln(w, "\nUsage: sitrep COMMAND [options] [FILE...]   ('-' reads standard input)")
	fmt.Fprintln(w, "\nCommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nRun 'sitrep COMMAND --help' for a command's options.")
	fmt.Fprintln(w, "Exit status: 0 success, 1 if any input failed, 2 on bad usage.")
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := NewMain().Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
