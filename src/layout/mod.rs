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
//! A table's rows are read through [`RowSource`]: a document built whole holds them, and a
//! plan's document streamed into its writers builds each when the paginator reaches it.
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
pub use glyphs::{MissingGlyph, Unfit};
pub use page::{Item, Page};

use crate::document::{Document, Row, RowSource};
use flow::Block;
use paginate::{Cells, PagePlan, Paged};
use std::fmt;
use style::Style;
use table::{GridTooLarge, TableLayout};

/// Why a document held whole cannot be laid out: a character without a glyph, or a table
/// larger than its grid can hold.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LayoutError {
    Glyph(MissingGlyph),
    Grid(GridTooLarge),
}

impl fmt::Display for LayoutError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LayoutError::Glyph(e) => e.fmt(f),
            LayoutError::Grid(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for LayoutError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LayoutError::Glyph(e) => Some(e),
            LayoutError::Grid(e) => Some(e),
        }
    }
}

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
pub fn lay_out(doc: &Document) -> Result<Laid, LayoutError> {
    let style = Style::of(doc);
    let mut pages = Vec::new();
    let mut rows = doc.table.rows.as_slice();
    let (blocks, _) = run(doc, &mut rows, &style, Keep::All, |_, page| {
        pages.push(page)
    })
    .map_err(|unfit| match unfit {
        Unfit::Glyph(missing) => LayoutError::Glyph(missing),
        Unfit::Grid(large) => LayoutError::Grid(large),
        Unfit::Row(never) => match never {},
    })?;
    Ok(Laid {
        style,
        blocks,
        paged: Paged { pages },
    })
}

/// Lays `doc` out in `style` (`Style::of(doc)`), its table's rows from `rows`, handing each
/// page to `on_page` as soon as it is complete, with the blocks every cell on it is laid out
/// in; a table cell's text is laid out when the pages reach it and dropped once every page
/// showing it is handed over, so that a long document's layout is never held whole. With rows
/// built as they are asked for ([`crate::document::build_streamed`]), neither is its table:
/// each row is built when the paginator reaches it and dropped once its cells are laid out.
/// Gives the blocks as they are at the end (the paragraphs, and the tables without their
/// cells' text) and how many pages there were.
pub fn stream<R: RowSource>(
    doc: &Document,
    rows: &mut R,
    style: &Style,
    on_page: impl FnMut(&[Block], PagePlan),
) -> Result<Streamed, Unfit<R::Error>> {
    let (blocks, pages) = run(doc, rows, style, Keep::Page, on_page)?;
    Ok(Streamed { blocks, pages })
}

/// What [`stream`] leaves: the blocks, their tables' cells without text, and the page count.
pub struct Streamed {
    pub blocks: Vec<Block>,
    pub pages: usize,
}

/// Which laid-out cells a layout keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    All,
    /// Those of the pages not handed over yet.
    Page,
}

/// Checks `doc`'s texts, makes its blocks and paginates them: the blocks at the end and the
/// page count.
fn run<R: RowSource>(
    doc: &Document,
    rows: &mut R,
    style: &Style,
    keep: Keep,
    mut on_page: impl FnMut(&[Block], PagePlan),
) -> Result<(Vec<Block>, usize), Unfit<R::Error>> {
    let head = glyphs::head(doc);
    let mut blocks = flow::blocks(doc, rows, style).map_err(Unfit::Grid)?;
    let mut cells = Laying {
        doc,
        rows,
        style,
        keep,
        failed: None,
        missing: head,
    };
    let mut count = 0;
    paginate::stream(
        &mut blocks,
        style.page.body_height(),
        &mut cells,
        &mut |blocks, page| {
            count += 1;
            on_page(blocks, page)
        },
    );
    // The pages handed over are not written yet: the caller drops them on an error.
    if let Some(error) = cells.failed {
        return Err(Unfit::Row(error));
    }
    match cells.missing.or_else(|| glyphs::tail(doc)) {
        Some(missing) => Err(Unfit::Glyph(missing)),
        None => Ok((blocks, count)),
    }
}

/// Table cells laid out from the rows as the paginator reaches them, and kept or dropped
/// once shown.
struct Laying<'d, R: RowSource> {
    doc: &'d Document,
    rows: &'d mut R,
    style: &'d Style,
    keep: Keep,
    /// The first row that could not be built.
    failed: Option<R::Error>,
    /// The first character without a glyph met so far ([`glyphs`]).
    missing: Option<MissingGlyph>,
}

impl<R: RowSource> Cells for Laying<'_, R> {
    fn lay(&mut self, t: &mut TableLayout, end: usize) {
        if self.failed.is_none() {
            let missing = &mut self.missing;
            let mut check = |row: &Row| {
                if missing.is_none() {
                    *missing = glyphs::row(row);
                }
            };
            self.failed = t
                .lay_until(self.doc, self.rows, self.style, end, &mut check)
                .err();
        }
    }

    fn shown(&mut self, t: &mut TableLayout, end: usize) {
        if self.keep == Keep::Page {
            t.drop_until(end);
        }
    }
}

/// Lays `doc` out and draws its pages, for the PDF.
pub fn compose(doc: &Document) -> Result<Vec<Page>, LayoutError> {
    Ok(draw(&lay_out(doc)?))
}
