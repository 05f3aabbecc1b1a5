package nats

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stream/streamtest"
)

// serverURL is the NATS server with JetStream the tests use:
// SITREP_NATS_URL, else the one CI starts on 127.0.0.1:4222.
func serverURL(t *testing.T) string {
	t.Helper()
	url := os.Getenv("SITREP_NATS_URL")
	if url == "" {
		url = "nats://127.0.0.1:4222"
	}
	c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second)
	if err != nil && os.Getenv("SITREP_NATS_URL") == "" {
		t.Skipf("no NATS server on 127.0.0.1:4222 (%v); .ci/run starts one", err)
	}
	if c != nil {
		c.Close()
	}
	return url
}

func TestContract(t *testing.T) {
	url := serverURL(t)
	const ackWait = time.Second
	streamtest.Run(t, ackWait, func(t *testing.T) sitrep.Queue {
		name := fmt.Sprintf("SITREP_TEST_%d", rand.Uint64())
		q, err := Open(context.Background(), Config{URL: url, Stream: name, Subject: "sitrep.test." + name,
			Consumer: "w", AckWait: ackWait})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			_ = q.DeleteStream(context.Background())
			q.Close()
		})
		return q
	})
}

func TestOpenUnreachable(t *testing.T) {
	_, err := Open(context.Background(), Config{URL: "nats://127.0.0.1:1"})
	if err == nil {
		t.Fatal("Open on a closed port succeeded")
	}
}
