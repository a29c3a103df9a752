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
use docx_rs::Docx;
use ids::Ids;
use units::Geometry;

/// Writes `doc` as a DOCX file. The same document always gives the same bytes.
pub fn write(doc: &Document) -> Result<Vec<u8>, DocxError> {
    let g = Geometry::of(&doc.layout);
    let mut ids = Ids::default();
    let docx = page::setup(Docx::new(), doc, g, &mut ids);
    let docx = numbering::add(docx);
    let docx = front::add(docx, doc, g, &mut ids);
    let docx = docx.add_table(table::build(doc, g, &mut ids));
    let docx = back::add(docx, doc, &mut ids);
    let parts = finish::finish(docx.build(), doc)?;
    package::zip(parts)
}
