-- Documents, keyed by content id. seq records the order of storage, which
-- Extractions returns; record holds the JSON of sitrep.Document (whose Text
-- is not part of its JSON and lives in the text column).
CREATE TABLE documents (
	id        TEXT PRIMARY KEY,
	seq       INTEGER NOT NULL UNIQUE,
	path      TEXT NOT NULL,
	url       TEXT NOT NULL,
	outlet    TEXT NOT NULL,
	author    TEXT NOT NULL,
	published TEXT NOT NULL,
	lang      TEXT NOT NULL,
	kind      TEXT NOT NULL,
	text      TEXT NOT NULL,
	record    TEXT NOT NULL CHECK (json_valid(record)),
	stored_at TEXT NOT NULL
);

CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_published ON documents (published);

-- Each child table keeps the record's position in its slice (ord) so that
-- reads return slices in the order they were given, the columns worth
-- querying, and the record's full JSON so that round trips are lossless.
-- passages.id is an explicit INTEGER PRIMARY KEY because the FTS index
-- refers to it, and VACUUM may renumber an implicit rowid.
CREATE TABLE passages (
	id          INTEGER PRIMARY KEY,
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,
	idx         INTEGER NOT NULL,
	kind        TEXT NOT NULL,
	lang        TEXT NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	text        TEXT NOT NULL,
	record      TEXT NOT NULL CHECK (json_valid(record)),
	UNIQUE (document_id, ord)
);

CREATE TABLE claims (
	document_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord          INTEGER NOT NULL,
	id           TEXT NOT NULL,
	passage      INTEGER NOT NULL,
	span_start   INTEGER NOT NULL,
	span_end     INTEGER NOT NULL,
	lang         TEXT NOT NULL,
	kind         TEXT NOT NULL,
	victim_group TEXT NOT NULL,
	min          INTEGER NOT NULL,
	max          INTEGER,
	qualifier    TEXT NOT NULL,
	vague        INTEGER NOT NULL,
	cumulative   INTEGER NOT NULL,
	perpetrator  TEXT,
	country      TEXT,
	record       TEXT NOT NULL CHECK (json_valid(record)),
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX claims_id ON claims (id);
CREATE INDEX claims_kind_group ON claims (kind, victim_group);

CREATE TABLE event_mentions (
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,
	type        TEXT NOT NULL,
	passage     INTEGER NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	country     TEXT,
	record      TEXT NOT NULL CHECK (json_valid(record)),
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX event_mentions_type ON event_mentions (type);

CREATE TABLE place_mentions (
	document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	ord         INTEGER NOT NULL,
	name        TEXT NOT NULL,
	country     TEXT NOT NULL,
	precision   TEXT NOT NULL,
	lat         REAL NOT NULL,
	lon         REAL NOT NULL,
	surface     TEXT NOT NULL,
	passage     INTEGER NOT NULL,
	span_start  INTEGER NOT NULL,
	span_end    INTEGER NOT NULL,
	record      TEXT NOT NULL CHECK (json_valid(record)),
	PRIMARY KEY (document_id, ord)
);

CREATE INDEX place_mentions_country ON place_mentions (country);

-- Full-text index over passage text, kept in step by triggers. Diacritics
-- are folded so "brasov" finds "Brașov".
CREATE VIRTUAL TABLE passages_fts USING fts5 (
	text,
	content = 'passages',
	content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER passages_fts_insert AFTER INSERT ON passages BEGIN
	INSERT INTO passages_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER passages_fts_delete AFTER DELETE ON passages BEGIN
	INSERT INTO passages_fts (passages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
