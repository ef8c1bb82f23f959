-- The LAG, the coordinator's settings, and the strategy with its funding sources, priorities
-- and measures. Money is INTEGER cents, shares INTEGER basis points, times ISO-8601 UTC text.

CREATE TABLE organisation (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    legal_code  TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

CREATE TABLE strategy (
    id              TEXT PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    start_year      INTEGER NOT NULL,
    end_year        INTEGER NOT NULL CHECK (end_year >= start_year),
    status          TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'implementing', 'closed')),
    envelope_cents  INTEGER NOT NULL CHECK (envelope_cents >= 0),
    running_cap_bp  INTEGER NOT NULL CHECK (running_cap_bp BETWEEN 0 AND 10000),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE funding_source (
    id           TEXT PRIMARY KEY,
    strategy_id  TEXT NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    share_bp     INTEGER NOT NULL CHECK (share_bp BETWEEN 1 AND 10000),
    position     INTEGER NOT NULL,
    UNIQUE (strategy_id, code)
);

CREATE TABLE priority (
    id           TEXT PRIMARY KEY,
    strategy_id  TEXT NOT NULL REFERENCES strategy (id),
    code         TEXT NOT NULL,
    title        TEXT NOT NULL,
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (strategy_id, code)
);

CREATE TABLE measure (
    id                TEXT PRIMARY KEY,
    strategy_id       TEXT NOT NULL REFERENCES strategy (id),
    priority_id       TEXT REFERENCES priority (id),
    code              TEXT NOT NULL,
    title             TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('project', 'cooperation', 'running', 'animation')),
    allocation_cents  INTEGER NOT NULL CHECK (allocation_cents >= 0),
    planned_projects  INTEGER CHECK (planned_projects >= 0),
    max_intensity_bp  INTEGER CHECK (max_intensity_bp BETWEEN 1 AND 10000),
    max_grant_cents   INTEGER CHECK (max_grant_cents > 0),
    position          INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (strategy_id, code)
);

CREATE INDEX measure_by_priority ON measure (priority_id);
CREATE INDEX priority_by_strategy ON priority (strategy_id);
