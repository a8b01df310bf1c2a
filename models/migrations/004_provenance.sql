-- stakemap map schema: provenance of the map's content (issue 17).
-- A dataset folder may declare what its records are (provenance.csv); 'synthetic' marks
-- invented records, such as the bundled datasets calibrated on published survey totals, so that
-- every output built from the map can say so. One row per kind; emptied with the map (--replace).
-- Self-contained: it only adds this table.
CREATE TABLE provenance (
  kind   TEXT PRIMARY KEY CHECK (kind = 'synthetic'),
  batch  INTEGER NOT NULL
) STRICT;
