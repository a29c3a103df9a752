//! Closes docx-rs's gaps, all at this one place, on the parts `Docx::build` returns:
//!
//! - markup the Office schema rejects made to conform (`schema::conform`: the order of children,
//!   misplaced run properties, `w:type` on `w:gridCol`), in every WordprocessingML part;
//! - each table's first row marked `<w:tblHeader/>`, so it repeats on every page;
//! - the document language (`w:lang`) in the default run properties, for the spell-checker, and
//!   on every run of the later languages of a combined file;
//! - core and app properties with title, subject, language, creator and the plan's date.

use super::error::DocxError;
use super::properties;
use super::schema;
use super::xml::{self, Element};
use crate::document::Document;
use docx_rs::XMLDocx;

type Amend = fn(&mut Element<'_>, &[Document]) -> Result<(), String>;

/// Finishes the parts of `docs`: one document, or several languages one after the other, each
/// starting after a page break (a combined file).
pub fn finish(mut parts: XMLDocx, docs: &[Document]) -> Result<XMLDocx, DocxError> {
    let doc = docs;
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
    let meta = combined_meta(docs);
    parts.doc_props.core = properties::core(&meta);
    parts.doc_props.app = properties::app(&meta);
    Ok(parts)
}

fn amend(
    part: &'static str,
    bytes: &[u8],
    doc: &[Document],
    f: Amend,
) -> Result<Vec<u8>, DocxError> {
    let unexpected = |problem| DocxError::UnexpectedPart { part, problem };
    let mut tree = xml::parse(bytes).map_err(unexpected)?;
    f(&mut tree.root, doc).map_err(unexpected)?;
    schema::conform(&mut tree.root);
    Ok(xml::write(&tree))
}

fn missing(element: &str) -> String {
    format!("no {element}")
}

fn nothing(_: &mut Element<'_>, _: &[Document]) -> Result<(), String> {
    Ok(())
}

/// The first row of each table is its header row. In a combined file, the runs after each page
/// break belong to the next language and carry its `w:lang`.
fn document(root: &mut Element<'_>, docs: &[Document]) -> Result<(), String> {
    let body = root.child("w:body").ok_or_else(|| missing("w:body"))?;
    let mut part = 0;
    let mut tables = 0;
    for element in body.elements() {
        if element.is("w:tbl") {
            tables += 1;
            let header = element.child("w:tr").ok_or_else(|| missing("w:tr"))?;
            // w:trPr is the row's first child; its own children may come in any order.
            header
                .child_or_insert("w:trPr")
                .ensure(Element::new("w:tblHeader"));
        }
        if part > 0 {
            let language = docs[part].meta.language;
            element.walk(&mut |e| {
                if e.is("w:r") {
                    e.child_or_insert("w:rPr").ensure(lang(language));
                }
            });
        }
        if is_page_break(element) {
            part = (part + 1).min(docs.len() - 1);
        }
    }
    if tables == 0 {
        return Err(missing("w:tbl"));
    }
    Ok(())
}

fn lang(language: &str) -> Element<'static> {
    let mut lang = Element::new("w:lang");
    lang.start.push_attribute(("w:val", language));
    lang
}

/// The paragraph that separates two languages of a combined file.
fn is_page_break(element: &mut Element<'_>) -> bool {
    let mut found = false;
    element.walk(&mut |e| {
        found |= e.is("w:br")
            && e.start
                .attributes()
                .filter_map(Result::ok)
                .any(|a| a.key.as_ref() == b"w:type" && a.value.as_ref() == b"page");
    });
    element.is("w:p") && found
}

/// The file's properties: the first document's, with every language's title.
fn combined_meta(docs: &[Document]) -> crate::document::Metadata {
    let mut meta = docs[0].meta.clone();
    meta.title = docs
        .iter()
        .map(|d| d.meta.title.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    meta
}

/// Every run inherits the language from the document defaults, so Word checks the spelling of
/// the Kazakh document against Kazakh and of the Russian one against Russian.
fn styles(root: &mut Element<'_>, docs: &[Document]) -> Result<(), String> {
    let doc = &docs[0];
    let defaults = root
        .child("w:docDefaults")
        .ok_or_else(|| missing("w:docDefaults"))?;
    let run = defaults
        .child("w:rPrDefault")
        .ok_or_else(|| missing("w:rPrDefault"))?;
    run.child_or_insert("w:rPr").ensure(lang(doc.meta.language));
    Ok(())
}
