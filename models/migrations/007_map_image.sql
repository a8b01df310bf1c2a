-- stakemap map schema: the loaded map kept in the map file (issue 19).
-- Loading a map of 5 000 organisations and 50 000 flows row by row takes about 80 ms of CPU;
-- the same records read from one compact image (engine/store/map_image.hpp) take a few. The
-- image is a cache, never content: `value` holds it (or NULL while a reader that is about to
-- load the map has claimed the row under a fresh `token`: engine/store/image_cache.cpp).
-- Any INSERT, UPDATE or DELETE on a table the map is loaded from, by stakemap or by anyone
-- with the sqlite3 tool, deletes the row in the same transaction (the triggers below), so an
-- image is never older than the records. The loader also checks that every trigger is still
-- there, the image's format and schema fingerprint, its length and its checksum; an image that
-- fails any check is ignored and the map is read from its tables.
-- Self-contained: it only adds this table and its triggers.
CREATE TABLE map_image (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  token  INTEGER NOT NULL,
  value  BLOB
) STRICT;
CREATE TRIGGER map_image_territory_insert AFTER INSERT ON territory BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_update AFTER UPDATE ON territory BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_delete AFTER DELETE ON territory BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_parent_insert AFTER INSERT ON territory_parent BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_parent_update AFTER UPDATE ON territory_parent BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_parent_delete AFTER DELETE ON territory_parent BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_attribute_insert AFTER INSERT ON territory_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_attribute_update AFTER UPDATE ON territory_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_territory_attribute_delete AFTER DELETE ON territory_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_organisation_insert AFTER INSERT ON organisation BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_organisation_update AFTER UPDATE ON organisation BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_organisation_delete AFTER DELETE ON organisation BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_code_insert AFTER INSERT ON org_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_code_update AFTER UPDATE ON org_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_code_delete AFTER DELETE ON org_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_attribute_insert AFTER INSERT ON org_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_attribute_update AFTER UPDATE ON org_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_org_attribute_delete AFTER DELETE ON org_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_contact_insert AFTER INSERT ON contact BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_contact_update AFTER UPDATE ON contact BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_contact_delete AFTER DELETE ON contact BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_insert AFTER INSERT ON flow BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_update AFTER UPDATE ON flow BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_delete AFTER DELETE ON flow BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_code_insert AFTER INSERT ON flow_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_code_update AFTER UPDATE ON flow_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_code_delete AFTER DELETE ON flow_code BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_attribute_insert AFTER INSERT ON flow_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_attribute_update AFTER UPDATE ON flow_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_flow_attribute_delete AFTER DELETE ON flow_attribute BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_need_insert AFTER INSERT ON need BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_need_update AFTER UPDATE ON need BEGIN DELETE FROM map_image; END;
CREATE TRIGGER map_image_need_delete AFTER DELETE ON need BEGIN DELETE FROM map_image; END;
