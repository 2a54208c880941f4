package forms

import (
	"encoding/base64"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/huh"

	"ackpool/model"
)

// UserDataText is a text area for a base64 script field (user_data, pre_user_data).
// The user types the script itself, pastes base64, or writes @path/to/file to load a
// file; the request always gets base64. A model value that decodes to readable text is
// shown decoded.
func UserDataText(b *Binder, path string) huh.Field {
	title, desc := TitleDesc(path)
	s := model.MustPath(path)
	val := new(string)
	*val = decodeForDisplay(s.Text(b.Request))

	// resolve caches the last answer: the text only changes on keystrokes in this
	// field, and a file is read once per distinct @path.
	var lastText, lastOut string
	var lastErr error
	cached := false
	resolve := func(text string) (string, error) {
		if cached && text == lastText {
			return lastOut, lastErr
		}
		cached, lastText = true, text
		lastOut, lastErr = encodeUserData(text, b.Env.ReadFile)
		return lastOut, lastErr
	}
	var pending error
	b.OnSync(func(np *model.NodePool) {
		out, err := resolve(*val)
		pending = err
		if err == nil {
			SetText(np, s, out)
		}
	})
	b.Checks = append(b.Checks, func() *model.Problem {
		if pending == nil {
			return nil
		}
		return &model.Problem{Path: path, Message: pending.Error(), Severity: model.SeverityError}
	})
	if b.Env.Headless {
		return b.stand(path)
	}
	return b.NewText().
		Key(path).
		Title(title).
		Description(desc).
		Lines(4).
		Placeholder("#!/bin/bash ...   or   @path/to/script.sh   (alt+enter or ctrl+j: new line)").
		// The script may carry secrets: no editor temp files.
		ExternalEditor(false).
		Value(val).
		Validate(func(text string) error {
			out, err := resolve(text)
			if err != nil {
				return err
			}
			return FirstError(model.CheckField(b.Request, path, out))
		})
}

// encodeUserData turns what the user typed into the base64 the API wants: "@file"
// loads the file, text that already is base64 of readable text is kept as is, and
// anything else is encoded. Empty text stays empty (the key is left out).
func encodeUserData(text string, readFile func(string) ([]byte, error)) (string, error) {
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		return "", nil
	}
	data := []byte(text)
	if strings.HasPrefix(trimmed, "@") && !strings.Contains(trimmed, "\n") {
		name := strings.TrimSpace(trimmed[1:])
		if name == "" {
			return "", fmt.Errorf("write a file name after @, e.g. @./init.sh")
		}
		if rest, ok := strings.CutPrefix(name, "~/"); ok {
			if home, err := os.UserHomeDir(); err == nil {
				name = filepath.Join(home, rest)
			}
		}
		content, err := readFile(name)
		if err != nil {
			return "", fmt.Errorf("cannot read %s: %v; check the path (relative to where ackpool runs)", name, err)
		}
		data = content
		trimmed = strings.TrimSpace(string(content))
	}
	if isBase64Text(trimmed) {
		return strings.Join(strings.Fields(trimmed), ""), nil
	}
	return base64.StdEncoding.EncodeToString(data), nil
}

// decodeForDisplay shows base64 of readable text as that text, and anything else as is.
func decodeForDisplay(v string) string {
	if v == "" || !isBase64Text(v) {
		return v
	}
	out, _ := decodeBase64(v)
	return string(out)
}

// isBase64Text reports whether s is base64 (padded or not, line breaks allowed) whose
// decoded bytes are readable text; a short word that merely happens to be valid
// base64 decodes to binary noise and is not taken for base64.
func isBase64Text(s string) bool {
	out, ok := decodeBase64(s)
	if !ok || len(out) == 0 || !utf8.Valid(out) {
		return false
	}
	for _, r := range string(out) {
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

func decodeBase64(s string) ([]byte, bool) {
	compact := strings.Join(strings.Fields(s), "")
	if len(compact) < 4 {
		return nil, false
	}
	if out, err := base64.StdEncoding.DecodeString(compact); err == nil {
		return out, true
	}
	out, err := base64.RawStdEncoding.DecodeString(compact)
	return out, err == nil
}
