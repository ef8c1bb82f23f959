//! One window per database. The first instance holds an exclusive lock on `<database>.lock` and
//! listens on a local socket; a second one started on the same database finds the lock taken,
//! asks the first to bring its window forward and exits, so the same file is never open in two
//! windows. Instances on different databases do not meet.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What starting on a database found.
pub enum Claim {
    /// This is the only instance on the database; keep the guard for the app's lifetime.
    First(Guard),
    /// Another instance has the database open and was asked to show its window.
    Shown,
    /// Another instance holds the database but did not answer.
    Busy,
}

/// Held by the first instance: the lock and the socket others knock on.
pub struct Guard {
    _lock: Option<File>,
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
}

impl Guard {
    /// Calls `show` on a thread of its own whenever a second instance knocks.
    pub fn on_knock(&mut self, show: impl Fn() + Send + 'static) {
        #[cfg(unix)]
        if let Some(listener) = self.listener.take() {
            std::thread::spawn(move || {
                for mut stream in listener.incoming().flatten() {
                    let mut word = [0u8; 4];
                    if stream.read_exact(&mut word).is_ok() && &word == b"show" {
                        show();
                        let _ = stream.write_all(b"ok");
                    }
                }
            });
        }
        #[cfg(not(unix))]
        let _ = show;
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// A short socket path (Unix allows about 100 bytes) that is the same for the same database.
#[cfg(unix)]
fn socket_path(db: &Path) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let canonical = db.parent().and_then(|p| p.canonicalize().ok()).map_or_else(
        || db.to_owned(),
        |p| p.join(db.file_name().unwrap_or_default()),
    );
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    let dir = std::env::var_os("XDG_RUNTIME_DIR").map_or_else(std::env::temp_dir, PathBuf::from);
    dir.join(format!("lagdesk-{:016x}.sock", hasher.finish()))
}

#[cfg(unix)]
fn knock(db: &Path) -> bool {
    let Ok(mut stream) = std::os::unix::net::UnixStream::connect(socket_path(db)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut answer = [0u8; 2];
    stream.write_all(b"show").is_ok() && stream.read_exact(&mut answer).is_ok() && &answer == b"ok"
}

#[cfg(not(unix))]
fn knock(_db: &Path) -> bool {
    false
}

/// Claims the database at `db` for this instance. When the lock file cannot be made (a
/// read-only folder), the app goes on without the guard: the store reports what it cannot do.
pub fn claim(db: &Path) -> Claim {
    let lock_path = with_suffix(db, ".lock");
    if let Some(parent) = db.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    let Ok(lock) = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock_path)
    else {
        return Claim::First(Guard {
            _lock: None,
            #[cfg(unix)]
            listener: None,
        });
    };
    // The first instance may be closing: its lock goes with it, so wait a moment for it.
    let start = Instant::now();
    loop {
        match lock.try_lock() {
            Ok(()) => break,
            Err(TryLockError::WouldBlock) => {
                if knock(db) {
                    return Claim::Shown;
                }
                if start.elapsed() > Duration::from_secs(5) {
                    return Claim::Busy;
                }
                std::thread::sleep(Duration::from_millis(200));
            }
            Err(TryLockError::Error(_)) => break,
        }
    }
    #[cfg(unix)]
    let listener = {
        let path = socket_path(db);
        // Left behind by an instance that was killed; the lock says none is running.
        let _ = std::fs::remove_file(&path);
        std::os::unix::net::UnixListener::bind(&path).ok()
    };
    Claim::First(Guard {
        _lock: Some(lock),
        #[cfg(unix)]
        listener,
    })
}
