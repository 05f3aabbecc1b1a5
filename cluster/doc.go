// Package cluster groups what the extractor read from many documents into
// events, and reconciles the figures of each event.
//
// It does four things, all as pure functions of values:
//
//   - deduplication: a content hash and a 64-bit SimHash over word shingles
//     of normalised text link exact and near-duplicate documents
//     (syndicated wire copy, reposts), so that a copy is never counted as
//     an extra citation ([Duplicates], [Deduper]);
//   - source independence: each claim rests on an original source, the
//     first name it cites, else the first that reports it, else the post or
//     outlet that published it; names are compared after normalisation
//     ([OriginalSource], [NormalizeSource]);
//   - reconciliation: per figure kind and victim group, a timeline of
//     reported values with low / best / high, the latest value of the most
//     authoritative source, conflicts and the number of independent
//     sources ([Reconcile]);
//   - clustering: claims and event cues grouped into events by place, time
//     window and compatible event type, incrementally and with stable ids
//     ([Clusterer], [Build]). Evidence whose place is no guide (no place,
//     a lone town name the rest of the text does not support, two
//     countries named equally) links nothing: it joins its own country's
//     event, else the event of its time window it shares the most with
//     (figures, sources, copies, words and names), else makes its own.
//     A document the extractor read nothing from, only a place, is listed
//     with an event of its area and days only if at least a third of its
//     words and names are in the event's other documents.
//
// Usage:
//
//	c := cluster.New(cluster.Options{}) // zero options work: a 3-day gap
//	for _, x := range extractions {
//		c.Add(x)
//	}
//	events := c.Events() // the same events whatever the order of Add
//
// or, for a batch, events := cluster.Build(extractions, cluster.Options{}).
package cluster
