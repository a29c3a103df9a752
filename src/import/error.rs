//! Why an import failed. Every kind is the input's fault (exit code 2) except a file that
//! could not be written (3); each message says what to do.

use std::fmt;

#[derive(Debug)]
pub enum ImportError {
    Read(String),
    TooLarge {
        limit_mb: u64,
    },
    NotZip,
    Encrypted,
    OldWord,
    Corrupt(String),
    Budget(String),
    NotWord,
    Xml {
        part: String,
        detail: String,
    },
    NoTable,
    /// The given files do not make one plan: both in one language, three halves, …
    Languages(String),
    /// `--template` names a template whose columns the table does not have.
    Template(String),
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
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ImportError::Read(e) => write!(f, "cannot read the file: {e}"),
            ImportError::TooLarge { limit_mb } => write!(
                f,
                "the file is larger than {limit_mb} MB, far more than a plan's Word file; check that it is the plan you meant"
            ),
            ImportError::NotZip => f.write_str(
                "this is not a Word document (.docx is a zip package, and this file is not one); open it in Word or LibreOffice and save it as .docx",
            ),
            ImportError::Encrypted => f.write_str(
                "the document is password-protected; open it in Word, remove the password (File → Info → Protect Document) and save it again",
            ),
            ImportError::OldWord => f.write_str(
                "this is an old binary Word file (.doc), not .docx; open it in Word or LibreOffice and save it as .docx",
            ),
            ImportError::Corrupt(e) => write!(
                f,
                "the file is damaged or not a complete .docx ({e}); open it in Word and save it again"
            ),
            ImportError::Budget(e) => write!(f, "the file is refused: {e}"),
            ImportError::NotWord => f.write_str(
                "the zip package holds no Word document (no word/document.xml); is it an Excel or PowerPoint file?",
            ),
            ImportError::Xml { part, detail } => write!(
                f,
                "{part} inside the file is not well-formed XML ({detail}); open the document in Word and save it again"
            ),
            ImportError::NoTable => f.write_str(
                "the document has no table whose header names a plan's columns (№, measure or work, deadline, responsible); qujat imports plans kept as a table",
            ),
            ImportError::Languages(e) | ImportError::Template(e) => f.write_str(e),
            ImportError::Exists(p) => write!(
                f,
                "{} already exists: import never overwrites a file; name another with -o",
                p.display()
            ),
            ImportError::Write(e) => write!(f, "{e}; nothing was written"),
        }
    }
}

impl std::error::Error for ImportError {}
