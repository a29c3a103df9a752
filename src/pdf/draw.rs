//! The layout's pages as printpdf pages: one text object a page, fonts switched only when the
//! style or size changes, cell borders as stroked rectangles.

use super::fonts;
use crate::fonts::Style;
use crate::layout::{Item, Page};
use printpdf::{
    Mm, Op, PaintMode, PdfFontHandle, PdfPage, Pt, Rect, TextItem, TextMatrix, WindingOrder,
};

const PT_PER_MM: f32 = 25.4 / 72.0;

/// Width of the table rules, points.
const RULE: f32 = 0.5;

pub fn page(page: &Page) -> PdfPage {
    let mut ops = vec![Op::SetOutlineThickness { pt: Pt(RULE) }];
    ops.extend(
        page.items
            .iter()
            .filter_map(|item| frame(item, page.height)),
    );
    ops.extend(texts(page));
    PdfPage::new(Mm(page.width * PT_PER_MM), Mm(page.height * PT_PER_MM), ops)
}

fn frame(item: &Item, page_height: f32) -> Option<Op> {
    let Item::Frame {
        x,
        y,
        width,
        height,
    } = *item
    else {
        return None;
    };
    Some(Op::DrawRectangle {
        rectangle: Rect {
            x: Pt(x),
            // PDF's y grows upwards from the bottom; the layout's grows down from the top.
            y: Pt(page_height - y - height),
            width: Pt(width),
            height: Pt(height),
            mode: Some(PaintMode::Stroke),
            winding_order: Some(WindingOrder::NonZero),
        },
    })
}

fn texts(page: &Page) -> Vec<Op> {
    let mut ops = vec![Op::StartTextSection];
    let mut current: Option<(Style, f32)> = None;
    for item in &page.items {
        let Item::Text {
            x,
            baseline,
            size,
            style,
            text,
        } = item
        else {
            continue;
        };
        if current != Some((*style, *size)) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(fonts::id(*style)),
                size: Pt(*size),
            });
            current = Some((*style, *size));
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(*x), Pt(page.height - baseline)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}
