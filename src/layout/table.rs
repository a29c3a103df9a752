//! The table before pagination: column edges, every cell's text laid out in its width, the
//! header row, and the blocks of rows that merged cells tie together.

use super::textbox::{self, Setting, TextBox};
use crate::document::{Align, Block, Cell as DocCell, Document, Inline, RowKind};
use crate::template::Field;
use std::ops::Range;

/// Space between a cell's border and its text, points: 1.5 mm left and right, 0.5 mm above
/// and below, the DOCX writer's cell margins, so both files break their lines alike.
pub const PAD_X: f32 = 4.25;
pub const PAD_Y: f32 = 1.4;

/// A cell with its place in the grid and its laid-out text.
#[derive(Clone, Debug, PartialEq)]
pub struct GridCell {
    pub row: usize,
    pub rows: usize,
    pub col: usize,
    pub cols: usize,
    pub text: TextBox,
}

impl GridCell {
    /// One past the last row the cell covers.
    pub fn end(&self) -> usize {
        self.row + self.rows
    }

    pub fn covers(&self, row: usize) -> bool {
        (self.row..self.end()).contains(&row)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TableLayout {
    /// x of every column edge from the table's left, points: one more than the columns.
    pub edges: Vec<f32>,
    /// The header cells (row 0 of their own), repeated at the top of every page.
    pub header: Vec<GridCell>,
    /// Body cells in reading order: row by row, left to right.
    pub cells: Vec<GridCell>,
    /// Per body row: is it a section heading.
    pub sections: Vec<bool>,
    /// Row ranges that merged cells tie together (an item with its steps).
    pub blocks: Vec<Range<usize>>,
    /// Per body row: the cells covering it.
    pub covering: Vec<Vec<usize>>,
    /// The column that carries the continuation mark: the first that is not the number.
    pub mark_col: usize,
    /// «(жалғасы)» laid out in the mark column.
    pub mark: TextBox,
    /// Height of one line of table text with the cell padding: the least a row can be.
    pub min_row: f32,
}

/// What a table is made of; [`TableLayout::from_parts`] derives the rest.
#[derive(Clone, Debug, PartialEq)]
pub struct Parts {
    pub edges: Vec<f32>,
    pub header: Vec<GridCell>,
    pub cells: Vec<GridCell>,
    pub sections: Vec<bool>,
    pub mark_col: usize,
    pub mark: TextBox,
}

impl TableLayout {
    /// Lays out `doc`'s table `width` points wide.
    pub fn new(doc: &Document, width: f32) -> TableLayout {
        let edges = edges(doc, width);
        let size = doc.layout.font_pt.table;
        let setting = |col: usize, cols: usize, align: Align, bold: bool| Setting {
            size,
            width: (edges[col + cols] - edges[col] - 2.0 * PAD_X).max(size),
            align,
            bold,
            lang: doc.lang,
        };
        let header = header(doc, &setting);
        let (cells, sections) = body(doc, &setting);
        let mark_col = mark_column(doc);
        // The locale's word, parentheses included: «(жалғасы)», «(продолжение)».
        let mark = Inline {
            text: doc.meta.continued.clone(),
            bold: false,
            italic: true,
        };
        let mark_setting = setting(mark_col, 1, Align::Left, false);
        let mark = textbox::blocks(&[Block::Paragraph(vec![mark])], &mark_setting);
        let parts = Parts {
            edges,
            header,
            cells,
            sections,
            mark_col,
            mark,
        };
        TableLayout::from_parts(parts, size)
    }

    /// Completes a table from its cells: which cells cover which rows, the blocks, the least
    /// row height for text of `size` points.
    pub fn from_parts(p: Parts, size: f32) -> TableLayout {
        let rows = p.sections.len();
        TableLayout {
            covering: covering(&p.cells, rows),
            blocks: blocks(&p.cells, rows),
            min_row: super::measure::leading(size) + 2.0 * PAD_Y,
            edges: p.edges,
            header: p.header,
            cells: p.cells,
            sections: p.sections,
            mark_col: p.mark_col,
            mark: p.mark,
        }
    }

    pub fn rows(&self) -> usize {
        self.sections.len()
    }

    pub fn header_height(&self) -> f32 {
        self.header
            .iter()
            .map(|c| c.text.height() + 2.0 * PAD_Y)
            .fold(self.min_row, f32::max)
    }
}

/// Column edges from the columns' shares of the width.
fn edges(doc: &Document, width: f32) -> Vec<f32> {
    let total: f32 = doc.table.columns.iter().map(|c| c.width).sum();
    let mut x = 0.0;
    let mut edges = vec![0.0];
    for column in &doc.table.columns {
        x += width * column.width / total;
        edges.push(x);
    }
    edges
}

type SettingFor<'a> = dyn Fn(usize, usize, Align, bool) -> Setting + 'a;

fn header(doc: &Document, setting: &SettingFor) -> Vec<GridCell> {
    doc.table
        .headers()
        .enumerate()
        .map(|(col, text)| {
            let blocks = [Block::Paragraph(vec![Inline::plain(text)])];
            GridCell {
                row: 0,
                rows: 1,
                col,
                cols: 1,
                text: textbox::blocks(&blocks, &setting(col, 1, Align::Center, true)),
            }
        })
        .collect()
}

fn body(doc: &Document, setting: &SettingFor) -> (Vec<GridCell>, Vec<bool>) {
    let mut cells = Vec::new();
    let mut sections = Vec::with_capacity(doc.table.rows.len());
    for (row, r) in doc.table.rows.iter().enumerate() {
        sections.push(r.kind == RowKind::Section);
        let mut col = 0;
        for cell in &r.cells {
            // The model's rows fit its grid; should one not, its surplus is left out rather
            // than the writer panicking.
            if col >= doc.table.columns.len() {
                break;
            }
            let DocCell::Content(content) = cell else {
                col += 1;
                continue;
            };
            let cols = content.col_span.clamp(1, doc.table.columns.len() - col);
            let rows = content.row_span.max(1).min(doc.table.rows.len() - row);
            let s = setting(col, cols, content.align, content.bold);
            cells.push(GridCell {
                row,
                rows,
                col,
                cols,
                text: textbox::blocks(&content.blocks, &s),
            });
            col += cols;
        }
    }
    (cells, sections)
}

fn covering(cells: &[GridCell], rows: usize) -> Vec<Vec<usize>> {
    let mut covering = vec![Vec::new(); rows];
    for (i, cell) in cells.iter().enumerate() {
        for list in &mut covering[cell.row..cell.end()] {
            list.push(i);
        }
    }
    covering
}

/// Maximal row ranges that no merged cell crosses.
fn blocks(cells: &[GridCell], rows: usize) -> Vec<Range<usize>> {
    let mut reach = vec![0; rows];
    for cell in cells {
        reach[cell.row] = reach[cell.row].max(cell.end());
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

fn mark_column(doc: &Document) -> usize {
    doc.table
        .columns
        .iter()
        .position(|c| c.field != Field::Number)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(row: usize, rows: usize) -> GridCell {
        GridCell {
            row,
            rows,
            col: 0,
            cols: 1,
            text: TextBox::default(),
        }
    }

    #[test]
    fn merged_cells_tie_rows_into_blocks() {
        // A section, an item over rows 1..4 (a cell merged over 1..3 and one over 2..4), an
        // item of one row.
        let cells = [cell(0, 1), cell(1, 2), cell(2, 2), cell(4, 1)];
        assert_eq!(blocks(&cells, 5), [0..1, 1..4, 4..5]);
        let covering = covering(&cells, 5);
        assert_eq!(covering[2], [1, 2]);
        assert_eq!(covering[3], [2]);
    }
}
