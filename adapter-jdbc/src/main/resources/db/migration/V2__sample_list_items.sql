-- A small starting set of list items, named in English (the default language, 'en') and Norwegian ('no'),
-- and a few custom-field definitions. The ids match the domain's sample lists and the seed pages' samples.

INSERT INTO associate (id, name, person_id, rank, tooltip, type, group_idx, full_name, formal_name, deleted,
                       ej_user_id, user_name)
VALUES (1, 'ADMIN', 0, 1, 'System administrator', 'Employee', 0, 'ADMIN', 'ADMIN', FALSE, 0, 'admin'),
       (2, 'READER', 0, 2, 'Read-only user', 'Employee', 0, 'READER', 'READER', FALSE, 0, 'reader');

INSERT INTO business (id, rank) VALUES (1, 1), (2, 2);
INSERT INTO business_name (business_id, language, name, tooltip)
VALUES (1, 'en', 'IT', 'IT'), (1, 'no', 'IT', 'IT'),
       (2, 'en', 'Retail', 'Retail'), (2, 'no', 'Detaljhandel', 'Detaljhandel');

INSERT INTO category (id, rank) VALUES (1, 1), (2, 2);
INSERT INTO category_name (category_id, language, name, tooltip)
VALUES (1, 'en', 'Customer', 'Customer'), (1, 'no', 'Kunde', 'Kunde'),
       (2, 'en', 'Supplier', 'Supplier'), (2, 'no', 'Leverandør', 'Leverandør');

INSERT INTO ticket_priority (id, rank) VALUES (1, 1), (2, 2);
INSERT INTO ticket_priority_name (ticket_priority_id, language, name, tooltip)
VALUES (1, 'en', 'Normal', 'Normal'), (1, 'no', 'Normal', 'Normal'),
       (2, 'en', 'High', 'High'), (2, 'no', 'Høy', 'Høy');

INSERT INTO customer_language (id, rank) VALUES (1, 1), (2, 2);
INSERT INTO customer_language_name (customer_language_id, language, name, tooltip)
VALUES (1, 'en', 'English', 'English'), (1, 'no', 'Engelsk', 'Engelsk'),
       (2, 'en', 'Norwegian', 'Norwegian'), (2, 'no', 'Norsk', 'Norsk');

INSERT INTO country (id, currency_id, english_name, two_letter_iso_country, three_letter_iso_country,
                     org_nr_text, dial_in_prefix, domain_name, rank)
VALUES (1, 1, 'Norway', 'NO', 'NOR', 'Org.nr', '+47', 'no', 1),
       (2, 2, 'Sweden', 'SE', 'SWE', 'Org.nr', '+46', 'se', 2);
INSERT INTO country_name (country_id, language, name, tooltip)
VALUES (1, 'en', 'Norway', 'Norway'), (1, 'no', 'Norge', 'Norge'),
       (2, 'en', 'Sweden', 'Sweden'), (2, 'no', 'Sverige', 'Sverige');

INSERT INTO interest (id, rank) VALUES (1, 1), (2, 2), (272, 3), (380, 4);
INSERT INTO interest_name (interest_id, language, name, tooltip, full_name)
VALUES (1, 'en', 'Golf', 'Golf', 'Golf'), (1, 'no', 'Golf', 'Golf', 'Golf'),
       (2, 'en', 'Sailing', 'Sailing', 'Sailing'), (2, 'no', 'Seiling', 'Seiling', 'Seiling'),
       (272, 'en', 'Fairs', 'Fairs', 'Fairs'), (272, 'no', 'Messer', 'Messer', 'Messer'),
       (380, 'en', 'Newsletter', 'Newsletter', 'Newsletter'), (380, 'no', 'Nyhetsbrev', 'Nyhetsbrev', 'Nyhetsbrev');

INSERT INTO custom_field (field_key, kind, field_type, max_length)
VALUES ('SuperOffice:1', 'udef', 'STRING', 200),
       ('SuperOffice:2', 'udef', 'INTEGER', 0),
       ('SuperOffice:3', 'udef', 'LIST', 0),
       ('x_region', 'extra', 'STRING', 40);
INSERT INTO custom_field_list_value (field_key, ordinal, list_value)
VALUES ('SuperOffice:3', 0, 'Gold'), ('SuperOffice:3', 1, 'Silver'), ('SuperOffice:3', 2, 'Bronze');
