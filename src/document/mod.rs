//! The per-language document: everything a writer needs to turn into DOCX or PDF bytes, with
//! every phrase already in its language. Writers see only this; they never read YAML or Fluent.

mod build;
mod dump;
mod rows;

pub use crate::richtext::{Block, Inline, Mark};
pub use build::{
    BuildError, TableRows, build, build_all, build_streamed, grif, item_label, section_row,
};
pub use dump::{dump, shape};
pub use rows::RowSource;

use crate::lang::Lang;
/// The template's words for what the model carries: the layout reads them here, never from
/// `template`.
pub use crate::template::{Field, Orientation, PageNumbers};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub lang: Lang,
    pub meta: Metadata,
    pub layout: Layout,
    pub annex: Option<String>,
    /// Lines of the approval grif block, top right.
    pub grif: Vec<Vec<Inline>>,
    pub title: Vec<Inline>,
    /// The table's columns and rows.
    pub table: Table,
    /// What follows the title, when it is not the table whole (the plan's): the documents of
    /// an amendment set paragraphs between parts of their table.
    pub body: Vec<Part>,
    pub notes: Option<Notes>,
    pub legend: Option<Legend>,
}

/// What the file's properties say. Dates come from the plan, never from the clock, so the same
/// plan gives the same bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Metadata {
    pub title: String,
    pub subject: String,
    /// The organisation.
    pub author: String,
    /// BCP 47: kk-KZ or ru-RU.
    pub language: &'static str,
    pub date: NaiveDate,
    /// The word used on continuation rows when an item crosses a page break.
    pub continued: String,
    /// Who and when the document's revisions are by (a redline); none elsewhere.
    pub revisions: Option<Revisions>,
}

/// The author and date of a redline's revisions: the amendment's, never the clock's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revisions {
    pub author: String,
    pub date: NaiveDate,
}

/// A part of a document's body after its title.
#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Paragraphs of text: an instruction, or a text it quotes.
    Text { kind: TextKind, blocks: Vec<Block> },
    /// Rows `rows` of the table, as a table of their own, with the header row or without.
    Rows {
        rows: std::ops::Range<usize>,
        header: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextKind {
    /// A numbered instruction of a changes document: kept with the quote that follows it.
    Instruction,
    /// A text an instruction quotes (a title, notes).
    Quote,
    /// A second line of the title, set as the title is (what a comparative table is of).
    Subtitle,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Page width and height, millimetres.
    pub page_mm: [f32; 2],
    pub orientation: Orientation,
    pub margins_mm: Margins,
    pub page_numbers: PageNumbers,
    /// The first page that shows its number (1 or 2).
    pub page_numbers_from: u32,
    pub font_pt: FontSizes,
    /// Share of the text width taken by the grif block.
    pub grif_width: f32,
}

pub use crate::template::{FontSizes, Margins};

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Share of the table width, 0..1; the shares add up to 1.
    pub width: f32,
    pub field: Field,
    pub header: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    /// One entry per grid position covered by this row: a cell that starts here, or a
    /// `Covered` slot under a cell that spans down from an earlier row. A cell spanning several
    /// columns takes one entry.
    pub cells: Vec<Cell>,
    /// A row inserted or deleted as a revision (a redline), or none.
    pub mark: Mark,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A section heading spanning all columns.
    Section,
    /// A row of item `number` (1-based, through the whole table); `part` counts the item's rows
    /// from 0 and `parts` is how many it has.
    Item {
        number: usize,
        part: usize,
        parts: usize,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Content(Content),
    /// Under a cell that spans down from an earlier row of the same item.
    Covered,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub blocks: Vec<Block>,
    pub col_span: usize,
    pub row_span: usize,
    pub align: Align,
    pub bold: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notes {
    pub heading: String,
    /// The heading inserted or deleted as a revision, with every note (a redline).
    pub heading_mark: Mark,
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    pub heading: String,
    /// «ОҚП – операциялық қызмет департаменті», one line each.
    pub entries: Vec<String>,
    /// The heading and each entry inserted or deleted as a revision (a redline); empty when
    /// none is.
    pub marks: Vec<Mark>,
}

impl Legend {
    /// The revision mark of the heading (0) or of entry `i` (`i + 1`).
    pub fn mark(&self, i: usize) -> Mark {
        self.marks.get(i).copied().unwrap_or_default()
    }
}

impl Table {
    /// The header row's texts.
    pub fn headers(&self) -> impl Iterator<Item = &str> {
        self.columns.iter().map(|c| c.header.as_str())
    }

    /// The column holding the items' numbers, which identify an item on every page it spans.
    pub fn number_column(&self) -> Option<usize> {
        self.columns.iter().position(|c| c.field == Field::Number)
    }
}
