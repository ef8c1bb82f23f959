-- The money view by year and by funding source.
--
-- A measure may spread its allocation over calendar years. Each project's awarded aid and each
-- claim's paid amount are stored split over the strategy's funding sources (to the cent, by the
-- domain's largest-remainder rule), so the view can sum them in SQL. The splits are rewritten
-- whenever the amount or the strategy's funding sources change.

CREATE TABLE measure_year (
    measure_id        TEXT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    year              INTEGER NOT NULL,
    allocation_cents  INTEGER NOT NULL CHECK (allocation_cents >= 0),
    PRIMARY KEY (measure_id, year)
);

CREATE TABLE project_fund_share (
    project_id    TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    fund_code     TEXT NOT NULL,
    position      INTEGER NOT NULL,
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    PRIMARY KEY (project_id, fund_code)
);

CREATE TABLE claim_fund_share (
    claim_id      TEXT NOT NULL REFERENCES payment_claim (id) ON DELETE CASCADE,
    fund_code     TEXT NOT NULL,
    position      INTEGER NOT NULL,
    amount_cents  INTEGER NOT NULL CHECK (amount_cents >= 0),
    PRIMARY KEY (claim_id, fund_code)
);
