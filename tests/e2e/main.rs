//! End-to-end tests of the real app: the built `lagdesk` binary in a real window, driven through
//! tauri-driver and WebKitWebDriver. `cargo xtask test` builds the app, provides a virtual display
//! and sets `LAGDESK_E2E_APP`, `LAGDESK_E2E_DRIVER` and `LAGDESK_E2E_SCREENSHOTS`.
//! Screenshots are saved for a person to look at.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod audit;
mod backups;
mod events;
mod harness;
mod import;
mod instance;
mod money;
mod reports;
mod selection;
mod strategy;
