//! qujat's own layout engine, the one place where the look of a document and its pages are
//! decided: a [`Document`] in, the style, the blocks and the pages out, which both writers
//! follow. The PDF draws the pages ([`draw`]); the DOCX says the same things in
//! WordprocessingML, so that Word and LibreOffice lay it out on the same pages.
//!
//! The stages, a module each:
//! - [`style`]: every length and look, derived once from the document;
//! - [`text`] with [`glue`] and [`hyphenate`]: a paragraph as both writers show it (no-break
//!   spaces where a line must not break, soft hyphens in words wider than their line);
//! - [`measure`] and [`lines`]: widths from the bundled faces, a paragraph broken into lines as
//!   LibreOffice breaks it;
//! - [`textbox`]: paragraphs in a box of a given width;
//! - [`table`]: the grid, every cell in its place, the blocks merged cells make; a cell's text
//!   is laid out in its width when the paginator reaches it;
//! - [`flow`]: the document as a sequence of blocks, with what stays together;
//! - [`paginate`]: where the pages break — rows split, headers repeated, items continued —
//!   each page handed over as soon as it is complete;
//! - [`compose`]: everything drawn at its place on its page, for the PDF.
//!
//! [`stream`] gives the pages one at a time and keeps about a page of table cells laid out;
//! [`lay_out`] keeps everything, for `--combined`, the amendment's documents and the tests.

mod compose;
pub mod flow;
pub mod glue;
mod glyphs;
pub mod hyphenate;
pub mod lines;
pub mod measure;
mod page;
pub mod paginate;
pub mod style;
pub mod table;
pub mod text;
pub mod textbox;

pub use compose::{draw, draw_page};
pub use glyphs::MissingGlyph;
pub use page::{Item, Page};

use crate::document::Document;
use flow::Block;
use paginate::{Cells, PagePlan, Paged};
use style::Style;
use table::TableLayout;

/// A document laid out: its style, its blocks and its pages. Both writers take this and the
/// document, and decide nothing of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct Laid {
    pub style: Style,
    pub blocks: Vec<Block>,
    pub paged: Paged,
}

impl Laid {
    pub fn pages(&self) -> usize {
        self.paged.pages.len()
    }
}

/// Lays `doc` out whole: every page, and every cell's text kept.
pub fn lay_out(doc: &Document) -> Result<Laid, MissingGlyph> {
    let style = Style::of(doc);
    let mut pages = Vec::new();
    let mut blocks = prepare(doc, &style)?;
    let mut cells = Source { doc, style: &style };
    paginate(&mut blocks, &style, &mut cells, |_, page| pages.push(page));
    Ok(Laid {
        style,
        blocks,
        paged: Paged { pages },
    })
}

/// Lays `doc` out in `style` (`Style::of(doc)`), handing each page to `on_page` as soon as it
/// is complete, with the blocks every cell on it is laid out in; a table cell's text is laid
/// out when the pages reach it and dropped once every page showing it is handed over, so
/// that a long document's layout is never held whole. The document is used up as it goes: a
/// table row's cells are dropped from it once laid out (a long plan's rows are most of its
/// document model). Gives the blocks as they are at the end (the paragraphs, and the tables
/// without their cells' text) and how many pages there were.
pub fn stream(
    mut doc: Document,
    style: &Style,
    on_page: impl FnMut(&[Block], PagePlan),
) -> Result<Streamed, MissingGlyph> {
    let mut count = 0;
    let mut on_page = on_page;
    let mut blocks = prepare(&doc, style)?;
    let mut cells = Consumed {
        doc: &mut doc,
        style,
        dropped: 0,
    };
    paginate(&mut blocks, style, &mut cells, |blocks, page| {
        count += 1;
        on_page(blocks, page)
    });
    Ok(Streamed {
        blocks,
        pages: count,
    })
}

/// What [`stream`] leaves: the blocks, their tables' cells without text, and the page count.
pub struct Streamed {
    pub blocks: Vec<Block>,
    pub pages: usize,
}

/// The document's blocks, once every character is known to be in the faces.
fn prepare(doc: &Document, style: &Style) -> Result<Vec<Block>, MissingGlyph> {
    glyphs::check(doc)?;
    Ok(flow::blocks(doc, style))
}

fn paginate(
    blocks: &mut [Block],
    style: &Style,
    cells: &mut impl Cells,
    mut on_page: impl FnMut(&[Block], PagePlan),
) {
    paginate::stream(blocks, style.page.body_height(), cells, &mut on_page);
}

/// Table cells laid out from the document as the paginator reaches them, and kept.
struct Source<'d> {
    doc: &'d Document,
    style: &'d Style,
}

impl Cells for Source<'_> {
    fn lay(&mut self, t: &mut TableLayout, end: usize) {
        t.lay_until(self.doc, self.style, end);
    }

    fn shown(&mut self, _: &mut TableLayout, _: usize) {}
}

/// Table cells laid out from the document as the paginator reaches them and dropped once
/// shown; the document's rows are dropped once laid out.
struct Consumed<'d> {
    doc: &'d mut Document,
    style: &'d Style,
    /// The document's rows before this one have no cells left.
    dropped: usize,
}

impl Cells for Consumed<'_> {
    fn lay(&mut self, t: &mut TableLayout, end: usize) {
        t.lay_until(self.doc, self.style, end);
        // Only where the table is the document's one table, which shows each row once: a
        // document with a body of parts may show a row twice.
        if !self.doc.body.is_empty() {
            return;
        }
        // Cells are laid out in reading order: every row above the first cell not laid out
        // yet is done with.
        let done = t.first_row + t.cells.get(t.laid.end).map_or(t.rows(), |c| c.row);
        let rows = &mut self.doc.table.rows;
        for row in rows.get_mut(self.dropped..done).unwrap_or_default() {
            row.cells = Vec::new();
        }
        self.dropped = self.dropped.max(done);
    }

    fn shown(&mut self, t: &mut TableLayout, end: usize) {
        t.drop_until(end);
    }
}

/// Lays `doc` out and draws its pages, for the PDF.
pub fn compose(doc: &Document) -> Result<Vec<Page>, MissingGlyph> {
    Ok(draw(&lay_out(doc)?))
}
