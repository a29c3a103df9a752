//! The table before pagination: column edges, every cell's place in the grid, the header row,
//! and the blocks of rows that merged cells tie together. A body cell's text is laid out in its
//! width only when the paginator reaches its rows ([`TableLayout::lay_until`]), and a stream of
//! pages drops it again once the pages showing it are handed over ([`TableLayout::drop_until`]):
//! a long table is never held laid out whole unless the caller keeps it.

use super::style::{CellBox, Look, Style, Twips, to_pt};
use super::text::{self, Setting};
use super::textbox::{self, TextBox};
use crate::document::{
    Align, Block, Cell as DocCell, Content, Document, Inline, Mark, Row, RowKind, RowSource,
};
use std::fmt;
use std::ops::Range;

/// A cell with its place in the grid, its emphasis and its laid-out text. The grid holds one
/// for every cell of a whole table, in each language rendered side by side, so it is kept
/// narrow: rows as `u32` (a table of 100,000 items has more than 65,536 rows), columns as `u16`
/// (a template's columns are a handful, each at least a few millimetres wide), and of its look
/// only what differs from cell to cell. Read its place through [`GridCell::row`] and the other
/// accessors, in `usize` as the rest of the layout counts.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    row: u32,
    rows: u32,
    col: u16,
    cols: u16,
    pub emphasis: Emphasis,
    /// The laid-out text; none while the cell is not laid out (see [`TableLayout::laid`]).
    /// Boxed: the grid has every cell of a long table, a page's worth of them laid out, and an
    /// empty text box in each would be two thirds of the grid (12 MB at 10,000 items).
    pub text: Option<Box<TextBox>>,
}

// 24 bytes rather than 48 (four `usize` and a whole `Look`): about 100,000 cells at 10,000
// items, 2.4 MB less per language. A field added or widened must not undo that unnoticed.
const _: () = assert!(std::mem::size_of::<GridCell>() <= 24);

/// What a cell's text changes of its table's look: its weight and its alignment. The size
/// and the rest are the style's ([`Style::cell_text`] in the body, [`Style::header`] in the
/// header row), the same for every cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Emphasis {
    pub bold: bool,
    pub align: Align,
}

impl Emphasis {
    /// A look's emphasis.
    pub fn of(look: Look) -> Emphasis {
        Emphasis {
            bold: look.bold,
            align: look.align,
        }
    }

    /// `base` with this emphasis.
    pub fn on(self, base: Look) -> Look {
        Look {
            bold: self.bold,
            align: self.align,
            ..base
        }
    }
}

/// A cell placed beyond the grid a table can hold: past row `u32::MAX` or column `u16::MAX`.
/// No plan within the size limit comes near either; the layout says so rather than
/// truncating the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridTooLarge {
    /// One past the last row and one past the last column of the cell asked for.
    pub rows: usize,
    pub cols: usize,
}

impl fmt::Display for GridTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a table cell reaching row {} and column {} is beyond the largest table the layout \
             holds ({} rows, {} columns)",
            self.rows,
            self.cols,
            u32::MAX,
            u16::MAX
        )
    }
}

impl std::error::Error for GridTooLarge {}

/// The text of a cell not laid out.
static NO_TEXT: TextBox = TextBox::EMPTY;

impl GridCell {
    /// A cell not laid out yet, at row `row` and column `col`, spanning `rows` rows and `cols`
    /// columns; an error if the grid cannot hold that place.
    pub fn new(
        row: usize,
        rows: usize,
        col: usize,
        cols: usize,
        emphasis: Emphasis,
    ) -> Result<GridCell, GridTooLarge> {
        let too_large = || GridTooLarge {
            rows: row.saturating_add(rows),
            cols: col.saturating_add(cols),
        };
        Ok(GridCell {
            row: u32::try_from(row).map_err(|_| too_large())?,
            rows: u32::try_from(rows).map_err(|_| too_large())?,
            col: u16::try_from(col).map_err(|_| too_large())?,
            cols: u16::try_from(cols).map_err(|_| too_large())?,
            emphasis,
            text: None,
        })
    }

    /// The cell with its text laid out.
    pub fn with_text(self, text: TextBox) -> GridCell {
        GridCell {
            text: Some(Box::new(text)),
            ..self
        }
    }

    /// The body row the cell starts at (row 0 in the header).
    pub fn row(&self) -> usize {
        self.row as usize
    }

    /// How many rows the cell spans.
    pub fn rows(&self) -> usize {
        self.rows as usize
    }

    /// The column the cell starts at.
    pub fn col(&self) -> usize {
        usize::from(self.col)
    }

    /// How many columns the cell spans.
    pub fn cols(&self) -> usize {
        usize::from(self.cols)
    }

    /// The laid-out text; empty while the cell is not laid out.
    pub fn text(&self) -> &TextBox {
        self.text.as_deref().unwrap_or(&NO_TEXT)
    }

    /// One past the last row the cell covers.
    pub fn end(&self) -> usize {
        self.row() + self.rows()
    }

    pub fn covers(&self, row: usize) -> bool {
        (self.row()..self.end()).contains(&row)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableLayout {
    /// x of every column edge from the table's left: one more than the columns.
    pub edges: Vec<Twips>,
    /// The header cells (row 0 of their own), repeated at the top of every page.
    pub header: Vec<GridCell>,
    /// Body cells in reading order: row by row, left to right.
    pub cells: Vec<GridCell>,
    /// Per body row: is it a section heading.
    pub sections: Vec<bool>,
    /// Row ranges that merged cells tie together (an item with its steps).
    pub blocks: Vec<Range<usize>>,
    /// The column of the items' numbers, shown again on a page where an item goes on.
    pub number_col: Option<usize>,
    /// The column that carries the continuation mark: the first that is not the number.
    pub mark_col: usize,
    /// «(жалғасы)» laid out in the mark column.
    pub mark: TextBox,
    pub cell: CellBox,
    /// Height of one line of table text: what an empty cell holds.
    pub line: Twips,
    /// Per body row: inserted or deleted as a revision (a redline); empty when none is.
    pub marks: Vec<Mark>,
    /// The document's row that body row 0 shows.
    pub first_row: usize,
    /// The cells whose text is laid out: those before were dropped, those after not laid out
    /// yet (their `text` is empty).
    pub laid: Range<usize>,
}

/// What a table is made of; [`TableLayout::from_parts`] derives the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Parts {
    pub edges: Vec<Twips>,
    pub header: Vec<GridCell>,
    pub cells: Vec<GridCell>,
    pub sections: Vec<bool>,
    pub number_col: Option<usize>,
    pub mark_col: usize,
    pub mark: TextBox,
    pub cell: CellBox,
    pub line: Twips,
}

impl TableLayout {
    /// Lays out `doc`'s table, its rows from `rows`, in the grid of `style`; an error if the
    /// grid cannot hold it.
    pub fn new(
        doc: &Document,
        rows: &mut impl RowSource,
        style: &Style,
    ) -> Result<TableLayout, GridTooLarge> {
        let all = 0..rows.len();
        TableLayout::of_rows(doc, rows, style, all, true)
    }

    /// Lays out rows `range` of `doc`'s table, its rows from `rows`, as a table of their own,
    /// with the header row or without (a row an amendment quotes). Only the rows' shapes are
    /// read: their text is laid out as the paginator reaches them ([`Self::lay_until`]). An
    /// error if the grid cannot hold the rows.
    pub fn of_rows(
        doc: &Document,
        rows: &mut impl RowSource,
        style: &Style,
        range: Range<usize>,
        with_header: bool,
    ) -> Result<TableLayout, GridTooLarge> {
        let mut edges = vec![0];
        for w in &style.columns {
            edges.push(edges.last().copied().unwrap_or(0) + w);
        }
        let columns = style.columns.len();
        let header = doc
            .table
            .headers()
            .enumerate()
            .take(if with_header { columns } else { 0 })
            .map(|(col, h)| {
                let text = [Block::Paragraph(vec![Inline::plain(h)])];
                let text = lay_text(doc, style, col, 1, style.header, &text);
                let cell = GridCell::new(0, 1, col, 1, Emphasis::of(style.header))?;
                Ok(cell.with_text(text))
            })
            .collect::<Result<_, GridTooLarge>>()?;
        let range = range.start.min(rows.len())..range.end.min(rows.len());
        let (cells, sections, marks) = body(style, rows, range.clone())?;
        let number_col = doc.table.number_column();
        let mark_col = (0..columns).find(|&c| Some(c) != number_col).unwrap_or(0);
        // The locale's word, parentheses included: «(жалғасы)», «(продолжение)».
        let mark = Block::Paragraph(vec![Inline::plain(doc.meta.continued.as_str())]);
        let mark = lay_text(doc, style, mark_col, 1, style.mark, &[mark]);
        let mut t = TableLayout::from_parts(Parts {
            edges,
            header,
            cells,
            sections,
            number_col,
            mark_col,
            mark,
            cell: style.cell,
            line: style.cell_text.line(),
        });
        t.marks = marks;
        t.first_row = range.start;
        t.laid = 0..0;
        Ok(t)
    }

    /// Lays out the text of every cell that starts above body row `end` and is not laid out
    /// yet, building its rows from `rows`; `doc`, `rows` and `style` are the ones the table was
    /// made from, and handing each row built to `built` (the glyph check). Stops at a row that
    /// cannot be built.
    pub fn lay_until<R: RowSource>(
        &mut self,
        doc: &Document,
        rows: &mut R,
        style: &Style,
        end: usize,
        built: &mut dyn FnMut(&Row),
    ) -> Result<(), R::Error> {
        let columns = style.columns.len();
        let Some(from) = self.cells.get(self.laid.end).map(GridCell::row) else {
            return Ok(());
        };
        let end = end.min(self.rows());
        if from >= end {
            return Ok(());
        }
        let first_row = self.first_row;
        rows.rows(first_row + from..first_row + end, &mut |i, source| {
            built(source);
            let row = i - first_row;
            // The row's cells, in the order `body` placed them; a row that does not match
            // the grid (not the document the table was made from) lays nothing out.
            for (col, _, content) in placed(source, columns) {
                let Some(cell) = self.cells.get_mut(self.laid.end) else {
                    return;
                };
                if cell.row() != row || cell.col() != col {
                    continue;
                }
                let look = cell.emphasis.on(style.cell_text);
                let text = lay_text(doc, style, col, cell.cols(), look, &content.blocks);
                cell.text = Some(Box::new(text));
                self.laid.end += 1;
            }
        })
    }

    /// Drops the text of every laid-out cell that starts above body row `end`: a stream of
    /// pages calls it once every page showing them is handed over.
    pub fn drop_until(&mut self, end: usize) {
        while self.laid.start < self.laid.end && self.cells[self.laid.start].row() < end {
            self.cells[self.laid.start].text = None;
            self.laid.start += 1;
        }
    }

    /// Body row `row`'s revision mark.
    pub fn row_mark(&self, row: usize) -> Mark {
        self.marks.get(row).copied().unwrap_or_default()
    }

    /// Completes a table from its cells: which cells cover which rows, the blocks.
    pub fn from_parts(p: Parts) -> TableLayout {
        let rows = p.sections.len();
        let laid = 0..p.cells.len();
        TableLayout {
            blocks: blocks(&p.cells, rows),
            edges: p.edges,
            header: p.header,
            cells: p.cells,
            sections: p.sections,
            number_col: p.number_col,
            mark_col: p.mark_col,
            mark: p.mark,
            cell: p.cell,
            line: p.line,
            marks: Vec::new(),
            first_row: 0,
            laid,
        }
    }

    pub fn rows(&self) -> usize {
        self.sections.len()
    }

    /// Height a cell needs for `lines` of its text, with the mark above them or not: at least
    /// one line (an empty cell holds an empty paragraph), the padding and a rule.
    pub fn need(&self, text: &TextBox, lines: Range<usize>, mark: bool) -> Twips {
        let body = text.height_of(lines.clone());
        let content = if mark {
            self.mark.height() + body
        } else {
            body.max(self.line)
        };
        content + self.cell.overhead()
    }

    /// The header row's height; none without one.
    pub fn header_height(&self) -> Twips {
        if self.header.is_empty() {
            return 0;
        }
        self.header
            .iter()
            .map(|c| self.need(c.text(), 0..c.text().lines.len(), false))
            .fold(self.line + self.cell.overhead(), Twips::max)
    }

    /// Whether cell `c` is in the number column.
    pub fn is_number(&self, c: &GridCell) -> bool {
        self.number_col == Some(c.col())
    }

    /// Whether cell `c` spans the mark column.
    pub fn in_mark_column(&self, c: &GridCell) -> bool {
        (c.col()..c.col() + c.cols()).contains(&self.mark_col)
    }
}

/// A cell's text laid out in the width of columns `col..col + cols`.
fn lay_text(
    doc: &Document,
    style: &Style,
    col: usize,
    cols: usize,
    look: Look,
    blocks: &[Block],
) -> TextBox {
    let setting = Setting {
        look,
        width: to_pt(style.cell_text_width(col, cols)).max(look.pt()),
        lang: doc.lang,
    };
    let hang = to_pt(style.bullet.hang);
    textbox::laid(
        text::paragraphs(blocks, &setting, hang),
        look,
        setting.width,
        hang,
    )
}

/// A document row's cells with the column each starts at and the columns it spans, as they
/// fit a grid of `columns`. The model's rows fit its grid; should one not, its surplus is left
/// out rather than the writer panicking.
fn placed(row: &Row, columns: usize) -> impl Iterator<Item = (usize, usize, &Content)> {
    let mut col = 0;
    row.cells
        .iter()
        .map_while(move |cell| {
            if col >= columns {
                return None;
            }
            let start = col;
            match cell {
                DocCell::Content(content) => {
                    let cols = content.col_span.clamp(1, columns - col);
                    col += cols;
                    Some(Some((start, cols, content)))
                }
                DocCell::Covered => {
                    col += 1;
                    Some(None)
                }
            }
        })
        .flatten()
}

/// What [`body`] gives: the cells, which rows are sections, the rows' revision marks.
type Body = (Vec<GridCell>, Vec<bool>, Vec<Mark>);

/// The cells of rows `range` of `rows` in their places, their text not laid out yet, which
/// rows are sections, and the rows' revision marks (empty when none is marked); an error at
/// the first cell the grid cannot hold.
fn body(
    style: &Style,
    rows: &mut impl RowSource,
    range: Range<usize>,
) -> Result<Body, GridTooLarge> {
    let columns = style.columns.len();
    let count = range.len();
    let mut cells = Vec::new();
    let mut sections = Vec::with_capacity(count);
    let mut marks = Vec::new();
    let mut failed = None;
    rows.shapes(range.clone(), &mut |i, r| {
        if failed.is_some() {
            return;
        }
        let row = i - range.start;
        sections.push(r.kind == RowKind::Section);
        if r.mark != Mark::None {
            marks.resize(row, Mark::None);
            marks.push(r.mark);
        }
        for (col, cols, content) in placed(r, columns) {
            let span = content.row_span.max(1).min(count - row);
            let emphasis = Emphasis {
                align: content.align,
                bold: content.bold,
            };
            match GridCell::new(row, span, col, cols, emphasis) {
                Ok(cell) => cells.push(cell),
                Err(e) => failed = Some(e),
            }
        }
    });
    if let Some(e) = failed {
        return Err(e);
    }
    if !marks.is_empty() {
        marks.resize(count, Mark::None);
    }
    cells.shrink_to_fit();
    Ok((cells, sections, marks))
}

/// Maximal row ranges that no merged cell crosses.
fn blocks(cells: &[GridCell], rows: usize) -> Vec<Range<usize>> {
    let mut reach = vec![0; rows];
    for cell in cells {
        reach[cell.row()] = reach[cell.row()].max(cell.end());
    }
    let mut blocks = Vec::new();
    let mut start = 0;
    let mut end = 0;
    for (row, &r) in reach.iter().enumerate() {
        end = end.max(r).max(row + 1);
        if end == row + 1 {
            blocks.push(start..end);
            start = end;
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look() -> Emphasis {
        Emphasis {
            bold: false,
            align: Align::Left,
        }
    }

    fn cell(row: usize, rows: usize) -> GridCell {
        GridCell::new(row, rows, 0, 1, look()).unwrap()
    }

    #[test]
    fn merged_cells_tie_rows_into_blocks() {
        // A section, an item over rows 1..4 (a cell merged over 1..3 and one over 2..4), an
        // item of one row.
        let cells = [cell(0, 1), cell(1, 2), cell(2, 2), cell(4, 1)];
        assert_eq!(blocks(&cells, 5), [0..1, 1..4, 4..5]);
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_cell_keeps_its_place_up_to_the_grids_limits() {
        let last = u32::MAX as usize;
        let cell = GridCell::new(last, 2, 65_535, 3, look()).unwrap();
        let place = (cell.row(), cell.rows(), cell.col(), cell.cols());
        assert_eq!(place, (last, 2, 65_535, 3));
        assert_eq!(cell.end(), last + 2, "the end counted in usize, past u32");
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_place_beyond_the_grid_is_an_error_not_a_truncation() {
        let rows = u32::MAX as usize + 1;
        assert_eq!(
            GridCell::new(rows, 1, 2, 1, look()),
            Err(GridTooLarge {
                rows: rows + 1,
                cols: 3
            })
        );
        assert!(GridCell::new(0, rows, 0, 1, look()).is_err());
        assert!(GridCell::new(0, 1, 65_536, 1, look()).is_err());
        assert!(GridCell::new(0, 1, 0, 65_536, look()).is_err());
    }

    /// A table of `len` rows of which only the first and the last are there, each `row`:
    /// enough to ask the grid for a place past `u32::MAX` without building four billion rows.
    struct Sparse {
        row: Row,
        len: usize,
    }

    impl RowSource for Sparse {
        type Error = std::convert::Infallible;

        fn len(&self) -> usize {
            self.len
        }

        fn shapes(&mut self, range: Range<usize>, f: &mut dyn FnMut(usize, &Row)) {
            for i in [0, self.len - 1] {
                if range.contains(&i) {
                    f(i, &self.row);
                }
            }
        }

        fn rows(
            &mut self,
            range: Range<usize>,
            f: &mut dyn FnMut(usize, &Row),
        ) -> Result<(), Self::Error> {
            self.shapes(range, f);
            Ok(())
        }
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_table_longer_than_the_grid_is_a_layout_error() {
        let yaml = include_str!("../../samples/anticorruption-plan-2022.yaml");
        let loaded = crate::app::load_text(std::path::Path::new("plan.yaml"), yaml.into())
            .unwrap_or_else(|_| panic!("the sample loads"));
        let doc = crate::document::build(&loaded.plan, &loaded.template, crate::lang::Lang::Kk)
            .expect("the sample builds");
        let style = Style::of(&doc);
        let len = u32::MAX as usize + 2;
        let mut rows = Sparse {
            row: doc.table.rows[1].clone(),
            len,
        };
        match crate::layout::stream(&doc, &mut rows, &style, |_, _| {}) {
            Err(crate::layout::Unfit::Grid(e)) => assert_eq!(e.rows, len, "{e}"),
            Err(other) => panic!("{other:?}"),
            Ok(_) => panic!("a table of {len} rows laid out"),
        }
    }
}
