// Package valid checks an extraction before a store writes it, so that both
// store adapters accept and reject exactly the same inputs.
//
// Every string must be valid UTF-8 without NUL bytes (PostgreSQL text and
// jsonb cannot hold NUL, and encoding/json would silently replace invalid
// UTF-8), every float must be finite (JSON has no NaN or Inf), the document
// must have an id of at most MaxIDLen bytes, and a claim that names a document must name this one.
package valid

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// MaxIDLen is the longest document id a store accepts, in bytes. Ids are
// content hashes of 16 hex digits; the limit keeps PostgreSQL's B-tree
// primary key (which refuses entries over about 2.7 kB) from failing on a
// hostile id with an obscure error.
const MaxIDLen = 1024

// Extraction returns an error wrapping sitrep.ErrBadInput that names the
// first offending field, or nil when x can be stored losslessly.
func Extraction(x *sitrep.Extraction) error {
	if x == nil {
		return fmt.Errorf("nil extraction: %w", sitrep.ErrBadInput)
	}
	if x.Document.ID == "" {
		return fmt.Errorf("document.id is empty: %w", sitrep.ErrBadInput)
	}
	if len(x.Document.ID) > MaxIDLen {
		return fmt.Errorf("document.id is %d bytes, more than %d: %w", len(x.Document.ID), MaxIDLen, sitrep.ErrBadInput)
	}
	for i := range x.Claims {
		if id := x.Claims[i].DocumentID; id != "" && id != x.Document.ID {
			return fmt.Errorf("claims[%d].document_id %q is not the document's id %q: %w",
				i, id, x.Document.ID, sitrep.ErrBadInput)
		}
	}
	if err := walk(reflect.ValueOf(x).Elem(), "extraction"); err != nil {
		return fmt.Errorf("%w: %w", err, sitrep.ErrBadInput)
	}
	return nil
}

// walk visits every string and float reachable from v. The domain types are
// plain trees of structs, slices, arrays and pointers, so no cycle check is
// needed.
func walk(v reflect.Value, path string) error {
	switch v.Kind() {
	case reflect.String:
		return checkString(v.String(), path)
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return fmt.Errorf("%s: non-finite number %v", path, f)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return walk(v.Elem(), path)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := walk(v.Index(i), path+"["+strconv.Itoa(i)+"]"); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			p := path
			if !f.Anonymous {
				p += "." + strings.ToLower(f.Name)
			}
			if err := walk(v.Field(i), p); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkString(s, path string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%s: NUL byte at offset %d", path, i)
	}
	if !utf8.ValidString(s) {
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return fmt.Errorf("%s: invalid UTF-8 at byte offset %d", path, i)
			}
			i += n
		}
	}
	return nil
}
