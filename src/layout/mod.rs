//! qujat's own layout engine: a [`Document`](crate::document::Document) in, pages of
//! positioned text and cell borders out. The PDF writer draws its result; no word processor or
//! browser is involved, so the same document always gives the same pages.
//!
//! The stages, a module each:
//! - [`measure`]: widths from the bundled faces' advances (no kerning, as printpdf draws);
//! - [`hyphenate`]: where a word may be split: Russian by the TeX patterns, Kazakh by its
//!   syllable rules;
//! - [`lines`]: a paragraph broken into lines at Unicode break opportunities, first fit,
//!   hyphenating only words wider than their column;
//! - [`textbox`]: paragraphs and bulleted lists in a box of a given width;
//! - [`table`]: the grid, every cell laid out in its width, the blocks merged cells make;
//! - [`paginate`]: the table cut into pages (repeated header, rows moved or split, section rows
//!   kept with their items, continuation marks);
//! - [`compose`]: everything on pages: grif, title, table, notes, legend, page numbers.

mod compose;
mod glyphs;
pub mod hyphenate;
mod items;
pub mod lines;
pub mod measure;
mod page;
pub mod paginate;
pub mod table;
pub mod textbox;

pub use compose::compose;
pub use glyphs::MissingGlyph;
pub use page::{Item, Page};
