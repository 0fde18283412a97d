-- Coordination: the committees of the plan, their meetings and decisions, directives and the
-- assignments that carry them to each committee, with every step of their workflow, evidence,
-- escalations and in-app notifications. Records, not derived data: nothing here is recomputed.

-- One committee per unit: the federal apex committee (PK), a provincial apex committee per
-- province or territory, a district coordination committee per district under its province's.
CREATE TABLE committee (
    id                 UUID          NOT NULL PRIMARY KEY,
    name               VARCHAR(200)  NOT NULL,
    level              VARCHAR(12)   NOT NULL,
    jurisdiction_pcode VARCHAR(16)   NOT NULL UNIQUE,
    parent_id          UUID          REFERENCES committee (id),
    CONSTRAINT committee_level CHECK (level IN ('FEDERAL', 'PROVINCIAL', 'DISTRICT'))
);

-- Explicit membership; COMMITTEE_MEMBER accounts are also members of their own jurisdiction's
-- committee without a row here.
CREATE TABLE committee_member (
    committee_id UUID          NOT NULL REFERENCES committee (id),
    username     VARCHAR(64)   NOT NULL,
    role         VARCHAR(12)   NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (committee_id, username),
    CONSTRAINT committee_member_role CHECK (role IN ('CHAIR', 'SECRETARY', 'MEMBER'))
);

CREATE TABLE meeting (
    id           UUID          NOT NULL PRIMARY KEY,
    committee_id UUID          NOT NULL REFERENCES committee (id),
    held_on      DATE          NOT NULL,
    -- agenda items, one per line
    agenda       VARCHAR(20000) NOT NULL,
    recorded_by  VARCHAR(200)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The decision register: what a meeting decided, and (through directive.decision_id) what it set going.
CREATE TABLE meeting_decision (
    id         UUID          NOT NULL PRIMARY KEY,
    meeting_id UUID          NOT NULL REFERENCES meeting (id),
    ordinal    INT           NOT NULL,
    text       VARCHAR(4000) NOT NULL
);

CREATE TABLE directive (
    id                  UUID          NOT NULL PRIMARY KEY,
    issuing_committee_id UUID         NOT NULL REFERENCES committee (id),
    -- the assignment this directive cascades, for a provincial committee's child directive
    parent_assignment_id UUID,
    decision_id         UUID          REFERENCES meeting_decision (id),
    title               VARCHAR(300)  NOT NULL,
    description         VARCHAR(10000) NOT NULL,
    line_of_effort      VARCHAR(20)   NOT NULL,
    theme               VARCHAR(24)   NOT NULL,
    priority            VARCHAR(10)   NOT NULL,
    due_date            DATE          NOT NULL,
    -- linked incident ids and assessed units, one per line
    incident_ids        VARCHAR(20000),
    assessment_units    VARCHAR(2000),
    issued_by           VARCHAR(200)  NOT NULL,
    issued_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX directive_issuer ON directive (issuing_committee_id);
CREATE INDEX directive_parent ON directive (parent_assignment_id);

CREATE TABLE assignment (
    id              UUID          NOT NULL PRIMARY KEY,
    directive_id    UUID          NOT NULL REFERENCES directive (id),
    committee_id    UUID          NOT NULL REFERENCES committee (id),
    status          VARCHAR(14)   NOT NULL,
    -- the status before BLOCKED, to return to
    blocked_from    VARCHAR(14),
    due_date        DATE          NOT NULL,
    acknowledge_by  TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE,
    completed_at    TIMESTAMP WITH TIME ZONE,
    verified_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT assignment_once UNIQUE (directive_id, committee_id)
);

CREATE INDEX assignment_committee ON assignment (committee_id, status);

-- Every step of an assignment's workflow, in order.
CREATE TABLE assignment_step (
    id            UUID          NOT NULL PRIMARY KEY,
    assignment_id UUID          NOT NULL REFERENCES assignment (id),
    seq           INT           NOT NULL,
    from_status   VARCHAR(14),
    to_status     VARCHAR(14)   NOT NULL,
    note          VARCHAR(4000),
    actor         VARCHAR(200)  NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT assignment_step_order UNIQUE (assignment_id, seq)
);

CREATE TABLE evidence (
    id            UUID          NOT NULL PRIMARY KEY,
    assignment_id UUID          NOT NULL REFERENCES assignment (id),
    step_id       UUID          NOT NULL REFERENCES assignment_step (id),
    -- the order it was given in, within its step
    ordinal       INT           NOT NULL,
    -- a statement, or an attached file
    text          VARCHAR(10000),
    filename      VARCHAR(255),
    content_type  VARCHAR(100),
    size_bytes    BIGINT,
    sha256        CHAR(64),
    content       BYTEA
);

CREATE INDEX evidence_assignment ON evidence (assignment_id);

-- An escalation is recorded once per assignment and cause, and never cleared.
CREATE TABLE escalation (
    id              UUID          NOT NULL PRIMARY KEY,
    assignment_id   UUID          NOT NULL REFERENCES assignment (id),
    cause           VARCHAR(16)   NOT NULL,
    to_committee_id UUID          NOT NULL REFERENCES committee (id),
    escalated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT escalation_once UNIQUE (assignment_id, cause),
    CONSTRAINT escalation_cause CHECK (cause IN ('UNACKNOWLEDGED', 'OVERDUE'))
);

CREATE TABLE notification (
    id           UUID          NOT NULL PRIMARY KEY,
    committee_id UUID          NOT NULL REFERENCES committee (id),
    kind         VARCHAR(20)   NOT NULL,
    assignment_id UUID         REFERENCES assignment (id),
    text         VARCHAR(1000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX notification_committee ON notification (committee_id, created_at);
