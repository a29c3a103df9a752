//! The file's properties (docProps/core.xml and app.xml): title, subject, language, the
//! organisation as the author (what the PDF's Author says), dates from the plan, never from
//! the clock.

use super::xml::{Xml, part};
use crate::document::Metadata;

const CORE_NS: [(&str, &str); 5] = [
    (
        "xmlns:cp",
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    ),
    ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
    ("xmlns:dcterms", "http://purl.org/dc/terms/"),
    ("xmlns:dcmitype", "http://purl.org/dc/dcmitype/"),
    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
];

const APP_NS: [(&str, &str); 2] = [
    (
        "xmlns",
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    ),
    (
        "xmlns:vt",
        "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    ),
];

/// The program that wrote the file: Word's "Application", the PDF's Creator.
pub const PROGRAM: &str = "qujat";

pub fn core(meta: &Metadata) -> Vec<u8> {
    let date = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    part(|x: &mut Xml<_>| {
        x.open("cp:coreProperties", &CORE_NS)?;
        x.leaf("dc:title", &[], &meta.title)?;
        x.leaf("dc:subject", &[], &meta.subject)?;
        x.leaf("dc:creator", &[], &meta.author)?;
        x.leaf("cp:lastModifiedBy", &[], &meta.author)?;
        x.leaf("dc:language", &[], meta.language)?;
        x.leaf("cp:revision", &[], "1")?;
        let w3c = [("xsi:type", "dcterms:W3CDTF")];
        x.leaf("dcterms:created", &w3c, &date)?;
        x.leaf("dcterms:modified", &w3c, &date)?;
        x.close("cp:coreProperties")
    })
}

/// The organisation goes where Word shows it too: File → Properties → Company.
pub fn app(meta: &Metadata) -> Vec<u8> {
    part(|x: &mut Xml<_>| {
        x.open("Properties", &APP_NS)?;
        x.leaf("Application", &[], PROGRAM)?;
        x.leaf("Company", &[], &meta.author)?;
        x.close("Properties")
    })
}
