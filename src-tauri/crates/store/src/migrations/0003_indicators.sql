-- Indicators of a strategy or of one of its measures, with achieved values entered over time or
-- derived from projects. Values are INTEGER hundredths of the unit (12.5 km = 1250).

CREATE TABLE indicator (
    id                  TEXT PRIMARY KEY,
    strategy_id         TEXT NOT NULL REFERENCES strategy (id),
    measure_id          TEXT REFERENCES measure (id),
    code                TEXT NOT NULL,
    name                TEXT NOT NULL,
    unit                TEXT NOT NULL,
    baseline_hundredths INTEGER NOT NULL DEFAULT 0,
    target_hundredths   INTEGER NOT NULL CHECK (target_hundredths >= 0),
    source              TEXT NOT NULL CHECK (source IN ('manual', 'projects-completed', 'projects-contracted', 'jobs-created')),
    position            INTEGER NOT NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (strategy_id, code)
);

CREATE TABLE indicator_value (
    id            TEXT PRIMARY KEY,
    indicator_id  TEXT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    value_hundredths INTEGER NOT NULL,
    measured_on   TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

CREATE INDEX indicator_value_by_indicator ON indicator_value (indicator_id, measured_on);
