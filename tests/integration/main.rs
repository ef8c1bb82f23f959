//! Integration tests of the crates against real database files in temporary folders.
//! One binary, one module per area.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod archive;
mod audit;
mod backup;
mod breakdown;
mod closed;
mod events;
mod i18n;
mod import;
mod malformed;
mod migrations;
mod open;
mod partnership;
mod plan;
mod projects;
mod reports;
mod scaled;
mod selection;
mod structure;
mod undo;
