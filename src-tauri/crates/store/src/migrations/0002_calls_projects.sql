-- Calls for proposals with their measures, applicants, projects with their status history, and
-- payment claims. Dates are ISO `YYYY-MM-DD`, call times `YYYY-MM-DDTHH:MM`.

CREATE TABLE applicant (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('ngo', 'community', 'municipality', 'business', 'farmer', 'person')),
    code          TEXT NOT NULL DEFAULT '',
    municipality  TEXT NOT NULL DEFAULT '',
    eldership     TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE INDEX applicant_by_name ON applicant (name COLLATE NOCASE);

CREATE TABLE call (
    id           TEXT PRIMARY KEY,
    strategy_id  TEXT NOT NULL REFERENCES strategy (id),
    number       TEXT NOT NULL,
    title        TEXT NOT NULL,
    opens_at     TEXT NOT NULL,
    closes_at    TEXT NOT NULL CHECK (closes_at >= opens_at),
    status       TEXT NOT NULL CHECK (status IN ('planned', 'open', 'closed', 'evaluated', 'cancelled')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (strategy_id, number)
);

CREATE TABLE call_measure (
    call_id           TEXT NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    measure_id        TEXT NOT NULL REFERENCES measure (id),
    available_cents   INTEGER NOT NULL CHECK (available_cents >= 0),
    max_grant_cents   INTEGER CHECK (max_grant_cents > 0),
    max_intensity_bp  INTEGER CHECK (max_intensity_bp BETWEEN 1 AND 10000),
    position          INTEGER NOT NULL,
    PRIMARY KEY (call_id, measure_id)
);

CREATE TABLE project (
    id                    TEXT PRIMARY KEY,
    strategy_id           TEXT NOT NULL REFERENCES strategy (id),
    number                TEXT NOT NULL,
    title                 TEXT NOT NULL,
    applicant_id          TEXT NOT NULL REFERENCES applicant (id),
    call_id               TEXT REFERENCES call (id),
    measure_id            TEXT NOT NULL REFERENCES measure (id),
    submitted_on          TEXT NOT NULL,
    eligible_cents        INTEGER NOT NULL CHECK (eligible_cents >= 0),
    requested_cents       INTEGER NOT NULL CHECK (requested_cents >= 0),
    awarded_cents         INTEGER CHECK (awarded_cents >= 0),
    jobs_created          INTEGER CHECK (jobs_created >= 0),
    implementation_end    TEXT,
    status                TEXT NOT NULL,
    status_on             TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL,
    UNIQUE (strategy_id, number)
);

CREATE INDEX project_by_measure ON project (measure_id, status);
CREATE INDEX project_by_call ON project (call_id);

CREATE TABLE project_status_change (
    id          TEXT PRIMARY KEY,
    project_id  TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    changed_on  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);

CREATE INDEX status_change_by_project ON project_status_change (project_id, changed_on);

CREATE TABLE payment_claim (
    id             TEXT PRIMARY KEY,
    project_id     TEXT NOT NULL REFERENCES project (id),
    number         TEXT NOT NULL,
    submitted_on   TEXT NOT NULL,
    claimed_cents  INTEGER NOT NULL CHECK (claimed_cents >= 0),
    paid_cents     INTEGER CHECK (paid_cents >= 0),
    paid_on        TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE INDEX claim_by_project ON payment_claim (project_id);
