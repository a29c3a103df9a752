//! Laid-out text and table parts turned into page items at their place on the page.

use super::measure;
use super::page::Item;
use super::paginate::TablePage;
use super::table::{PAD_X, PAD_Y, TableLayout};
use super::textbox::{BoxLine, TextBox};
use std::ops::Range;

pub fn line_items(line: &BoxLine, x: f32, baseline: f32) -> Vec<Item> {
    line.spans
        .iter()
        .map(|span| Item::Text {
            x: x + span.x,
            baseline,
            size: line.size,
            style: span.style,
            text: span.text.clone(),
        })
        .collect()
}

/// The table's part on one page: each cell's border, then its text, in reading order.
pub fn table_items(table: &TableLayout, part: &TablePage, left: f32, top: f32) -> Vec<Item> {
    let mut items = Vec::new();
    for placed in &part.cells {
        let cell = if placed.header {
            &table.header[placed.cell]
        } else {
            &table.cells[placed.cell]
        };
        let x = left + table.edges[cell.col];
        let width = table.edges[cell.col + cell.cols] - table.edges[cell.col];
        let y = top + placed.y;
        items.push(Item::Frame {
            x,
            y,
            width,
            height: placed.height,
        });
        let mut text_top = y + PAD_Y;
        if placed.mark {
            items.extend(box_items(
                &table.mark,
                0..table.mark.lines.len(),
                x + PAD_X,
                text_top,
            ));
            text_top += table.mark.height();
        }
        items.extend(box_items(
            &cell.text,
            placed.lines.clone(),
            x + PAD_X,
            text_top,
        ));
    }
    items
}

fn box_items(text: &TextBox, lines: Range<usize>, x: f32, top: f32) -> Vec<Item> {
    let tops = text.tops(lines.clone());
    text.lines[lines]
        .iter()
        .zip(tops)
        .flat_map(|(line, dy)| line_items(line, x, top + dy + measure::ascent(line.size)))
        .collect()
}
