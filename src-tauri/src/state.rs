//! The window's state: the one open store, or the reason it could not be opened (which the UI
//! shows instead of crashing). Store calls run on a blocking thread, so a slow disk never
//! freezes the window and a panic comes back as an `internal` error. The state also makes the
//! automatic copies: one when the app starts, and one after every half hour with changes.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lagdesk_domain::BackupReason;
use lagdesk_store::{Store, StoreError};

use crate::ipc_error::IpcError;

/// How long the coordinator works between two automatic copies.
const ACTIVITY_BACKUP: Duration = Duration::from_secs(30 * 60);

/// The store, or why it could not be opened.
pub type Slot = Result<Store, IpcError>;

struct Session {
    store: Slot,
    /// When the last automatic copy was made, and how many writes the store had then.
    backed_up: (Instant, u64),
}

impl Session {
    fn back_up(&mut self, reason: BackupReason) {
        if let Ok(store) = &self.store {
            // A copy that cannot be made must not stop the coordinator's work; the backups
            // screen shows which copies exist.
            if let Err(e) = store.back_up(reason) {
                eprintln!("LAG Desk could not make a backup: {e}");
            }
            self.backed_up = (Instant::now(), store.writes());
        }
    }

    /// After a call: a copy once half an hour has passed with changes since the last one.
    fn after_call(&mut self) {
        let changed = self
            .store
            .as_ref()
            .is_ok_and(|s| s.writes() != self.backed_up.1);
        if changed && self.backed_up.0.elapsed() >= ACTIVITY_BACKUP {
            self.back_up(BackupReason::Activity);
        }
    }
}

pub struct AppState {
    session: Arc<Mutex<Session>>,
    /// The database file, also when it could not be opened (its backups are beside it).
    pub path: Option<PathBuf>,
}

impl AppState {
    /// Opens the database at `path`, or keeps why there is none.
    pub fn open(path: Result<PathBuf, StoreError>) -> AppState {
        let (store, path) = match path {
            Ok(path) => (Store::open(&path).map_err(IpcError::from), Some(path)),
            Err(e) => (Err(IpcError::from(e)), None),
        };
        let session = Arc::new(Mutex::new(Session {
            store,
            backed_up: (Instant::now(), 0),
        }));
        // The copy on start is made beside the window's start, not before it.
        let starting = Arc::clone(&session);
        std::thread::spawn(move || {
            let mut session = lock(&starting);
            let has_data = session
                .store
                .as_ref()
                .is_ok_and(|s| s.is_empty().is_ok_and(|empty| !empty));
            if has_data {
                session.back_up(BackupReason::Start);
            }
        });
        AppState { session, path }
    }

    /// Runs `f` with the store on a blocking thread.
    pub async fn with_store<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, lagdesk_store::StoreError> + Send + 'static,
    {
        self.with_store_reply(move |store| f(store).map_err(IpcError::from))
            .await
    }

    /// `with_store` for work that can also fail outside the store (a file it cannot read).
    pub async fn with_store_reply<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> Result<T, IpcError> + Send + 'static,
    {
        self.with_slot(move |slot| match slot {
            Ok(store) => f(store),
            Err(open_error) => Err(open_error.clone()),
        })
        .await
    }

    /// Runs `f` with the store or the reason it could not be opened, which `f` may replace (a
    /// restore over a damaged database).
    pub async fn with_slot<T, F>(&self, f: F) -> Result<T, IpcError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Slot) -> Result<T, IpcError> + Send + 'static,
    {
        let session = Arc::clone(&self.session);
        tauri::async_runtime::spawn_blocking(move || {
            let mut session = lock(&session);
            let value = f(&mut session.store);
            session.after_call();
            value
        })
        .await
        .map_err(|e| IpcError::internal(format!("the operation failed unexpectedly: {e}")))?
    }
}

/// A panic in an earlier call poisons the lock; the store itself is still consistent because
/// every write is one transaction.
fn lock(session: &Mutex<Session>) -> std::sync::MutexGuard<'_, Session> {
    session
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}
