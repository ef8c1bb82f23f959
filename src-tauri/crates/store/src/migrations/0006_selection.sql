-- Project selection: a call's criteria and pass threshold, each evaluator's points per project and
-- criterion, agenda items that decide on a whole call, and the decision behind a status change.

ALTER TABLE call ADD COLUMN pass_threshold INTEGER CHECK (pass_threshold >= 0);

CREATE TABLE selection_criterion (
    id          TEXT PRIMARY KEY,
    call_id     TEXT NOT NULL REFERENCES call (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    max_points  INTEGER NOT NULL CHECK (max_points > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Points are hundredths of a point, so half points stay exact.
CREATE TABLE score (
    project_id    TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    evaluator     TEXT NOT NULL,
    criterion_id  TEXT NOT NULL REFERENCES selection_criterion (id),
    points        INTEGER NOT NULL CHECK (points >= 0),
    created_at    TEXT NOT NULL,
    PRIMARY KEY (project_id, evaluator, criterion_id)
);

ALTER TABLE agenda_item ADD COLUMN call_id TEXT REFERENCES call (id);

ALTER TABLE project_status_change ADD COLUMN agenda_item_id TEXT REFERENCES agenda_item (id);
