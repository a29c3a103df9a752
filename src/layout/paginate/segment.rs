//! What a segment of rows (the rows of one item placed together on one page) needs and
//! shows: each cell's lines, repeated or continued, the mark, the rows' heights; and placing a
//! segment whole or filling the rest of a page with part of a row.

use super::{Paginator, Placed};
use crate::layout::table::{GridCell, PAD_Y};
use std::ops::Range;

/// What a cell shows in a segment of rows.
pub(super) struct Show {
    pub lines: Range<usize>,
    pub mark: bool,
    /// Shown in full before: drawn again as a reminder.
    pub repeat: bool,
}

impl<'a> Paginator<'a> {
    pub(super) fn cell(&self, c: usize) -> &'a GridCell {
        &self.t.cells[c]
    }

    /// What cell `c` shows in a segment starting at row `start`; `continued` when the segment
    /// goes on with an item from an earlier page.
    pub(super) fn show(&self, c: usize, start: usize, continued: bool) -> Show {
        let cell = self.cell(c);
        let len = cell.text.lines.len();
        let shown = self.shown[c];
        let repeat = continued && cell.row <= start && shown == len && len > 0;
        let in_mark_col = (cell.col..cell.col + cell.cols).contains(&self.t.mark_col);
        Show {
            lines: if repeat { 0..len } else { shown..len },
            mark: continued && cell.covers(start) && in_mark_col,
            repeat,
        }
    }

    pub(super) fn overhead(&self, show: &Show) -> f32 {
        2.0 * PAD_Y + if show.mark { self.t.mark.height() } else { 0.0 }
    }

    pub(super) fn need(&self, c: usize, show: &Show) -> f32 {
        self.overhead(show) + self.cell(c).text.height_of(show.lines.clone())
    }

    /// The cells covering any of `rows`, in reading order.
    pub(super) fn cells_in(&self, rows: Range<usize>) -> Vec<usize> {
        let mut cells: Vec<usize> = rows
            .flat_map(|r| self.t.covering[r].iter().copied())
            .collect();
        cells.sort_unstable();
        cells.dedup();
        cells
    }

    /// Heights of `start..end` placed as one segment: each row as tall as its own cells, and a
    /// merged cell taller than its rows stretching the last of them.
    pub(super) fn heights(&self, start: usize, end: usize, continued: bool) -> Vec<f32> {
        let mut h = vec![self.t.min_row; end - start];
        let mut merged = Vec::new();
        for c in self.cells_in(start..end) {
            let cell = self.cell(c);
            let (a, z) = (cell.row.max(start) - start, cell.end().min(end) - start);
            let need = self.need(c, &self.show(c, start, continued));
            if z - a == 1 {
                h[a] = h[a].max(need);
            } else {
                merged.push((z, a, need));
            }
        }
        merged.sort_by_key(|&(z, a, _)| (z, a));
        for (z, a, need) in merged {
            let have: f32 = h[a..z].iter().sum();
            if need > have {
                h[z - 1] += need - have;
            }
        }
        h
    }

    pub(super) fn total(&self, start: usize, end: usize, continued: bool) -> f32 {
        self.heights(start, end, continued).iter().sum()
    }

    /// Places rows `start..end` whole.
    pub(super) fn place(&mut self, start: usize, end: usize, continued: bool) {
        let h = self.heights(start, end, continued);
        let top = self.y;
        for c in self.cells_in(start..end) {
            let cell = self.cell(c);
            let (a, z) = (cell.row.max(start) - start, cell.end().min(end) - start);
            let show = self.show(c, start, continued);
            self.page.cells.push(Placed {
                cell: c,
                header: false,
                y: top + h[..a].iter().sum::<f32>(),
                height: h[a..z].iter().sum(),
                lines: show.lines,
                mark: show.mark,
            });
            self.shown[c] = cell.text.lines.len();
        }
        self.y = top + h.iter().sum::<f32>();
        self.fresh = false;
        self.after_section = end - start == 1 && self.t.sections[start];
    }

    /// Fills the rest of the page with as much of `row` as fits. Returns whether every cell
    /// ending at this row is now shown in full.
    pub(super) fn split(&mut self, row: usize, continued: bool) -> bool {
        let room = self.room();
        let mut done = true;
        for c in self.t.covering[row].clone() {
            let show = self.show(c, row, continued);
            let text = &self.cell(c).text;
            let fit = text.fitting(show.lines.start, room - self.overhead(&show));
            let mut n = fit.min(show.lines.len());
            if n == 0 && self.fresh && !show.repeat && !show.lines.is_empty() {
                n = 1; // a line taller than a page: draw it rather than loop forever
            }
            let lines = show.lines.start..show.lines.start + n;
            if !show.repeat {
                self.shown[c] = lines.end;
            }
            let (end, len) = (self.cell(c).end(), self.cell(c).text.lines.len());
            if end == row + 1 && self.shown[c] < len {
                done = false;
            }
            self.page.cells.push(Placed {
                cell: c,
                header: false,
                y: self.y,
                height: room,
                lines,
                mark: show.mark,
            });
        }
        self.y = self.limit;
        self.fresh = false;
        self.after_section = false;
        done
    }
}
