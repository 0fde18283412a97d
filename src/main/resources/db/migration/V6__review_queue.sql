-- The review queue: pairs of incidents of one block that fusion kept apart but nearly joined.
-- Derived, like the incidents: each fusion of a block replaces its rows.

CREATE TABLE review_item (
    block_key      VARCHAR(40)      NOT NULL,
    incident_id    UUID             NOT NULL,
    candidate_id   UUID             NOT NULL,
    probability    DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (incident_id, candidate_id)
);

CREATE INDEX review_item_block ON review_item (block_key);
CREATE INDEX review_item_probability ON review_item (probability);

-- One row per block ever fused: fusing a block locks its row (SELECT ... FOR UPDATE), so two
-- processes on one store (a service and a command-line import) never fuse a block at once.
CREATE TABLE fusion_block (
    block_key VARCHAR(40) NOT NULL PRIMARY KEY
);
