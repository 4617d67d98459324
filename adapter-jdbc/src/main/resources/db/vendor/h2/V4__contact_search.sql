-- The contact archive's search (GET /api/v1/Contact). This version exists once per database: db/vendor/postgresql
-- holds the PostgreSQL twin, and the store migrates with db/migration plus the folder of its own database.
--
-- name_key is the name as searches compare it: folded to lower case (a missing name as ''), kept by the database on
-- every write. H2 orders text by UTF-16 code unit, so a prefix is a range of the index. The search sorts by
-- (name_key, id) and continues a page after the last row's (name_key, id).
ALTER TABLE contact ADD COLUMN name_key VARCHAR GENERATED ALWAYS AS (LOWER(COALESCE(name, '')));

CREATE INDEX contact_name_key ON contact (name_key, id);
-- GetMyContacts and "associateId eq N": the contacts of one associate by name
CREATE INDEX contact_associate_name_key ON contact (associate_id, name_key, id);
-- registeredDate and updatedDate ranges and sorting
CREATE INDEX contact_created ON contact (created_seconds, created_nanos, id);
CREATE INDEX contact_updated ON contact (updated_seconds, updated_nanos, id);
