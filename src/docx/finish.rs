//! Closes docx-rs's gaps, all at this one place, on the parts `Docx::build` returns:
//!
//! - markup the Office schema rejects made to conform (see `schema`: the order of children,
//!   misplaced run properties, `w:type` on `w:gridCol`), in every WordprocessingML part;
//! - each table's first row marked `<w:tblHeader/>`, so it repeats on every page;
//! - the document language (`w:lang`) in the default run properties, for the spell-checker, and
//!   on every run of the later languages of a combined file;
//! - core and app properties with title, subject, language, creator and the plan's date.

use super::error::DocxError;
use super::properties;
use super::xml::{self, Amend, Ensure, Nothing};
use crate::document::Document;
use docx_rs::XMLDocx;
use quick_xml::events::BytesStart;

/// Finishes the parts of `docs`: one document, or several languages one after the other, each
/// starting after a page break (a combined file).
pub fn finish(mut parts: XMLDocx, docs: &[Document]) -> Result<XMLDocx, DocxError> {
    parts.document = amend("word/document.xml", &parts.document, &mut Body::new(docs))?;
    parts.styles = amend("word/styles.xml", &parts.styles, &mut Styles::new(docs))?;
    parts.numberings = amend("word/numbering.xml", &parts.numberings, &mut Nothing)?;
    parts.settings = amend("word/settings.xml", &parts.settings, &mut Nothing)?;
    for h in parts.headers.iter_mut() {
        *h = amend("a header", h, &mut Nothing)?;
    }
    for f in parts.footers.iter_mut() {
        *f = amend("a footer", f, &mut Nothing)?;
    }
    let meta = combined_meta(docs);
    parts.doc_props.core = properties::core(&meta);
    parts.doc_props.app = properties::app(&meta);
    Ok(parts)
}

fn amend<'d>(
    part: &'static str,
    bytes: &[u8],
    f: &mut impl Amend<'d>,
) -> Result<Vec<u8>, DocxError> {
    xml::rewrite(bytes, f).map_err(|problem| DocxError::UnexpectedPart { part, problem })
}

fn missing(element: &str) -> String {
    format!("no {element}")
}

/// The first row of each table is its header row. In a combined file, the runs after each page
/// break belong to the next language and carry its `w:lang`.
struct Body<'d> {
    docs: &'d [Document],
    /// Inside the (first) `w:body`, and whether there was one.
    in_body: bool,
    body: bool,
    tables: usize,
    /// The body-level table just opened still waits for its first row.
    header_row: bool,
    /// The language whose part the current body-level element belongs to, and whether that
    /// element holds a page break.
    part: usize,
    page_break: bool,
}

impl<'d> Body<'d> {
    fn new(docs: &'d [Document]) -> Self {
        Body {
            docs,
            in_body: false,
            body: false,
            tables: 0,
            header_row: false,
            part: 0,
            page_break: false,
        }
    }
}

impl<'d> Amend<'d> for Body<'d> {
    fn open(
        &mut self,
        parents: &[&[u8]],
        e: &BytesStart<'_>,
    ) -> Result<Option<Ensure<'d>>, String> {
        let name = e.name().into_inner();
        if parents.len() == 1 && name == b"w:body" && !self.body {
            self.body = true;
            self.in_body = true;
        }
        if !self.in_body || parents.len() < 2 {
            return Ok(None);
        }
        if parents.len() == 2 {
            self.page_break = false;
            if name == b"w:tbl" {
                self.tables += 1;
                self.header_row = true;
            }
        }
        if self.header_row && parents.len() == 3 && name == b"w:tr" {
            self.header_row = false;
            // w:trPr is the row's first child; its own children may come in any order.
            return Ok(Some(Ensure {
                child: "w:trPr",
                grandchild: "w:tblHeader",
                val: None,
            }));
        }
        if name == b"w:br" && is_page(e) {
            self.page_break = true;
        }
        if self.part > 0 && name == b"w:r" {
            return Ok(Some(lang(self.docs[self.part].meta.language)));
        }
        Ok(None)
    }

    fn close(&mut self, parents: &[&[u8]], name: &[u8]) -> Result<(), String> {
        if !self.in_body {
            return Ok(());
        }
        match parents.len() {
            1 => self.in_body = false,
            2 if name == b"w:tbl" && self.header_row => return Err(missing("w:tr")),
            // The paragraph that separates two languages of a combined file.
            2 if name == b"w:p" && self.page_break => {
                self.part = (self.part + 1).min(self.docs.len() - 1);
            }
            _ => {}
        }
        Ok(())
    }

    fn done(&mut self) -> Result<(), String> {
        if !self.body {
            return Err(missing("w:body"));
        }
        if self.tables == 0 {
            return Err(missing("w:tbl"));
        }
        Ok(())
    }
}

fn is_page(br: &BytesStart<'_>) -> bool {
    br.attributes()
        .filter_map(Result::ok)
        .any(|a| a.key.as_ref() == b"w:type" && a.value.as_ref() == b"page")
}

fn lang(language: &str) -> Ensure<'_> {
    Ensure {
        child: "w:rPr",
        grandchild: "w:lang",
        val: Some(language),
    }
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
struct Styles<'d> {
    language: &'d str,
    /// The (first) `w:docDefaults`: not yet, inside, after.
    defaults: Seen,
    run_defaults: bool,
}

#[derive(PartialEq, Eq)]
enum Seen {
    No,
    Inside,
    After,
}

impl<'d> Styles<'d> {
    fn new(docs: &'d [Document]) -> Self {
        Styles {
            language: docs[0].meta.language,
            defaults: Seen::No,
            run_defaults: false,
        }
    }
}

impl<'d> Amend<'d> for Styles<'d> {
    fn open(
        &mut self,
        parents: &[&[u8]],
        e: &BytesStart<'_>,
    ) -> Result<Option<Ensure<'d>>, String> {
        let name = e.name().into_inner();
        match parents.len() {
            1 if name == b"w:docDefaults" && self.defaults == Seen::No => {
                self.defaults = Seen::Inside;
            }
            2 if name == b"w:rPrDefault" && self.defaults == Seen::Inside && !self.run_defaults => {
                self.run_defaults = true;
                return Ok(Some(lang(self.language)));
            }
            _ => {}
        }
        Ok(None)
    }

    fn close(&mut self, parents: &[&[u8]], name: &[u8]) -> Result<(), String> {
        if parents.len() == 1 && name == b"w:docDefaults" && self.defaults == Seen::Inside {
            self.defaults = Seen::After;
        }
        Ok(())
    }

    fn done(&mut self) -> Result<(), String> {
        if self.defaults == Seen::No {
            return Err(missing("w:docDefaults"));
        }
        if !self.run_defaults {
            return Err(missing("w:rPrDefault"));
        }
        Ok(())
    }
}
