//! The one error shape that crosses IPC: `{code, message, fields}`. The UI translates `code`
//! (Fluent id `error-<code>`) and shows each field problem next to its field.

use lagdesk_domain::FieldProblem;
use lagdesk_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct IpcError {
    pub code: String,
    pub message: String,
    pub fields: Vec<FieldProblem>,
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError {
            code: "internal".into(),
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// The file chosen for saving exists; the window asks before replacing it.
    pub fn exists(message: impl Into<String>) -> Self {
        IpcError {
            code: "file-exists".into(),
            message: message.into(),
            fields: Vec::new(),
        }
    }

    /// A file the app works with cannot be used; `message` names it and says why.
    pub fn io(message: impl Into<String>) -> Self {
        IpcError {
            code: "io".into(),
            message: message.into(),
            fields: Vec::new(),
        }
    }
}

impl From<StoreError> for IpcError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        let fields = match &error {
            StoreError::Invalid(invalid) => invalid.0.clone(),
            StoreError::DuplicateCode { code, .. } => {
                vec![FieldProblem::new("code", "duplicate-code", message.clone()).arg("code", code)]
            }
            StoreError::StillReferenced {
                entity,
                code,
                count,
                dependants,
            } => {
                vec![FieldProblem::new("id", "still-referenced", message.clone())
                    .arg("entity", entity.replace(' ', "-"))
                    .arg("code", code)
                    .arg("count", count)
                    .arg("dependants", dependants.replace(' ', "-"))]
            }
            _ => Vec::new(),
        };
        IpcError {
            code: error.code().to_owned(),
            message,
            fields,
        }
    }
}
