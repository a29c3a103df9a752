//! One write of a set of files into a folder, all or nothing, in three calls: `begin` when the
//! names are known, `stage` as each file is made (from any thread), `commit` once all are
//! (the folder is locked and recovered by the caller, before `begin`):
//!
//! 1. `begin`: the journal (`.qujat.journal`) lists the names and which of them exist: from
//!    here on a failure or a kill is undone from the journal, and the next run into the folder
//!    removes whatever hidden file the write left, whatever it writes itself;
//! 2. `stage`: each new file is written and synced under a hidden name, `.NAME.qujat-new`, as
//!    soon as it is made, and its bytes are dropped: a render holds no finished file while it
//!    makes the next (several at once overlap: see `Fs::create_all`);
//! 3. `commit`: the folder is checked against the journal (no file of the set created or
//!    removed by someone else meanwhile), then the journal and the folder are synced (written
//!    first, the journal is synced with the new files on most file systems, where a sync
//!    commits every change before it: its own sync then costs next to nothing);
//! 4. file by file, the earlier version gets a second name, `.NAME.qujat-old` (a hard link, so
//!    the file never goes missing; a rename where links are not supported), and the new file
//!    is renamed over it;
//! 5. the folder is synced and the journal renamed `.qujat.done`: the write is complete;
//! 6. the earlier versions and the marker are removed.
//!
//! A failure in 1–5 undoes everything (see `recover`) and says what, if anything, could not be
//! put back; so does a `Staging` dropped before its commit (the caller's own error, a panic).
//! After 5 nothing is undone: the new set is in place, and a leftover earlier version is
//! removed by the next run.

use super::error::{Step, WriteError};
use super::fs::{Fs, exists};
use super::interrupt::Registration;
use super::journal::{self, Entry};
use super::lock::FolderLock;
use super::recover::recover;
use super::{Output, names};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

/// A write under way: its journal is on disk, its new files are staged one by one. Dropped
/// before [`Staging::commit`], it undoes everything: the folder is left as it was.
pub struct Staging<'a> {
    fs: &'a (dyn Fs + Sync),
    dir: PathBuf,
    entries: Vec<Entry>,
    /// Of each entry: whether it was handed to `stage`, and whether its file is staged.
    state: Mutex<Vec<(bool, bool)>>,
    /// Committed, or undone already: nothing left for `drop` to do.
    settled: bool,
    /// Known to the signal handler until the last change; dropped before the lock.
    _live: Option<Registration>,
    _lock: Option<FolderLock>,
}

/// Begins writing the files `own` into `dir`: the journal is written before any new file.
/// `lock` and `live` are held until the write is committed or undone.
pub fn begin<'a>(
    fs: &'a (dyn Fs + Sync),
    dir: &Path,
    own: &[String],
    lock: Option<FolderLock>,
    live: Option<Registration>,
) -> Result<Staging<'a>, WriteError> {
    for name in own {
        let target = dir.join(name);
        if target.is_dir() {
            return Err(in_the_way(&target));
        }
    }
    let entries: Vec<Entry> = own
        .iter()
        .map(|name| Entry {
            name: name.clone(),
            existed: exists(&dir.join(name)),
        })
        .collect();
    let staging = Staging {
        fs,
        dir: dir.to_path_buf(),
        state: Mutex::new(vec![(false, false); entries.len()]),
        entries,
        settled: false,
        _live: live,
        _lock: lock,
    };
    let journal = dir.join(names::JOURNAL);
    if let Err(e) = fs.create(&journal, &journal::text(&staging.entries), false) {
        return Err(staging.fail(WriteError::new(Step::Stage, &journal, e)));
    }
    Ok(staging)
}

fn in_the_way(target: &Path) -> WriteError {
    let error = io::Error::other("a folder of that name is in the way");
    WriteError::new(Step::InTheWay, target, error)
}

impl Staging<'_> {
    /// Writes and syncs `outputs` under their hidden names, side by side (see
    /// `Fs::create_all`). Each must be one of the names the write began with, staged once. An
    /// error undoes nothing yet: the caller ends the write with [`Staging::fail`] once no
    /// other thread stages any more.
    pub fn stage(&self, outputs: &[Output]) -> Result<(), WriteError> {
        let mut indices = Vec::with_capacity(outputs.len());
        {
            let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
            for out in outputs {
                let i = self.entries.iter().position(|e| e.name == out.name);
                let problem = match i {
                    None => "not one of the files this write began with",
                    Some(i) if state[i].0 => "named twice in one write",
                    Some(i) => {
                        state[i].0 = true;
                        indices.push(i);
                        continue;
                    }
                };
                let error = io::Error::new(io::ErrorKind::InvalidInput, problem);
                return Err(WriteError::new(
                    Step::Stage,
                    &self.dir.join(&out.name),
                    error,
                ));
            }
        }
        let files: Vec<(PathBuf, &[u8])> = outputs
            .iter()
            .map(|out| {
                (
                    self.dir.join(names::staged(&out.name)),
                    out.bytes.as_slice(),
                )
            })
            .collect();
        if let Err((i, e)) = self.fs.create_all(&files) {
            return Err(WriteError::new(
                Step::Stage,
                &self.dir.join(&outputs[i].name),
                e,
            ));
        }
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        for i in indices {
            state[i].1 = true;
        }
        Ok(())
    }

    /// Ends the write with `error`: everything is undone, and `error` says what could not be.
    pub fn fail(mut self, error: WriteError) -> WriteError {
        let own: Vec<String> = self.entries.iter().map(|e| e.name.clone()).collect();
        let recovery = recover(self.fs, &self.dir, &own);
        self.settled = true;
        WriteError {
            left: recovery.left,
            ..error
        }
    }

    /// Puts every staged file in place of its earlier version, all or none: the paths of the
    /// files, in the order the write began with.
    pub fn commit(self) -> Result<Vec<PathBuf>, WriteError> {
        match self.check().and_then(|()| self.replace()) {
            Ok(done) => Ok(self.tidy(&done)),
            Err(e) => Err(self.fail(e)),
        }
    }

    /// Steps 3 to 5: the earlier files replaced and the write marked done; the marker's path.
    fn replace(&self) -> Result<PathBuf, WriteError> {
        let (fs, dir) = (self.fs, self.dir.as_path());
        let journal = dir.join(names::JOURNAL);
        // Nothing is replaced before the journal and the new files' names are on disk.
        fs.sync_file(&journal)
            .and_then(|()| fs.sync_dir(dir))
            .map_err(|e| WriteError::new(Step::Sync, dir, e))?;
        for entry in &self.entries {
            let target = dir.join(&entry.name);
            if entry.existed {
                keep(fs, &target, &dir.join(names::backup(&entry.name)))
                    .map_err(|e| WriteError::new(Step::Keep, &target, e))?;
            }
            let staged = dir.join(names::staged(&entry.name));
            fs.rename(&staged, &target)
                .map_err(|e| WriteError::new(Step::Replace, &target, e))?;
        }
        fs.sync_dir(dir)
            .map_err(|e| WriteError::new(Step::Sync, dir, e))?;
        let done = dir.join(names::DONE);
        fs.rename(&journal, &done)
            .map_err(|e| WriteError::new(Step::Sync, dir, e))?;
        Ok(done)
    }

    /// Every file staged, and the folder still as the journal says: a file of the set that
    /// another program created or removed while the files were made would be lost by the
    /// replacing (or by undoing it), so the write stops instead.
    fn check(&self) -> Result<(), WriteError> {
        let state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        for (entry, &(_, staged)) in self.entries.iter().zip(state.iter()) {
            let target = self.dir.join(&entry.name);
            if !staged {
                let error = io::Error::other("the file was never made");
                return Err(WriteError::new(Step::Stage, &target, error));
            }
            if target.is_dir() {
                return Err(in_the_way(&target));
            }
            if exists(&target) != entry.existed {
                let error = io::Error::other(
                    "another program created or removed a file of that name while qujat made \
                     the new files; run qujat again",
                );
                return Err(WriteError::new(Step::InTheWay, &target, error));
            }
        }
        Ok(())
    }

    /// The write is complete. What follows only tidies up: a failure there leaves hidden files
    /// that the next run into this folder removes.
    fn tidy(mut self, done: &Path) -> Vec<PathBuf> {
        self.settled = true;
        let (fs, dir) = (self.fs, self.dir.as_path());
        let _ = fs.sync_dir(dir);
        let mut tidy = true;
        for entry in self.entries.iter().filter(|e| e.existed) {
            tidy &= fs.remove(&dir.join(names::backup(&entry.name))).is_ok();
        }
        if tidy {
            let _ = fs.remove(done);
        }
        self.entries.iter().map(|e| dir.join(&e.name)).collect()
    }
}

/// A write given up before its commit (an error of the caller's, a panic): undone, so that
/// the folder holds what it held before, and no hidden file of it.
impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if !self.settled {
            let own: Vec<String> = self.entries.iter().map(|e| e.name.clone()).collect();
            let _ = recover(self.fs, &self.dir, &own);
        }
    }
}

/// Gives the earlier version of `target` the name `backup`: a hard link, so that `target` is
/// never missing, or where the file system has none (FAT, some network shares), a rename.
fn keep(fs: &dyn Fs, target: &Path, backup: &Path) -> io::Result<()> {
    fs.hard_link(target, backup)
        .or_else(|link| fs.rename(target, backup).map_err(|_| link))
}
