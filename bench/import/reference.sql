-- The physical reference for `stakemap import`: the same CSV rows loaded by sqlite3's .import
-- into tables with the same keys, indexes and foreign keys as stakemap's schema
-- (models/migrations/001_core.sql), in WAL mode with synchronous=NORMAL like stakemap.
-- Run from the dataset folder: sqlite3 ref.db < reference.sql
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
CREATE TABLE territory(id TEXT PRIMARY KEY, kind TEXT, name TEXT, name_fr TEXT, name_nl TEXT, name_de TEXT,
                       part_of TEXT);
CREATE TABLE organisation(id TEXT PRIMARY KEY, name TEXT NOT NULL, aliases TEXT, kind TEXT, level TEXT,
                          languages TEXT, territories TEXT, domains TEXT, publics TEXT, services TEXT,
                          support_role TEXT, focal_point TEXT, obstacles TEXT, willing_to_share TEXT);
CREATE TABLE flow(src TEXT NOT NULL REFERENCES organisation(id), dst TEXT NOT NULL REFERENCES organisation(id),
                  status TEXT, basis TEXT, regularity TEXT, frequency TEXT, population TEXT, data TEXT,
                  personal_data TEXT, obstacles TEXT, source TEXT, confirmation TEXT);
CREATE UNIQUE INDEX flow_key ON flow(src, dst, status, basis, population);
CREATE INDEX flow_by_dst ON flow(dst);
CREATE TABLE need(territory TEXT REFERENCES territory(id), need TEXT, weight REAL, reported_by TEXT);
CREATE UNIQUE INDEX need_key ON need(territory, need, reported_by);
.import --csv --skip 1 territories.csv territory
.import --csv --skip 1 organisations.csv organisation
.import --csv --skip 1 flows.csv flow
.import --csv --skip 1 needs.csv need
SELECT (SELECT count(*) FROM organisation) || ' organisations, ' || (SELECT count(*) FROM flow) || ' flows';
