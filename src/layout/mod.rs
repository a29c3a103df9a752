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
//! - [`table`]: the grid, every cell laid out in its width, the blocks merged cells make;
//! - [`flow`]: the document as a sequence of blocks, with what stays together;
//! - [`paginate`]: where the pages break — rows split, headers repeated, items continued;
//! - [`compose`]: everything drawn at its place on its page, for the PDF.

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
use paginate::Paged;
use style::Style;

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

/// Lays `doc` out. Every character must have a glyph in the face it is drawn in.
pub fn lay_out(doc: &Document) -> Result<Laid, MissingGlyph> {
    glyphs::check(doc)?;
    let style = Style::of(doc);
    let blocks = flow::blocks(doc, &style);
    let paged = paginate::paginate(&blocks, style.page.body_height());
    Ok(Laid {
        style,
        blocks,
        paged,
    })
}

/// Lays `doc` out and draws its pages, for the PDF.
pub fn compose(doc: &Document) -> Result<Vec<Page>, MissingGlyph> {
    Ok(draw(&lay_out(doc)?))
}
