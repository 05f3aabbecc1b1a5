//go:build eval

package cluster

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	sitrep "github.com/sitrep-dev/sitrep"
)

func TestDebugEval(t *testing.T) {
	b, _ := os.ReadFile("/tmp/eval.json")
	var v struct{ Extractions []*sitrep.Extraction }
	json.Unmarshal(b, &v)
	c := New(Options{})
	for _, x := range v.Extractions {
		c.Add(x)
	}
	for i, a := range c.atoms {
		id := c.docs[a.doc].x.Document.ID
		if id == "kg-017" || id == "mz-031" || id == "mz-029" {
			r := c.find(int32(i))
			fmt.Printf("%s atom %+v root %d\n", id, a, r)
			for _, f := range []family{familyUnrest, familyDisaster} {
				for _, g := range c.candidates(&a, f) {
					fmt.Println("  cand", g, len(c.groups[g].atoms), c.groups[g].areas, c.groups[g].spans)
				}
			}
		}
	}
}
