-- Fusion: incidents derived from observations. Derived data: `fusion rebuild` recomputes it all.

CREATE TABLE incident (
    id             UUID          NOT NULL PRIMARY KEY,
    -- the block of observations it was fused from: D:<district>, P:<province>, or -
    block_key      VARCHAR(40)   NOT NULL,
    event_type     VARCHAR(32)   NOT NULL,
    date_from      DATE          NOT NULL,
    date_to        DATE          NOT NULL,
    province_pcode VARCHAR(16),
    district_pcode VARCHAR(16),
    source_count   INT           NOT NULL,
    report_count   INT           NOT NULL,
    official       BOOLEAN       NOT NULL,
    -- the whole incident in its JSON shape
    body           VARCHAR       NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX incident_block ON incident (block_key);
CREATE INDEX incident_date ON incident (date_from, date_to);
CREATE INDEX incident_district ON incident (district_pcode, date_from);

-- Which observation (and report) each incident holds; an observation is in at most one incident.
CREATE TABLE incident_member (
    observation_id UUID NOT NULL PRIMARY KEY,
    incident_id    UUID NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    report_id      UUID NOT NULL
);

CREATE INDEX incident_member_incident ON incident_member (incident_id);
CREATE INDEX incident_member_report ON incident_member (report_id);
