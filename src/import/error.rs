//! Why an import failed. Every kind is the input's fault (exit code 2) except a file that
//! could not be written (3); each message says what to do.

use crate::message::Message;
use crate::msg;
use std::fmt;

#[derive(Debug)]
pub enum ImportError {
    /// Why the file could not be read.
    Read(Message),
    TooLarge {
        limit_mb: u64,
    },
    NotZip,
    Encrypted,
    OldWord,
    /// The zip library's description of the damage.
    Corrupt(String),
    /// Which budget the package breaks.
    Budget(Message),
    NotWord,
    Xml {
        part: String,
        detail: String,
    },
    NoTable,
    /// The given files do not make one plan: both in one language, three halves, …
    Languages(Message),
    /// `--template` names a template whose columns the table does not have.
    Template(Message),
    Exists(std::path::PathBuf),
    Write(crate::output::WriteError),
}

impl ImportError {
    pub fn exit_code(&self) -> i32 {
        match self {
            ImportError::Write(_) => crate::app::exit::CANNOT_WRITE,
            _ => crate::app::exit::INVALID_INPUT,
        }
    }

    /// What went wrong and what to do, in the words of cli.ftl.
    pub fn message(&self) -> Message {
        match self {
            ImportError::Read(why) => msg!("import-read", error = why),
            ImportError::TooLarge { limit_mb } => msg!("import-too-large", mb = *limit_mb),
            ImportError::NotZip => msg!("import-not-zip"),
            ImportError::Encrypted => msg!("import-encrypted"),
            ImportError::OldWord => msg!("import-old-word"),
            ImportError::Corrupt(e) => msg!("import-corrupt", error = e),
            ImportError::Budget(why) => msg!("import-budget", error = why),
            ImportError::NotWord => msg!("import-not-word"),
            ImportError::Xml { part, detail } => {
                msg!("import-xml", part = part, detail = detail)
            }
            ImportError::NoTable => msg!("import-no-table"),
            ImportError::Languages(m) | ImportError::Template(m) => m.clone(),
            ImportError::Exists(p) => msg!("import-exists", path = p.display().to_string()),
            ImportError::Write(e) => msg!("import-write", error = e.to_string()),
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message().text())
    }
}

impl std::error::Error for ImportError {}
