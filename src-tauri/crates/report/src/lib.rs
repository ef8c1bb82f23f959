//! Board-ready PDF reports. A builder per report turns domain data into a [`Report`] (the
//! model: sections of key figures, tables with typed cells, charts and notes, in the report's
//! language from the UI's Fluent catalogues); [`render`] lays it out on A4 with the DejaVu fonts
//! embedded; [`write_pdf`] saves it without ever leaving a half-written file.
//!
//! The builders take domain data; [`make`] gathers it from the store for a [`ReportRequest`], so
//! the window and the CLI print the same figures. No IO but the final write.

mod budget;
mod call;
mod canvas;
mod events;
mod logo;
mod minutes;
mod model;
mod project;
mod register;
mod render;
mod request;
mod summary;
mod text;

use std::path::{Path, PathBuf};

use lagdesk_domain::{Locale, Logo};

pub use budget::budget;
pub use call::call;
pub use events::events;
pub use logo::check_logo;
pub use minutes::minutes;
pub use model::{
    BarChart, BarGroup, Block, Cell, Column, KeyFigure, Orientation, Report, Row, RowStyle,
    Section, Table,
};
pub use project::project;
pub use register::register;
pub use render::render;
pub use request::{make, ReportKind, ReportRequest};
pub use summary::{summary, SummaryData};
pub use text::{Arg, Texts};

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the embedded font {0} cannot be read")]
    Font(&'static str),
    #[error("the logo cannot be read as an image: {0}")]
    Logo(String),
    #[error("{path} already exists; choose another name or allow replacing it")]
    Exists { path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// What every report shares: its language, the LAG, the strategy, the day it is printed and any
/// further parameters shown under the title.
#[derive(Clone, Debug)]
pub struct Frame {
    pub locale: Locale,
    pub organisation: String,
    pub logo: Option<Logo>,
    pub strategy_code: String,
    pub strategy_title: String,
    /// `YYYY-MM-DD`.
    pub printed_on: String,
    pub parameters: Vec<(String, String)>,
}

impl Frame {
    /// A report with this frame's header, footer and parameters, for a builder to complete.
    fn report(&self, texts: &Texts) -> Report {
        let mut parameters = vec![
            (texts.t("report-param-strategy"), self.strategy_code.clone()),
            (
                texts.t("report-param-language"),
                texts.t("report-language-name"),
            ),
        ];
        parameters.extend(self.parameters.iter().cloned());
        Report {
            locale: self.locale,
            title: String::new(),
            subtitle: None,
            organisation: self.organisation.clone(),
            logo: self.logo.clone(),
            parameters,
            printed_on: self.printed_on.clone(),
            orientation: Orientation::Portrait,
            sections: Vec::new(),
        }
    }
}

/// Writes `bytes` to `path` through a temporary file renamed into place, so a failure leaves
/// no partial PDF. An existing file is replaced only when `replace` is set.
pub fn write_pdf(path: &Path, bytes: &[u8], replace: bool) -> Result<(), ReportError> {
    if path.exists() && !replace {
        return Err(ReportError::Exists {
            path: path.to_owned(),
        });
    }
    let mut partial = path.as_os_str().to_owned();
    partial.push(".partial");
    let partial = PathBuf::from(partial);
    let io = |source| ReportError::Io {
        path: path.to_owned(),
        source,
    };
    if let Err(e) = std::fs::write(&partial, bytes) {
        let _ = std::fs::remove_file(&partial);
        return Err(io(e));
    }
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        io(e)
    })
}
