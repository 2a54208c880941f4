package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"ackpool/model"
)

// requestSource says where a command reads its request body from. Commands fill it
// from their flags (--file today; presets and --set overrides extend it) and call
// loadRequest, so every command reads requests the same way.
type requestSource struct {
	File string // path of a JSON or YAML file; "-" reads standard input
}

// sourceName is how the request is named in messages ("stdin" for "-").
func (s requestSource) sourceName() string {
	if s.File == "-" {
		return "stdin"
	}
	return s.File
}

// requestReader is what loadRequest needs from the process: standard input and the file system.
type requestReader struct {
	Stdin    io.Reader
	ReadFile func(string) ([]byte, error)
}

// errNoRequest is returned when no request source was given.
var errNoRequest = errors.New("no request given; pass --file FILE (JSON or YAML, - for standard input)")

// loadRequest reads and strictly parses the request named by src. A missing source is
// a usage error; an unreadable file is an error naming the file; a document that does
// not parse returns its *model.ParseError, or model.ParseErrors when it has several
// problems (each prints as file:line:column: path: message).
func loadRequest(src requestSource, rd requestReader) (*model.NodePool, error) {
	if src.File == "" {
		return nil, usageError{errNoRequest}
	}
	var (
		data []byte
		err  error
	)
	if src.File == "-" {
		if rd.Stdin == nil {
			return nil, errors.New("cannot read the request from standard input")
		}
		data, err = io.ReadAll(io.LimitReader(rd.Stdin, 16<<20))
	} else {
		readFile := rd.ReadFile
		if readFile == nil {
			readFile = os.ReadFile
		}
		data, err = readFile(src.File)
	}
	if err != nil {
		return nil, fmt.Errorf("read the request %s: %w", src.sourceName(), err)
	}
	return model.Parse(data, src.sourceName())
}
