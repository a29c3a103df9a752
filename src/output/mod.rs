//! Writing a plan's files all or nothing. Whatever happens — a failing disk, a file that cannot
//! be replaced, Ctrl-C, SIGTERM, a killed process, two runs at once — the folder ends holding
//! either every earlier file or every new one, never a mix, and no hidden file of qujat's once
//! the next run has been through it:
//!
//! - `lock`: one write at a time per target folder, across threads and processes;
//! - `recover`: what an interrupted write left is finished or undone before the next write;
//! - `commit`: a write begun with its names ([`begin`]), each new file staged under a hidden
//!   name as soon as it is made ([`Staging::stage`], from any thread), the earlier files kept
//!   until all of the new ones are in place ([`Staging::commit`]), and every step undone if
//!   one fails or the write is given up; [`write_all`] is the three at once;
//! - `interrupt`: Ctrl-C, SIGTERM and SIGHUP undo the write under way and end the process.

mod commit;
mod error;
mod fs;
mod interrupt;
mod journal;
mod lock;
mod names;
mod recover;

pub use commit::Staging;
pub use error::{Left, LeftKind, Step, WriteError};
pub use fs::exists;
pub use interrupt::install as handle_signals;

use fs::{Disk, Fs};
use lock::FolderLock;
use std::path::{Path, PathBuf};

/// One file to write: its name in the target folder and its bytes.
pub struct Output {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// Writes every output into `dir`, replacing files of the same names only if all succeed.
pub fn write_all(dir: &Path, outputs: &[Output]) -> Result<Vec<PathBuf>, WriteError> {
    write_with(&Disk::LIVE, dir, outputs)
}

/// Begins writing the files `names` into `dir`, waiting while another run writes into it:
/// the folder is locked, what an interrupted write left is put back, and the journal written.
/// The files are then staged as they are made and committed at the end; until then the
/// folder's files are untouched, and a dropped `Staging`, an error, a signal or a kill leaves
/// them as they were.
pub fn begin(dir: &Path, names: &[String]) -> Result<Staging<'static>, WriteError> {
    begin_waiting(&Disk::LIVE, dir, names)
}

/// As [`begin`], but `None` at once if another write into `dir` is under way.
pub fn try_begin(dir: &Path, names: &[String]) -> Result<Option<Staging<'static>>, WriteError> {
    begin_with(&Disk::LIVE, dir, names, false)
}

fn write_with(
    fs: &(dyn Fs + Sync),
    dir: &Path,
    outputs: &[Output],
) -> Result<Vec<PathBuf>, WriteError> {
    let own: Vec<String> = outputs.iter().map(|o| o.name.clone()).collect();
    let staging = begin_waiting(fs, dir, &own)?;
    match staging.stage(outputs) {
        Ok(()) => staging.commit(),
        Err(e) => Err(staging.fail(e)),
    }
}

fn begin_waiting<'a>(
    fs: &'a (dyn Fs + Sync),
    dir: &Path,
    own: &[String],
) -> Result<Staging<'a>, WriteError> {
    let began = begin_with(fs, dir, own, true)?;
    // Waiting, the folder is never busy.
    began.ok_or_else(|| WriteError::new(Step::Lock, dir, std::io::Error::other("busy")))
}

fn begin_with<'a>(
    fs: &'a (dyn Fs + Sync),
    dir: &Path,
    own: &[String],
    wait: bool,
) -> Result<Option<Staging<'a>>, WriteError> {
    check_names(dir, own)?;
    let lock = match wait {
        true => FolderLock::acquire(dir).map(Some),
        false => FolderLock::try_acquire(dir),
    };
    let Some(lock) = lock.map_err(|e| WriteError::new(Step::Lock, dir, e))? else {
        return Ok(None);
    };
    // Dropped before the lock, after the last change.
    let live = interrupt::register(dir, own, lock.path());
    let earlier = recover::recover(fs, dir, own);
    if let Some(first) = earlier.left.first() {
        let error = std::io::Error::from(first.error.kind());
        return Err(WriteError {
            left: earlier.left,
            ..WriteError::new(Step::Recover, dir, error)
        });
    }
    commit::begin(fs, dir, own, Some(lock), Some(live)).map(Some)
}

/// Outputs are plain file names, each once: two outputs of one name would replace each other.
fn check_names(dir: &Path, names: &[String]) -> Result<(), WriteError> {
    for (i, name) in names.iter().enumerate() {
        let problem = if !names::is_plain(name) {
            "not a plain file name"
        } else if names[..i].contains(name) {
            "named twice in one write"
        } else {
            continue;
        };
        let error = std::io::Error::new(std::io::ErrorKind::InvalidInput, problem);
        return Err(WriteError::new(Step::Stage, &dir.join(name), error));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
