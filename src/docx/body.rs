//! `word/document.xml`: the body, one section per document (the languages of a combined file),
//! each block as the layout decided it, written page by page.

use super::parts::{DOCUMENT_NS, Margins, id};
use super::runs::{self, Props, SectionEnd, Start};
use super::table;
use super::xml::{Revisions, Xml};
use crate::document::Document;
use crate::layout::flow::{Block, Kind, Paragraph};
use crate::layout::paginate::{PagePlan, Part};
use crate::layout::style::{Place, Style};
use std::io::{self, Write};

/// `word/document.xml` written as the pages come: one section per document, a paragraph
/// written whole when its first lines appear on a page (Word and LibreOffice break it again
/// where the paginator did), a table opened at its first part, each page's part of it written
/// as that page comes, and closed when a later block appears or the document ends. A layout
/// held whole and a stream of pages go through the same calls.
pub struct Body<W: Write> {
    x: Xml<W>,
    margins: Margins,
    /// The document under way: its place among the sections, whether it is the last, its
    /// language when it is not the first's.
    index: usize,
    last: bool,
    lang: Option<&'static str>,
    /// The next block of the document to write, and the table block open, if any.
    next: usize,
    table: Option<usize>,
}

impl<W: Write> Body<W> {
    /// Starts the part; every section refers to the header or footer parts of `margins`.
    pub fn new(out: W, margins: &Margins) -> io::Result<Body<W>> {
        let mut x = Xml::new(out)?;
        x.open("w:document", &DOCUMENT_NS)?;
        x.open("w:body", &[])?;
        Ok(Body {
            x,
            margins: margins.clone(),
            index: 0,
            last: true,
            lang: None,
            next: 0,
            table: None,
        })
    }

    /// Starts document number `index` (from 0), `last` or not; the sections after the first
    /// number their pages from 1.
    pub fn begin(&mut self, doc: &Document, index: usize, last: bool) {
        if let Some(r) = &doc.meta.revisions
            && self.x.revisions.is_none()
        {
            self.x.revisions = Some(Revisions {
                author: r.author.clone(),
                date: format!("{}T00:00:00Z", r.date.format("%Y-%m-%d")),
                next: 0,
            });
        }
        self.index = index;
        self.last = last;
        self.lang = (index > 0).then_some(doc.meta.language);
        self.next = 0;
        self.table = None;
    }

    /// What page `page` of the document in style `s` shows of `blocks`.
    pub fn page(&mut self, s: &Style, blocks: &[Block], page: &PagePlan) -> io::Result<()> {
        for part in &page.parts {
            match part {
                Part::Lines { block, .. } => self.reach(s, blocks, *block)?,
                Part::Table(tp) => {
                    self.reach(s, blocks, tp.block)?;
                    if let (Some(Block::Table(t)), Some(_)) =
                        (blocks.get(tp.block), self.table.filter(|&b| b == tp.block))
                    {
                        table::page(&mut self.x, s, t, tp, self.lang)?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Ends the document: the blocks no page showed (an empty paragraph at the end), the open
    /// table, and the last document's section.
    pub fn end(&mut self, s: &Style, blocks: &[Block]) -> io::Result<()> {
        if let Some(last) = blocks.len().checked_sub(1) {
            self.reach(s, blocks, last)?;
        }
        self.close_table(s, blocks)?;
        if self.last {
            section(&mut self.x, s, &self.margins, self.index > 0)?;
        }
        Ok(())
    }

    /// Ends the part.
    pub fn finish(mut self) -> io::Result<W> {
        self.x.close("w:body")?;
        self.x.close("w:document")?;
        Ok(self.x.into_inner())
    }

    /// Writes every block up to `block`, in order.
    fn reach(&mut self, s: &Style, blocks: &[Block], block: usize) -> io::Result<()> {
        while self.next <= block && self.next < blocks.len() {
            self.close_table(s, blocks)?;
            let b = self.next;
            self.next += 1;
            match &blocks[b] {
                Block::Paragraph(p) => {
                    let (margins, restart) = (&self.margins, self.index > 0);
                    let sect = |x: &mut Xml<W>| section(x, s, margins, restart);
                    // A section that is not the last ends with its last paragraph.
                    let ends = !self.last && b + 1 == blocks.len();
                    let sect = ends.then_some(&sect as &dyn Fn(&mut _) -> _);
                    paragraph(&mut self.x, p, self.lang, sect)?;
                }
                Block::Table(t) => {
                    table::open(&mut self.x, s, t, self.lang)?;
                    self.table = Some(b);
                }
            }
        }
        Ok(())
    }

    fn close_table(&mut self, s: &Style, blocks: &[Block]) -> io::Result<()> {
        let Some(b) = self.table.take() else {
            return Ok(());
        };
        self.x.close("w:tbl")?;
        if !self.last && b + 1 == blocks.len() {
            // A table cannot hold the section's end: a paragraph after it does.
            let (margins, restart) = (&self.margins, self.index > 0);
            let sect = |x: &mut Xml<W>| section(x, s, margins, restart);
            self.x.open("w:p", &[])?;
            let props = plain_props(id::NOTES, self.lang);
            runs::properties(&mut self.x, &props, Start::Plain, Some(&sect))?;
            self.x.close("w:p")?;
        }
        Ok(())
    }
}

fn plain_props<'a>(style: &'a str, lang: Option<&'a str>) -> Props<'a> {
    Props {
        style,
        keep_next: false,
        align: None,
        before: 0,
        after: 0,
        lang,
    }
}

fn style_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Grif => id::GRIF,
        Kind::Title => id::TITLE,
        Kind::Heading => id::HEADING,
        Kind::Note | Kind::LegendEntry | Kind::Instruction | Kind::Quote => id::NOTES,
    }
}

/// A paragraph block, whole: Word and LibreOffice break it where the paginator did, by the
/// same lines, widow control and keep rules.
fn paragraph<W: Write>(
    x: &mut Xml<W>,
    p: &Paragraph,
    lang: Option<&str>,
    sect: Option<SectionEnd<W>>,
) -> io::Result<()> {
    let props = Props {
        keep_next: p.keep_next,
        before: p.before,
        after: p.after,
        ..plain_props(style_of(p.kind), lang)
    };
    let para = &p.text.paras[0];
    let start = if para.bullet {
        Start::Bullet
    } else {
        Start::Plain
    };
    x.open("w:p", &[])?;
    runs::properties(x, &props, start, sect)?;
    if let (Some(first), Some(last)) = (p.text.lines.first(), p.text.lines.last()) {
        runs::runs(x, para, first.range.start..last.range.end, false, lang)?;
    }
    x.close("w:p")
}

/// A section's properties: page, margins (the header and footer halfway into theirs), the
/// page number's part and, when numbers start on page 2, an empty first-page part.
fn section<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    margins: &Margins,
    restart: bool,
) -> io::Result<()> {
    x.open("w:sectPr", &[])?;
    if let Some(n) = s.page_number {
        let kind = match n.place {
            Place::Header => "w:headerReference",
            Place::Footer => "w:footerReference",
        };
        for (i, (_, rid, _)) in margins.parts.iter().enumerate() {
            let which = if i == 0 { "default" } else { "first" };
            x.empty(kind, &[("w:type", which), ("r:id", rid)])?;
        }
    }
    let p = &s.page;
    let (w, h) = (p.width.to_string(), p.height.to_string());
    let mut size = vec![("w:w", w.as_str()), ("w:h", h.as_str())];
    if p.landscape {
        size.push(("w:orient", "landscape"));
    }
    x.empty("w:pgSz", &size)?;
    let margin = [p.top, p.right, p.bottom, p.left, p.header, p.footer, 0].map(|v| v.to_string());
    let names = [
        "w:top", "w:right", "w:bottom", "w:left", "w:header", "w:footer", "w:gutter",
    ];
    let attrs: Vec<(&str, &str)> = names
        .iter()
        .copied()
        .zip(margin.iter().map(String::as_str))
        .collect();
    x.empty("w:pgMar", &attrs)?;
    if restart {
        x.empty("w:pgNumType", &[("w:start", "1")])?;
    }
    if s.page_number.is_some_and(|n| n.first > 1) {
        x.empty("w:titlePg", &[])?;
    }
    x.close("w:sectPr")
}
