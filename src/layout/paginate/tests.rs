//! The breaking rules on small synthetic tables, heights counted in lines of 200 twips.

use super::*;
use crate::document::Align;
use crate::layout::style::CellBox;
use crate::layout::table::{Emphasis, GridCell, Parts};
use crate::layout::text::Para;
use crate::layout::textbox::{BoxLine, TextBox};

const LINE: Twips = 200;
const CELL: CellBox = CellBox {
    pad_x: 85,
    pad_y: 28,
    rule: 10,
};

/// The height of a row whose tallest cell has `n` lines.
fn row(n: usize) -> Twips {
    n as Twips * LINE + CELL.overhead()
}

fn text(n: usize) -> TextBox {
    TextBox {
        paras: vec![Para {
            text: "x".repeat(n),
            styles: Vec::new(),
            bullet: false,
            marks: Vec::new(),
        }],
        lines: (0..n)
            .map(|i| BoxLine {
                para: 0,
                range: i..i + 1,
                spans: 0..0,
                hyphen: false,
                bullet: false,
            })
            .collect(),
        spans: Vec::new(),
        line: LINE,
        size: 10.0,
        bold: false,
    }
}

fn spanning(row: usize, rows: usize, col: usize, cols: usize, lines: usize) -> GridCell {
    let emphasis = Emphasis {
        bold: false,
        align: Align::Left,
    };
    GridCell::new(row, rows, col, cols, emphasis)
        .unwrap()
        .with_text(text(lines))
}

fn cell(row: usize, rows: usize, col: usize, lines: usize) -> GridCell {
    spanning(row, rows, col, 1, lines)
}

fn section(row: usize) -> GridCell {
    spanning(row, 1, 0, 3, 1)
}

/// Three columns: number, text, step; the mark goes in the text column.
fn table(cells: Vec<GridCell>, sections: Vec<bool>) -> Vec<Block> {
    let header = (0..3).map(|c| cell(0, 1, c, 1)).collect();
    let t = TableLayout::from_parts(Parts {
        edges: vec![0, 600, 3000, 6000],
        header,
        cells,
        sections,
        number_col: Some(0),
        mark_col: 1,
        mark: text(1),
        cell: CELL,
        line: LINE,
    });
    vec![Block::Table(Box::new(t))]
}

/// A one-row item: number, text, step of `lines` lines.
fn item(r: usize, lines: usize) -> Vec<GridCell> {
    vec![cell(r, 1, 0, 1), cell(r, 1, 1, 1), cell(r, 1, 2, lines)]
}

/// Room for the rule, the header and `lines` lines of body rows.
fn body(rows: &[usize]) -> Twips {
    CELL.rule + row(1) + rows.iter().map(|&n| row(n)).sum::<Twips>()
}

/// Per page: (row, lines of the step column's cell) of each piece.
fn steps(paged: &Paged, blocks: &[Block]) -> Vec<Vec<(usize, std::ops::Range<usize>)>> {
    let Block::Table(t) = &blocks[0] else {
        unreachable!()
    };
    paged
        .pages
        .iter()
        .map(|page| {
            page.parts
                .iter()
                .filter_map(|p| match p {
                    Part::Table(t) => Some(t),
                    Part::Lines { .. } => None,
                })
                .flat_map(|part| &part.pieces)
                .flat_map(|piece| {
                    piece
                        .cells
                        .iter()
                        .filter(|c| t.cells[c.cell].col() == 2)
                        .map(move |c| (piece.row, c.lines.clone()))
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_short_row_that_does_not_fit_moves_whole() {
    let cells = [item(0, 1), item(1, 3)].concat();
    let blocks = table(cells, vec![false, false]);
    // Room for the first row and two lines of the second: three lines never split.
    let paged = paginate(&blocks, body(&[1, 2]));
    assert_eq!(steps(&paged, &blocks), [vec![(0, 0..1)], vec![(1, 0..3)]]);
}

#[test]
fn a_long_row_fills_the_page_with_two_lines_at_least_on_each_side() {
    let cells = [item(0, 1), item(1, 10)].concat();
    let blocks = table(cells.clone(), vec![false, false]);
    let paged = paginate(&blocks, body(&[1, 5]));
    assert_eq!(
        steps(&paged, &blocks),
        [vec![(0, 0..1), (1, 0..5)], vec![(1, 5..10)]]
    );
    // Room for nine of its ten lines: the cut goes back to leave two for the next page.
    let blocks = table(cells.clone(), vec![false, false]);
    let paged = paginate(&blocks, body(&[1, 9]));
    assert_eq!(
        steps(&paged, &blocks),
        [vec![(0, 0..1), (1, 0..8)], vec![(1, 8..10)]]
    );
    // Room for one line: not a cut, the row moves.
    let paged = paginate(&blocks, body(&[1, 1]));
    assert_eq!(steps(&paged, &blocks)[0], [(0, 0..1)]);
}

#[test]
fn a_section_row_moves_with_the_start_of_its_item() {
    let mut cells = item(0, 1);
    cells.push(section(1));
    cells.extend(item(2, 3));
    let blocks = table(cells, vec![false, true, false]);
    // The section fits below the first item, its item's three lines do not.
    let paged = paginate(&blocks, body(&[1, 1, 2]));
    let rows: Vec<Vec<usize>> = paged
        .pages
        .iter()
        .map(|p| match &p.parts[0] {
            Part::Table(t) => t.pieces.iter().map(|x| x.row).collect(),
            Part::Lines { .. } => Vec::new(),
        })
        .collect();
    assert_eq!(rows, [vec![0], vec![1, 2]]);
}

#[test]
fn an_item_going_on_shows_its_number_again_and_the_mark() {
    // An item of three steps under one number and text merged over them.
    let cells = vec![
        cell(0, 3, 0, 1),
        cell(0, 3, 1, 2),
        cell(0, 1, 2, 1),
        cell(1, 1, 2, 1),
        cell(2, 1, 2, 1),
    ];
    let blocks = table(cells, vec![false; 3]);
    let paged = paginate(&blocks, body(&[2, 1]));
    let Block::Table(t) = &blocks[0] else {
        unreachable!()
    };
    let second = match &paged.pages[1].parts[0] {
        Part::Table(t) => t,
        Part::Lines { .. } => panic!("the table goes on"),
    };
    let first = &second.pieces[0];
    let number = first
        .cells
        .iter()
        .find(|c| t.cells[c.cell].col() == 0)
        .unwrap();
    assert_eq!(number.lines, 0..1, "the number shown again");
    assert_eq!(
        number.span,
        second.pieces.len(),
        "merged down the page's rows"
    );
    let text = first
        .cells
        .iter()
        .find(|c| t.cells[c.cell].col() == 1)
        .unwrap();
    assert!(
        text.mark && text.lines.is_empty(),
        "the mark over nothing left to show"
    );
}
