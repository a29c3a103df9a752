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
    let blocks = lay_out_with(doc, &style, true, |_, page| pages.push(page))?;
    Ok(Laid {
        style,
        blocks,
        paged: Paged { pages },
    })
}

/// Lays `doc` out in `style` (`Style::of(doc)`), handing each page to `on_page` as soon as it
/// is complete, with the blocks every cell on it is laid out in; a table cell's text is laid
/// out when the pages reach it and dropped once every page showing it is handed over, so
/// that a long document's layout is never held whole. Gives the blocks as they are at the
/// end (the paragraphs, and the tables without their cells' text) and how many pages there
/// were.
pub fn stream(
    doc: &Document,
    style: &Style,
    on_page: impl FnMut(&[Block], PagePlan),
) -> Result<Streamed, MissingGlyph> {
    let mut count = 0;
    let mut on_page = on_page;
    let blocks = lay_out_with(doc, style, false, |blocks, page| {
        count += 1;
        on_page(blocks, page)
    })?;
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

fn lay_out_with(
    doc: &Document,
    style: &Style,
    keep: bool,
    mut on_page: impl FnMut(&[Block], PagePlan),
) -> Result<Vec<Block>, MissingGlyph> {
    glyphs::check(doc)?;
    let mut blocks = flow::blocks(doc, style);
    let mut cells = Source { doc, style, keep };
    paginate::stream(
        &mut blocks,
        style.page.body_height(),
        &mut cells,
        &mut on_page,
    );
    Ok(blocks)
}

/// Table cells laid out from the document as the paginator reaches them, and dropped once
/// shown unless the whole layout is kept.
struct Source<'d> {
    doc: &'d Document,
    style: &'d Style,
    keep: bool,
}

impl Cells for Source<'_> {
    fn lay(&mut self, t: &mut TableLayout, end: usize) {
        t.lay_until(self.doc, self.style, end);
    }

    fn shown(&mut self, t: &mut TableLayout, end: usize) {
        if !self.keep {
            t.drop_until(end);
        }
    }
}

/// Lays `doc` out and draws its pages, for the PDF.
pub fn compose(doc: &Document) -> Result<Vec<Page>, MissingGlyph> {
    Ok(draw(&lay_out(doc)?))
}
