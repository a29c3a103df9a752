//! One write at a time into a folder. What is locked is the target folder, not a plan's set of
//! files: every write into it (each plan's files, manifest.json, a starter plan) takes the lock,
//! recovers what an interrupted write left, writes and unlocks. Per folder because the
//! recovery of an interrupted write reads the folder's one journal, and because a run that
//! holds the folder knows that no other run's hidden files in it are live. A render holds its
//! folder from the moment its plan is loaded until its files are in place, since it writes
//! each file as soon as it is made (see `commit`); a render that finds the folder held
//! (`try_acquire`) makes its files in memory instead and waits only to write them, so two
//! renders into one folder (a batch, `--watch` beside another run) still render side by side.
//!
//! Between processes the lock is an advisory lock (`flock` on Unix) on a hidden empty file,
//! `.qujat.lock`, which the holder removes before unlocking; a run that was waiting on the
//! removed file sees the name gone and locks a new one. Where the file system does not support
//! locks at all, the write goes on without one: threads of one process still wait for each
//! other. (On Windows the file is kept: it cannot be removed while a waiting run has it open.)

use super::names;
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, PoisonError};

/// A held lock on a folder; dropping it unlocks.
pub struct FolderLock {
    /// The folder, as a canonical path: the key among this process's threads.
    key: PathBuf,
    path: PathBuf,
    file: Option<File>,
}

/// The folders this process's threads hold. Advisory locks between threads of one process are
/// not reliable everywhere (on NFS Linux emulates `flock` with per-process locks).
static HELD: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static FREED: Condvar = Condvar::new();

impl FolderLock {
    /// Waits until no other run writes into `dir`, then holds it.
    pub fn acquire(dir: &Path) -> io::Result<FolderLock> {
        let taken = FolderLock::take(dir, true)?;
        // Waiting, it is never busy.
        taken.ok_or_else(|| io::Error::other("the folder's lock is busy"))
    }

    /// Holds `dir` if no other run writes into it now; `None` if one does. A render that
    /// finds its folder busy makes its files in memory meanwhile instead of waiting to begin.
    pub fn try_acquire(dir: &Path) -> io::Result<Option<FolderLock>> {
        FolderLock::take(dir, false)
    }

    fn take(dir: &Path, wait: bool) -> io::Result<Option<FolderLock>> {
        let key = dir.canonicalize()?;
        {
            let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
            while held.contains(&key) {
                if !wait {
                    return Ok(None);
                }
                held = FREED.wait(held).unwrap_or_else(PoisonError::into_inner);
            }
            held.push(key.clone());
        }
        let path = dir.join(names::LOCK);
        match lock_file(&path, wait) {
            Ok(Taken::File(file)) => Ok(Some(FolderLock {
                key,
                path,
                file: Some(file),
            })),
            Ok(Taken::NoLocks) => Ok(Some(FolderLock {
                key,
                path,
                file: None,
            })),
            Ok(Taken::Busy) => {
                release(&key);
                Ok(None)
            }
            Err(e) => {
                release(&key);
                Err(e)
            }
        }
    }

    /// The lock file, while it is held.
    pub fn path(&self) -> Option<&Path> {
        self.file.as_ref().map(|_| self.path.as_path())
    }
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        if let Some(file) = self.file.take() {
            // Removed while still held, so that no run can lock this file after it is gone.
            #[cfg(unix)]
            let _ = std::fs::remove_file(&self.path);
            drop(file);
        }
        release(&self.key);
    }
}

fn release(key: &Path) {
    let mut held = HELD.lock().unwrap_or_else(PoisonError::into_inner);
    held.retain(|k| k != key);
    FREED.notify_all();
}

/// What locking the lock file gave.
enum Taken {
    File(File),
    /// The file system has no locks.
    NoLocks,
    /// Another process holds it (only when not waiting).
    Busy,
}

/// Locks the file `path`, creating it if need be, waiting for another holder with `wait`.
fn lock_file(path: &Path, wait: bool) -> io::Result<Taken> {
    loop {
        let file = open(path)?;
        let locked = if wait {
            file.lock()
        } else {
            match file.try_lock() {
                Ok(()) => Ok(()),
                Err(std::fs::TryLockError::WouldBlock) => return Ok(Taken::Busy),
                Err(std::fs::TryLockError::Error(e)) => Err(e),
            }
        };
        match locked {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::Unsupported => {
                drop(file);
                let _ = std::fs::remove_file(path);
                return Ok(Taken::NoLocks);
            }
            Err(e) => return Err(e),
        }
        if still_named(&file, path) {
            return Ok(Taken::File(file));
        }
        // Its holder removed it after this run opened it: lock the file under that name now.
    }
}

/// Opens the lock file for writing, or where another user's lock file cannot be written, for
/// reading (enough for `flock`).
fn open(path: &Path) -> io::Result<File> {
    let created = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(path);
    match created {
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => File::open(path).map_err(|_| e),
        other => other,
    }
}

/// Whether `path` still names the file `file` is open on.
fn still_named(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn holders_of_one_folder_take_turns_and_leave_no_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let inside = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for _ in 0..20 {
                        let lock = FolderLock::acquire(dir.path()).unwrap();
                        assert!(lock.path().is_some(), "ext4 and tmpfs have locks");
                        let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                        most.fetch_max(now, Ordering::SeqCst);
                        std::thread::sleep(Duration::from_micros(200));
                        inside.fetch_sub(1, Ordering::SeqCst);
                    }
                });
            }
        });
        assert_eq!(most.load(Ordering::SeqCst), 1, "two holders at once");
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }

    /// The lock between processes, without the in-process guard: a second open file of the
    /// same lock waits while the first holds it, as another process's would.
    #[test]
    fn the_lock_file_excludes_another_open_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(names::LOCK);
        let Taken::File(first) = lock_file(&path, true).unwrap() else {
            panic!("locks supported")
        };
        let second = open(&path).unwrap();
        assert!(matches!(
            second.try_lock(),
            Err(std::fs::TryLockError::WouldBlock)
        ));
        drop(first);
        assert!(second.try_lock().is_ok());
    }

    /// `try_acquire` answers at once: busy while a thread of this process or another open file
    /// (another process) holds the folder, the lock once it is free.
    #[test]
    fn trying_a_held_folder_says_busy() {
        let dir = tempfile::tempdir().unwrap();
        let held = FolderLock::acquire(dir.path()).unwrap();
        assert!(FolderLock::try_acquire(dir.path()).unwrap().is_none());
        drop(held);
        let other = open(&dir.path().join(names::LOCK)).unwrap();
        other.lock().unwrap();
        assert!(FolderLock::try_acquire(dir.path()).unwrap().is_none());
        // Busy, it left the other holder's file alone.
        assert!(dir.path().join(names::LOCK).exists());
        drop(other);
        let free = FolderLock::try_acquire(dir.path()).unwrap();
        assert!(free.is_some_and(|l| l.path().is_some()));
        assert!(!dir.path().join(names::LOCK).exists(), "removed on release");
    }
}
