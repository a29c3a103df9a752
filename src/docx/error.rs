//! Why a DOCX could not be written.

use std::fmt;

#[derive(Debug)]
pub enum DocxError {
    /// The document could not be laid out: a character the bundled font cannot draw (it
    /// would print as an empty box), or a table larger than the layout's grid.
    Layout(crate::layout::LayoutError),
    /// Writing the zip archive failed.
    Zip(zip::result::ZipError),
    /// A combined file was asked for with no document in it.
    NoDocument,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Layout(e) => write!(f, "cannot write the DOCX: {e}"),
            DocxError::Zip(e) => write!(f, "cannot write the DOCX archive: {e}"),
            DocxError::NoDocument => write!(f, "a combined DOCX needs at least one document"),
        }
    }
}

impl std::error::Error for DocxError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DocxError::Layout(e) => Some(e),
            DocxError::Zip(e) => Some(e),
            DocxError::NoDocument => None,
        }
    }
}

impl From<zip::result::ZipError> for DocxError {
    fn from(e: zip::result::ZipError) -> Self {
        DocxError::Zip(e)
    }
}

impl From<std::io::Error> for DocxError {
    fn from(e: std::io::Error) -> Self {
        DocxError::Zip(zip::result::ZipError::Io(e))
    }
}

impl From<crate::layout::LayoutError> for DocxError {
    fn from(e: crate::layout::LayoutError) -> Self {
        DocxError::Layout(e)
    }
}
