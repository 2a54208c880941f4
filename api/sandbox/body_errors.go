package sandbox

import (
	"encoding/json"
	"errors"
	"io"
	"reflect"
	"strings"

	"ackpool/model"
)

// jsonError words a body decoding failure as the service does: the parameter and the
// type it must have, or where the JSON breaks; never the Go decoder's own text.
func jsonError(err error) *cloudError {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typ):
		if typ.Field == "" {
			return badRequest("InvalidParameter", "The request body must be a JSON object, not a JSON %s.", typ.Value)
		}
		return badRequest("InvalidParameter", "The parameter %s must be %s, not a JSON %s.", typ.Field, jsonKind(typ.Type), typ.Value)
	case errors.As(err, &syntax):
		return badRequest("InvalidParameter", "The request body is not valid JSON (error at byte %d).", syntax.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return badRequest("InvalidParameter", "The request body is not valid JSON: it ends before the object is complete.")
	}
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		return badRequest("InvalidParameter", "The parameter %s is not a parameter of CreateClusterNodePool.", strings.Trim(name, `"`))
	}
	return badRequest("InvalidParameter", "The request body is not a valid CreateClusterNodePool body.")
}

// jsonKind names the JSON type a Go type decodes from, with an article.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "a boolean (true or false)"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	}
	return "an object"
}

// validationError is the InvalidParameter answer for the model's problems, each with
// its parameter path.
func validationError(errs model.Problems) *cloudError {
	msgs := make([]string, 0, len(errs))
	for _, p := range errs {
		msgs = append(msgs, "The parameter "+p.Path+" is invalid: "+p.Message)
	}
	return badRequest("InvalidParameter", "%s", strings.Join(msgs, "; "))
}
