//! Why a write failed, and what the folder holds afterwards: a failed write says either that
//! no file was changed, or exactly which files could not be put back and where their earlier
//! versions are.

use crate::message::Message;
use crate::msg;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub struct WriteError {
    pub step: Step,
    /// The file (or, for `Lock`, `Sync` and `Recover`, the folder) the failed step was about.
    pub path: PathBuf,
    pub error: io::Error,
    /// What could not be put back; empty when no file of the write was changed.
    pub left: Vec<Left>,
}

/// The step of a write that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Taking the folder's lock.
    Lock,
    /// Putting back what an interrupted earlier write left in the folder.
    Recover,
    /// A folder has the name of an output.
    InTheWay,
    /// Writing a new file under its hidden temporary name.
    Stage,
    /// Keeping the earlier version of a file under a hidden name.
    Keep,
    /// Renaming a new file into place.
    Replace,
    /// Making the folder's changes durable, or recording that the write is complete.
    Sync,
}

/// A file a failed write could not put back as it was.
#[derive(Debug)]
pub struct Left {
    pub path: PathBuf,
    pub kind: LeftKind,
    pub error: io::Error,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftKind {
    /// `path` holds the new version; the earlier one is at `kept`.
    NewVersion { kept: PathBuf },
    /// `path` is missing; its earlier version is at `kept`.
    Missing { kept: PathBuf },
    /// `path` is a new file, which the folder did not hold before.
    Added,
    /// `path` is one of qujat's hidden files, in nobody's way; the next run removes it.
    Hidden,
    /// `path` is the journal of an interrupted write, which cannot be read.
    Journal,
}

impl WriteError {
    pub fn new(step: Step, path: &Path, error: io::Error) -> WriteError {
        WriteError {
            step,
            path: path.to_path_buf(),
            error,
            left: Vec::new(),
        }
    }

    /// Whether every file is as it was before the write (hidden leftovers aside).
    pub fn changed_nothing(&self) -> bool {
        self.left.iter().all(|l| l.kind == LeftKind::Hidden)
    }
}

impl WriteError {
    /// What failed and what the folder holds now, clause by clause: the step that failed,
    /// whether any file changed, each file left otherwise, the hidden files left.
    pub fn messages(&self) -> Vec<Message> {
        let path = self.path.display().to_string();
        let step = match self.step {
            Step::Lock => "lock",
            Step::Recover => "recover",
            Step::InTheWay | Step::Stage => "write",
            Step::Keep => "keep",
            Step::Replace => "replace",
            Step::Sync => "sync",
        };
        let mut out = vec![if self.step == Step::Recover {
            msg!("write-failed-recover", path = &path)
        } else {
            msg!(
                "write-failed",
                step = step,
                path = &path,
                error = self.error.to_string()
            )
        }];
        if self.changed_nothing() {
            out.push(msg!("write-changed-nothing"));
        } else if self.step != Step::Recover {
            out.push(msg!("write-not-put-back"));
        }
        let (hidden, lost): (Vec<&Left>, Vec<&Left>) =
            self.left.iter().partition(|l| l.kind == LeftKind::Hidden);
        out.extend(lost.iter().map(|l| l.message()));
        if !lost.is_empty() {
            out.push(msg!("write-next-run-retries"));
        }
        if !hidden.is_empty() {
            let names: Vec<String> = hidden
                .iter()
                .map(|l| l.path.display().to_string())
                .collect();
            out.push(msg!("write-hidden-left", names = names.join(", ")));
        }
        out
    }
}

/// The clauses of [`WriteError::messages`], in the user's language, joined by semicolons.
impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let clauses: Vec<String> = self.messages().iter().map(Message::text).collect();
        f.write_str(&clauses.join("; "))
    }
}

impl Left {
    pub fn message(&self) -> Message {
        let path = self.path.display().to_string();
        let error = self.error.to_string();
        match &self.kind {
            LeftKind::NewVersion { kept } => msg!(
                "left-new-version",
                path = path,
                kept = kept.display().to_string(),
                error = error
            ),
            LeftKind::Missing { kept } => msg!(
                "left-missing",
                path = path,
                kept = kept.display().to_string(),
                error = error
            ),
            LeftKind::Added => msg!("left-added", path = path, error = error),
            LeftKind::Hidden => msg!("left-hidden", path = path, error = error),
            LeftKind::Journal => msg!("left-journal", path = path, error = error),
        }
    }
}

impl fmt::Display for Left {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
