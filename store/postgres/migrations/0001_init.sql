-- Documents, keyed by content id. seq records the order of storage, which
-- Extractions returns; record holds the JSON of sitrep.Document (whose Text
-- is not part of its JSON and lives in the text column).
CREATE TABLE documents (
	id        text PRIMARY KEY,
	seq       bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
	path      text NOT NULL,
	url       text NOT NULL,
	outlet    text NOT NULL,
	author    text NOT NULL,
	published text NOT NULL,
	lang      text NOT NULL,
	kind      text NOT NULL,
	text      text NOT NULL,
	record    jsonb NOT NULL,
	stored_at timestamptz NOT NULL DEFAULT now()
);

-- Hash indexes for free-text columns: a B-tree refuses entries over about
-- 2.7 kB, and these hold whatever the sources wrote.
CREATE INDEX documents_outlet ON documents USING hash (outlet);

-- Each child table keeps the record's position in its slice (ord) so that
-- reads return slices in the order they were given, the columns worth
-- querying, and the record's full JSON so that round trips are lossless.
CREATE TABLE passages (
	document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         integer NOT NULL,
	idx         integer NOT NULL,
	kind        text NOT NULL,
	lang        text NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	text        text NOT NULL,
	record      jsonb NOT NULL,
	PRIMARY KEY (document_id, ord)
);

CREATE TABLE claims (
	document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord          integer NOT NULL,
	id           text NOT NULL,
	passage      integer NOT NULL,
	span_start   integer NOT NULL,
	span_end     integer NOT NULL,
	lang         text NOT NULL,
	kind         text NOT NULL,
	victim_group text NOT NULL,
	min          bigint NOT NULL,
	max          bigint,
	qualifier    text NOT NULL,
	vague        boolean NOT NULL,
	cumulative   boolean NOT NULL,
	perpetrator  text,
	country      text,
	record       jsonb NOT NULL,
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX claims_id ON claims USING hash (id);
CREATE INDEX claims_kind ON claims USING hash (kind);

CREATE TABLE event_mentions (
	document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         integer NOT NULL,
	type        text NOT NULL,
	passage     integer NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	country     text,
	record      jsonb NOT NULL,
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX event_mentions_type ON event_mentions USING hash (type);

CREATE TABLE place_mentions (
	document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         integer NOT NULL,
	name        text NOT NULL,
	country     text NOT NULL,
	precision   text NOT NULL,
	lat         double precision NOT NULL,
	lon         double precision NOT NULL,
	surface     text NOT NULL,
	passage     integer NOT NULL,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	record      jsonb NOT NULL,
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX place_mentions_country ON place_mentions USING hash (country);
