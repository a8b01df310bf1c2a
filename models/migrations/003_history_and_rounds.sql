-- stakemap map schema, version 3: a change log that keeps values, stable flow ids, rounds.
-- (docs/history.md explains the model; docs/storage.md the tables.)

-- Who made a batch and why (`--author`, `--note`).
ALTER TABLE batch ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE batch ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Every record a batch added, changed or removed, with the whole record before and after it
-- (store/record_text.hpp: one `field<TAB>value` line per value). `row` is the record's storage
-- row, so that an undo puts a record back where it was. Rows written before version 3 have
-- neither before nor after: their batches are listed but cannot be undone or compared.
ALTER TABLE change_log ADD COLUMN row INTEGER;
ALTER TABLE change_log ADD COLUMN before TEXT;
ALTER TABLE change_log ADD COLUMN after TEXT;
CREATE INDEX change_log_by_batch ON change_log(batch);
CREATE INDEX change_log_by_record ON change_log(entity, key);

-- A round names the map's state after one batch ("2023-03 consultation").
CREATE TABLE round (
  id      INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,
  at      TEXT NOT NULL,
  batch   INTEGER NOT NULL,          -- the last batch the round includes (0: the empty map)
  author  TEXT NOT NULL DEFAULT '',
  note    TEXT NOT NULL DEFAULT ''
) STRICT;

-- Flow ids become stable: AUTOINCREMENT never gives a removed flow's id to a new one, so that
-- `remove flow 12` then `undo` brings flow 12 back as 12. SQLite cannot add AUTOINCREMENT to a
-- table: the table is rebuilt (stakemap runs migrations with foreign keys off), and the views
-- and trigger naming it are made again.
DROP VIEW flow_named;
DROP VIEW flow_obstacle_labelled;
CREATE TABLE flow_new (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  src            TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  dst            TEXT NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  status         TEXT NOT NULL,
  basis          TEXT NOT NULL,
  regularity     TEXT NOT NULL DEFAULT '',
  frequency      TEXT NOT NULL DEFAULT '',
  population     TEXT NOT NULL,
  personal_data  TEXT NOT NULL DEFAULT '',
  source         TEXT NOT NULL DEFAULT '',
  confirmation   TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  weight         REAL,
  batch          INTEGER REFERENCES batch(id)
) STRICT;
INSERT INTO flow_new(id, src, dst, status, basis, regularity, frequency, population, personal_data, source,
                     confirmation, note, weight, batch)
SELECT id, src, dst, status, basis, regularity, frequency, population, personal_data, source, confirmation, note,
       weight, batch FROM flow ORDER BY id;
DROP TABLE flow;
ALTER TABLE flow_new RENAME TO flow;
CREATE UNIQUE INDEX flow_key ON flow(src, dst, status, basis, population);
CREATE INDEX flow_by_dst ON flow(dst);
CREATE TRIGGER flow_code_delete AFTER DELETE ON flow BEGIN
  DELETE FROM flow_code WHERE flow = old.id;
END;

CREATE VIEW flow_named AS
SELECT f.id, f.src, s.name AS src_name, f.dst, d.name AS dst_name, f.status, f.basis, f.regularity,
       f.frequency, f.population, f.personal_data, f.source, f.confirmation, f.note, f.weight,
       (SELECT group_concat(code, '|') FROM (SELECT code FROM flow_code
         WHERE flow = f.id AND facet = 'data' ORDER BY position)) AS data,
       (SELECT group_concat(code, '|') FROM (SELECT code FROM flow_code
         WHERE flow = f.id AND facet = 'obstacle' ORDER BY position)) AS obstacles
FROM flow f JOIN organisation s ON s.id = f.src JOIN organisation d ON d.id = f.dst;

CREATE VIEW flow_obstacle_labelled AS
SELECT f.id AS flow, f.src, s.name AS src_name, f.dst, d.name AS dst_name, f.status, c.code AS obstacle,
       c.position, coalesce(t.label_en, c.code) AS label_en,
       coalesce(nullif(t.label_fr, ''), t.label_en, c.code) AS label_fr,
       coalesce(nullif(t.label_nl, ''), t.label_en, c.code) AS label_nl
FROM flow_code c JOIN flow f ON f.id = c.flow
JOIN organisation s ON s.id = f.src JOIN organisation d ON d.id = f.dst
LEFT JOIN taxonomy t ON t.facet = 'obstacle' AND t.code = c.code
WHERE c.facet = 'obstacle';
