-- stakemap map schema, version 1.
-- One SQLite file per map. Multi-valued facets are normalised into org_code;
-- personal data (contacts) lives in its own table so exports can leave it out.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Every write is one batch: when, which command, from which file. Rows point at the
-- batch that created and last changed them, so history, undo and diffs can build on it.
CREATE TABLE batch (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  command  TEXT NOT NULL,
  source   TEXT NOT NULL DEFAULT '',
  summary  TEXT NOT NULL DEFAULT ''
) STRICT;

-- (batch is not declared a foreign key: stakemap writes it from the batch it has just
-- created, and an undeclared key spares every log insert a statement journal.)
CREATE TABLE change_log (
  id       INTEGER PRIMARY KEY,
  batch    INTEGER NOT NULL,
  entity   TEXT NOT NULL,           -- territory, organisation, flow, need
  key      TEXT NOT NULL,           -- the entity's id or key
  -- (ORs, not IN: an IN list makes SQLite build a temporary index on every insert)
  action   TEXT NOT NULL CHECK (action = 'insert' OR action = 'update' OR action = 'delete')
) STRICT;

CREATE TABLE territory (
  id       TEXT PRIMARY KEY,
  kind     TEXT NOT NULL,
  name     TEXT NOT NULL,
  name_fr  TEXT NOT NULL DEFAULT '',
  name_nl  TEXT NOT NULL DEFAULT '',
  name_de  TEXT NOT NULL DEFAULT '',
  batch    INTEGER REFERENCES batch(id)
) STRICT;

CREATE TABLE territory_parent (
  territory TEXT NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  parent    TEXT NOT NULL REFERENCES territory(id),
  position  INTEGER NOT NULL,
  PRIMARY KEY (territory, parent)
) STRICT;

CREATE TABLE organisation (
  id            TEXT PRIMARY KEY,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL DEFAULT '',
  level         TEXT NOT NULL DEFAULT '',
  support_role  TEXT NOT NULL DEFAULT '',
  focal_point   TEXT NOT NULL DEFAULT '',
  willing       TEXT NOT NULL DEFAULT '',
  batch         INTEGER REFERENCES batch(id)
) STRICT;

-- Multi-valued facets of an organisation: aliases, languages, territories, domains,
-- publics, services, obstacles (perceived). Order is kept.
CREATE TABLE org_code (
  org       TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  facet     TEXT NOT NULL,
  code      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (org, facet, position)
) STRICT;
CREATE INDEX org_code_by_facet ON org_code(facet, code);

-- Columns the dataset had that stakemap does not model (kept, exported back).
CREATE TABLE org_attribute (
  org    TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  key    TEXT NOT NULL,
  value  TEXT NOT NULL,
  PRIMARY KEY (org, key)
) STRICT;

-- Personal data, kept apart.
CREATE TABLE contact (
  org    TEXT PRIMARY KEY REFERENCES organisation(id) ON DELETE CASCADE,
  name   TEXT NOT NULL DEFAULT '',
  email  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE flow (
  id             INTEGER PRIMARY KEY,
  src            TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  dst            TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  status         TEXT NOT NULL,
  basis          TEXT NOT NULL,
  regularity     TEXT NOT NULL DEFAULT '',
  frequency      TEXT NOT NULL DEFAULT '',
  population     TEXT NOT NULL,
  data           TEXT NOT NULL DEFAULT '',   -- '|'-joined free categories
  personal_data  TEXT NOT NULL DEFAULT '',
  obstacles      TEXT NOT NULL DEFAULT '',   -- '|'-joined obstacle codes
  source         TEXT NOT NULL DEFAULT '',
  confirmation   TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  weight         REAL,
  batch          INTEGER REFERENCES batch(id)
) STRICT;
-- Re-importing a flow with the same (from, to, status, basis, population) updates it.
CREATE UNIQUE INDEX flow_key ON flow(src, dst, status, basis, population);
CREATE INDEX flow_by_dst ON flow(dst);

CREATE TABLE flow_attribute (
  flow   INTEGER NOT NULL REFERENCES flow(id) ON DELETE CASCADE,
  key    TEXT NOT NULL,
  value  TEXT NOT NULL,
  PRIMARY KEY (flow, key)
) STRICT;

CREATE TABLE need (
  id           INTEGER PRIMARY KEY,
  territory    TEXT NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  need         TEXT NOT NULL,
  weight       REAL,
  reported_by  TEXT NOT NULL DEFAULT '',
  batch        INTEGER REFERENCES batch(id)
) STRICT;
CREATE UNIQUE INDEX need_key ON need(territory, need, reported_by);

-- Survey answers as imported (one row per respondent, question, scope and value).
CREATE TABLE survey_answer (
  id             INTEGER PRIMARY KEY,
  questionnaire  TEXT NOT NULL,
  respondent     TEXT NOT NULL,
  org            TEXT NOT NULL DEFAULT '',   -- soft link: the organisation id the respondent became
  question       TEXT NOT NULL,
  scope          TEXT NOT NULL DEFAULT 'all',
  value          TEXT NOT NULL,
  other_text     TEXT NOT NULL DEFAULT '',
  batch          INTEGER REFERENCES batch(id)
) STRICT;
CREATE INDEX survey_answer_by_question ON survey_answer(questionnaire, question);

INSERT INTO meta(key, value) VALUES ('application', 'stakemap');
