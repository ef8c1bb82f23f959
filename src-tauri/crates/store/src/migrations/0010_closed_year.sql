-- Years whose books are closed: money records dated in them can no longer change until the year
-- is reopened. `closed_by` is the coordinator's name as set when the year was closed.
CREATE TABLE closed_year (
    year      INTEGER PRIMARY KEY,
    closed_at TEXT NOT NULL,
    closed_by TEXT NOT NULL
);
