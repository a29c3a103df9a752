//! Prepared paragraphs laid out in a box of a given width: a column of lines, each with its
//! runs placed horizontally and its place in its paragraph's text (which is how the DOCX writer
//! cuts a cell that goes on on the next page at exactly the line the paginator chose). Every
//! line of a box is as tall as every other: the box is set in one size, single-spaced, with no
//! space between paragraphs, as the DOCX's paragraphs are.

use super::lines::{Line, break_lines, drawn};
use super::measure;
use super::style::{Look, Twips};
use super::text::Para;
use crate::document::Align;
use crate::fonts::Style;
use std::ops::Range;

/// A run of one face placed on a line: `x` from the box's left edge, `range` in the
/// paragraph's text.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub x: f32,
    pub range: Range<usize>,
    pub style: Style,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoxLine {
    /// The paragraph of the box the line belongs to, and where it lies in its text.
    pub para: usize,
    pub range: Range<usize>,
    /// Its runs, in the box's `spans`.
    pub spans: Range<u32>,
    /// A hyphen is drawn after the last span.
    pub hyphen: bool,
    /// The line starts a list entry: the bullet is drawn at the box's left edge.
    pub bullet: bool,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBox {
    pub paras: Vec<Para>,
    pub lines: Vec<BoxLine>,
    /// The runs of every line, one after another (one list for the box: a plan's boxes
    /// have hundreds of thousands of lines).
    pub spans: Vec<Span>,
    /// Height of every line.
    pub line: Twips,
    /// Type size in points.
    pub size: f32,
    /// Set bold throughout (a list's bullet too).
    pub bold: bool,
}

impl TextBox {
    /// No lines: what [`Default`] gives, as a constant.
    pub const EMPTY: TextBox = TextBox {
        paras: Vec::new(),
        lines: Vec::new(),
        spans: Vec::new(),
        line: 0,
        size: 0.0,
        bold: false,
    };

    /// Height of `range` of lines.
    pub fn height_of(&self, range: Range<usize>) -> Twips {
        range.len() as Twips * self.line
    }

    pub fn height(&self) -> Twips {
        self.height_of(0..self.lines.len())
    }

    /// How many lines fit in `height`.
    pub fn fitting(&self, height: Twips) -> usize {
        if self.line <= 0 {
            return self.lines.len();
        }
        (height.max(0) / self.line) as usize
    }

    /// The runs placed on line `i`.
    pub fn spans_of(&self, i: usize) -> &[Span] {
        let r = &self.lines[i].spans;
        &self.spans[r.start as usize..r.end as usize]
    }

    /// The text line `i` shows.
    pub fn line_text(&self, i: usize) -> String {
        let l = &self.lines[i];
        let line = Line {
            range: l.range.clone(),
            runs: Vec::new(),
            width: 0.0,
            hyphen: l.hyphen,
        };
        drawn(&self.paras[l.para], &line)
    }

    /// Every line's text, one a line: for tests and debugging.
    pub fn text(&self) -> String {
        let lines: Vec<String> = (0..self.lines.len()).map(|i| self.line_text(i)).collect();
        lines.join("\n")
    }
}

/// Lays out `paras` in a box `width` points wide, in `look`; list entries hang `hang` points
/// in from the left and are never centred (a centred list has no edge to hang from).
pub fn laid(paras: Vec<Para>, look: Look, width: f32, hang: f32) -> TextBox {
    let size = look.pt();
    let mut lines = Vec::new();
    let mut spans = Vec::new();
    for (i, para) in paras.iter().enumerate() {
        let (indent, inner) = if para.bullet {
            (hang, (width - hang).max(size))
        } else {
            (0.0, width)
        };
        for (n, line) in break_lines(para, size, inner).into_iter().enumerate() {
            let x = match look.align {
                Align::Center if !para.bullet => ((inner - line.width) / 2.0).max(0.0),
                _ => indent,
            };
            lines.push(placed(
                i,
                line,
                x,
                size,
                para,
                para.bullet && n == 0,
                &mut spans,
            ));
        }
    }
    // Kept for the whole layout, one box per table cell: no spare room.
    lines.shrink_to_fit();
    spans.shrink_to_fit();
    TextBox {
        paras,
        lines,
        spans,
        line: look.line(),
        size,
        bold: look.bold,
    }
}

/// A line's runs placed one after another from `x`, appended to `spans`.
fn placed(
    para: usize,
    line: Line,
    x: f32,
    size: f32,
    text: &Para,
    bullet: bool,
    spans: &mut Vec<Span>,
) -> BoxLine {
    let mut x = x;
    let first = spans.len() as u32;
    for (range, style) in line.runs {
        let width = measure::width(&text.text[range.clone()], style, size);
        spans.push(Span { x, range, style });
        x += width;
    }
    BoxLine {
        para,
        range: line.range,
        spans: first..spans.len() as u32,
        hyphen: line.hyphen,
        bullet,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, Inline};
    use crate::lang::Lang;
    use crate::layout::text::{Setting, paragraphs};

    fn look(align: Align) -> Look {
        Look {
            size: 22,
            bold: false,
            italic: false,
            align,
        }
    }

    fn boxed(blocks: &[Block], width: f32, align: Align) -> TextBox {
        let s = Setting {
            look: look(align),
            width,
            lang: Lang::Ru,
        };
        let hang = 14.2;
        laid(paragraphs(blocks, &s, hang), look(align), width, hang)
    }

    #[test]
    fn lists_hang_after_a_bullet() {
        let b = vec![
            Block::Paragraph(vec![Inline::plain("Анализ документов:")]),
            Block::Bullets(vec![
                vec![Inline::plain("первый пункт списка, довольно длинный")],
                vec![Inline::bold("второй")],
            ]),
        ];
        let laid = boxed(&b, 120.0, Align::Left);
        assert_eq!(laid.line_text(0), "Анализ документов:");
        assert!(laid.lines[1].bullet && laid.spans_of(1)[0].x == 14.2);
        assert!(
            !laid.lines[2].bullet,
            "only an entry's first line has the bullet"
        );
        assert_eq!(laid.spans_of(2)[0].x, 14.2, "continuation lines hang too");
        assert_eq!(laid.spans_of(laid.lines.len() - 1)[0].style, Style::Bold);
        assert_eq!(laid.height(), laid.lines.len() as Twips * 253);
    }

    #[test]
    fn centred_lines_are_centred() {
        let laid = boxed(
            &[Block::Paragraph(vec![Inline::plain("1.")])],
            30.0,
            Align::Center,
        );
        let w = measure::width("1.", Style::Regular, 11.0);
        assert!((laid.spans_of(0)[0].x - (30.0 - w) / 2.0).abs() < 1e-4);
    }

    #[test]
    fn lines_know_their_place_in_their_paragraph() {
        let text = "слово ".repeat(60);
        let laid = boxed(
            &[Block::Paragraph(vec![Inline::plain(text.trim())])],
            100.0,
            Align::Left,
        );
        let para = &laid.paras[0].text;
        let joined: Vec<&str> = laid.lines.iter().map(|l| &para[l.range.clone()]).collect();
        assert_eq!(joined.join(" "), text.trim());
        assert_eq!(laid.fitting(253 * 3 + 252), 3);
    }
}
