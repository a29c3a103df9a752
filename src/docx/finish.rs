//! Closes docx-rs's gaps, all at this one place, on the parts `Docx::build` returns:
//!
//! - markup the Office schema rejects made to conform (`schema::conform`: the order of children,
//!   misplaced run properties, `w:type` on `w:gridCol`), in every WordprocessingML part;
//! - the table's first row marked `<w:tblHeader/>`, so it repeats on every page;
//! - the document language (`w:lang`) in the default run properties, for the spell-checker;
//! - core and app properties with title, subject, language, creator and the plan's date.

use super::error::DocxError;
use super::properties;
use super::schema;
use super::xml::{self, Element};
use crate::document::Document;
use docx_rs::XMLDocx;

type Amend = fn(&mut Element, &Document) -> Result<(), String>;

pub fn finish(mut parts: XMLDocx, doc: &Document) -> Result<XMLDocx, DocxError> {
    parts.document = amend("word/document.xml", &parts.document, doc, document)?;
    parts.styles = amend("word/styles.xml", &parts.styles, doc, styles)?;
    parts.numberings = amend("word/numbering.xml", &parts.numberings, doc, nothing)?;
    parts.settings = amend("word/settings.xml", &parts.settings, doc, nothing)?;
    for h in parts.headers.iter_mut() {
        *h = amend("a header", h, doc, nothing)?;
    }
    for f in parts.footers.iter_mut() {
        *f = amend("a footer", f, doc, nothing)?;
    }
    parts.doc_props.core = properties::core(&doc.meta);
    parts.doc_props.app = properties::app(&doc.meta);
    Ok(parts)
}

fn amend(part: &'static str, bytes: &[u8], doc: &Document, f: Amend) -> Result<Vec<u8>, DocxError> {
    let unexpected = |problem| DocxError::UnexpectedPart { part, problem };
    let mut tree = xml::parse(bytes).map_err(unexpected)?;
    f(&mut tree.root, doc).map_err(unexpected)?;
    schema::conform(&mut tree.root);
    Ok(xml::write(&tree))
}

fn missing(element: &str) -> String {
    format!("no {element}")
}

fn nothing(_: &mut Element, _: &Document) -> Result<(), String> {
    Ok(())
}

/// The first row of the one table is its header row.
fn document(root: &mut Element, _: &Document) -> Result<(), String> {
    let body = root.child("w:body").ok_or_else(|| missing("w:body"))?;
    let table = body.child("w:tbl").ok_or_else(|| missing("w:tbl"))?;
    let header = table.child("w:tr").ok_or_else(|| missing("w:tr"))?;
    // w:trPr is the row's first child; its own children may come in any order.
    header
        .child_or_insert("w:trPr")
        .ensure(Element::new("w:tblHeader"));
    Ok(())
}

/// Every run inherits the language from the document defaults, so Word checks the spelling of
/// the Kazakh document against Kazakh and of the Russian one against Russian.
fn styles(root: &mut Element, doc: &Document) -> Result<(), String> {
    let defaults = root
        .child("w:docDefaults")
        .ok_or_else(|| missing("w:docDefaults"))?;
    let run = defaults
        .child("w:rPrDefault")
        .ok_or_else(|| missing("w:rPrDefault"))?;
    let mut lang = Element::new("w:lang");
    lang.start.push_attribute(("w:val", doc.meta.language));
    run.child_or_insert("w:rPr").ensure(lang);
    Ok(())
}
