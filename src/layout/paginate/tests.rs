//! The pagination rules on small synthetic tables, heights counted in lines.

use super::*;
use crate::fonts::Style;
use crate::layout::measure::leading;
use crate::layout::table::{GridCell, PAD_Y, Parts};
use crate::layout::textbox::{BoxLine, Span, TextBox};

const SIZE: f32 = 10.0;

fn line() -> f32 {
    leading(SIZE)
}

/// The height of a row whose tallest cell has `n` lines.
fn row(n: usize) -> f32 {
    n as f32 * line() + 2.0 * PAD_Y
}

fn text(n: usize) -> TextBox {
    let line = |i: usize| BoxLine {
        spans: vec![Span {
            x: 0.0,
            text: format!("line {i}"),
            style: Style::Regular,
        }],
        size: SIZE,
        gap: 0.0,
        keep: false,
    };
    TextBox {
        lines: (0..n).map(line).collect(),
    }
}

fn cell(row: usize, rows: usize, col: usize, lines: usize) -> GridCell {
    GridCell {
        row,
        rows,
        col,
        cols: 1,
        text: text(lines),
    }
}

fn section(row: usize) -> GridCell {
    GridCell {
        row,
        rows: 1,
        col: 0,
        cols: 3,
        text: text(1),
    }
}

/// Three columns: number, text, step; the mark goes in the text column.
fn table(cells: Vec<GridCell>, sections: Vec<bool>) -> TableLayout {
    let header = (0..3).map(|c| cell(0, 1, c, 1)).collect();
    let parts = Parts {
        edges: vec![0.0, 30.0, 150.0, 300.0],
        header,
        cells,
        sections,
        mark_col: 1,
        mark: text(1),
    };
    TableLayout::from_parts(parts, SIZE)
}

/// A one-row item: number, text, step of `lines` lines.
fn item(r: usize, lines: usize) -> Vec<GridCell> {
    vec![cell(r, 1, 0, 1), cell(r, 1, 1, 1), cell(r, 1, 2, lines)]
}

/// Body rows on each page, in order, once each, known by their one-row cells.
fn rows(t: &TableLayout, paged: &Paged) -> Vec<Vec<usize>> {
    let rows_of = |page: &TablePage| {
        let mut rows: Vec<usize> = page
            .cells
            .iter()
            .filter(|p| !p.header && t.cells[p.cell].rows == 1)
            .map(|p| t.cells[p.cell].row)
            .collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    };
    paged.pages.iter().map(rows_of).collect()
}

fn placements(paged: &Paged, cell: usize) -> Vec<(usize, Range<usize>, bool)> {
    let mut out = Vec::new();
    for (i, page) in paged.pages.iter().enumerate() {
        for p in page.cells.iter().filter(|p| !p.header && p.cell == cell) {
            out.push((i, p.lines.clone(), p.mark));
        }
    }
    out
}

#[test]
fn the_header_opens_every_page_and_a_row_that_does_not_fit_moves() {
    let cells = [item(0, 4), item(1, 4), item(2, 4)].concat();
    let t = table(cells, vec![false; 3]);
    let full = row(1) + 2.0 * row(4) + line() / 2.0;
    let paged = paginate(&t, Space { first: full, full });
    assert_eq!(rows(&t, &paged), [vec![0, 1], vec![2]]);
    for page in &paged.pages {
        let header: Vec<usize> = page
            .cells
            .iter()
            .take(3)
            .filter(|p| p.header)
            .map(|p| p.cell)
            .collect();
        assert_eq!(header, [0, 1, 2]);
        assert!(page.height <= full + EPSILON);
    }
    assert!(
        paged.pages[1].cells.iter().all(|p| !p.mark),
        "a whole item is no continuation"
    );
}

#[test]
fn a_row_taller_than_a_page_is_split_line_by_line() {
    let t = table(item(0, 30), vec![false]);
    let full = row(1) + row(10);
    let paged = paginate(&t, Space { first: full, full });
    let step = placements(&paged, 2);
    assert!(step.len() >= 3);
    let mut next = 0;
    for (page, lines, mark) in &step {
        assert_eq!(lines.start, next, "the step goes on where it stopped");
        assert!(!lines.is_empty());
        assert!(!mark, "the mark goes in the text column");
        assert_eq!(paged.pages[*page].height, full);
        next = lines.end;
    }
    assert_eq!(next, 30, "every line shown once");
    assert_eq!(step[0].1, 0..10, "the first page is filled");
    let number = placements(&paged, 0);
    assert_eq!(
        number.len(),
        step.len(),
        "the number is repeated on every page"
    );
    assert!(number.iter().all(|(_, lines, _)| *lines == (0..1)));
    let marks: Vec<bool> = placements(&paged, 1).iter().map(|p| p.2).collect();
    assert!(!marks[0]);
    assert!(
        marks[1..].iter().all(|&m| m),
        "continuation pages carry the mark"
    );
}

#[test]
fn a_section_row_is_kept_with_the_row_after_it() {
    let cells = [item(0, 2), vec![section(1)], item(2, 4)].concat();
    let t = table(cells, vec![false, true, false]);
    let first = row(1) + row(2) + row(1) + row(2);
    let full = 300.0;
    let paged = paginate(&t, Space { first, full });
    assert_eq!(rows(&t, &paged), [vec![0], vec![1, 2]]);
}

#[test]
fn a_table_whose_first_rows_do_not_fit_starts_on_a_new_page() {
    let cells = [vec![section(0)], item(1, 4)].concat();
    let t = table(cells, vec![true, false]);
    let paged = paginate(
        &t,
        Space {
            first: row(1) + row(1) + row(2),
            full: 300.0,
        },
    );
    assert!(paged.starts_on_new_page);
    assert_eq!(rows(&t, &paged), [vec![0, 1]]);
}

#[test]
fn an_item_crossing_a_page_break_repeats_its_merged_cells_with_the_mark() {
    // Item over rows 0..3: number and measure merged, one step a row.
    let cells = vec![
        cell(0, 3, 0, 1),
        cell(0, 3, 1, 2),
        cell(0, 1, 2, 3),
        cell(1, 1, 2, 3),
        cell(2, 1, 2, 3),
    ];
    let t = table(cells, vec![false; 3]);
    let full = row(1) + 2.0 * row(3) + line() / 2.0;
    let paged = paginate(&t, Space { first: full, full });
    assert_eq!(rows(&t, &paged), [vec![0, 1], vec![2]]);
    assert_eq!(placements(&paged, 0), [(0, 0..1, false), (1, 0..1, false)]);
    assert_eq!(placements(&paged, 1), [(0, 0..2, false), (1, 0..2, true)]);
    assert_eq!(placements(&paged, 4), [(1, 0..3, false)]);
    let second: Vec<&Placed> = paged.pages[1].cells.iter().filter(|p| !p.header).collect();
    assert!(
        second.iter().all(|p| p.y == second[0].y),
        "the repeat is one row"
    );
}

#[test]
fn a_merged_cell_taller_than_its_rows_stretches_the_last() {
    let cells = vec![
        cell(0, 2, 0, 1),
        cell(0, 2, 1, 8),
        cell(0, 1, 2, 1),
        cell(1, 1, 2, 1),
    ];
    let t = table(cells, vec![false; 2]);
    let paged = paginate(
        &t,
        Space {
            first: 500.0,
            full: 500.0,
        },
    );
    let placed = &paged.pages[0].cells;
    let step = |c: usize| placed.iter().find(|p| !p.header && p.cell == c).unwrap();
    assert!((step(2).height - row(1)).abs() < EPSILON);
    assert!((step(2).height + step(3).height - row(8)).abs() < EPSILON);
}
