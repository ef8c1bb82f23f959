-- The audit trail: one row per record written, with who (the coordinator named in the settings
-- at the time), when, which record (its table, the first column of its key, and the whole key),
-- and each field from what to what (JSON: {"field": [from, to]}). The triggers that fill it are
-- generated for every table after each migration (store/src/audit.rs), so new columns are
-- followed too. `batch` groups the rows of one saved change; `audit_batch` holds the current one.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    batch     INTEGER NOT NULL,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    key       TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    changes   TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log (entity, record_id);
CREATE INDEX audit_log_batch ON audit_log (batch);

CREATE TABLE audit_batch (
    id INTEGER NOT NULL
);
INSERT INTO audit_batch (id) VALUES (0);

-- Batches taken back by undo, and the batch that took each back.
CREATE TABLE audit_undo (
    batch      INTEGER PRIMARY KEY,
    undo_batch INTEGER NOT NULL
);
