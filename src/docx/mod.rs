//! The DOCX writer: one [`Document`] in, the bytes of a Word file out.
//!
//! docx-rs (the customer's choice) builds the body; [`finish`] then closes what docx-rs cannot
//! say or says against the Office schema, at one place, on the package parts before they are
//! zipped by [`package`] with fixed dates.

mod back;
mod error;
mod finish;
mod fit;
mod fonts;
mod front;
mod ids;
mod numbering;
mod package;
mod page;
mod properties;
mod schema;
mod table;
mod text;
mod units;
mod xml;

pub use error::DocxError;

use crate::document::Document;
use docx_rs::{BreakType, Docx, Paragraph, Run};
use ids::Ids;
use units::Geometry;

/// Writes `doc` as a DOCX file. The same document always gives the same bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, DocxError> {
    write_combined(std::slice::from_ref(doc))
}

/// Writes several documents (the languages of one plan) into one file, each starting on a new
/// page, with the page setup of the first.
pub fn write_combined(docs: &[Document]) -> Result<Vec<u8>, DocxError> {
    let first = docs.first().ok_or(DocxError::NoDocument)?;
    let g = Geometry::of(&first.layout);
    let mut ids = Ids::default();
    let mut docx = page::setup(Docx::new(), first, g, &mut ids);
    docx = numbering::add(docx);
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            let brk = Paragraph::new().add_run(Run::new().add_break(BreakType::Page));
            docx = docx.add_paragraph(brk);
        }
        docx = front::add(docx, doc, g, &mut ids);
        docx = docx.add_table(table::build(doc, g, &mut ids));
        docx = back::add(docx, doc, &mut ids);
    }
    let parts = finish::finish(docx.build(), docs)?;
    package::zip(parts)
}
