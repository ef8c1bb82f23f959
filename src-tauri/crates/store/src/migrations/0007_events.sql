-- Events with participants by group and their cost booked to a running or animation line (split
-- over the funding sources like projects' aid), cooperation projects with partners and planned
-- results, and documents attached to records (the files live in the data folder's `documents`).

CREATE TABLE cooperation (
    id            TEXT PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    starts_on     TEXT NOT NULL,
    ends_on       TEXT,
    budget_cents  INTEGER NOT NULL CHECK (budget_cents >= 0),
    goals         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE cooperation_partner (
    cooperation_id  TEXT NOT NULL REFERENCES cooperation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    organisation    TEXT NOT NULL,
    country         TEXT NOT NULL,
    role            TEXT NOT NULL DEFAULT '',
    lead            INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (cooperation_id, position)
);

CREATE TABLE cooperation_result (
    cooperation_id  TEXT NOT NULL REFERENCES cooperation (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    description     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'achieved', 'dropped')),
    PRIMARY KEY (cooperation_id, position)
);

CREATE TABLE event (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('board-meeting', 'general-meeting', 'training',
                         'seminar', 'information', 'study-visit', 'consultation', 'conference')),
    title            TEXT NOT NULL,
    starts_at        TEXT NOT NULL,
    ends_at          TEXT CHECK (ends_at IS NULL OR ends_at >= starts_at),
    place            TEXT NOT NULL DEFAULT '',
    organiser        TEXT NOT NULL DEFAULT '',
    description      TEXT NOT NULL DEFAULT '',
    participants     INTEGER NOT NULL CHECK (participants >= 0),
    women            INTEGER CHECK (women >= 0),
    men              INTEGER CHECK (men >= 0),
    cost_cents       INTEGER CHECK (cost_cents >= 0),
    cost_measure_id  TEXT REFERENCES measure (id),
    measure_id       TEXT REFERENCES measure (id),
    project_id       TEXT REFERENCES project (id),
    cooperation_id   TEXT REFERENCES cooperation (id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE INDEX event_by_start ON event (starts_at);

CREATE TABLE event_group (
    event_id  TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    grp       TEXT NOT NULL CHECK (grp IN ('municipality', 'communities', 'ngos', 'businesses',
                  'youth', 'seniors', 'other')),
    count     INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (event_id, grp)
);

CREATE TABLE event_fund_share (
    event_id      TEXT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    fund_code     TEXT NOT NULL,
    position      INTEGER NOT NULL,
    amount_cents  INTEGER NOT NULL,
    PRIMARY KEY (event_id, fund_code)
);

CREATE TABLE document (
    id           TEXT PRIMARY KEY,
    owner        TEXT NOT NULL CHECK (owner IN ('meeting', 'event', 'project', 'call', 'cooperation')),
    owner_id     TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    stored_name  TEXT NOT NULL UNIQUE,
    size         INTEGER NOT NULL CHECK (size >= 0),
    added_at     TEXT NOT NULL
);

CREATE INDEX document_by_owner ON document (owner, owner_id);
