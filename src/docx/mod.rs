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
    let mut bodies = Vec::with_capacity(docs.len());
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            let brk = Paragraph::new().add_run(Run::new().add_break(BreakType::Page));
            docx = docx.add_paragraph(brk);
        }
        docx = front::add(docx, doc, g, &mut ids);
        let (table, body) = table::build(doc, g, &mut ids);
        docx = docx.add_table(table);
        bodies.push(body);
        docx = back::add(docx, doc, &mut ids);
    }
    if bodies.iter().any(|b| b.numbered) {
        docx.document_rels.has_numberings = true;
    }
    let mut parts = docx.build();
    parts.document = insert_table_bodies(&parts.document, &bodies)?;
    // The rows are in the document now; a large plan should not hold them twice.
    drop(bodies);
    let parts = finish::finish(parts, docs)?;
    package::zip(parts)
}

/// The body rows of each table, in document order, put in before its end tag: docx-rs wrote
/// the tables with their header rows only (see [`table::build`]). The tables are not nested
/// and are the only ones in the body.
fn insert_table_bodies(document: &[u8], bodies: &[table::Body]) -> Result<Vec<u8>, DocxError> {
    const END: &[u8] = b"</w:tbl>";
    let extra: usize = bodies.iter().map(|b| b.xml.len()).sum();
    let mut out = Vec::with_capacity(document.len() + extra);
    let mut rest = document;
    for body in bodies {
        let at = rest
            .windows(END.len())
            .position(|w| w == END)
            .ok_or_else(|| DocxError::UnexpectedPart {
                part: "word/document.xml",
                problem: "fewer tables than documents".into(),
            })?;
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(&body.xml);
        rest = &rest[at..];
        out.extend_from_slice(&rest[..END.len()]);
        rest = &rest[END.len()..];
    }
    out.extend_from_slice(rest);
    Ok(out)
}
