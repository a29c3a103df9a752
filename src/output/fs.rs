//! The file system operations a write is made of, behind a trait so that tests can make any one
//! of them fail (or stop every one after the Nth, as a killed process would) and check that the
//! folder still ends holding one whole set of files.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Every change a write makes to the folder goes through one of these.
pub trait Fs {
    /// Creates `path`, which must not exist, holding `bytes`, and syncs it to disk unless
    /// `sync` is false.
    fn create(&self, path: &Path, bytes: &[u8], sync: bool) -> io::Result<()>;
    /// Creates every file of `files` as [`Fs::create`] with `sync`: one after the other here;
    /// the real disk overlaps them. The first failure, in the order of `files`, with its index.
    fn create_all(&self, files: &[(PathBuf, &[u8])]) -> Result<(), (usize, io::Error)> {
        for (i, (path, bytes)) in files.iter().enumerate() {
            self.create(path, bytes, true).map_err(|e| (i, e))?;
        }
        Ok(())
    }
    /// Syncs the file `path` to disk.
    fn sync_file(&self, path: &Path) -> io::Result<()>;
    /// Gives the file `original` a second name, `link`, in the same folder.
    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()>;
    /// Renames `from` to `to`, replacing `to` if it exists.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the folder's entries (creations, renames, removals) durable.
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
}

/// The real file system.
pub struct Disk {
    /// Whether each change waits for a Ctrl-C or SIGTERM being handled (see `interrupt`). Off
    /// only for the handler itself, which makes its changes while every other one waits.
    guarded: bool,
    /// Whether data and folders are synced. Off only in unit tests that repeat a write many
    /// times, where syncing would cost seconds and prove nothing (a killed process loses no
    /// data the kernel has).
    sync: bool,
}

impl Disk {
    /// What a write uses.
    pub const LIVE: Disk = Disk {
        guarded: true,
        sync: true,
    };

    /// What the signal handler uses, while it holds back every other change.
    pub const UNGUARDED: Disk = Disk {
        guarded: false,
        sync: true,
    };

    #[cfg(test)]
    pub const UNSYNCED: Disk = Disk {
        guarded: false,
        sync: false,
    };

    fn step<T>(&self, op: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
        if self.guarded {
            super::interrupt::step(op)
        } else {
            op()
        }
    }
}

impl Fs for Disk {
    fn create(&self, path: &Path, bytes: &[u8], sync: bool) -> io::Result<()> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        // The documents are for others to read, as any file the user saves (less the umask).
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o644);
        // Only the creation is a step: the bytes go into a file that is already known to be
        // there, so a signal arriving meanwhile removes it and waits for nothing.
        let mut file = self.step(|| options.open(path))?;
        file.write_all(bytes)?;
        if sync && self.sync {
            file.sync_all()?;
        }
        Ok(())
    }

    /// Each file but the first on a thread of its own (the first on this one, which would only
    /// wait): the file system then commits their syncs together (ext4 joins syncs that wait at
    /// once into one journal commit), where one after the other each waits for a commit of its
    /// own. Four files of a sample's size: 10.8 ms one after the
    /// other against 5.3 ms at once on the busy development machine (docs/performance.md).
    fn create_all(&self, files: &[(PathBuf, &[u8])]) -> Result<(), (usize, io::Error)> {
        let Some(((first_path, first_bytes), rest)) = files.split_first() else {
            return Ok(());
        };
        let results: Vec<io::Result<()>> = std::thread::scope(|scope| {
            let handles: Vec<_> = rest
                .iter()
                .map(|(path, bytes)| {
                    std::thread::Builder::new()
                        .spawn_scoped(scope, move || self.create(path, bytes, true))
                })
                .collect();
            // The first file on this thread, which would only wait otherwise.
            let first = self.create(first_path, first_bytes, true);
            let rest = handles
                .into_iter()
                .zip(rest)
                .map(|(handle, (path, bytes))| match handle {
                    Ok(h) => h
                        .join()
                        .unwrap_or_else(|_| Err(io::Error::other("the writing thread stopped"))),
                    // No thread to be had: this file is written on this one.
                    Err(_) => self.create(path, bytes, true),
                });
            std::iter::once(first).chain(rest).collect()
        });
        match results.into_iter().enumerate().find(|(_, r)| r.is_err()) {
            Some((i, Err(e))) => Err((i, e)),
            _ => Ok(()),
        }
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        if self.sync {
            std::fs::File::open(path)?.sync_all()?;
        }
        Ok(())
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        self.step(|| std::fs::hard_link(original, link))
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step(|| std::fs::rename(from, to))
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        self.step(|| std::fs::remove_file(path))
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        // Windows cannot open a folder as a file; its renames are made durable by NTFS's log.
        if self.sync && cfg!(unix) {
            std::fs::File::open(dir)?.sync_all()?;
        }
        Ok(())
    }
}

/// Whether anything (a file, a folder, a link even to nowhere) has this name.
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Whether `a` and `b` are two names of one file (a hard link and its original).
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::symlink_metadata(a), std::fs::symlink_metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    // Elsewhere renaming one name of a file over the other replaces it, which is what the
    // caller wants when this answers no.
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}
