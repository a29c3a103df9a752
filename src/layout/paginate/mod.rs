//! Where the pages break: the one breaking policy both outputs follow. The PDF draws these
//! pages; the DOCX expresses them (a split row as two rows, every row of a page but its last
//! kept with the next) so that Word and LibreOffice break at the same places.
//!
//! The policy, for paragraphs ([`flow`](super::flow) says which are kept with the next):
//! - a paragraph that does not fit is split, with at least two lines on each side (widows and
//!   orphans, as both word processors do); a paragraph of three lines or fewer moves whole;
//! - a paragraph kept with the next, and the start of what follows, move to the next page
//!   together when they do not fit; space above a paragraph is dropped at the top of a page.
//!
//! And for the table (in [`table`]):
//! - the header row opens the table on every page;
//! - an item's rows go on the page while they fit; the first row that does not is split, the
//!   part that fits on this page and the rest on the next, when every cell that is cut keeps at
//!   least two lines on each side; otherwise the row goes to the next page whole. A short row
//!   (three lines or fewer in every cell) is therefore never split;
//! - merged cells (the item's number, measure and result) are cut at the page's foot the same
//!   way, and a cell that has not begun is not begun on a page where fewer than two of its
//!   lines fit;
//! - a section row never ends a page: it moves to the next one unless the start of its first
//!   item fits below it;
//! - on a page where an item goes on, its number is shown again, its merged cells start anew
//!   (showing what is left of them), and the first column after the number shows the
//!   continuation mark «(жалғасы)» / «(продолжение)» above its text.
//!
//! Heights are twips, counted as LibreOffice counts them (see [`super::style`]): a line of the
//! face, the cell's padding and one rule per row, one more rule per table part on a page.

mod table;
#[cfg(test)]
mod tests;

use super::flow::{Block, Paragraph};
use super::style::Twips;
use super::table::TableLayout;
use std::ops::Range;
use table::TableRun;

/// What goes on each page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paged {
    pub pages: Vec<PagePlan>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct PagePlan {
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Part {
    /// Lines of a paragraph block; `y` is the first line's top, from the top of the text area.
    Lines {
        block: usize,
        lines: Range<usize>,
        y: Twips,
    },
    Table(TablePart),
}

/// The table's part on one page: its header row, then rows or parts of rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TablePart {
    pub block: usize,
    /// Top of the part (of its first rule), from the top of the text area.
    pub y: Twips,
    pub header: Twips,
    pub pieces: Vec<Piece>,
}

impl TablePart {
    /// The part's height: the header, the pieces, and the rule below the last.
    pub fn height(&self, rule: Twips) -> Twips {
        self.header + self.pieces.iter().map(|p| p.height).sum::<Twips>() + rule
    }
}

/// A row, or the part of a row, on a page: a table row of its own in the DOCX.
#[derive(Clone, Debug, PartialEq)]
pub struct Piece {
    /// The body row it shows (part of).
    pub row: usize,
    pub height: Twips,
    /// The cells that start on this piece, left to right.
    pub cells: Vec<Placed>,
}

/// A cell, or the part of one, placed on a page.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into the table's `cells`.
    pub cell: usize,
    /// How many pieces of this page it spans, from the one it starts on.
    pub span: usize,
    /// The cell's lines shown here.
    pub lines: Range<usize>,
    /// The continuation mark is shown above the lines.
    pub mark: bool,
}

/// What the paginator asks of the tables' cells as it goes: their text laid out when it
/// reaches their rows, and dropped (or kept) once the pages showing them are handed over.
pub trait Cells {
    /// The cells of `t` starting above body row `end` are about to be measured.
    fn lay(&mut self, t: &mut TableLayout, end: usize);
    /// Every page showing a cell of `t` that starts above body row `end` has been handed over.
    fn shown(&mut self, t: &mut TableLayout, end: usize);
}

/// Tables whose cells are all laid out already, kept as they are.
pub struct Ready;

impl Cells for Ready {
    fn lay(&mut self, _: &mut TableLayout, _: usize) {}
    fn shown(&mut self, _: &mut TableLayout, _: usize) {}
}

/// Lays `blocks`, their tables laid out whole, out on pages `body` twips tall.
pub fn paginate(blocks: &[Block], body: Twips) -> Paged {
    let mut blocks = blocks.to_vec();
    let mut pages = Vec::new();
    stream(&mut blocks, body, &mut Ready, &mut |_, page| {
        pages.push(page)
    });
    Paged { pages }
}

/// Lays `blocks` out on pages `body` twips tall, handing each page to `on_page` as soon as it
/// is complete, with the blocks as they are then: every cell the page shows is laid out.
/// `cells` lays a table's cells out as their rows are reached; nothing is asked to stay laid
/// out once the pages that show it are handed over.
pub fn stream(
    blocks: &mut [Block],
    body: Twips,
    cells: &mut dyn Cells,
    on_page: &mut dyn FnMut(&[Block], PagePlan),
) {
    let mut p = Paginator {
        body,
        pages: Vec::new(),
        page: PagePlan::default(),
        y: 0,
    };
    // A keep chain measures the start of the table it leads to before the table is reached.
    for block in blocks.iter_mut() {
        if let Block::Table(t) = block {
            cells.lay(t, table::lookahead(t, 0));
        }
    }
    // A table whose last part is on the page under way: its cells are shown once it is done.
    let mut finished: Option<usize> = None;
    for i in 0..blocks.len() {
        match &blocks[i] {
            Block::Paragraph(para) => {
                if para.keep_next && p.y > 0 && p.chain(blocks, i) > p.room() {
                    p.new_page();
                }
                p.paragraph(i, para);
            }
            Block::Table(_) => {
                table::run(&mut p, blocks, i, cells, on_page);
                finished = Some(i);
                continue;
            }
        }
        if p.pages.is_empty() {
            continue;
        }
        emit(&mut p, blocks, on_page);
        if let Some(Block::Table(t)) = finished.take().map(|f| &mut blocks[f]) {
            let end = t.rows();
            cells.shown(t, end);
        }
    }
    p.pages.push(std::mem::take(&mut p.page));
    emit(&mut p, blocks, on_page);
}

/// Hands the complete pages over, in order.
fn emit(p: &mut Paginator, blocks: &[Block], on_page: &mut dyn FnMut(&[Block], PagePlan)) {
    for page in p.pages.drain(..) {
        on_page(blocks, page);
    }
}

struct Paginator {
    body: Twips,
    /// Complete pages not handed over yet.
    pages: Vec<PagePlan>,
    page: PagePlan,
    /// Height used on the current page.
    y: Twips,
}

impl Paginator {
    fn room(&self) -> Twips {
        self.body - self.y
    }

    fn new_page(&mut self) {
        self.pages.push(std::mem::take(&mut self.page));
        self.y = 0;
    }

    /// Height the keep chain from block `i` needs: every block kept with the next, whole, and
    /// the start of the first that is not.
    fn chain(&self, blocks: &[Block], i: usize) -> Twips {
        let mut need = 0;
        let mut y = self.y;
        for block in &blocks[i..] {
            match block {
                Block::Paragraph(p) if p.keep_next => {
                    let h = before(p, y) + p.text.height() + p.after;
                    need += h;
                    y += h;
                }
                Block::Paragraph(p) => {
                    let n = p.text.lines.len();
                    let lines = if n <= 3 { n } else { 2 };
                    return need + before(p, y) + p.text.height_of(0..lines);
                }
                Block::Table(t) => {
                    let room = self.body - y;
                    return need + TableRun::new(t).start_height(room);
                }
            }
        }
        need
    }

    /// Places a paragraph, splitting it with two lines at least on each side.
    fn paragraph(&mut self, block: usize, p: &Paragraph) {
        let n = p.text.lines.len();
        let mut from = 0;
        while from < n {
            let before = if from == 0 { before(p, self.y) } else { 0 };
            let rest = n - from;
            let fit = p.text.fitting(self.room() - before).min(rest);
            let take = if fit == rest {
                rest
            } else if p.keep_next {
                0
            } else {
                // Two lines at the foot and two at the top of the next page.
                let k = fit.min(rest.saturating_sub(2));
                if k >= 2 { k } else { 0 }
            };
            let take = if take == 0 && self.y == 0 {
                // A page holds nothing else: whatever fits, at least a line.
                fit.max(1)
            } else {
                take
            };
            if take == 0 {
                self.new_page();
                continue;
            }
            self.y += before;
            self.page.parts.push(Part::Lines {
                block,
                lines: from..from + take,
                y: self.y,
            });
            self.y += p.text.height_of(from..from + take);
            from += take;
            if from < n {
                self.new_page();
            }
        }
        if n == 0 {
            self.y += before(p, self.y);
        }
        self.y = (self.y + p.after).min(self.body);
    }
}

/// Space above `p` at height `y` of a page: none at the top.
fn before(p: &Paragraph, y: Twips) -> Twips {
    if y > 0 { p.before } else { 0 }
}
