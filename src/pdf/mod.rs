//! The PDF writer: the layout engine's pages drawn straight into a PDF built on lopdf, one page
//! at a time ([`Writer`]), fonts embedded as subsets with a Unicode map (so the text can be
//! searched and copied), metadata from the document. No word processor or browser is
//! involved, and the same document always gives the same bytes.
//!
//! printpdf built these files before; it subsets its fonts while it serialises the whole
//! document, so every page had to be drawn before the file could start, and the glyph codes
//! its subsets gave were read back out of its output. Here the codes are chosen while drawing
//! (see [`fonts`]) and the structure is written directly on lopdf, the crate printpdf itself
//! writes with; the subsets are made by allsorts, the crate printpdf subsets with.

mod cmap;
mod draw;
mod file;
mod finish;
mod fonts;
mod writer;

pub use writer::Writer;

/// Sets up the deflate state of `threads` PDF writers ahead of time (see `finish::prepare`).
pub fn prepare(threads: usize) {
    finish::prepare(threads);
}

use crate::document::{Document, Metadata};
use crate::layout::table::GridTooLarge;
use crate::layout::{self, LayoutError, MissingGlyph, Page};
use std::fmt;

#[derive(Debug)]
pub enum PdfError {
    /// A character the bundled font cannot draw: it would print as an empty box.
    MissingGlyph(MissingGlyph),
    /// A table larger than the layout's grid can hold.
    Grid(GridTooLarge),
    /// A part of the file could not be built (a font subset).
    Build(String),
    /// The finished file could not be written out.
    Save(lopdf::Error),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PdfError::MissingGlyph(e) => write!(f, "cannot write the PDF: {e}"),
            PdfError::Grid(e) => write!(f, "cannot write the PDF: {e}"),
            PdfError::Build(e) => write!(f, "cannot write the PDF: {e}"),
            PdfError::Save(e) => write!(f, "cannot write the PDF: {e}"),
        }
    }
}

impl std::error::Error for PdfError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PdfError::MissingGlyph(e) => Some(e),
            PdfError::Grid(e) => Some(e),
            PdfError::Build(_) => None,
            PdfError::Save(e) => Some(e),
        }
    }
}

impl From<MissingGlyph> for PdfError {
    fn from(e: MissingGlyph) -> Self {
        PdfError::MissingGlyph(e)
    }
}

impl From<LayoutError> for PdfError {
    fn from(e: LayoutError) -> Self {
        match e {
            LayoutError::Glyph(e) => PdfError::MissingGlyph(e),
            LayoutError::Grid(e) => PdfError::Grid(e),
        }
    }
}

/// The document as PDF bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let pages = layout::compose(doc)?;
    write_pages(doc, &pages)
}

/// Several documents (the languages of one plan) in one file, one after the other, each
/// starting on a new page with its own page numbers. The file's metadata is the first
/// document's, with every language's title.
pub fn write_combined(docs: &[Document]) -> Result<Vec<u8>, PdfError> {
    let mut writer = combined_writer(docs)?;
    for doc in docs {
        for page in layout::compose(doc)? {
            writer.page(&page)?;
        }
    }
    writer.finish()
}

/// [`write_combined`] with the documents' pages already laid out, one document after another.
pub fn write_combined_pages(docs: &[Document], pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    written(combined_writer(docs)?, pages.iter())
}

/// [`write_combined_pages`] taking the pages, each dropped as soon as it is written.
pub fn write_combined_drawn(docs: &[Document], pages: Vec<Page>) -> Result<Vec<u8>, PdfError> {
    written(combined_writer(docs)?, pages)
}

/// A writer for one file holding `docs`' pages, one document after another (see
/// [`write_combined`]).
pub fn combined_writer(docs: &[Document]) -> Result<Writer, PdfError> {
    Ok(Writer::new(&combined_meta(docs)?))
}

/// The metadata of a file holding `docs`: the first one's, with every language's title.
fn combined_meta(docs: &[Document]) -> Result<Metadata, PdfError> {
    let first = docs
        .first()
        .ok_or_else(|| PdfError::Build("no document to write".into()))?;
    let mut meta = first.meta.clone();
    meta.title = docs
        .iter()
        .map(|d| d.meta.title.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    Ok(meta)
}

/// Pages laid out from `doc` (by [`layout::compose`]) as PDF bytes, with `doc`'s metadata.
pub fn write_pages(doc: &Document, pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    written(Writer::new(&doc.meta), pages.iter())
}

/// [`write_pages`] taking the pages: each is dropped as soon as its content is written, so a
/// long document's drawn pages and its PDF are never held whole side by side.
pub fn write_drawn(doc: &Document, pages: Vec<Page>) -> Result<Vec<u8>, PdfError> {
    written(Writer::new(&doc.meta), pages)
}

/// `pages` written by `writer`, each dropped (if owned) once written, and the file finished.
fn written<P: std::borrow::Borrow<Page>>(
    mut writer: Writer,
    pages: impl IntoIterator<Item = P>,
) -> Result<Vec<u8>, PdfError> {
    for page in pages {
        writer.page(page.borrow())?;
    }
    writer.finish()
}
