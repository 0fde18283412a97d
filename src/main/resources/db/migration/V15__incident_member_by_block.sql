-- Fusion: incident members are found by block, not by incident.
--
-- Every fusion of a block rewrites all its members, and reads them by block. Indexed by incident id
-- and report id (both random UUIDs), each member row written cost two more leaf pages of a B-tree
-- that no longer fits the cache at a million reports, and the report index served no query. The
-- block key (a few hundred values, rows of one block written together) is indexed instead; the
-- members of a block are deleted with it by the application rather than by a cascade, which needed
-- the incident index.
CREATE TABLE incident_member_by_block (
    observation_id UUID        NOT NULL PRIMARY KEY,
    incident_id    UUID        NOT NULL,
    report_id      UUID        NOT NULL,
    block_key      VARCHAR(40) NOT NULL
);

INSERT INTO incident_member_by_block (observation_id, incident_id, report_id, block_key)
SELECT m.observation_id, m.incident_id, m.report_id, i.block_key
FROM incident_member m JOIN incident i ON i.id = m.incident_id;

DROP TABLE incident_member;

ALTER TABLE incident_member_by_block RENAME TO incident_member;

CREATE INDEX incident_member_block ON incident_member (block_key);
