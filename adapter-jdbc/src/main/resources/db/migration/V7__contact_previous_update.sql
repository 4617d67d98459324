-- The UpdatedDate of the state a contact's last update replaced, in seconds since the epoch and nanoseconds like
-- every instant here: with it, a write conditional on If-Unmodified-Since can tell a contact changed twice within
-- one second from one changed once. NULL for a contact never updated since it was created, and for the contacts
-- last updated before this column existed.

ALTER TABLE contact ADD COLUMN previous_updated_seconds BIGINT;
ALTER TABLE contact ADD COLUMN previous_updated_nanos INTEGER;
