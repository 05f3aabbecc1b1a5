package memory

import (
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stream/streamtest"
)

func TestContract(t *testing.T) {
	const ackWait = 300 * time.Millisecond
	streamtest.Run(t, ackWait, func(t *testing.T) sitrep.Queue {
		q := New(ackWait)
		t.Cleanup(func() { q.Close() })
		return q
	})
}
