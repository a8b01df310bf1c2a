-- stakemap map schema, version 2.
-- Flows' data categories and obstacles move from '|'-joined text into flow_code, one row per
-- value, as organisations' facets are in org_code, so that plain SQL can join on them.
-- Views with names and taxonomy labels are added for analysts who open the file in sqlite3.

-- (flow is not declared a foreign key, as change_log.batch is not: stakemap writes it from the
-- flow row it has just written, and the declaration would cost each of the millions of rows a
-- large import writes a statement journal. The trigger below deletes a flow's codes with it.
-- No index by code either: a query by code scans a table of short rows quickly; the primary
-- key serves joins from flow.)
CREATE TABLE flow_code (
  flow      INTEGER NOT NULL,        -- flow(id)
  facet     TEXT NOT NULL,           -- data (free categories) or obstacle (Q40 codes)
  code      TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (flow, facet, position)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER flow_code_delete AFTER DELETE ON flow BEGIN
  DELETE FROM flow_code WHERE flow = old.id;
END;

-- Split the '|'-joined values of existing flows (version 1 wrote them trimmed, without empty
-- parts), keeping their order.
WITH RECURSIVE split(flow, facet, code, rest, position) AS (
  SELECT id, 'data', '', data || '|', -1 FROM flow WHERE data <> ''
  UNION ALL
  SELECT id, 'obstacle', '', obstacles || '|', -1 FROM flow WHERE obstacles <> ''
  UNION ALL
  SELECT flow, facet, substr(rest, 1, instr(rest, '|') - 1), substr(rest, instr(rest, '|') + 1), position + 1
  FROM split WHERE rest <> ''
)
INSERT INTO flow_code(flow, facet, code, position)
SELECT flow, facet, code, position FROM split WHERE position >= 0;

ALTER TABLE flow DROP COLUMN data;
ALTER TABLE flow DROP COLUMN obstacles;

-- The taxonomy this build knows (models/taxonomy.csv), for labels in the views below. stakemap
-- refreshes it whenever the embedded file's digest differs from meta 'taxonomy_digest'.
CREATE TABLE taxonomy (
  facet        TEXT NOT NULL,
  code         TEXT NOT NULL,
  label_en     TEXT NOT NULL DEFAULT '',
  label_fr     TEXT NOT NULL DEFAULT '',
  label_nl     TEXT NOT NULL DEFAULT '',
  description  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (facet, code)
) STRICT;

-- Flows with the names of both organisations, data categories and obstacles '|'-joined.
CREATE VIEW flow_named AS
SELECT f.id, f.src, s.name AS src_name, f.dst, d.name AS dst_name, f.status, f.basis, f.regularity,
       f.frequency, f.population, f.personal_data, f.source, f.confirmation, f.note, f.weight,
       (SELECT group_concat(code, '|') FROM (SELECT code FROM flow_code
         WHERE flow = f.id AND facet = 'data' ORDER BY position)) AS data,
       (SELECT group_concat(code, '|') FROM (SELECT code FROM flow_code
         WHERE flow = f.id AND facet = 'obstacle' ORDER BY position)) AS obstacles
FROM flow f JOIN organisation s ON s.id = f.src JOIN organisation d ON d.id = f.dst;

-- Organisation codes (scalar ones and multi-valued facets) with their labels. Territories are
-- labelled with the territory's name; aliases and unknown codes with themselves.
CREATE VIEW org_code_labelled AS
SELECT o.id AS org, o.name AS org_name, c.facet, c.code, c.position,
       coalesce(t.label_en, ter.name, c.code) AS label_en,
       coalesce(nullif(t.label_fr, ''), nullif(ter.name_fr, ''), t.label_en, ter.name, c.code) AS label_fr,
       coalesce(nullif(t.label_nl, ''), nullif(ter.name_nl, ''), t.label_en, ter.name, c.code) AS label_nl
FROM (SELECT org, facet, code, position FROM org_code
      UNION ALL SELECT id, 'kind', kind, 0 FROM organisation WHERE kind <> ''
      UNION ALL SELECT id, 'level', level, 0 FROM organisation WHERE level <> ''
      UNION ALL SELECT id, 'support_role', support_role, 0 FROM organisation WHERE support_role <> ''
      UNION ALL SELECT id, 'focal_point', focal_point, 0 FROM organisation WHERE focal_point <> ''
      UNION ALL SELECT id, 'willing_to_share', willing, 0 FROM organisation WHERE willing <> '') c
JOIN organisation o ON o.id = c.org
LEFT JOIN taxonomy t ON t.code = c.code AND t.facet = CASE c.facet
  WHEN 'focal_point' THEN 'willingness' WHEN 'willing_to_share' THEN 'willingness' ELSE c.facet END
LEFT JOIN territory ter ON c.facet = 'territory' AND ter.id = c.code;

-- Flow obstacles with their labels and both organisations' names.
CREATE VIEW flow_obstacle_labelled AS
SELECT f.id AS flow, f.src, s.name AS src_name, f.dst, d.name AS dst_name, f.status, c.code AS obstacle,
       c.position, coalesce(t.label_en, c.code) AS label_en,
       coalesce(nullif(t.label_fr, ''), t.label_en, c.code) AS label_fr,
       coalesce(nullif(t.label_nl, ''), t.label_en, c.code) AS label_nl
FROM flow_code c JOIN flow f ON f.id = c.flow
JOIN organisation s ON s.id = f.src JOIN organisation d ON d.id = f.dst
LEFT JOIN taxonomy t ON t.facet = 'obstacle' AND t.code = c.code
WHERE c.facet = 'obstacle';
