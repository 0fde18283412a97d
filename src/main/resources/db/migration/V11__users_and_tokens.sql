-- Access: organisations, user accounts and API tokens. Passwords are stored only as Argon2id
-- hashes and tokens only as SHA-256 digests (a token is 256 random bits: a fast digest suffices).

CREATE TABLE organisation (
    id          UUID          NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_user (
    id              UUID          NOT NULL PRIMARY KEY,
    username        VARCHAR(64)   NOT NULL UNIQUE,
    password_hash   VARCHAR(200)  NOT NULL,
    -- comma-separated role names
    roles           VARCHAR(200)  NOT NULL,
    jurisdiction    VARCHAR(16)   NOT NULL,
    organisation_id UUID          REFERENCES organisation (id),
    disabled        BOOLEAN       NOT NULL,
    failed_logins   INT           NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
    id          UUID          NOT NULL PRIMARY KEY,
    user_id     UUID          NOT NULL REFERENCES app_user (id),
    digest      VARCHAR(64)   NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX api_token_user ON api_token (user_id);
