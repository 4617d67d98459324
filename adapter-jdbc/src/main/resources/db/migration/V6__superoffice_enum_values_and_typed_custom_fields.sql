-- Associate.Type holds a name of SuperOffice's UserType enum, as the official client reads it: 'Employee' is none.
UPDATE associate SET type = 'InternalAssociate' WHERE type = 'Employee';

-- A custom field of each type the catalog knows, besides the string, number and list fields of V2: SuperOffice
-- encodes each type its own way on the wire ([F:4.43], [D:05/05/1999], True/False).
INSERT INTO custom_field (field_key, kind, field_type, max_length)
VALUES ('SuperOffice:4', 'udef', 'DECIMAL', 0),
       ('SuperOffice:5', 'udef', 'DATE', 0),
       ('SuperOffice:6', 'udef', 'BOOLEAN', 0);
