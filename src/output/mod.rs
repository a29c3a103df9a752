//! Writing a plan's files all or nothing. Whatever happens — a failing disk, a file that cannot
//! be replaced, Ctrl-C, SIGTERM, a killed process, two runs at once — the folder ends holding
//! either every earlier file or every new one, never a mix, and no hidden file of qujat's once
//! the next run has been through it:
//!
//! - `lock`: one write at a time per target folder, across threads and processes;
//! - `recover`: what an interrupted write left is finished or undone before the next write;
//! - `commit`: the new files are written under hidden names, the earlier ones kept until all
//!   of the new ones are in place, and every step undone if one fails;
//! - `interrupt`: Ctrl-C, SIGTERM and SIGHUP undo the write under way and end the process.

mod commit;
mod error;
mod fs;
mod interrupt;
mod journal;
mod lock;
mod names;
mod recover;

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

fn write_with(fs: &dyn Fs, dir: &Path, outputs: &[Output]) -> Result<Vec<PathBuf>, WriteError> {
    let own: Vec<String> = outputs.iter().map(|o| o.name.clone()).collect();
    check_names(dir, &own)?;
    let lock = FolderLock::acquire(dir).map_err(|e| WriteError::new(Step::Lock, dir, e))?;
    // Dropped before the lock, after the last change.
    let _live = interrupt::register(dir, &own, lock.path());
    let earlier = recover::recover(fs, dir, &own);
    if let Some(first) = earlier.left.first() {
        let error = std::io::Error::from(first.error.kind());
        return Err(WriteError {
            left: earlier.left,
            ..WriteError::new(Step::Recover, dir, error)
        });
    }
    commit::commit(fs, dir, outputs)
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
