-- The contact archive's search (GET /api/v1/Contact). This version exists once per database: db/vendor/h2 holds
-- the H2 twin, and the store migrates with db/migration plus the folder of its own database.
--
-- name_key is the name as searches compare it: folded to lower case (a missing name as ''), kept by the database on
-- every write. Its "C" collation orders by code point, which makes a prefix a range of the index, and keeps the
-- order the same on every PostgreSQL whatever its locale. The search sorts by (name_key, id) and continues a page
-- after the last row's (name_key, id), so both indexes below serve the first page and the thousandth alike.
ALTER TABLE contact ADD COLUMN name_key VARCHAR COLLATE "C" GENERATED ALWAYS AS (lower(COALESCE(name, ''))) STORED;

CREATE INDEX contact_name_key ON contact (name_key, id);
-- GetMyContacts and "associateId eq N": the contacts of one associate by name
CREATE INDEX contact_associate_name_key ON contact (associate_id, name_key, id);
-- registeredDate and updatedDate ranges and sorting
CREATE INDEX contact_created ON contact (created_seconds, created_nanos, id);
CREATE INDEX contact_updated ON contact (updated_seconds, updated_nanos, id);
