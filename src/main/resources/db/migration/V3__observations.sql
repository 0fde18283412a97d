-- Extraction: observations derived from reports, kept per extractor version. Derived data: it can
-- be recomputed from the reports, and a new extractor version adds rows beside the old ones.

-- One row per report and extractor version that has run, including runs that found nothing, so
-- "not yet extracted" and "extracted, no incident" differ.
CREATE TABLE extraction_run (
    report_id         UUID          NOT NULL REFERENCES report (id),
    extractor_version VARCHAR(64)   NOT NULL,
    observation_count INT           NOT NULL,
    -- why a structured incident could not be read; null when extraction succeeded
    problem           VARCHAR(1000),
    extracted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, extractor_version)
);

CREATE TABLE observation (
    id                UUID          NOT NULL PRIMARY KEY,
    report_id         UUID          NOT NULL,
    extractor_version VARCHAR(64)   NOT NULL,
    ordinal           INT           NOT NULL,
    event_type        VARCHAR(32)   NOT NULL,
    date_from         DATE          NOT NULL,
    date_to           DATE          NOT NULL,
    province_pcode    VARCHAR(16),
    district_pcode    VARCHAR(16),
    -- the whole observation in the JSON shape of DESIGN §5
    body              VARCHAR       NOT NULL,
    extracted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT observation_place UNIQUE (report_id, extractor_version, ordinal),
    CONSTRAINT observation_run FOREIGN KEY (report_id, extractor_version)
        REFERENCES extraction_run (report_id, extractor_version)
);

CREATE INDEX observation_district_date ON observation (district_pcode, date_from);
CREATE INDEX extraction_run_version ON extraction_run (extractor_version);
