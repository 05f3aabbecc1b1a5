// Package sitrep holds the domain of the situation-report pipeline: the
// documents that arrive, the passages they are cut into, the figure claims
// read from those passages, the places and events they refer to, and the
// reconciled figures a report shows. Stages live in sub-packages and import
// this one; nothing here does I/O.
//
// The data flow is
//
//	Document ─► segment ─► []Passage ─► lang ─► extract ─► []Claim, []EventMention, []PlaceMention
//	         ─► cluster ─► []Event (with reconciled []Figure) ─► report
//
// Every value a report prints can be traced back through a Claim's Span to
// the bytes of the Document it came from.
package sitrep

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"time"
)

// Sentinel errors shared by stages and adapters. Wrap them with the
// operation and the input: fmt.Errorf("ingest %s: %w", path, ErrEmpty).
var (
	ErrEmpty     = errors.New("empty input")
	ErrBinary    = errors.New("binary content, not text")
	ErrEncoding  = errors.New("invalid UTF-8")
	ErrNotFound  = errors.New("not found")
	ErrBadInput  = errors.New("bad input")
	ErrDuplicate = errors.New("already stored")
)

// DocumentKind says what sort of source a document is.
type DocumentKind string

// Document kinds.
const (
	KindArticle DocumentKind = "article"
	KindPost    DocumentKind = "post"
)

// Document is one unit of input: a news article, a page, or a social-media
// post. ID is derived from the text so that ingesting the same bytes twice
// yields the same document.
type Document struct {
	ID        string       `json:"id"`
	Path      string       `json:"path,omitempty"`
	URL       string       `json:"url,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	Author    string       `json:"author,omitempty"`
	Published string       `json:"published,omitempty"` // RFC 3339 or YYYY-MM-DD, as given
	Lang      string       `json:"lang,omitempty"`      // a hint from the source, if any
	Kind      DocumentKind `json:"kind,omitempty"`
	Text      string       `json:"-"`
}

// ContentID returns the content-derived identifier of a text: the first 16
// hex digits of its SHA-256. Equal texts get equal ids, which is what makes
// re-ingesting idempotent.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// PassageKind classifies a passage.
type PassageKind string

// Passage kinds.
const (
	PassageParagraph PassageKind = "paragraph"
	PassageHeading   PassageKind = "heading"
	PassagePost      PassageKind = "post"
	PassageQuote     PassageKind = "quote"
	// PassageFragment is a passage with no running text of its own: only
	// hashtags, links, or emoji lost in encoding.
	PassageFragment PassageKind = "fragment"
)

// Span is a half-open byte range [start, end) into a document's text.
type Span [2]int

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s[1] - s[0] }

// Passage is a paragraph, heading or embedded post, with byte offsets into
// the original document.
type Passage struct {
	Index          int         `json:"index"`
	Kind           PassageKind `json:"kind"`
	Span           Span        `json:"span"`
	Line           int         `json:"line"` // 1-based line of the passage's first byte
	Text           string      `json:"text"`
	Lang           string      `json:"lang"` // BCP-47 code; "" when the passage has no language
	LangConfidence float64     `json:"lang_confidence,omitempty"`
	Post           *Post       `json:"post,omitempty"`
	Hashtags       []string    `json:"hashtags,omitempty"`
	Mentions       []string    `json:"mentions,omitempty"`
	Links          []string    `json:"links,omitempty"`
	// LostEmoji lists the spans (document offsets) of runs of '?' that stand
	// for characters lost in an earlier encoding step. They are not text.
	LostEmoji []Span `json:"lost_emoji,omitempty"`
	// Body is the span of the passage's own running text: for a post, the
	// part before the signature. Equal to Span for other kinds.
	Body Span `json:"body"`
}

// Post is the signature of an embedded social-media post:
// "text — Display Name (@handle) Month D, YYYY".
type Post struct {
	Author string `json:"author,omitempty"`
	Handle string `json:"handle"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
}

// FigureKind is what happened to the people a figure counts.
type FigureKind string

// Figure kinds.
const (
	Killed    FigureKind = "killed"
	Injured   FigureKind = "injured"
	Detained  FigureKind = "detained"
	Missing   FigureKind = "missing"
	Displaced FigureKind = "displaced"
	Evacuated FigureKind = "evacuated"
	Affected  FigureKind = "affected"
)

// FigureKinds lists every figure kind in report order.
var FigureKinds = []FigureKind{Killed, Injured, Detained, Missing, Displaced, Evacuated, Affected}

// Group is the victim group a figure counts.
type Group string

// Victim groups.
const (
	SecurityForces Group = "security_forces"
	Protesters     Group = "protesters"
	Civilians      Group = "civilians"
	Attackers      Group = "attackers"
	Children       Group = "children"
	Journalists    Group = "journalists"
	Unspecified    Group = "unspecified"
)

// Groups lists every victim group.
var Groups = []Group{SecurityForces, Protesters, Civilians, Attackers, Children, Journalists, Unspecified}

// Qualifier says how a figure bounds the true count.
type Qualifier string

// Qualifiers.
const (
	Exact     Qualifier = "exact"
	AtLeast   Qualifier = "at_least"
	AtMost    Qualifier = "at_most"
	MoreThan  Qualifier = "more_than"
	FewerThan Qualifier = "fewer_than"
	About     Qualifier = "about"
	UpTo      Qualifier = "up_to"
	Vague     Qualifier = "vague"
)

// Qualifiers lists every qualifier.
var Qualifiers = []Qualifier{Exact, AtLeast, AtMost, MoreThan, FewerThan, About, UpTo, Vague}

// EventType is a kind of development, close to ACLED's and CAMEO's types.
type EventType string

// Event types.
const (
	Protest               EventType = "protest"
	Riot                  EventType = "riot"
	ArmedClash            EventType = "armed_clash"
	Attack                EventType = "attack"
	Explosion             EventType = "explosion"
	Arson                 EventType = "arson"
	Arrests               EventType = "arrests"
	StateOfEmergency      EventType = "state_of_emergency"
	Curfew                EventType = "curfew"
	InternetShutdown      EventType = "internet_shutdown"
	TransportClosure      EventType = "transport_closure"
	ForeignIntervention   EventType = "foreign_intervention"
	GovernmentResignation EventType = "government_resignation"
	Dismissal             EventType = "dismissal"
	Disaster              EventType = "disaster"
)

// EventTypes lists every event type.
var EventTypes = []EventType{Protest, Riot, ArmedClash, Attack, Explosion, Arson, Arrests,
	StateOfEmergency, Curfew, InternetShutdown, TransportClosure, ForeignIntervention,
	GovernmentResignation, Dismissal, Disaster}

// Precision says how exactly a place is known.
type Precision string

// Place precisions, from finest to coarsest.
const (
	PrecisionCity    Precision = "city"
	PrecisionAdmin1  Precision = "admin1"
	PrecisionCountry Precision = "country"
)

// Place is a resolved location. A country-level place carries the
// country's representative point but Precision says it must not be drawn
// as a point in any one city.
type Place struct {
	Name      string    `json:"name"`
	Country   string    `json:"country"` // ISO 3166-1 alpha-2
	Admin1    string    `json:"admin1,omitempty"`
	Lat       float64   `json:"lat"`
	Lon       float64   `json:"lon"`
	Precision Precision `json:"precision"`
	GeonameID int64     `json:"geonameid,omitempty"`
}

// PlaceMention is a place named in a passage.
type PlaceMention struct {
	Place
	Surface string `json:"surface"`
	Passage int    `json:"passage"`
	Span    Span   `json:"span"`
}

// Claim is one figure as one source states it: the central record.
// Max is nil when the figure has no upper bound ("at least 12").
type Claim struct {
	ID          string     `json:"id"`
	DocumentID  string     `json:"document_id"`
	Passage     int        `json:"passage"`
	Span        Span       `json:"span"`
	Evidence    string     `json:"evidence"`
	Lang        string     `json:"lang"`
	Kind        FigureKind `json:"kind"`
	Min         int64      `json:"min"`
	Max         *int64     `json:"max"`
	Qualifier   Qualifier  `json:"qualifier"`
	Vague       bool       `json:"vague"`
	Group       Group      `json:"group"`
	Perpetrator *string    `json:"perpetrator"`
	Cumulative  bool       `json:"cumulative"`
	ReportedBy  []string   `json:"reported_by"`
	Citing      []string   `json:"citing"`
	// Speaker is the person the text names as speaking for the claim's
	// original source ("пресс-секретарь Минздрава Айзада Бекова"), so
	// that a report naming only the person is known as that source's.
	Speaker   string `json:"speaker,omitempty"`
	Place     *Place `json:"place"`
	Time      string `json:"time,omitempty"`
	Published string `json:"published,omitempty"`
	// Rule names the extraction rule that read the claim:
	// "<lang>/figure/<how>" ("ro/figure/noun-after-number").
	Rule string `json:"rule"`
}

// RuleEarlier is the last part of the rule of a claim that reads an
// earlier toll the text revises ("41 still missing, down from 56"): it is
// history, never a source's current figure.
const RuleEarlier = "earlier"

// Earlier reports whether the claim is an earlier toll the text revises.
func (c *Claim) Earlier() bool { return strings.HasSuffix(c.Rule, "/figure/"+RuleEarlier) }

// OriginalSource is the source a claim ultimately rests on: the first
// source it cites, else the first that reports it, else "".
func (c *Claim) OriginalSource() string {
	if len(c.Citing) > 0 {
		return c.Citing[0]
	}
	if len(c.ReportedBy) > 0 {
		return c.ReportedBy[0]
	}
	return ""
}

// EventMention is a cue in a passage that some kind of event happened.
type EventMention struct {
	Type     EventType `json:"type"`
	Passage  int       `json:"passage"`
	Span     Span      `json:"span"`
	Evidence string    `json:"evidence"`
	Place    *Place    `json:"place"`
	Time     string    `json:"time,omitempty"`
	Rule     string    `json:"rule"`
}

// Extraction is everything the pipeline read from one document.
type Extraction struct {
	Document Document       `json:"document"`
	Passages []Passage      `json:"passages"`
	Claims   []Claim        `json:"claims"`
	Events   []EventMention `json:"events"`
	Places   []PlaceMention `json:"places"`
}

// Report is one value of a figure as it was reported, in a figure's history.
type Report struct {
	Claim      string    `json:"claim"`
	Document   string    `json:"document"`
	Min        int64     `json:"min"`
	Max        *int64    `json:"max"`
	Qualifier  Qualifier `json:"qualifier"`
	Vague      bool      `json:"vague"`
	Cumulative bool      `json:"cumulative"`
	Time       string    `json:"time,omitempty"`
	ReportedBy []string  `json:"reported_by"`
	Citing     []string  `json:"citing"`
	Evidence   string    `json:"evidence"`
	Lang       string    `json:"lang"`
}

// Latest is the most recent value of a figure and who gave it.
type Latest struct {
	Value      int64    `json:"value"`
	Time       string   `json:"time,omitempty"`
	ReportedBy []string `json:"reported_by"`
	Citing     []string `json:"citing"`
}

// Figure is the reconciled value of one kind and group within one event.
type Figure struct {
	Event              string     `json:"event"`
	Kind               FigureKind `json:"kind"`
	Group              Group      `json:"group"`
	Low                int64      `json:"low"`
	Best               int64      `json:"best"`
	High               *int64     `json:"high"`
	Vague              bool       `json:"vague"`
	Latest             Latest     `json:"latest"`
	Citations          int        `json:"citations"`
	IndependentSources int        `json:"independent_sources"`
	Conflict           bool       `json:"conflict,omitempty"`
	History            []Report   `json:"history"`
	BestRule           string     `json:"best_rule"`
}

// Development is an event cue shown in a report, with its evidence.
type Development struct {
	Type     EventType `json:"type"`
	Document string    `json:"document"`
	Passage  int       `json:"passage"`
	Evidence string    `json:"evidence"`
	Place    *Place    `json:"place"`
	Time     string    `json:"time,omitempty"`
	Source   string    `json:"source,omitempty"`
}

// Source is an outlet, account or authority that stands behind claims.
type Source struct {
	Name      string `json:"name"`
	Kind      string `json:"kind"` // "outlet", "post", "cited"
	Claims    int    `json:"claims"`
	Documents int    `json:"documents"`
}

// Event is a cluster of claims and cues about one happening: one place, one
// time window, compatible types.
type Event struct {
	ID           string        `json:"id"`
	Title        string        `json:"title"`
	Place        *Place        `json:"place"`
	Start        string        `json:"start,omitempty"`
	End          string        `json:"end,omitempty"`
	Types        []EventType   `json:"types"`
	Figures      []Figure      `json:"figures"`
	Developments []Development `json:"developments"`
	Places       []Place       `json:"places"`
	Sources      []Source      `json:"sources"`
	Documents    []string      `json:"documents"`
	Duplicates   [][2]string   `json:"duplicates"`
}

// SituationReport is the whole output of the report stage.
type SituationReport struct {
	Events []Event `json:"events"`
}

// Store keeps extractions. Implementations must make PutExtraction
// idempotent by document id: storing the same document twice adds nothing
// and reports added == false.
type Store interface {
	// PutExtraction stores a document with its passages, claims, event
	// mentions and places, in one transaction.
	PutExtraction(ctx context.Context, x *Extraction) (added bool, err error)
	// Extraction returns the stored extraction of one document, or an
	// error wrapping ErrNotFound.
	Extraction(ctx context.Context, documentID string) (*Extraction, error)
	// Extractions returns every stored extraction in the order stored.
	Extractions(ctx context.Context) ([]*Extraction, error)
	// Counts returns how many documents, passages and claims are stored.
	Counts(ctx context.Context) (Counts, error)
	Close() error
}

// Counts is a store's size.
type Counts struct {
	Documents int `json:"documents"`
	Passages  int `json:"passages"`
	Claims    int `json:"claims"`
	Events    int `json:"events"`
}

// Queue carries documents from sources to workers, for scale-out.
// Implementations deliver every published document at least once: a
// delivery that is not acknowledged is delivered again later, to this or
// another worker. Publishing the same document id twice within the
// queue's deduplication window delivers it once.
type Queue interface {
	// Publish enqueues a document.
	Publish(ctx context.Context, doc Document) error
	// Receive waits at most wait for up to n deliveries.
	Receive(ctx context.Context, n int, wait time.Duration) ([]Delivery, error)
	Close() error
}

// Delivery is one document handed to a worker. Ack marks it done; Nak
// asks for it to be delivered again.
type Delivery struct {
	Doc Document
	Ack func() error
	Nak func() error
}
