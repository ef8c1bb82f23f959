-- The partnership: members by sector, their board terms and the applicants they are linked to;
-- meetings with attendance, agenda items and decisions with each member's vote and recusals.

CREATE TABLE member (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('organisation', 'person')),
    sector      TEXT NOT NULL CHECK (sector IN ('public', 'business', 'civil')),
    contact     TEXT NOT NULL DEFAULT '',
    joined_on   TEXT NOT NULL,
    left_on     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE board_term (
    member_id  TEXT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    starts_on  TEXT NOT NULL,
    ends_on    TEXT,
    PRIMARY KEY (member_id, starts_on)
);

CREATE TABLE member_applicant (
    member_id     TEXT NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    applicant_id  TEXT NOT NULL REFERENCES applicant (id),
    PRIMARY KEY (member_id, applicant_id)
);

CREATE TABLE meeting (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('board', 'general-assembly', 'selection-committee')),
    number      TEXT NOT NULL,
    held_on     TEXT NOT NULL,
    place       TEXT NOT NULL DEFAULT '',
    online      INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (kind, number)
);

CREATE TABLE meeting_attendee (
    meeting_id  TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    member_id   TEXT NOT NULL REFERENCES member (id),
    PRIMARY KEY (meeting_id, member_id)
);

CREATE TABLE agenda_item (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    title       TEXT NOT NULL,
    project_id  TEXT REFERENCES project (id),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE decision (
    agenda_item_id   TEXT PRIMARY KEY REFERENCES agenda_item (id) ON DELETE CASCADE,
    text             TEXT NOT NULL,
    override_reason  TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE decision_vote (
    agenda_item_id  TEXT NOT NULL REFERENCES decision (agenda_item_id) ON DELETE CASCADE,
    member_id       TEXT NOT NULL REFERENCES member (id),
    vote            TEXT NOT NULL CHECK (vote IN ('for', 'against', 'abstain')),
    PRIMARY KEY (agenda_item_id, member_id)
);

CREATE TABLE recusal (
    agenda_item_id  TEXT NOT NULL REFERENCES decision (agenda_item_id) ON DELETE CASCADE,
    member_id       TEXT NOT NULL REFERENCES member (id),
    reason          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agenda_item_id, member_id)
);
