//! Cutting the table into pages.
//!
//! Rules, in the order they apply:
//! - The header row opens the table on every page.
//! - Rows are placed in blocks: a block is an item's rows, tied together by its merged cells
//!   (number, measure, expected result). A block's rows go on the page while they fit.
//! - A row that does not fit in the space left moves to the next page.
//! - A row taller than a whole page is split: it fills the rest of the page (of the next one
//!   when rows of its own item stand above it), every cell showing the lines that fit, and
//!   goes on at the top of the next page, after the header.
//! - A section row is never the last row of a page: it moves to the next page unless the
//!   first row of its item (or, for a row to be split, that row's first line) fits below it.
//! - When a block goes on past a page break (its merged cells cross the break, or a row was
//!   split), the part on the new page is a continuation: every cell of its first row that was
//!   already shown in full above (the number, the measure, the result, the deadline of a split
//!   row) is shown again, and the first column after the number carries the continuation mark
//!   «(жалғасы)» / «(продолжение)» above its text. So no step is ever orphaned from its item.
//!   A cell that was cut is not shown again but goes on where it stopped. A repeated cell
//!   taller than the page (an item text longer than a page, beside steps that are split too)
//!   is cut at the page's foot: its whole text was printed before.

mod segment;
#[cfg(test)]
mod tests;

use super::table::TableLayout;
use std::ops::Range;

/// Height available for the table, points: on the page where it starts (below the title) and
/// on a whole page.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Space {
    pub first: f32,
    pub full: f32,
}

/// A cell, or the part of one, placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the table's `header` (when `header`) or `cells`.
    pub cell: usize,
    pub header: bool,
    /// Top, from the top of the table on this page, and height, points.
    pub y: f32,
    pub height: f32,
    /// The cell's lines drawn here.
    pub lines: Range<usize>,
    /// The continuation mark is drawn above the lines.
    pub mark: bool,
}

/// The table's part on one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TablePage {
    pub cells: Vec<Placed>,
    pub height: f32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Paged {
    /// Not even the header and a first row fit below the title: the table starts on page 2.
    pub starts_on_new_page: bool,
    pub pages: Vec<TablePage>,
}

const EPSILON: f32 = 0.01;

pub fn paginate(table: &TableLayout, space: Space) -> Paged {
    let mut p = Paginator::new(table, space);
    for block in &table.blocks {
        if table.sections[block.start] && block.len() == 1 {
            p.section(block.start);
        } else {
            p.block(block.clone());
        }
    }
    p.finish()
}

struct Paginator<'a> {
    t: &'a TableLayout,
    space: Space,
    header_height: f32,
    pages: Vec<TablePage>,
    page: TablePage,
    /// Height used on the current page, header included.
    y: f32,
    /// Height available on the current page.
    limit: f32,
    /// No body row on the current page yet.
    fresh: bool,
    /// The last row placed on this page is a section row, which must not end the page.
    after_section: bool,
    /// Per body cell: how many of its lines have been shown.
    shown: Vec<usize>,
    starts_on_new_page: bool,
}

impl<'a> Paginator<'a> {
    fn new(t: &'a TableLayout, space: Space) -> Paginator<'a> {
        let mut p = Paginator {
            t,
            space,
            header_height: t.header_height(),
            pages: Vec::new(),
            page: TablePage::default(),
            y: 0.0,
            limit: space.first,
            fresh: true,
            after_section: false,
            shown: vec![0; t.cells.len()],
            starts_on_new_page: false,
        };
        p.starts_on_new_page = p.header_height + p.min_first(0) > space.first + EPSILON;
        if p.starts_on_new_page {
            p.limit = space.full;
        }
        p.open_page();
        p
    }

    fn open_page(&mut self) {
        for (i, cell) in self.t.header.iter().enumerate() {
            self.page.cells.push(Placed {
                cell: i,
                header: true,
                y: 0.0,
                height: self.header_height,
                lines: 0..cell.text.lines.len(),
                mark: false,
            });
        }
        self.y = self.header_height;
        self.fresh = true;
        self.after_section = false;
    }

    fn new_page(&mut self) {
        self.page.height = self.y;
        self.pages.push(std::mem::take(&mut self.page));
        self.limit = self.space.full;
        self.open_page();
    }

    fn finish(mut self) -> Paged {
        self.page.height = self.y;
        self.pages.push(self.page);
        Paged {
            starts_on_new_page: self.starts_on_new_page,
            pages: self.pages,
        }
    }

    fn room(&self) -> f32 {
        self.limit - self.y
    }

    /// A section row, kept with what follows it.
    fn section(&mut self, row: usize) {
        if !self.fresh && self.min_first(row) > self.room() + EPSILON {
            self.new_page();
        }
        self.place(row, row + 1, false);
    }

    /// An item's rows: as many as fit on each page, splitting a row taller than a page.
    fn block(&mut self, rows: Range<usize>) {
        let mut start = rows.start;
        let mut continued = false;
        while start < rows.end {
            if let Some(end) = self.largest_fit(start, rows.end, continued) {
                self.place(start, end, continued);
                start = end;
                if start < rows.end {
                    self.new_page();
                    continued = true;
                }
                continue;
            }
            let fits_a_page = self.total(start, start + 1, continued)
                <= self.space.full - self.header_height + EPSILON;
            // Below a section the row is split rather than moved, or the section would end
            // the page.
            let may_move = fits_a_page && !self.after_section;
            let must_move = self.room() < self.min_split(start, continued);
            if !self.fresh && (may_move || must_move) {
                self.new_page();
                continue;
            }
            let done = self.split(start, continued);
            if done {
                start += 1;
            }
            if start < rows.end || !done {
                self.new_page();
                continued = true;
            }
        }
    }

    /// The least height the first placement of the block at `row` needs: its first row, or the
    /// first line of it if the row will be split; a section row with what must follow it.
    fn min_first(&self, row: usize) -> f32 {
        if row >= self.t.rows() {
            return 0.0;
        }
        let height = self.total(row, row + 1, false);
        if self.t.sections[row] {
            height + self.min_first(row + 1)
        } else if height <= self.space.full - self.header_height + EPSILON {
            height
        } else {
            self.min_split(row, false)
        }
    }

    /// The least room for starting to split `row`: one line of every cell that still owes text.
    fn min_split(&self, row: usize, continued: bool) -> f32 {
        self.t.covering[row]
            .iter()
            .map(|&c| {
                let show = self.show(c, row, continued);
                if show.repeat || show.lines.is_empty() {
                    return 0.0;
                }
                let first = show.lines.start..show.lines.start + 1;
                self.overhead(&show) + self.cell(c).text.height_of(first)
            })
            .fold(self.t.min_row, f32::max)
    }

    fn largest_fit(&self, start: usize, end: usize, continued: bool) -> Option<usize> {
        let mut best = None;
        for e in start + 1..=end {
            if self.total(start, e, continued) > self.room() + EPSILON {
                break;
            }
            best = Some(e);
        }
        best
    }
}
