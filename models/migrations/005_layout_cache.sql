-- stakemap map schema: drawings kept between runs (issue 19).
-- Laying out a large map takes seconds (sfdp on 5,000 organisations: about 5 s). What Graphviz
-- draws depends only on the DOT text it reads, the engine and the output format, so a drawing is
-- kept under a digest of all three (engine/render/drawing_cache.hpp), zlib-compressed, and used
-- again while the map is unchanged: every write to the map empties this table. Not part of the
-- map's content: never exported, never in the change log, and any command may drop it.
-- Self-contained: it only adds this table.
CREATE TABLE layout_cache (
  key      TEXT PRIMARY KEY,
  value    BLOB NOT NULL,
  size     INTEGER NOT NULL,
  added_at INTEGER NOT NULL
) STRICT;
