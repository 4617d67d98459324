-- Which tables of parts hold rows for a contact, one bit each, so that loading a contact asks only those tables
-- (bit = 1 << ordinal of io.contactkit.jdbc.ContactColumns.PartTable): 1 contact_element, 2 contact_interest,
-- 4 contact_domain, 8 contact_bounce_email, 16 contact_custom_field, 32 contact_person, 64 contact_address,
-- 128 contact_utm. A bit set for a table without rows costs a query that finds none; a row a bit does not announce
-- would be lost, so a contact row written without the column claims every table.

ALTER TABLE contact ADD COLUMN part_tables INTEGER NOT NULL DEFAULT 255;

UPDATE contact SET part_tables =
      CASE WHEN EXISTS (SELECT 1 FROM contact_element p WHERE p.contact_id = contact.id) THEN 1 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_interest p WHERE p.contact_id = contact.id) THEN 2 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_domain p WHERE p.contact_id = contact.id) THEN 4 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_bounce_email p WHERE p.contact_id = contact.id) THEN 8 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_custom_field p WHERE p.contact_id = contact.id) THEN 16 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_person p WHERE p.contact_id = contact.id) THEN 32 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_address p WHERE p.contact_id = contact.id) THEN 64 ELSE 0 END
    + CASE WHEN EXISTS (SELECT 1 FROM contact_utm p WHERE p.contact_id = contact.id) THEN 128 ELSE 0 END;
