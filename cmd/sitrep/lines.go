package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// maxLineBytes bounds one input line of the line-oriented commands.
const maxLineBytes = 16 << 20

// lineInput opens the one optional FILE of a line-oriented command
// (numbers, geocode): standard input when it is absent or "-". close must
// be called when done.
func (m *Main) lineInput(fs *flag.FlagSet) (r io.Reader, name string, close func(), err error) {
	if fs.NArg() > 1 {
		fs.Usage()
		return nil, "", nil, fmt.Errorf("%w: at most one input file", errUsage)
	}
	if fs.NArg() == 0 || fs.Arg(0) == "-" {
		return m.Stdin, "<stdin>", func() {}, nil
	}
	f, err := os.Open(fs.Arg(0))
	if err != nil {
		return nil, "", nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	return f, fs.Arg(0), func() { f.Close() }, nil
}

// perLine writes, for each line of r (its trailing CR dropped), what fn
// returns as one JSON line, in input order. A line fn fails on is
// reported on stderr naming the input and line, what fn returned with the
// error is still written, and the command then ends with errInputs.
func (m *Main) perLine(ctx context.Context, cmd string, r io.Reader, name string, fn func(line string) (any, error)) error {
	w := bufio.NewWriter(m.Stdout)
	defer w.Flush()
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLineBytes)
	failed, line := 0, 0
	for sc.Scan() {
		if line%64 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		line++
		out, err := fn(strings.TrimSuffix(sc.Text(), "\r"))
		if err != nil {
			failed++
			fmt.Fprintf(m.Stderr, "sitrep %s: %s:%d: %v\n", cmd, name, line, err)
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	if failed > 0 {
		return errInputs
	}
	return nil
}
