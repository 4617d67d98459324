-- The standalone server's users, API tokens and signed-in sessions, kept beside the contacts so that every node on
-- the database shares them. No secret is stored: a password as its salted PBKDF2 hash in a self-describing text
-- form, a token and a ticket as the hex SHA-256 they are looked up by. Roles are 'admin' or 'readonly'; expiries
-- are epoch seconds. (V5, not V4: the contact search's migration is V4.)

CREATE TABLE identity_user (
    name          VARCHAR(100) PRIMARY KEY,
    role          VARCHAR(16)  NOT NULL,
    associate_id  INTEGER      NOT NULL DEFAULT 0,
    password_hash VARCHAR(200) NOT NULL
);

CREATE TABLE identity_token (
    name         VARCHAR(100) PRIMARY KEY,
    digest       VARCHAR(64)  NOT NULL UNIQUE,
    role         VARCHAR(16)  NOT NULL,
    associate_id INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE identity_session (
    ticket_digest VARCHAR(64)  PRIMARY KEY,
    user_name     VARCHAR(100) NOT NULL REFERENCES identity_user (name) ON DELETE CASCADE,
    expires_at    BIGINT       NOT NULL
);

CREATE INDEX identity_session_user ON identity_session (user_name);
CREATE INDEX identity_session_expiry ON identity_session (expires_at);
