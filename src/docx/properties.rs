//! The file's properties (docProps/core.xml and app.xml): title, subject, language, dates from
//! the plan, never from the clock. docx-rs writes only dates (1970) and "unknown" authors.

use super::xml::put;
use crate::document::Metadata;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

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

/// The program that wrote the file, as Word's "Application" and the document's creator.
pub const CREATOR: &str = "qujat";

pub fn core(meta: &Metadata) -> Vec<u8> {
    let date = format!("{}T00:00:00Z", meta.date.format("%Y-%m-%d"));
    let mut w = Doc::new("cp:coreProperties", &CORE_NS);
    w.leaf("dc:title", &[], &meta.title);
    w.leaf("dc:subject", &[], &meta.subject);
    w.leaf("dc:creator", &[], CREATOR);
    w.leaf("cp:lastModifiedBy", &[], CREATOR);
    w.leaf("dc:language", &[], meta.language);
    w.leaf("cp:revision", &[], "1");
    let w3c = [("xsi:type", "dcterms:W3CDTF")];
    w.leaf("dcterms:created", &w3c, &date);
    w.leaf("dcterms:modified", &w3c, &date);
    w.end()
}

/// The organisation goes where Word shows it: File → Properties → Company.
pub fn app(meta: &Metadata) -> Vec<u8> {
    let mut w = Doc::new("Properties", &APP_NS);
    w.leaf("Application", &[], CREATOR);
    w.leaf("Company", &[], &meta.author);
    w.end()
}

/// A small part written with escaping done by quick-xml.
struct Doc {
    w: Writer<Vec<u8>>,
    root: &'static str,
}

impl Doc {
    fn new(root: &'static str, ns: &[(&str, &str)]) -> Doc {
        let mut w = Writer::new(Vec::new());
        put(
            &mut w,
            Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), Some("yes"))),
        );
        put(
            &mut w,
            Event::Start(BytesStart::new(root).with_attributes(ns.iter().copied())),
        );
        Doc { w, root }
    }

    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) {
        let start = BytesStart::new(name).with_attributes(attrs.iter().copied());
        put(&mut self.w, Event::Start(start));
        put(&mut self.w, Event::Text(BytesText::new(text)));
        put(&mut self.w, Event::End(BytesEnd::new(name)));
    }

    fn end(mut self) -> Vec<u8> {
        put(&mut self.w, Event::End(BytesEnd::new(self.root)));
        self.w.into_inner()
    }
}
