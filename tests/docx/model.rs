//! What the document model says a reader of the DOCX must find: every text, and the merged
//! cells of the table.

use qujat::document::{Block, Cell, Document};
use qujat::richtext::concat;

/// Every text of the document, one entry per line or paragraph: annex, grif lines, title,
/// column headers, each paragraph and bullet of every cell, notes and legend.
pub fn texts(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = doc.annex.iter().cloned().collect();
    out.extend(doc.grif.iter().map(|l| concat(l)));
    out.push(concat(&doc.title));
    out.extend(doc.table.headers().map(str::to_string));
    for row in &doc.table.rows {
        for cell in &row.cells {
            if let Cell::Content(c) = cell {
                blocks(&c.blocks, &mut out);
            }
        }
    }
    if let Some(notes) = &doc.notes {
        out.push(notes.heading.clone());
        blocks(&notes.blocks, &mut out);
    }
    if let Some(legend) = &doc.legend {
        out.push(legend.heading.clone());
        out.extend(legend.entries.iter().cloned());
    }
    out.retain(|t| !t.trim().is_empty());
    out
}

fn blocks(blocks: &[Block], out: &mut Vec<String>) {
    for b in blocks {
        match b {
            Block::Paragraph(p) => out.push(concat(p)),
            Block::Bullets(items) => out.extend(items.iter().map(|i| concat(i))),
        }
    }
}

/// A cell as a rectangle of the table grid; row 0 is the header row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub row: usize,
    pub col: usize,
    pub rows: usize,
    pub cols: usize,
}

/// Every cell of the table with the grid rectangle it covers.
pub fn spans(doc: &Document) -> Vec<Span> {
    let columns = doc.table.columns.len();
    let mut out: Vec<Span> = (0..columns)
        .map(|col| Span {
            row: 0,
            col,
            rows: 1,
            cols: 1,
        })
        .collect();
    // How many columns the cell merged down from each column covers.
    let mut down = vec![1; columns];
    for (r, row) in doc.table.rows.iter().enumerate() {
        let mut col = 0;
        for cell in &row.cells {
            match cell {
                Cell::Content(c) => {
                    out.push(Span {
                        row: r + 1,
                        col,
                        rows: c.row_span.max(1),
                        cols: c.col_span.max(1),
                    });
                    down[col] = c.col_span.max(1);
                    col += c.col_span.max(1);
                }
                Cell::Covered => col += down[col],
            }
        }
        assert_eq!(col, columns, "row {} of the model fills the grid", r + 1);
    }
    out
}

/// The lines `structure.py` reads.
pub fn spans_spec(doc: &Document) -> String {
    spans(doc)
        .iter()
        .map(|s| format!("cell {} {} {} {}\n", s.row, s.col, s.rows, s.cols))
        .collect()
}
