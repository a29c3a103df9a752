//! A Word table as a grid: each row's cells placed on the grid columns they cover, cells under
//! a vertical merge pointing at the cell that starts it. Word writes a merge as a `restart`
//! cell and `continue` cells below it; what the importer wants to know is, for a row and a
//! column, which text stands there and whether it is the row's own.

use super::docx_reader::{Merge, Para, Table};

/// The most grid columns a plan table has; the grid keeps no cell beyond them, so a row of a
/// hundred thousand cells costs no more than a plan's row.
pub const MAX_COLUMNS: usize = 40;

#[derive(Clone, Debug)]
pub struct GridCell {
    pub col: usize,
    pub span: usize,
    pub paras: Vec<Para>,
    /// Under a cell merged from an earlier row: (row, cell) of that cell.
    pub covered_by: Option<(usize, usize)>,
}

#[derive(Clone, Debug)]
pub struct GridRow {
    /// 1-based position in the Word table, as a reader counts rows.
    pub number: usize,
    pub cells: Vec<GridCell>,
}

#[derive(Clone, Debug, Default)]
pub struct Grid {
    pub width: usize,
    pub rows: Vec<GridRow>,
}

impl GridRow {
    /// The index of the cell covering grid column `col`.
    pub fn index_at(&self, col: usize) -> Option<usize> {
        self.cells
            .iter()
            .position(|c| (c.col..c.col + c.span).contains(&col))
    }

    pub fn at(&self, col: usize) -> Option<&GridCell> {
        self.index_at(col).map(|i| &self.cells[i])
    }
}

impl Grid {
    pub fn new(table: &Table) -> Grid {
        let mut rows: Vec<GridRow> = Vec::with_capacity(table.rows.len());
        let mut width = 0;
        for (r, row) in table.rows.iter().enumerate() {
            let mut col = row.grid_before.min(MAX_COLUMNS + 1);
            let mut cells = Vec::with_capacity(row.cells.len().min(MAX_COLUMNS + 1));
            for cell in &row.cells {
                if col > MAX_COLUMNS {
                    break;
                }
                let covered_by = match cell.merge {
                    Merge::Continue => rows.last().and_then(|above: &GridRow| {
                        let i = above.index_at(col)?;
                        Some(above.cells[i].covered_by.unwrap_or((r - 1, i)))
                    }),
                    _ => None,
                };
                cells.push(GridCell {
                    col,
                    span: cell.span.max(1),
                    paras: cell.paras.clone(),
                    covered_by,
                });
                col += cell.span.max(1);
            }
            width = width.max(col);
            rows.push(GridRow {
                number: r + 1,
                cells,
            });
        }
        Grid { width, rows }
    }

    /// The paragraphs shown at (`row`, `col`): the row's own cell, or the merged cell above
    /// it covers it with. Empty when nothing stands there.
    pub fn text_at(&self, row: usize, col: usize) -> &[Para] {
        let Some(cell) = self.rows.get(row).and_then(|r| r.at(col)) else {
            return &[];
        };
        match cell.covered_by {
            Some((r, c)) => &self.rows[r].cells[c].paras,
            None => &cell.paras,
        }
    }

    /// Whether (`row`, `col`) is covered by a merge from an earlier row.
    pub fn covered(&self, row: usize, col: usize) -> bool {
        self.rows
            .get(row)
            .and_then(|r| r.at(col))
            .is_some_and(|c| c.covered_by.is_some())
    }

    /// Whether the row's own cell at `col` shows nothing.
    pub fn blank(&self, row: usize, col: usize) -> bool {
        self.rows
            .get(row)
            .and_then(|r| r.at(col))
            .is_none_or(|c| c.covered_by.is_some() || c.paras.iter().all(Para::is_blank))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::docx_reader::{Cell, Row, Run};

    fn cell(text: &str, span: usize, merge: Merge) -> Cell {
        Cell {
            span,
            merge,
            paras: vec![Para {
                runs: vec![Run {
                    text: text.into(),
                    ..Run::default()
                }],
                ..Para::default()
            }],
        }
    }

    #[test]
    fn merged_cells_point_at_their_start() {
        let t = Table {
            rows: vec![
                Row {
                    cells: vec![cell("1.", 1, Merge::Restart), cell("a", 1, Merge::None)],
                    ..Row::default()
                },
                Row {
                    cells: vec![cell("", 1, Merge::Continue), cell("b", 1, Merge::None)],
                    ..Row::default()
                },
                Row {
                    cells: vec![cell("", 1, Merge::Continue), cell("c", 1, Merge::None)],
                    ..Row::default()
                },
                Row {
                    cells: vec![cell("section", 2, Merge::None)],
                    ..Row::default()
                },
            ],
        };
        let g = Grid::new(&t);
        assert_eq!(g.width, 2);
        assert!(g.covered(2, 0) && !g.covered(2, 1));
        assert_eq!(g.text_at(2, 0)[0].text(), "1.");
        assert_eq!(g.text_at(3, 1)[0].text(), "section");
        assert!(g.blank(1, 0) && !g.blank(1, 1));
    }
}
