//! Why a DOCX could not be written.

use std::fmt;

#[derive(Debug)]
pub enum DocxError {
    /// A package part docx-rs produced did not have the shape `finish` expects: the pinned
    /// docx-rs version changed its output.
    UnexpectedPart { part: &'static str, problem: String },
    /// Writing the zip archive failed.
    Zip(zip::result::ZipError),
    /// A combined file was asked for with no document in it.
    NoDocument,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::UnexpectedPart { part, problem } => write!(
                f,
                "docx-rs wrote {part} in a shape this writer does not expect ({problem}): \
                 did its version change?"
            ),
            DocxError::Zip(e) => write!(f, "cannot write the DOCX archive: {e}"),
            DocxError::NoDocument => write!(f, "a combined DOCX needs at least one document"),
        }
    }
}

impl std::error::Error for DocxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocxError::Zip(e) => Some(e),
            DocxError::UnexpectedPart { .. } | DocxError::NoDocument => None,
        }
    }
}

impl From<zip::result::ZipError> for DocxError {
    fn from(e: zip::result::ZipError) -> Self {
        DocxError::Zip(e)
    }
}
