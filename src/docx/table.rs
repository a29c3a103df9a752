//! The table: a fixed grid, single borders, a header row that repeats on every page, section
//! rows across all columns, and item cells merged down over their step rows.

use super::fit;
use super::ids::Ids;
use super::text::{self, Look};
use super::units::{Geometry, half_points, split};
use crate::document::{Align, Block, Cell, Content, Document, Row};
use docx_rs::{
    AlignmentType, BorderType, BuildXML, Table, TableBorder, TableBorderPosition, TableBorders,
    TableCell, TableCellMargins, TableLayoutType, TableRow, VAlignType, VMergeType, WidthType,
};

/// Cell padding left and right, 1.5 mm: the number column is narrow.
const PADDING: usize = 85;
/// Cell padding above and below, 0.5 mm, so text does not touch the rules.
const PADDING_V: usize = 28;
/// Border width in eighths of a point: a plain 0.5 pt line.
const BORDER: usize = 4;
/// Rows up to this fraction of the page's text height are kept whole; a taller row moved to
/// the next page would leave too much of this one empty.
const KEEP_WHOLE: i32 = 6;

/// Everything the rows need to know about the table as a whole.
struct Grid {
    /// Column widths in twips.
    widths: Vec<usize>,
    half_points: usize,
    /// Rows estimated taller than this (twips) may break across pages.
    max_whole: i32,
}

/// The body rows of a table as XML, which `super::write_combined` puts in before the table's
/// end tag.
pub struct Body {
    pub xml: Vec<u8>,
    /// Some row holds a list: the document then needs its relationship to the numbering part,
    /// which docx-rs adds only for what it sees.
    pub numbered: bool,
}

/// The table with its header row, and its body rows apart.
///
/// Each body row is turned into XML as soon as it is built and its docx-rs tree dropped: the
/// trees of a 10,000-item plan's rows took some 800 MB at once, their XML a few tens of MB.
pub fn build(doc: &Document, g: Geometry, ids: &mut Ids) -> (Table, Body) {
    let shares: Vec<f32> = doc.table.columns.iter().map(|c| c.width).collect();
    let grid = Grid {
        widths: split(g.text_width(), &shares),
        half_points: half_points(doc.layout.font_pt.table),
        max_whole: g.text_height() / KEEP_WHOLE,
    };
    let head = header(doc, &grid, ids);
    let mut body = Body {
        xml: Vec::new(),
        numbered: false,
    };
    let mut spans = vec![1; grid.widths.len()];
    for row in &doc.table.rows {
        let row = body_row(row, &grid, &mut spans, ids);
        body.numbered |= row.has_numbering;
        body.xml.extend(row.build());
    }
    let table = Table::new(vec![head])
        .set_grid(grid.widths.clone())
        .layout(TableLayoutType::Fixed)
        .width(g.text_width().max(0) as usize, WidthType::Dxa)
        .set_borders(borders())
        .margins(TableCellMargins::new().margin(PADDING_V, PADDING, PADDING_V, PADDING));
    (table, body)
}

fn borders() -> TableBorders {
    use TableBorderPosition::*;
    [Top, Left, Bottom, Right, InsideH, InsideV]
        .into_iter()
        .fold(TableBorders::new(), |b, pos| {
            b.set(
                TableBorder::new(pos)
                    .border_type(BorderType::Single)
                    .size(BORDER),
            )
        })
}

/// Bold and centred column headers. `finish` marks this first row as the repeating header
/// (`w:tblHeader`), which docx-rs cannot express.
fn header(doc: &Document, grid: &Grid, ids: &mut Ids) -> TableRow {
    let look = Look {
        half_points: grid.half_points,
        align: AlignmentType::Center,
        bold: true,
    };
    let cells = doc
        .table
        .headers()
        .zip(&grid.widths)
        .map(|(h, w)| {
            TableCell::new()
                .width(*w, WidthType::Dxa)
                .vertical_align(VAlignType::Center)
                .add_paragraph(text::plain(ids, h, look))
        })
        .collect();
    TableRow::new(cells).cant_split()
}

/// `spans[c]` remembers how many columns the cell merging down from column `c` covers, so a
/// `Covered` slot continues it with the same width.
fn body_row(row: &Row, grid: &Grid, spans: &mut [usize], ids: &mut Ids) -> TableRow {
    let mut cells = Vec::with_capacity(row.cells.len());
    let mut own: Vec<(&[Block], usize)> = Vec::new();
    let mut col = 0;
    for cell in &row.cells {
        let span = match cell {
            Cell::Content(c) => c.col_span.max(1),
            Cell::Covered => spans.get(col).copied().unwrap_or(1),
        };
        let w = width(grid, col, span);
        cells.push(match cell {
            Cell::Content(c) => {
                if let Some(s) = spans.get_mut(col) {
                    *s = span;
                }
                if c.row_span <= 1 {
                    own.push((&c.blocks, w));
                }
                content(c, w, grid, ids)
            }
            Cell::Covered => covered(w, span, grid, ids),
        });
        col += span;
    }
    let tr = TableRow::new(cells);
    if fit::row_height(&own, grid.half_points) <= grid.max_whole {
        tr.cant_split()
    } else {
        tr
    }
}

/// The width of `span` grid columns from `col`.
fn width(grid: &Grid, col: usize, span: usize) -> usize {
    grid.widths.iter().skip(col).take(span.max(1)).sum()
}

fn content(c: &Content, w: usize, grid: &Grid, ids: &mut Ids) -> TableCell {
    let look = Look {
        half_points: grid.half_points,
        align: match c.align {
            Align::Left => AlignmentType::Left,
            Align::Center => AlignmentType::Center,
        },
        bold: c.bold,
    };
    let mut paragraphs = text::blocks(ids, &c.blocks, look);
    if paragraphs.is_empty() {
        // A cell must hold a paragraph; an empty deadline or result cell still gets one.
        paragraphs.push(text::empty(ids, look));
    }
    let mut tc = TableCell::new().width(w, WidthType::Dxa);
    if c.col_span > 1 {
        tc = tc.grid_span(c.col_span);
    }
    if c.row_span > 1 {
        tc = tc.vertical_merge(VMergeType::Restart);
    }
    paragraphs.into_iter().fold(tc, TableCell::add_paragraph)
}

/// A slot under a cell merged from above: it continues the merge and holds an empty paragraph
/// (the schema wants one in every cell) in the table's size, so it does not make the row taller.
fn covered(w: usize, span: usize, grid: &Grid, ids: &mut Ids) -> TableCell {
    let look = Look {
        half_points: grid.half_points,
        align: AlignmentType::Left,
        bold: false,
    };
    let mut tc = TableCell::new()
        .width(w, WidthType::Dxa)
        .vertical_merge(VMergeType::Continue);
    if span > 1 {
        tc = tc.grid_span(span);
    }
    tc.add_paragraph(text::empty(ids, look))
}
