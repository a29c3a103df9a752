//! One write of a set of files into a folder, all or nothing (the folder is locked and
//! recovered by the caller):
//!
//! 1. the journal (`.qujat.journal`) lists the names and which of them exist: from here on a
//!    failure or a kill is undone from the journal;
//! 2. every new file is written and synced under a hidden name, `.NAME.qujat-new` (all at
//!    once: see `Fs::create_all`), then the journal and the folder are synced (written first,
//!    the journal is synced with the new files on most file systems, where a sync commits
//!    every change before it: its own sync then costs next to nothing);
//! 3. file by file, the earlier version gets a second name, `.NAME.qujat-old` (a hard link, so
//!    the file never goes missing; a rename where links are not supported), and the new file
//!    is renamed over it;
//! 4. the folder is synced and the journal renamed `.qujat.done`: the write is complete;
//! 5. the earlier versions and the marker are removed.
//!
//! A failure in 1–4 undoes everything (see `recover`) and says what, if anything, could not be
//! put back. After 4 nothing is undone: the new set is in place, and a leftover earlier
//! version is removed by the next run.

use super::error::{Step, WriteError};
use super::fs::{Fs, exists};
use super::journal::{self, Entry};
use super::recover::recover;
use super::{Output, names};
use std::io;
use std::path::{Path, PathBuf};

/// Writes `outputs` into `dir`, replacing the files of the same names only if all succeed.
pub fn commit(fs: &dyn Fs, dir: &Path, outputs: &[Output]) -> Result<Vec<PathBuf>, WriteError> {
    let own: Vec<String> = outputs.iter().map(|o| o.name.clone()).collect();
    let fail = |step, path: &Path, error| {
        let recovery = recover(fs, dir, &own);
        WriteError {
            left: recovery.left,
            ..WriteError::new(step, path, error)
        }
    };
    for out in outputs {
        let target = dir.join(&out.name);
        if target.is_dir() {
            let error = io::Error::other("a folder of that name is in the way");
            return Err(WriteError::new(Step::InTheWay, &target, error));
        }
    }
    let entries: Vec<Entry> = own
        .iter()
        .map(|name| Entry {
            name: name.clone(),
            existed: exists(&dir.join(name)),
        })
        .collect();
    let journal = dir.join(names::JOURNAL);
    if let Err(e) = fs.create(&journal, &journal::text(&entries), false) {
        return Err(fail(Step::Stage, &journal, e));
    }
    let staged: Vec<(PathBuf, &[u8])> = outputs
        .iter()
        .map(|out| (dir.join(names::staged(&out.name)), out.bytes.as_slice()))
        .collect();
    if let Err((i, e)) = fs.create_all(&staged) {
        return Err(fail(Step::Stage, &dir.join(&outputs[i].name), e));
    }
    // Nothing is replaced before the journal and the new files' names are on disk.
    if let Err(e) = fs.sync_file(&journal).and_then(|()| fs.sync_dir(dir)) {
        return Err(fail(Step::Sync, dir, e));
    }
    for entry in &entries {
        let target = dir.join(&entry.name);
        if entry.existed
            && let Err(e) = keep(fs, &target, &dir.join(names::backup(&entry.name)))
        {
            return Err(fail(Step::Keep, &target, e));
        }
        let staged = dir.join(names::staged(&entry.name));
        if let Err(e) = fs.rename(&staged, &target) {
            return Err(fail(Step::Replace, &target, e));
        }
    }
    if let Err(e) = fs.sync_dir(dir) {
        return Err(fail(Step::Sync, dir, e));
    }
    let done = dir.join(names::DONE);
    if let Err(e) = fs.rename(&journal, &done) {
        return Err(fail(Step::Sync, dir, e));
    }
    // The write is complete. What follows only tidies up: a failure there leaves hidden files
    // that the next run into this folder removes.
    let _ = fs.sync_dir(dir);
    let mut tidy = true;
    for entry in entries.iter().filter(|e| e.existed) {
        tidy &= fs.remove(&dir.join(names::backup(&entry.name))).is_ok();
    }
    if tidy {
        let _ = fs.remove(&done);
    }
    Ok(own.iter().map(|name| dir.join(name)).collect())
}

/// Gives the earlier version of `target` the name `backup`: a hard link, so that `target` is
/// never missing, or where the file system has none (FAT, some network shares), a rename.
fn keep(fs: &dyn Fs, target: &Path, backup: &Path) -> io::Result<()> {
    fs.hard_link(target, backup)
        .or_else(|link| fs.rename(target, backup).map_err(|_| link))
}
