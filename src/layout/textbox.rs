//! Rich text (paragraphs, bulleted lists, bold and italic) laid out in a box of a given width:
//! a column of lines, each with its spans already placed horizontally. A box can be cut between
//! any two lines, which is how a cell taller than a page continues on the next one.

use super::lines::{Line, Run, break_lines};
use super::measure;
use crate::document::{Align, Block, Inline};
use crate::fonts::Style;
use crate::lang::Lang;
use std::ops::Range;

/// Text placed on a line: `x` from the box's left edge.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub x: f32,
    pub text: String,
    pub style: Style,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BoxLine {
    pub spans: Vec<Span>,
    pub size: f32,
    /// Extra space above the line (between paragraphs); dropped at the top of a box or page.
    pub gap: f32,
    /// The line stays on the page of the line after it (a heading).
    pub keep: bool,
}

impl BoxLine {
    pub fn height(&self) -> f32 {
        measure::leading(self.size)
    }

    pub fn text(&self) -> String {
        self.spans.iter().map(|s| s.text.as_str()).collect()
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBox {
    pub lines: Vec<BoxLine>,
}

impl TextBox {
    /// Height of `range` of lines laid out from the top: the first line's gap does not count.
    pub fn height_of(&self, range: Range<usize>) -> f32 {
        let lines = &self.lines[range];
        let gaps: f32 = lines.iter().skip(1).map(|l| l.gap).sum();
        lines.iter().map(BoxLine::height).sum::<f32>() + gaps
    }

    pub fn height(&self) -> f32 {
        self.height_of(0..self.lines.len())
    }

    /// Offsets of the tops of `range`'s lines from the top of the first.
    pub fn tops(&self, range: Range<usize>) -> Vec<f32> {
        let mut y = 0.0;
        let lines = &self.lines[range];
        lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                if i > 0 {
                    y += lines[i - 1].height() + l.gap;
                }
                y
            })
            .collect()
    }

    /// How many lines from `from` on fit in `height`.
    pub fn fitting(&self, from: usize, height: f32) -> usize {
        let mut used = 0.0;
        let mut n = 0;
        for (i, line) in self.lines[from.min(self.lines.len())..].iter().enumerate() {
            used += line.height() + if i > 0 { line.gap } else { 0.0 };
            if used > height + 0.01 {
                break;
            }
            n += 1;
        }
        n
    }

    /// Adds `other`'s lines below, `gap` above its first line (which counts only where
    /// something stands above it: see `height_of` and the composer's flow).
    pub fn append(&mut self, mut other: TextBox, gap: f32) {
        if let Some(first) = other.lines.first_mut() {
            first.gap = gap;
        }
        self.lines.append(&mut other.lines);
    }

    pub fn text(&self) -> String {
        let lines: Vec<String> = self.lines.iter().map(BoxLine::text).collect();
        lines.join("\n")
    }
}

/// How text in a box is set.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub size: f32,
    pub width: f32,
    pub align: Align,
    /// Everything bold (header and section cells), whatever the runs say.
    pub bold: bool,
    pub lang: Lang,
}

impl Setting {
    fn runs(&self, inlines: &[Inline]) -> Vec<Run> {
        inlines
            .iter()
            .map(|i| Run::new(i.text.as_str(), Style::new(i.bold || self.bold, i.italic)))
            .collect()
    }
}

/// Lays out blocks of rich text, one under the other with no space between, as the DOCX
/// writer's paragraphs have none.
pub fn blocks(blocks: &[Block], s: &Setting) -> TextBox {
    let mut out = TextBox::default();
    for block in blocks {
        let laid = match block {
            Block::Paragraph(inlines) => paragraph(&s.runs(inlines), s),
            Block::Bullets(items) => bullets(items, s),
        };
        out.append(laid, 0.0);
    }
    out
}

/// Lays out one paragraph of runs.
pub fn paragraph(runs: &[Run], s: &Setting) -> TextBox {
    let lines = break_lines(runs, s.size, s.width, s.lang)
        .into_iter()
        .map(|line| {
            let x = match s.align {
                Align::Left => 0.0,
                Align::Center => ((s.width - line.width) / 2.0).max(0.0),
            };
            placed(line, x, s.size)
        })
        .collect();
    TextBox { lines }
}

/// The DOCX writer's list: a dash, the text hanging 5 mm from the left, as the seeds' lists.
const BULLET: &str = "–";
const HANG: f32 = 5.0 * 72.0 / 25.4;

fn bullets(items: &[Vec<Inline>], s: &Setting) -> TextBox {
    let indent = HANG;
    let inner = Setting {
        width: (s.width - indent).max(s.size),
        align: Align::Left,
        ..*s
    };
    let mut out = TextBox::default();
    for item in items {
        let mut laid = paragraph(&inner.runs(item), &inner);
        for line in &mut laid.lines {
            line.spans.iter_mut().for_each(|span| span.x += indent);
        }
        if let Some(first) = laid.lines.first_mut() {
            let style = Style::new(s.bold, false);
            first.spans.insert(
                0,
                Span {
                    x: 0.0,
                    text: BULLET.into(),
                    style,
                },
            );
        }
        out.append(laid, 0.0);
    }
    out
}

/// A line's runs placed one after another from `x`.
fn placed(line: Line, x: f32, size: f32) -> BoxLine {
    let mut x = x;
    let spans = line
        .runs
        .into_iter()
        .map(|run| {
            let span = Span {
                x,
                text: run.text,
                style: run.style,
            };
            x += measure::width(&span.text, span.style, size);
            span
        })
        .collect();
    BoxLine {
        spans,
        size,
        gap: 0.0,
        keep: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(width: f32, align: Align) -> Setting {
        Setting {
            size: 11.0,
            width,
            align,
            bold: false,
            lang: Lang::Ru,
        }
    }

    #[test]
    fn lists_hang_after_a_dash() {
        let b = vec![
            Block::Paragraph(vec![Inline::plain("Анализ документов:")]),
            Block::Bullets(vec![
                vec![Inline::plain("первый пункт списка, довольно длинный")],
                vec![Inline::bold("второй")],
            ]),
        ];
        let laid = blocks(&b, &setting(120.0, Align::Left));
        assert_eq!(laid.lines[0].text(), "Анализ документов:");
        assert_eq!(laid.lines[1].spans[0].text, "–");
        assert_eq!(laid.lines[1].spans[1].x, HANG);
        assert_eq!(
            laid.lines[2].spans[0].x, HANG,
            "continuation lines hang at the indent"
        );
        let last = laid.lines.last().unwrap();
        assert_eq!(last.spans[1].style, Style::Bold);
        let expected = laid.lines.len() as f32 * measure::leading(11.0);
        assert!((laid.height() - expected).abs() < 1e-3);
    }

    #[test]
    fn centred_lines_are_centred() {
        let laid = paragraph(
            &[Run::new("1.", Style::Regular)],
            &setting(30.0, Align::Center),
        );
        let w = measure::width("1.", Style::Regular, 11.0);
        assert!((laid.lines[0].spans[0].x - (30.0 - w) / 2.0).abs() < 1e-4);
    }

    #[test]
    fn a_box_is_cut_between_lines() {
        let text = "слово ".repeat(60);
        let laid = paragraph(
            &[Run::new(text, Style::Regular)],
            &setting(100.0, Align::Left),
        );
        let line = measure::leading(11.0);
        assert_eq!(laid.fitting(0, line * 3.5), 3);
        assert_eq!(laid.fitting(laid.lines.len() - 1, line * 3.5), 1);
        assert_eq!(laid.tops(2..5), vec![0.0, line, 2.0 * line]);
    }

    #[test]
    fn bold_setting_makes_every_run_bold() {
        let s = Setting {
            bold: true,
            ..setting(200.0, Align::Left)
        };
        let laid = blocks(&[Block::Paragraph(vec![Inline::plain("Мониторинг")])], &s);
        assert_eq!(laid.lines[0].spans[0].style, Style::Bold);
    }
}
