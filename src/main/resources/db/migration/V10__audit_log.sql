-- Access: the append-only, hash-chained audit log (DESIGN §7, issue 7). Each entry's entry_hash is
-- SHA-256 over its fields and previous_hash (org.fusioncentre.access.audit.AuditChain); the
-- application only ever inserts. Times are stored truncated to milliseconds, as they are hashed.

CREATE TABLE audit_entry (
    seq           BIGINT        NOT NULL PRIMARY KEY,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(200)  NOT NULL,
    action        VARCHAR(100)  NOT NULL,
    entity_type   VARCHAR(100)  NOT NULL,
    entity_id     VARCHAR(200)  NOT NULL,
    -- the record's state before and after a change, as JSON
    before_state  VARCHAR,
    after_state   VARCHAR,
    marking       VARCHAR(12),
    reason        VARCHAR(2000),
    previous_hash CHAR(64)      NOT NULL,
    entry_hash    CHAR(64)      NOT NULL
);

CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX audit_entry_action ON audit_entry (action, seq);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, seq);
CREATE INDEX audit_entry_time ON audit_entry (recorded_at);

-- The head of the chain, one row: an append locks it (SELECT ... FOR UPDATE), so appends from any
-- thread or process queue up and never fork the chain; verify compares the last entry with it,
-- which catches entries deleted from the end.
CREATE TABLE audit_head (
    id          INTEGER  NOT NULL PRIMARY KEY,
    last_seq    BIGINT   NOT NULL,
    last_hash   CHAR(64) NOT NULL,
    CONSTRAINT audit_head_single_row CHECK (id = 1)
);

INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
