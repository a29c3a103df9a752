//! The PDF writer: the layout engine's pages drawn with printpdf, fonts embedded as subsets
//! with a Unicode map (so the text can be searched and copied), metadata from the document.
//! No word processor or browser is involved, and the same document always gives the same
//! bytes.

mod codes;
mod draw;
mod finish;
mod fonts;
mod writer;

pub use writer::Writer;

use crate::document::{Document, Metadata};
use crate::fonts::Style;
use crate::layout::{self, MissingGlyph, Page};
use lopdf::{Dictionary, Object, Stream};
use printpdf::{Mm, PdfDocument, PdfFont, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt};
use std::borrow::{Borrow, Cow};
use std::fmt;

#[derive(Debug)]
pub enum PdfError {
    /// A character the bundled font cannot draw: it would print as an empty box.
    MissingGlyph(MissingGlyph),
    /// printpdf reported an error while building the file.
    Build(String),
    /// The finished file could not be written out.
    Save(lopdf::Error),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PdfError::MissingGlyph(e) => write!(f, "cannot write the PDF: {e}"),
            PdfError::Build(e) => write!(f, "cannot write the PDF: {e}"),
            PdfError::Save(e) => write!(f, "cannot write the PDF: {e}"),
        }
    }
}

impl std::error::Error for PdfError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            PdfError::MissingGlyph(e) => Some(e),
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

/// The document as PDF bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, PdfError> {
    let pages = layout::compose(doc)?;
    write_drawn(doc, pages)
}

/// Several documents (the languages of one plan) in one file, one after the other, each
/// starting on a new page with its own page numbers. The file's metadata is the first
/// document's, with every language's title.
pub fn write_combined(docs: &[Document]) -> Result<Vec<u8>, PdfError> {
    let mut pages = Vec::new();
    for doc in docs {
        pages.extend(layout::compose(doc)?);
    }
    combined(docs, Cow::Owned(pages))
}

/// [`write_combined`] with the documents' pages already laid out, one document after another.
pub fn write_combined_pages(docs: &[Document], pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    combined(docs, Cow::Borrowed(pages))
}

/// [`write_combined_pages`] taking the pages, each dropped as soon as it is written.
pub fn write_combined_drawn(docs: &[Document], pages: Vec<Page>) -> Result<Vec<u8>, PdfError> {
    combined(docs, Cow::Owned(pages))
}

fn combined(docs: &[Document], pages: Cow<[Page]>) -> Result<Vec<u8>, PdfError> {
    let first = docs
        .first()
        .ok_or_else(|| PdfError::Build("no document to write".into()))?;
    let mut meta = first.meta.clone();
    meta.title = docs
        .iter()
        .map(|d| d.meta.title.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    draw_and_save(&meta, pages)
}

/// Pages laid out from `doc` (by [`layout::compose`]) as PDF bytes, with `doc`'s metadata.
pub fn write_pages(doc: &Document, pages: &[Page]) -> Result<Vec<u8>, PdfError> {
    draw_and_save(&doc.meta, Cow::Borrowed(pages))
}

/// [`write_pages`] taking the pages: each is dropped as soon as its content is written, so a
/// long document's drawn pages and its PDF are never held whole side by side.
pub fn write_drawn(doc: &Document, pages: Vec<Page>) -> Result<Vec<u8>, PdfError> {
    draw_and_save(&doc.meta, Cow::Owned(pages))
}

/// Sets up what every PDF needs once per process (printpdf's parse of the bundled faces), so
/// that a caller may do it on another thread while the plan loads.
pub fn prepare() {
    for style in Style::ALL {
        fonts::parsed(style);
    }
}

fn draw_and_save(meta: &Metadata, pages: Cow<[Page]>) -> Result<Vec<u8>, PdfError> {
    let mut pdf = PdfDocument::new(&meta.title);
    for style in Style::ALL {
        let font = PdfFont::new(fonts::parsed(style).clone());
        pdf.resources.fonts.map.insert(fonts::id(style), font);
    }
    // printpdf lays out the document and subsets the fonts to the characters the first page
    // shows; the pages' own content is written by `draw` once the codes are known.
    let used = draw::used_chars(&pages);
    pdf.pages = pages
        .iter()
        .enumerate()
        .map(|(i, page)| {
            let ops = if i == 0 {
                draw::registration(&used)
            } else {
                Vec::new()
            };
            PdfPage::new(Mm::from(Pt(page.width)), Mm::from(Pt(page.height)), ops)
        })
        .collect();
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        subset_fonts: true,
        ..PdfSaveOptions::default()
    };
    let mut lo = pdf.to_lopdf_document(&options, &mut warnings);
    // Its copies of the fonts and its pages are in `lo` now.
    drop(pdf);
    if let Some(error) = warnings
        .iter()
        .find(|w| w.severity == PdfParseErrorSeverity::Error)
    {
        return Err(PdfError::Build(error.msg.clone()));
    }
    let codes = codes::read(&lo, &used).map_err(PdfError::Build)?;
    let page_ids = lo.get_pages();
    if page_ids.len() != pages.len() {
        return Err(PdfError::Build(format!(
            "{} pages laid out, {} in the document",
            pages.len(),
            page_ids.len()
        )));
    }
    let ids = page_ids.into_values();
    match pages {
        Cow::Owned(pages) => write_contents(&mut lo, pages.into_iter().zip(ids), &codes)?,
        Cow::Borrowed(pages) => write_contents(&mut lo, pages.iter().zip(ids), &codes)?,
    }
    finish::save(lo, meta).map_err(PdfError::Save)
}

/// Each page's content stream, deflated at once, in place of printpdf's; an owned page is
/// dropped as soon as its stream is made.
fn write_contents<P: Borrow<Page>>(
    lo: &mut lopdf::Document,
    pages: impl Iterator<Item = (P, lopdf::ObjectId)>,
    codes: &codes::Codes,
) -> Result<(), PdfError> {
    for (page, id) in pages {
        let content = draw::content(page.borrow(), codes)
            .map_err(|c| PdfError::Build(format!("no glyph code for U+{:04X}", c as u32)))?;
        drop(page);
        let contents = lo
            .get_dictionary(id)
            .and_then(|d| d.get(b"Contents"))
            .and_then(Object::as_reference)
            .map_err(PdfError::Save)?;
        let mut stream = Stream::new(Dictionary::new(), content);
        finish::pack(&mut stream).map_err(PdfError::Save)?;
        lo.objects.insert(contents, Object::Stream(stream));
    }
    Ok(())
}
