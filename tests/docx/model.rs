//! What the document model says a reader of the DOCX must find: every text, and the merged
//! cells of the table.

use qujat::document::{Block, Cell, Document};
use qujat::layout::Laid;
use qujat::layout::paginate::Part;
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

/// Every cell of the table the DOCX holds, with the grid rectangle it covers: the header row,
/// then the rows and parts of rows of each page as the layout placed them, merged cells
/// starting anew on every page.
pub fn spans(laid: &Laid) -> Vec<Span> {
    let t = laid.blocks.iter().find_map(|b| b.table()).expect("a table");
    let mut out: Vec<Span> = (0..t.header.len())
        .map(|col| Span {
            row: 0,
            col,
            rows: 1,
            cols: 1,
        })
        .collect();
    let mut row = 1;
    for part in laid.paged.pages.iter().flat_map(|p| &p.parts) {
        let Part::Table(part) = part else { continue };
        for piece in &part.pieces {
            for placed in &piece.cells {
                let cell = &t.cells[placed.cell];
                out.push(Span {
                    row,
                    col: cell.col(),
                    rows: placed.span,
                    cols: cell.cols(),
                });
            }
            row += 1;
        }
    }
    out
}

/// The lines `structure.py` reads.
pub fn spans_spec(laid: &Laid) -> String {
    spans(laid)
        .iter()
        .map(|s| format!("cell {} {} {} {}\n", s.row, s.col, s.rows, s.cols))
        .collect()
}
