-- stakemap map schema: territories' names in any language (issue 17).
-- name_fr, name_nl and name_de are columns of territory; a name in any other language (a dataset
-- column name_ro, name_uk…) is kept here, as organisations keep theirs in org_attribute, and
-- exported back in the same column. Self-contained: it only adds this table.
CREATE TABLE territory_attribute (
  territory  TEXT NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (territory, key)
) STRICT;
