//! The table as the paginator laid it out: a fixed grid, single rules, the header row
//! repeating on every page, and then, page by page, each row or part of a row as a table row
//! of its own.
//!
//! What makes Word and LibreOffice break where the paginator did, and still leaves a table a
//! secretary can edit:
//! - every row is `w:cantSplit`: a row the paginator split is already two rows, the second
//!   showing the continuation mark and the rest of the cut cells;
//! - the paragraphs of every row of a page but its last are kept with the next, so the rows of
//!   a page stay together and the page breaks after its last row (LibreOffice honours keep
//!   with next between rows, measured; it ignores a page break before a paragraph in a row);
//! - merged cells start anew at the top of every page, so a page where an item goes on shows
//!   its number and the mark, never empty cells.

use super::parts::id;
use super::runs::{self, Props};
use super::xml::Xml;
use crate::document::{Align, Mark};
use crate::layout::paginate::{Piece, TablePart};
use crate::layout::style::{CellBox, Style, Twips};
use crate::layout::table::{GridCell, TableLayout};
use std::io::{self, Write};

/// Opens the table `t`: its properties, grid and header row. Its rows follow page by page
/// ([`page`]); the body closes it.
pub fn open<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    t: &TableLayout,
    lang: Option<&str>,
) -> io::Result<()> {
    x.open("w:tbl", &[])?;
    properties(x, s)?;
    x.open("w:tblGrid", &[])?;
    for w in &s.columns {
        x.empty("w:gridCol", &[("w:w", &w.to_string())])?;
    }
    x.close("w:tblGrid")?;
    if !t.header.is_empty() {
        header(x, s, t, lang)?;
    }
    Ok(())
}

fn properties<W: Write>(x: &mut Xml<W>, s: &Style) -> io::Result<()> {
    x.open("w:tblPr", &[])?;
    let width = s.page.text_width().to_string();
    x.empty("w:tblW", &[("w:w", &width), ("w:type", "dxa")])?;
    x.open("w:tblBorders", &[])?;
    // Rules are set in eighths of a point.
    let rule = (s.cell.rule * 8 / 20).to_string();
    for side in [
        "w:top",
        "w:left",
        "w:bottom",
        "w:right",
        "w:insideH",
        "w:insideV",
    ] {
        let attrs = [
            ("w:val", "single"),
            ("w:sz", rule.as_str()),
            ("w:space", "0"),
            ("w:color", "000000"),
        ];
        x.empty(side, &attrs)?;
    }
    x.close("w:tblBorders")?;
    x.empty("w:tblLayout", &[("w:type", "fixed")])?;
    cell_margins(x, &s.cell)?;
    x.close("w:tblPr")
}

fn cell_margins<W: Write>(x: &mut Xml<W>, c: &CellBox) -> io::Result<()> {
    let (v, h) = (c.pad_y.to_string(), c.pad_x.to_string());
    x.open("w:tblCellMar", &[])?;
    for (side, w) in [
        ("w:top", &v),
        ("w:left", &h),
        ("w:bottom", &v),
        ("w:right", &h),
    ] {
        x.empty(side, &[("w:w", w), ("w:type", "dxa")])?;
    }
    x.close("w:tblCellMar")
}

/// The column headers: the row Word and LibreOffice repeat at the top of every page.
fn header<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    t: &TableLayout,
    lang: Option<&str>,
) -> io::Result<()> {
    x.open("w:tr", &[])?;
    x.open("w:trPr", &[])?;
    x.empty("w:cantSplit", &[])?;
    x.empty("w:tblHeader", &[])?;
    x.close("w:trPr")?;
    for cell in &t.header {
        let props = Props {
            style: id::HEADER,
            keep_next: true,
            align: None,
            before: 0,
            after: 0,
            lang,
        };
        x.open("w:tc", &[])?;
        cell_properties(x, s, cell, Merge::None, s.header_middle)?;
        runs::all(x, cell.text(), &props)?;
        x.close("w:tc")?;
    }
    x.close("w:tr")
}

/// How a cell takes part in a vertical merge.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Merge {
    None,
    Restart,
    Continue,
}

fn cell_properties<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    cell: &GridCell,
    merge: Merge,
    middle: bool,
) -> io::Result<()> {
    x.open("w:tcPr", &[])?;
    let width = s.span_width(cell.col(), cell.cols()).to_string();
    x.empty("w:tcW", &[("w:w", &width), ("w:type", "dxa")])?;
    if cell.cols() > 1 {
        x.val("w:gridSpan", &cell.cols().to_string())?;
    }
    match merge {
        Merge::None => {}
        Merge::Restart => x.val("w:vMerge", "restart")?,
        Merge::Continue => x.empty("w:vMerge", &[])?,
    }
    if middle {
        x.val("w:vAlign", "center")?;
    }
    x.close("w:tcPr")
}

/// The table's part on one page: its pieces as rows, all but the last kept with the next.
pub fn page<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    t: &TableLayout,
    part: &TablePart,
    lang: Option<&str>,
) -> io::Result<()> {
    // Per column: the cell merged down over it from a piece above, and for how many more.
    let mut going: Vec<Option<(usize, usize)>> = vec![None; s.columns.len()];
    for (i, piece) in part.pieces.iter().enumerate() {
        let keep = i + 1 < part.pieces.len();
        row(x, s, t, piece, keep, &mut going, lang)?;
    }
    Ok(())
}

fn row<W: Write>(
    x: &mut Xml<W>,
    s: &Style,
    t: &TableLayout,
    piece: &Piece,
    keep: bool,
    going: &mut [Option<(usize, usize)>],
    lang: Option<&str>,
) -> io::Result<()> {
    x.open("w:tr", &[])?;
    x.open("w:trPr", &[])?;
    x.empty("w:cantSplit", &[])?;
    // A row inserted or deleted as a whole: a revision of the row (after every other row
    // property, as the schema orders them).
    match t.row_mark(piece.row) {
        Mark::Inserted => x.revision("w:ins", true)?,
        Mark::Deleted => x.revision("w:del", true)?,
        Mark::None | Mark::Struck => {}
    }
    x.close("w:trPr")?;
    let props = |align: Align| Props {
        style: id::CELL,
        keep_next: keep,
        align: (align != s.cell_text.align).then_some(align),
        before: 0,
        after: 0,
        lang,
    };
    let mut col = 0;
    while col < s.columns.len() {
        if let Some((c, left)) = going[col] {
            // Under a cell merged from a piece above.
            let cell = &t.cells[c];
            going[col] = (left > 1).then_some((c, left - 1));
            x.open("w:tc", &[])?;
            cell_properties(x, s, cell, Merge::Continue, false)?;
            runs::empty(x, &props(Align::Left))?;
            x.close("w:tc")?;
            col += cell.cols().max(1);
            continue;
        }
        let Some(placed) = piece.cells.iter().find(|p| t.cells[p.cell].col() == col) else {
            // The layout leaves no gap in the grid; an empty cell keeps the row whole if it did.
            x.open("w:tc", &[])?;
            x.open("w:tcPr", &[])?;
            let width: Twips = s.columns[col];
            x.empty("w:tcW", &[("w:w", &width.to_string()), ("w:type", "dxa")])?;
            x.close("w:tcPr")?;
            runs::empty(x, &props(Align::Left))?;
            x.close("w:tc")?;
            col += 1;
            continue;
        };
        let cell = &t.cells[placed.cell];
        let merge = if placed.span > 1 {
            going[col] = Some((placed.cell, placed.span - 1));
            Merge::Restart
        } else {
            Merge::None
        };
        x.open("w:tc", &[])?;
        cell_properties(x, s, cell, merge, false)?;
        if placed.mark {
            let mark = Props {
                align: None,
                ..props(Align::Left)
            };
            runs::all(x, &t.mark, &mark)?;
        }
        let p = props(cell.emphasis.align);
        if !placed.mark || !placed.lines.is_empty() {
            if placed.lines.len() == cell.text().lines.len() {
                runs::all(x, cell.text(), &p)?;
            } else {
                runs::lines_of(x, cell.text(), placed.lines.clone(), &p, s.bullet.hang)?;
            }
        }
        x.close("w:tc")?;
        col += cell.cols().max(1);
    }
    x.close("w:tr")
}
