//! The organisation profile, its logo and the coordinator's settings.

use lagdesk_domain::{FieldProblem, Invalid, Locale, Logo, Organisation, Settings};
use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::{new_id, now, Store};

impl Store {
    pub fn organisation(&self) -> Result<Option<Organisation>> {
        Ok(self
            .conn
            .query_row(
                "SELECT name, legal_code, country, region, address FROM organisation WHERE id = 1",
                [],
                |r| {
                    Ok(Organisation {
                        name: r.get(0)?,
                        legal_code: r.get(1)?,
                        country: r.get(2)?,
                        region: r.get(3)?,
                        address: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn save_organisation(&mut self, org: &Organisation) -> Result<Organisation> {
        org.validate()?;
        let org = trimmed(org);
        self.write(|tx| {
            let now = now();
            tx.execute(
                "INSERT INTO organisation (id, uuid, name, legal_code, country, region, address, created_at, updated_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
                 ON CONFLICT (id) DO UPDATE SET name = ?2, legal_code = ?3, country = ?4,
                     region = ?5, address = ?6, updated_at = ?7",
                params![new_id(), org.name, org.legal_code, org.country, org.region, org.address, now],
            )?;
            Ok(())
        })?;
        Ok(org)
    }

    pub fn logo(&self) -> Result<Option<Logo>> {
        let bytes: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT logo FROM organisation WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        // A blob that no longer passes the checks is treated as no logo rather than failing
        // every report.
        Ok(bytes.and_then(|b| Logo::new(b).ok()))
    }

    /// Sets or (with `None`) removes the logo. The organisation must be saved first.
    pub fn save_logo(&mut self, logo: Option<&Logo>) -> Result<()> {
        if self.organisation()?.is_none() {
            return Err(Invalid(vec![FieldProblem::new(
                "name",
                "organisation-first",
                "save the organisation's name before its logo",
            )])
            .into());
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE organisation SET logo = ?1, updated_at = ?2 WHERE id = 1",
                params![logo.map(Logo::bytes), now()],
            )?;
            Ok(())
        })
    }

    pub fn settings(&self) -> Result<Settings> {
        let get = |key: &str| -> Result<Option<String>> {
            Ok(self
                .conn
                .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                    r.get(0)
                })
                .optional()?)
        };
        Ok(Settings {
            language: get("language")?
                .and_then(|l| l.parse().ok())
                .unwrap_or(Locale::default()),
            coordinator_name: get("coordinator_name")?.unwrap_or_default(),
        })
    }

    pub fn save_settings(&mut self, settings: &Settings) -> Result<Settings> {
        settings.validate()?;
        let name = settings.coordinator_name.trim().to_owned();
        self.write(|tx| {
            let mut stmt = tx.prepare(
                "INSERT INTO setting (key, value) VALUES (?1, ?2)
                 ON CONFLICT (key) DO UPDATE SET value = ?2",
            )?;
            stmt.execute(params!["language", settings.language.code()])?;
            stmt.execute(params!["coordinator_name", name])?;
            Ok(())
        })?;
        Ok(Settings {
            language: settings.language,
            coordinator_name: name,
        })
    }
}

fn trimmed(org: &Organisation) -> Organisation {
    Organisation {
        name: org.name.trim().to_owned(),
        legal_code: org.legal_code.trim().to_owned(),
        country: org.country.trim().to_owned(),
        region: org.region.trim().to_owned(),
        address: org.address.trim().to_owned(),
    }
}
