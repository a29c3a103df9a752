//! Why a write failed, and what the folder holds afterwards: a failed write says either that
//! no file was changed, or exactly which files could not be put back and where their earlier
//! versions are.

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

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let path = self.path.display();
        match self.step {
            Step::Lock => write!(f, "cannot lock the folder {path} against other qujat runs")?,
            Step::Recover => write!(
                f,
                "an interrupted earlier write left files in {path} that cannot be put back"
            )?,
            Step::InTheWay | Step::Stage => write!(f, "cannot write {path}")?,
            Step::Keep => write!(f, "cannot keep the earlier version of {path}")?,
            Step::Replace => write!(f, "cannot replace {path}")?,
            Step::Sync => write!(f, "cannot save the changes to the folder {path}")?,
        }
        if self.step != Step::Recover {
            write!(f, ": {}", self.error)?;
        }
        if self.changed_nothing() {
            f.write_str("; no file was changed")?;
        } else if self.step != Step::Recover {
            f.write_str("; the earlier files could not all be put back")?;
        }
        let (hidden, lost): (Vec<&Left>, Vec<&Left>) =
            self.left.iter().partition(|l| l.kind == LeftKind::Hidden);
        for l in &lost {
            write!(f, "; {l}")?;
        }
        if !lost.is_empty() {
            f.write_str("; the next qujat run into this folder tries again to put them back")?;
        }
        if !hidden.is_empty() {
            let names: Vec<String> = hidden
                .iter()
                .map(|l| l.path.display().to_string())
                .collect();
            write!(
                f,
                "; hidden files left, which the next run removes: {}",
                names.join(", ")
            )?;
        }
        Ok(())
    }
}

impl fmt::Display for Left {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let path = self.path.display();
        let error = &self.error;
        match &self.kind {
            LeftKind::NewVersion { kept } => write!(
                f,
                "{path} holds the new version, its earlier one is {} ({error})",
                kept.display()
            ),
            LeftKind::Missing { kept } => write!(
                f,
                "{path} is missing, its earlier version is {} ({error})",
                kept.display()
            ),
            LeftKind::Added => write!(f, "{path} is new and could not be removed ({error})"),
            LeftKind::Hidden => write!(f, "{path} could not be removed ({error})"),
            LeftKind::Journal => write!(
                f,
                "{path}, the list of files of that write, cannot be read ({error}): check the \
                 files beside it, then remove it"
            ),
        }
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}
