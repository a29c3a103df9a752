//! Putting a folder back in order after a write that stopped part-way: failed, interrupted by
//! a signal, or killed (SIGKILL, a power cut). The same code serves all three, so the state a
//! killed run leaves is the one a failing run undoes every time.
//!
//! It decides from the folder alone, one file name at a time:
//! - `.qujat.done` (every new file was in place): remove the earlier versions kept beside them;
//! - `.qujat.journal` (replacing had begun): put every earlier version back and remove every
//!   new file, so the folder holds the earlier set;
//! - neither: nothing was replaced; hidden new files of this run's own outputs, if any, are
//!   removed, and so are qujat 0.1's `.NAME.XXXXXX.tmp` files of them.
//!
//! Each step is safe to repeat, so a run killed while recovering is recovered by the next.

use super::error::{Left, LeftKind};
use super::fs::{Fs, exists, same_file};
use super::journal::{self, Entry, Read};
use super::names;
use std::path::Path;

/// What recovering a folder did.
#[derive(Debug, Default)]
pub struct Recovery {
    /// A write that had not finished was undone: new files removed, earlier ones put back (or
    /// only new files under hidden names removed, if none had replaced an earlier one yet).
    pub undone: bool,
    /// A write whose new files were all in place was finished: the earlier versions removed.
    pub finished: bool,
    /// What could not be put back or removed.
    pub left: Vec<Left>,
}

/// Puts `dir` back in order: finishes or undoes the write its journal names, and removes the
/// hidden files of the outputs named `own`.
pub fn recover(fs: &dyn Fs, dir: &Path, own: &[String]) -> Recovery {
    let mut r = Recovering {
        fs,
        dir,
        out: Recovery::default(),
        changed: false,
    };
    r.done_marker();
    r.journal();
    // What an earlier write could not put back stays as it is: the rules below would take a
    // kept earlier version beside its replaced file for a leftover and remove it.
    if !r.out.left.is_empty() {
        return r.out;
    }
    for name in own {
        r.own(name);
    }
    r.legacy(own);
    if r.changed {
        // Best effort: the next write syncs again before it replaces anything.
        let _ = fs.sync_dir(dir);
    }
    r.out
}

struct Recovering<'a> {
    fs: &'a dyn Fs,
    dir: &'a Path,
    out: Recovery,
    changed: bool,
}

impl Recovering<'_> {
    /// Every new file was in place: only the kept earlier versions remain to be removed.
    fn done_marker(&mut self) {
        let done = self.dir.join(names::DONE);
        let entries = match journal::read(&done) {
            Read::Missing => return,
            Read::Entries(e) => e,
            // Renamed from a complete journal, so cut short only by a failing disk.
            Read::Cut(error) | Read::Failed(error) => {
                return self.keep_left(&done, LeftKind::Journal, error);
            }
        };
        let before = self.out.left.len();
        for e in &entries {
            self.remove_if_there(&names::backup(&e.name));
            self.remove_if_there(&names::staged(&e.name));
        }
        self.out.finished = true;
        if self.out.left.len() == before {
            self.remove_if_there(names::DONE);
        }
    }

    /// Replacing had begun: every file goes back to what it was.
    fn journal(&mut self) {
        let path = self.dir.join(names::JOURNAL);
        let entries = match journal::read(&path) {
            Read::Missing => return,
            Read::Entries(e) => e,
            // Cut short by a kill while it was written (it is written first, and synced before
            // anything is replaced): nothing of that write exists.
            Read::Cut(_) => {
                self.out.undone = true;
                self.remove_if_there(names::JOURNAL);
                return;
            }
            Read::Failed(error) => return self.keep_left(&path, LeftKind::Journal, error),
        };
        let before = self.out.left.len();
        for e in &entries {
            self.undo(e);
        }
        self.out.undone = true;
        // Kept while anything could not be put back, so that the next run tries again.
        if self.out.left.len() == before {
            self.remove_if_there(names::JOURNAL);
        }
    }

    /// Puts one file back as it was before the write.
    fn undo(&mut self, e: &Entry) {
        let target = self.dir.join(&e.name);
        let staged = self.dir.join(names::staged(&e.name));
        let backup = self.dir.join(names::backup(&e.name));
        if e.existed {
            // The earlier version is at `target` (not replaced yet, or put back already) or,
            // while replaced, at `backup`: a backup is removed only once it is back in place.
            if exists(&backup) {
                if exists(&target) && same_file(&target, &backup) {
                    self.remove_if_there(&names::backup(&e.name));
                } else {
                    self.restore(&backup, &e.name);
                }
            }
        } else if exists(&target) && !exists(&staged) {
            // Renamed into place by the write (its new file is gone): the folder had none.
            match self.fs.remove(&target) {
                Ok(()) => self.changed = true,
                Err(error) => self.keep_left(&target, LeftKind::Added, error),
            }
        }
        self.remove_if_there(&names::staged(&e.name));
    }

    /// The hidden files of one of this run's outputs that no journal names (left by hand, or
    /// by a run whose journal was cut short): a new file is removed; a kept earlier version is
    /// put back if its file is missing, never dropped in its stead.
    fn own(&mut self, name: &str) {
        if self.remove_if_there(&names::staged(name)) {
            self.out.undone = true;
        }
        let backup = self.dir.join(names::backup(name));
        if exists(&backup) {
            if exists(&self.dir.join(name)) {
                self.remove_if_there(&names::backup(name));
            } else {
                self.restore(&backup, name);
            }
        }
    }

    /// qujat 0.1's temporary files of this run's outputs.
    fn legacy(&mut self, own: &[String]) {
        let Ok(entries) = std::fs::read_dir(self.dir) else {
            return;
        };
        let stale: Vec<String> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|f| own.iter().any(|name| names::is_legacy_temp(f, name)))
            .collect();
        for file in stale {
            self.remove_if_there(&file);
        }
    }

    fn restore(&mut self, backup: &Path, name: &str) {
        let target = self.dir.join(name);
        match self.fs.rename(backup, &target) {
            Ok(()) => self.changed = true,
            Err(error) => {
                let kept = backup.to_path_buf();
                let kind = if exists(&target) {
                    LeftKind::NewVersion { kept }
                } else {
                    LeftKind::Missing { kept }
                };
                self.keep_left(&target, kind, error);
            }
        }
    }

    /// Removes one of qujat's hidden files if it is there; whether it was.
    fn remove_if_there(&mut self, name: &str) -> bool {
        let path = self.dir.join(name);
        if !exists(&path) {
            return false;
        }
        match self.fs.remove(&path) {
            Ok(()) => self.changed = true,
            Err(error) => self.keep_left(&path, LeftKind::Hidden, error),
        }
        true
    }

    fn keep_left(&mut self, path: &Path, kind: LeftKind, error: std::io::Error) {
        self.out.left.push(Left {
            path: path.to_path_buf(),
            kind,
            error,
        });
    }
}
