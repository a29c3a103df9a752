//! The paginated document drawn: every line and cell border at its place on its page, in
//! points, for the PDF writer. Nothing is decided here; the places follow from the style, the
//! blocks and the paginator's pages, as LibreOffice places the same things from the DOCX.

use super::Laid;
use super::flow::Block;
use super::measure;
use super::page::{Item, Page};
use super::paginate::{PagePlan, Part, TablePart};
use super::style::{Place, Style, Twips, to_pt};
use super::table::{GridCell, TableLayout};
use super::text::Para;
use super::textbox::{Span, TextBox};
use crate::fonts::Style as Face;
use std::ops::Range;

/// The pages of `laid`, drawn.
pub fn draw(laid: &Laid) -> Vec<Page> {
    laid.paged
        .pages
        .iter()
        .enumerate()
        .map(|(i, plan)| draw_page(&laid.style, &laid.blocks, plan, i))
        .collect()
}

/// Page `index` (from 0) of a document in style `s`, what `plan` puts on it from `blocks`.
pub fn draw_page(s: &Style, blocks: &[Block], plan: &PagePlan, index: usize) -> Page {
    let mut page = Page {
        width: to_pt(s.page.width),
        height: to_pt(s.page.height),
        items: Vec::new(),
    };
    for part in &plan.parts {
        match part {
            Part::Lines { block, lines, y } => {
                if let Some(Block::Paragraph(p)) = blocks.get(*block) {
                    let x = s.page.left + p.indent;
                    text(
                        &mut page.items,
                        s.bullet.text,
                        &p.text,
                        lines.clone(),
                        x,
                        s.page.top + y,
                    );
                }
            }
            Part::Table(t) => {
                if let Some(Block::Table(table)) = blocks.get(t.block) {
                    self::table(&mut page.items, s, table, t);
                }
            }
        }
    }
    number(&mut page, s, index);
    page
}

/// Lines `lines` of `text`, the box's left edge at `x` and its first line's top at `top`; a
/// list entry's first line starts with `bullet`.
fn text(
    items: &mut Vec<Item>,
    bullet: &str,
    text: &TextBox,
    lines: Range<usize>,
    x: Twips,
    top: Twips,
) {
    let ascent = measure::ascent(text.size);
    for (k, i) in lines.enumerate() {
        let line = &text.lines[i];
        let baseline = to_pt(top + k as Twips * text.line) + ascent;
        let para = &text.paras[line.para];
        if line.bullet {
            items.push(Item::Text {
                x: to_pt(x),
                baseline,
                size: text.size,
                style: Face::new(text.bold, false),
                text: bullet.into(),
            });
        }
        let spans = text.spans_of(i);
        let last = spans.len().saturating_sub(1);
        for (n, span) in spans.iter().enumerate() {
            let mut shown = measure::drawable(&para.text[span.range.clone()]);
            if n == last && line.hyphen {
                shown.push('-');
            }
            if shown.is_empty() {
                continue;
            }
            items.push(Item::Text {
                x: to_pt(x) + span.x,
                baseline,
                size: text.size,
                style: span.style,
                text: shown,
            });
            if !para.marks.is_empty() {
                strike(items, para, span, to_pt(x) + span.x, baseline, text.size);
            }
        }
    }
}

/// A line through every struck-out part of `span`, which starts at `x`.
fn strike(items: &mut Vec<Item>, para: &Para, span: &Span, x: f32, baseline: f32, size: f32) {
    let (above, thickness) = measure::strikeout(size);
    for (r, style, mark) in para.marked(span.range.clone()) {
        if !mark.struck() {
            continue;
        }
        let before = measure::width(&para.text[span.range.start..r.start], style, size);
        let width = measure::width(&para.text[r.clone()], style, size);
        // The run's white space at the line's end is not drawn, nor struck.
        let trailing = measure::width(
            &para.text[r.clone()][para.text[r.clone()].trim_end().len()..],
            style,
            size,
        );
        if width - trailing <= 0.0 {
            continue;
        }
        items.push(Item::Bar {
            x: x + before,
            y: baseline - above - thickness / 2.0,
            width: width - trailing,
            height: thickness,
        });
    }
}

/// The table's part on one page: each cell's border, then its text, in reading order.
fn table(items: &mut Vec<Item>, s: &Style, t: &TableLayout, part: &TablePart) {
    let top = s.page.top + part.y;
    let left = s.page.left;
    let c = &t.cell;
    for cell in &t.header {
        let height = part.header;
        frame(items, t, cell, left, top, height);
        let content = cell.text().height();
        let area = height - c.overhead();
        let offset = if s.header_middle {
            ((area - content) / 2).max(0)
        } else {
            0
        };
        let x = left + t.edges[cell.col()] + c.pad_x;
        let y = top + c.rule + c.pad_y + offset;
        text(
            items,
            s.bullet.text,
            cell.text(),
            0..cell.text().lines.len(),
            x,
            y,
        );
    }
    let mut row_top = top + part.header;
    for (i, piece) in part.pieces.iter().enumerate() {
        for placed in &piece.cells {
            let cell = &t.cells[placed.cell];
            let height: Twips = part.pieces[i..i + placed.span]
                .iter()
                .map(|p| p.height)
                .sum();
            frame(items, t, cell, left, row_top, height);
            let x = left + t.edges[cell.col()] + c.pad_x;
            let mut y = row_top + c.rule + c.pad_y;
            if placed.mark {
                text(items, s.bullet.text, &t.mark, 0..t.mark.lines.len(), x, y);
                y += t.mark.height();
            }
            text(
                items,
                s.bullet.text,
                cell.text(),
                placed.lines.clone(),
                x,
                y,
            );
        }
        row_top += piece.height;
    }
}

/// A cell's border: the middle of each rule, as LibreOffice draws it. A row's height runs from
/// the middle of its upper rule to the middle of the next.
fn frame(
    items: &mut Vec<Item>,
    t: &TableLayout,
    cell: &GridCell,
    left: Twips,
    top: Twips,
    h: Twips,
) {
    let x = left + t.edges[cell.col()];
    let width = t.edges[cell.col() + cell.cols()] - t.edges[cell.col()];
    items.push(Item::Frame {
        x: to_pt(x),
        y: to_pt(top + t.cell.rule / 2),
        width: to_pt(width),
        height: to_pt(h),
    });
}

/// The page number of page `index`, centred over the text: in the header the line's top at
/// the header's distance from the page's top, in the footer its bottom at the footer's from
/// the bottom.
fn number(page: &mut Page, s: &Style, index: usize) {
    let Some(n) = s.page_number else {
        return;
    };
    let first = n.first.max(1) as usize - 1;
    if index < first {
        return;
    }
    let line = n.look.line();
    let top = match n.place {
        Place::Header => n.distance,
        Place::Footer => s.page.height - n.distance - line,
    };
    let size = n.look.pt();
    let baseline = to_pt(top) + measure::ascent(size);
    let centre = to_pt(s.page.left + s.page.text_width() / 2);
    let text = (index + 1).to_string();
    let x = centre - measure::width(&text, Face::Regular, size) / 2.0;
    page.items.push(Item::Text {
        x,
        baseline,
        size,
        style: Face::Regular,
        text,
    });
}
