-- Assessment: statistical threat assessments per district and province and day, and analysts'
-- overrides. Assessments are derived data (recomputed from incidents); overrides are records.

CREATE TABLE assessment (
    unit_pcode        VARCHAR(16)   NOT NULL,
    as_of             DATE          NOT NULL,
    unit_level        VARCHAR(10)   NOT NULL,
    province_pcode    VARCHAR(16)   NOT NULL,
    level             VARCHAR(12)   NOT NULL,
    statistical_level VARCHAR(12)   NOT NULL,
    probability_fatal DOUBLE PRECISION NOT NULL,
    data_version      VARCHAR(100)  NOT NULL,
    -- the whole assessment in the API's JSON shape
    body              VARCHAR       NOT NULL,
    computed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (unit_pcode, as_of),
    CONSTRAINT assessment_unit_level CHECK (unit_level IN ('DISTRICT', 'PROVINCE'))
);

CREATE INDEX assessment_as_of ON assessment (as_of);

-- Immutable and attributed: an override ends by expiring.
CREATE TABLE threat_override (
    id          UUID          NOT NULL PRIMARY KEY,
    unit_pcode  VARCHAR(16)   NOT NULL,
    level       VARCHAR(12)   NOT NULL,
    reason      VARCHAR(2000) NOT NULL,
    author      VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT threat_override_ends CHECK (expires_at > created_at)
);

CREATE INDEX threat_override_unit ON threat_override (unit_pcode, created_at);
