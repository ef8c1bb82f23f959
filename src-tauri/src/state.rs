//! The window's state: the one open store, or the reason it could not be opened (which the UI
//! shows instead of crashing). Store calls run on a blocking thread, so a slow disk never
//! freezes the window and a panic comes back as an `internal` error.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lagdesk_store::{resolve_db_path, Store};

use crate::ipc_error::IpcError;

pub struct AppState {
    store: Arc<Mutex<Result<Store, IpcError>>>,
    pub db_path: String,
}

impl AppState {
    pub fn open(explicit: Option<PathBuf>) -> AppState {
        let (store, db_path) = match resolve_db_path(explicit) {
            Ok(path) => (
                Store::open(&path).map_err(IpcError::from),
                path.display().to_string(),
            ),
            Err(e) => (Err(IpcError::from(e)), String::new()),
        };
        AppState {
            store: Arc::new(Mutex::new(store)),
            db_path,
        }
    }

    /// Runs `f` with the store on a blocking thread.
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, lagdesk_store::StoreError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        tauri::async_runtime::spawn_blocking(move || {
            // A panic in an earlier call poisons the lock; the store itself is still consistent
            // because every write is one transaction.
            let mut guard = store
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            match guard.as_mut() {
                Ok(store) => f(store).map_err(IpcError::from),
                Err(open_error) => Err(open_error.clone()),
            }
        })
        .await
        .map_err(|e| IpcError::internal(format!("the operation failed unexpectedly: {e}")))?
    }
}
