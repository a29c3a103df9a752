//! The table cut into pages: where a row splits, what a continued item shows (see the rules in
//! the [module above](super)).

use super::{Block, Cells, PagePlan, Paginator, Part, Piece, Placed, TablePart, emit};
use crate::layout::style::Twips;
use crate::layout::table::{GridCell, TableLayout};
use std::ops::Range;

/// The table being paginated: how many lines of the cells of the block being placed have been
/// shown so far.
pub(super) struct TableRun<'t> {
    t: &'t TableLayout,
    state: State,
}

/// What a table's pagination carries from one of its blocks to the next, while the cells of
/// the next are laid out.
#[derive(Default)]
struct State {
    /// Per cell of the block being placed, from its first cell `shown_from`: how many of its
    /// lines are shown. No cell crosses a block's edge and the blocks are placed in order, so
    /// a cell of another block has shown none that still matters: counted for the one block,
    /// not for every cell of the table (0.8 MB a language at 10,000 items).
    shown: Vec<usize>,
    shown_from: usize,
    part: TablePart,
    /// The block being placed, and the one placed when the current page was opened: the
    /// blocks above it are on pages handed over.
    block: usize,
    page_block: usize,
}

/// Paginates block `i` of `blocks`, a table, a block of rows at a time: each block's cells
/// (and those the rules look ahead to) laid out just before it is placed, and the pages it
/// completes handed over after, with the cells they alone show.
pub(super) fn run(
    p: &mut Paginator,
    blocks: &mut [Block],
    i: usize,
    cells: &mut dyn Cells,
    on_page: &mut dyn FnMut(&[Block], PagePlan),
) {
    let Block::Table(t) = &blocks[i] else {
        return;
    };
    let mut run = TableRun::new(t);
    if p.y > 0 && run.start_height(p.room()) > p.room() {
        p.new_page();
    }
    run.state.part.block = i;
    run.open(p);
    let mut state = run.state;
    let n = t.blocks.len();
    for b in 0..n {
        let Block::Table(t) = &mut blocks[i] else {
            return;
        };
        cells.lay(t, lookahead(t, b));
        let Block::Table(t) = &blocks[i] else {
            return;
        };
        state.block = b;
        let mut run = TableRun { t, state };
        run.place(p, b);
        let done = t.blocks[run.state.page_block].start;
        state = run.state;
        if !p.pages.is_empty() {
            emit(p, blocks, on_page);
            if let Block::Table(t) = &mut blocks[i] {
                cells.shown(t, done);
            }
        }
    }
    p.page.parts.push(Part::Table(state.part));
}

/// One past the last row whose cells placing block `b` of `t` measures: the block's own,
/// and, after a section row, those of the blocks up to the first item (a section moves with
/// the start of its item).
pub(super) fn lookahead(t: &TableLayout, b: usize) -> usize {
    let mut k = b;
    while k + 1 < t.blocks.len() && is_section(t, &t.blocks[k]) {
        k += 1;
    }
    t.blocks.get(k).map_or(0, |rows| rows.end)
}

fn is_section(t: &TableLayout, rows: &Range<usize>) -> bool {
    rows.len() == 1 && t.sections[rows.start]
}

/// What an item shows on one page: rows `start..start + heights.len()` as pieces, the last of
/// them possibly the first part of a split row.
struct Plan {
    start: usize,
    heights: Vec<Twips>,
    /// (cell, first piece, pieces spanned, lines, mark).
    cells: Vec<(usize, usize, usize, Range<usize>, bool)>,
    /// The row the next page goes on with; the item is done when it is its end.
    next: usize,
}

impl Plan {
    fn height(&self) -> Twips {
        self.heights.iter().sum()
    }
}

impl State {
    /// Starts counting the lines shown of the cells of block `rows`, `cells` its table's.
    fn count_block(&mut self, cells: &[GridCell], rows: &Range<usize>) {
        self.shown_from = cells.partition_point(|c| c.row() < rows.start);
        let to = cells.partition_point(|c| c.row() < rows.end);
        self.shown.clear();
        self.shown.resize(to - self.shown_from, 0);
    }

    /// How many lines of cell `c` are shown: none for a cell outside the block counted.
    fn shown(&self, c: usize) -> usize {
        c.checked_sub(self.shown_from)
            .and_then(|i| self.shown.get(i))
            .copied()
            .unwrap_or(0)
    }

    fn set_shown(&mut self, c: usize, lines: usize) {
        let slot = c
            .checked_sub(self.shown_from)
            .and_then(|i| self.shown.get_mut(i));
        debug_assert!(slot.is_some(), "cell {c} placed outside its block");
        if let Some(slot) = slot {
            *slot = lines;
        }
    }
}

/// What a cell shows in a segment: lines, the mark above them, and whether the lines are shown
/// again (the number, on a page where its item goes on).
struct Show {
    lines: Range<usize>,
    mark: bool,
    repeat: bool,
}

impl<'t> TableRun<'t> {
    pub(super) fn new(t: &'t TableLayout) -> TableRun<'t> {
        TableRun {
            t,
            state: State::default(),
        }
    }

    /// Height the table's start needs: its rule, the header and the first placement the rules
    /// allow (a section row with the start of its item). More than `room` if none fits there.
    pub(super) fn start_height(&self, room: Twips) -> Twips {
        let head = self.t.cell.rule + self.t.header_height();
        if self.t.blocks.is_empty() {
            return head;
        }
        match self.first_placement(0, room - head) {
            Some(h) => head + h,
            None => room + 1,
        }
    }

    /// Places block `b` of the table, a section row or an item.
    fn place(&mut self, p: &mut Paginator, b: usize) {
        let rows = self.t.blocks[b].clone();
        self.state.count_block(&self.t.cells, &rows);
        if is_section(self.t, &rows) {
            let needed = self.first_placement(b, p.room());
            if needed.is_none_or(|h| h > p.room()) && !self.state.part.pieces.is_empty() {
                self.new_page(p);
            }
        }
        self.item(p, rows);
    }

    /// Opens the table's part on the current page: its top rule and the header row.
    fn open(&mut self, p: &mut Paginator) {
        self.state.page_block = self.state.block;
        self.state.part.y = p.y;
        self.state.part.header = self.t.header_height();
        self.state.part.pieces.clear();
        p.y += self.state.part.header + self.t.cell.rule;
    }

    fn new_page(&mut self, p: &mut Paginator) {
        let block = self.state.part.block;
        p.page
            .parts
            .push(Part::Table(std::mem::take(&mut self.state.part)));
        p.new_page();
        self.state.part.block = block;
        self.open(p);
    }

    /// The height of block `b`'s first placement in `room`, with a section row the first
    /// placement of the block after it: `None` if it cannot start there.
    fn first_placement(&self, b: usize, room: Twips) -> Option<Twips> {
        let rows = self.t.blocks.get(b)?.clone();
        let h = self.plan(&rows, rows.start, false, room, true)?.height();
        if is_section(self.t, &rows) && b + 1 < self.t.blocks.len() {
            return Some(h + self.first_placement(b + 1, room - h)?);
        }
        Some(h)
    }

    /// Places an item's rows, over as many pages as they take.
    fn item(&mut self, p: &mut Paginator, rows: Range<usize>) {
        let mut start = rows.start;
        let mut continued = false;
        loop {
            let fresh = self.state.part.pieces.is_empty();
            let room = p.room();
            let plan = self
                .plan(&rows, start, continued, room, true)
                // Nothing the rules allow fits on a page of its own: the least rule-breaking
                // placement rather than no end.
                .or_else(|| fresh.then(|| self.plan(&rows, start, continued, room, false))?)
                // Not even a line of each cell fits on an empty page: drawn past its foot.
                .or_else(|| {
                    fresh.then(|| self.plan(&rows, start, continued, Twips::MAX / 4, false))?
                });
            let Some(plan) = plan else {
                self.new_page(p);
                continue;
            };
            let next = plan.next;
            self.apply(p, plan, continued);
            if next >= rows.end {
                return;
            }
            self.new_page(p);
            start = next;
            continued = true;
        }
    }

    fn show(&self, c: usize, start: usize, continued: bool) -> Show {
        let cell = &self.t.cells[c];
        let len = cell.text().lines.len();
        let shown = self.state.shown(c);
        let going_on = continued && (cell.row() < start || shown > 0);
        let repeat = going_on && self.t.is_number(cell);
        Show {
            lines: if repeat { 0..len } else { shown.min(len)..len },
            mark: continued && cell.covers(start) && self.t.in_mark_column(cell),
            repeat,
        }
    }

    fn need(&self, c: usize, lines: Range<usize>, mark: bool) -> Twips {
        self.t.need(self.t.cells[c].text(), lines, mark)
    }

    /// The cells covering rows `rows` of the block `block`, in reading order: those that start
    /// in the block above `rows.end` and reach into `rows` (no cell crosses a block's edge).
    fn cells_in(&self, block: &Range<usize>, rows: Range<usize>) -> Vec<usize> {
        let cells = &self.t.cells;
        let from = cells.partition_point(|c| c.row() < block.start);
        let to = cells.partition_point(|c| c.row() < rows.end);
        (from..to)
            .filter(|&c| cells[c].end() > rows.start)
            .collect()
    }

    /// The most of `rows` from `start` that the rules let this page hold in `room`.
    fn plan(
        &self,
        rows: &Range<usize>,
        start: usize,
        continued: bool,
        room: Twips,
        strict: bool,
    ) -> Option<Plan> {
        let mut best = None;
        for e in start + 1..=rows.end {
            match self.segment(rows, start, e, false, continued, room, strict) {
                Some(plan) if e == rows.end => return Some(plan),
                Some(plan) => best = Some(plan),
                // Row e - 1 does not fit whole: its first part, if it may be split.
                None => {
                    return self
                        .segment(rows, start, e - 1, true, continued, room, strict)
                        .or(best);
                }
            }
        }
        best
    }

    /// Rows `start..e` whole and, with `split`, the first part of row `e`; the cells that go
    /// on past them cut at the page's foot. `None` if that breaks a rule or does not fit.
    #[allow(clippy::too_many_arguments)]
    fn segment(
        &self,
        rows: &Range<usize>,
        start: usize,
        e: usize,
        split: bool,
        continued: bool,
        room: Twips,
        strict: bool,
    ) -> Option<Plan> {
        let last = if split { e + 1 } else { e };
        if last <= start || last > rows.end {
            return None;
        }
        let n = last - start;
        let min_row = self.t.line + self.t.cell.overhead();
        let mut heights = vec![min_row; n];
        let mut cells = Vec::new();
        let mut open = Vec::new();
        // Cells that end on the whole rows show everything they have left; a merged one
        // taller than its rows stretches the last of them, as LibreOffice does.
        let mut merged = Vec::new();
        for c in self.cells_in(rows, start..last) {
            let cell = &self.t.cells[c];
            let first = cell.row().max(start) - start;
            let span = cell.end().min(last) - start - first;
            let show = self.show(c, start, continued);
            if cell.end() > e {
                open.push((c, first, span, show));
                continue;
            }
            let need = self.need(c, show.lines.clone(), show.mark);
            if span == 1 {
                heights[first] = heights[first].max(need);
            } else {
                merged.push((first + span, first, need));
            }
            cells.push((c, first, span, show.lines, show.mark));
        }
        merged.sort_unstable();
        for (end, first, need) in merged {
            stretch(&mut heights, first, end, need);
        }
        if heights.iter().sum::<Twips>() > room {
            return None;
        }
        // Cells going on past the page (merged cells, the split row's cells): as many lines as
        // fit between where they start and the page's foot, two at least on each side of a cut.
        let mut cut = false;
        open.sort_by_key(|o| o.2 > 1);
        for (c, first, span, show) in open {
            let above: Twips = heights[..first].iter().sum();
            let mark = if show.mark { self.t.mark.height() } else { 0 };
            let space = room - above - self.t.cell.overhead() - mark;
            let fit = self.t.cells[c].text().fitting(space);
            let left = show.lines.len();
            let take = if left <= fit {
                left
            } else if show.repeat {
                return None;
            } else if strict {
                let k = fit.min(left.saturating_sub(2));
                if k < 2 {
                    return None;
                }
                k
            } else {
                fit.clamp(1, left)
            };
            cut |= take < left;
            let lines = show.lines.start..show.lines.start + take;
            stretch(
                &mut heights,
                first,
                first + span,
                self.need(c, lines.clone(), show.mark),
            );
            cells.push((c, first, span, lines, show.mark));
        }
        if heights.iter().sum::<Twips>() > room {
            return None;
        }
        cells.sort_unstable_by_key(|x| (x.1, x.0));
        Some(Plan {
            start,
            heights,
            cells,
            next: if split && cut { e } else { last },
        })
    }

    fn apply(&mut self, p: &mut Paginator, plan: Plan, continued: bool) {
        let mut pieces: Vec<Piece> = plan
            .heights
            .iter()
            .enumerate()
            .map(|(i, &height)| Piece {
                row: plan.start + i,
                height,
                cells: Vec::new(),
            })
            .collect();
        for (c, first, span, lines, mark) in plan.cells {
            if !self.show(c, plan.start, continued).repeat {
                self.state.set_shown(c, lines.end);
            }
            pieces[first].cells.push(Placed {
                cell: c,
                span,
                lines,
                mark,
            });
        }
        p.y += plan.heights.iter().sum::<Twips>();
        self.state.part.pieces.extend(pieces);
    }
}

/// Makes pieces `first..end` together at least `need` tall, growing the last.
fn stretch(heights: &mut [Twips], first: usize, end: usize, need: Twips) {
    let have: Twips = heights[first..end].iter().sum();
    if need > have {
        heights[end - 1] += need - have;
    }
}
