-- How a coordinator read and mapped a file of one shape (its kind and its headers), so the next
-- file like it is read the same way. `setup` is the confirmed ImportSetup as JSON.
CREATE TABLE import_setup (
    kind     TEXT NOT NULL,
    shape    TEXT NOT NULL,
    setup    TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (kind, shape)
);
