//! The DOCX writer: a document and its layout in, the bytes of a Word file out.
//!
//! Every part is written here, element by element in the Office schema's order, from the
//! layout's decisions ([`crate::layout::Laid`]): the style gives every length and look, the
//! blocks every paragraph and the table, the pages where the table's rows split and which rows
//! stay together. The settings and the font table are reference files in `templates/docx/`.
//! Nothing is read back or reordered afterwards; the Open XML SDK validator, LibreOffice and
//! python-docx check the result in the tests.

mod body;
mod error;
mod package;
mod parts;
mod properties;
mod runs;
mod table;
mod xml;

pub use error::DocxError;
pub use properties::PROGRAM;

use crate::document::{Document, Metadata};
use crate::layout::flow::Block;
use crate::layout::paginate::PagePlan;
use crate::layout::style::Place;
use crate::layout::{self, Laid};
use parts::Margins;

/// Writes `doc` as a DOCX file. The same document always gives the same bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let laid = layout::lay_out(doc)?;
    write_laid(doc, &laid)
}

/// Writes `doc` laid out as `laid`.
pub fn write_laid(doc: &Document, laid: &Laid) -> Result<Vec<u8>, DocxError> {
    write_combined_laid(&[(doc, laid)])
}

/// Writes several documents (the languages of one plan) into one file, each a section of its
/// own that starts on a new page and numbers its pages from 1.
pub fn write_combined(docs: &[Document]) -> Result<Vec<u8>, DocxError> {
    let laid = docs
        .iter()
        .map(layout::lay_out)
        .collect::<Result<Vec<Laid>, _>>()?;
    let pairs: Vec<(&Document, &Laid)> = docs.iter().zip(&laid).collect();
    write_combined_laid(&pairs)
}

/// [`write_combined`] with the documents already laid out.
pub fn write_combined_laid(docs: &[(&Document, &Laid)]) -> Result<Vec<u8>, DocxError> {
    let (_, first) = docs.first().ok_or(DocxError::NoDocument)?;
    let mut w = Writer::new(&combined_meta(docs), &first.style)?;
    for (i, (doc, laid)) in docs.iter().enumerate() {
        w.begin(doc, i, i + 1 == docs.len());
        for page in &laid.paged.pages {
            w.page(&laid.style, &laid.blocks, page)?;
        }
        w.end(&laid.style, &laid.blocks)?;
    }
    w.finish()
}

/// A DOCX written as its documents' pages are laid out: `word/document.xml` goes straight
/// into its zip entry, page by page, so that neither the layout nor the
/// part is ever held whole. For each document: [`begin`](Writer::begin), its pages in order,
/// [`end`](Writer::end); then [`finish`](Writer::finish).
pub struct Writer {
    body: body::Body<package::Entry>,
    margins: Margins,
    /// The first document's style and language, for the styles and numbering parts.
    style: layout::style::Style,
    language: &'static str,
}

impl Writer {
    /// A file with properties `meta`, its parts styled after `style`: the first document's.
    pub fn new(meta: &Metadata, style: &layout::style::Style) -> Result<Writer, DocxError> {
        let margins = margin_parts(style);
        let mut zip = package::Package::new();
        zip.add("[Content_Types].xml", &parts::content_types(&margins))?;
        zip.add("_rels/.rels", &parts::package_rels())?;
        zip.add("docProps/core.xml", &properties::core(meta))?;
        zip.add("docProps/app.xml", &properties::app(meta))?;
        let body = body::Body::new(zip.entry("word/document.xml")?, &margins)?;
        Ok(Writer {
            body,
            margins,
            style: style.clone(),
            language: meta.language,
        })
    }

    /// Starts document number `index` (from 0), a section of its own; `last` or not.
    pub fn begin(&mut self, doc: &Document, index: usize, last: bool) {
        self.body.begin(doc, index, last);
    }

    /// Page `page` of the document under way, laid out in `style` from `blocks`.
    pub fn page(
        &mut self,
        style: &layout::style::Style,
        blocks: &[Block],
        page: &PagePlan,
    ) -> Result<(), DocxError> {
        Ok(self.body.page(style, blocks, page)?)
    }

    /// Ends the document under way; `blocks` are its blocks (their cells' text is not needed).
    pub fn end(&mut self, style: &layout::style::Style, blocks: &[Block]) -> Result<(), DocxError> {
        Ok(self.body.end(style, blocks)?)
    }

    /// The file's bytes.
    pub fn finish(self) -> Result<Vec<u8>, DocxError> {
        let (style, margins) = (&self.style, &self.margins);
        let mut zip = self.body.finish()?.close()?;
        zip.add(
            "word/_rels/document.xml.rels",
            &parts::document_rels(margins),
        )?;
        zip.add("word/styles.xml", &parts::styles(style, self.language))?;
        zip.add("word/settings.xml", parts::SETTINGS)?;
        zip.add("word/fontTable.xml", parts::FONT_TABLE)?;
        zip.add("word/numbering.xml", &parts::numbering(style))?;
        if let Some(n) = style.page_number {
            for (i, (name, _, _)) in margins.parts.iter().enumerate() {
                zip.add(
                    &format!("word/{name}"),
                    &parts::margin_part(n.place, i == 0),
                )?;
            }
        }
        zip.finish()
    }
}

/// The header or footer parts: the page number's, and an empty one for a first page left
/// unnumbered.
fn margin_parts(style: &layout::style::Style) -> Margins {
    let Some(n) = style.page_number else {
        return Margins::default();
    };
    let kind = match n.place {
        Place::Header => "header",
        Place::Footer => "footer",
    };
    let mut parts = vec![(format!("{kind}1.xml"), "rIdNumber".to_string(), kind)];
    if n.first > 1 {
        parts.push((format!("{kind}2.xml"), "rIdFirst".to_string(), kind));
    }
    Margins { parts }
}

/// The file's properties: the first document's, with every language's title.
fn combined_meta(docs: &[(&Document, &Laid)]) -> Metadata {
    let mut meta = docs[0].0.meta.clone();
    meta.title = docs
        .iter()
        .map(|(d, _)| d.meta.title.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    meta
}
