//! Breaking a paragraph into lines of a given width.
//!
//! Lines break at the Unicode line-break opportunities (UAX #14, `unicode-linebreak`: after a
//! space, after the hyphen of «іс-шара», …) and are filled first-fit, as a word processor does.
//! A word wider than the whole line is hyphenated (the document's language decides how, see
//! [`super::hyphenate`]), and a syllable that is still too wide breaks between letters, so
//! nothing ever overflows its column. Ordinary words are not hyphenated: the DOCX, laid out by
//! Word or LibreOffice without automatic hyphenation, breaks them the same way.

use super::hyphenate;
use super::measure::{self, SOFT_HYPHEN};
use crate::fonts::Style;
use crate::lang::Lang;
use std::ops::Range;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// Text in one face.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    pub style: Style,
}

impl Run {
    pub fn new(text: impl Into<String>, style: Style) -> Run {
        Run {
            text: text.into(),
            style,
        }
    }
}

/// One line: its runs as drawn (a hyphen added where a word was split) and its width.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub runs: Vec<Run>,
    pub width: f32,
}

impl Line {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// Tolerance for widths that are equal up to rounding.
const EPSILON: f32 = 0.01;

/// Breaks `runs` (one paragraph) into lines no wider than `max_width` points.
pub fn break_lines(runs: &[Run], size: f32, max_width: f32, lang: Lang) -> Vec<Line> {
    let para = Paragraph::new(runs, size);
    let pieces = para.pieces(max_width, lang);
    fill(&para, &pieces, max_width)
        .into_iter()
        .map(|range| para.line(&pieces[range]))
        .filter(|line| !line.runs.is_empty())
        .collect()
}

/// The paragraph's text with the style of every byte.
struct Paragraph {
    text: String,
    /// Where each run starts in `text`, and its style.
    styles: Vec<(usize, Style)>,
    size: f32,
}

/// An unbreakable piece of text: a word, a syllable of a hyphenated word, or a letter of one
/// that is still too wide. A line may break after any piece.
#[derive(Clone, Debug)]
struct Piece {
    /// The piece without the white space after it.
    text: Range<usize>,
    width: f32,
    /// Width of the white space after it, which only counts if the line goes on.
    space: f32,
    /// A hyphen is drawn if the line breaks here.
    hyphen: bool,
    /// The line must break here (a line break inside the text).
    forced: bool,
}

impl Paragraph {
    fn new(runs: &[Run], size: f32) -> Paragraph {
        let mut text = String::new();
        let mut styles = Vec::with_capacity(runs.len());
        for run in runs {
            styles.push((text.len(), run.style));
            text.push_str(&run.text);
        }
        Paragraph { text, styles, size }
    }

    /// The runs of styles that overlap `range`, as (sub-range, style).
    fn styled(&self, range: Range<usize>) -> impl Iterator<Item = (Range<usize>, Style)> + '_ {
        self.styles
            .iter()
            .enumerate()
            .filter_map(move |(i, &(start, style))| {
                let end = self.styles.get(i + 1).map_or(self.text.len(), |s| s.0);
                let (a, b) = (start.max(range.start), end.min(range.end));
                (a < b).then_some((a..b, style))
            })
    }

    fn width(&self, range: Range<usize>) -> f32 {
        self.styled(range)
            .map(|(r, style)| measure::width(&self.text[r], style, self.size))
            .sum()
    }

    fn style_before(&self, end: usize) -> Style {
        let at = end.saturating_sub(1);
        self.styles
            .iter()
            .rev()
            .find(|s| s.0 <= at)
            .map_or(Style::Regular, |s| s.1)
    }

    fn hyphen_width(&self, end: usize) -> f32 {
        measure::width("-", self.style_before(end), self.size)
    }

    /// The text cut into pieces at every break opportunity, with over-wide words cut further.
    fn pieces(&self, max_width: f32, lang: Lang) -> Vec<Piece> {
        let mut pieces = Vec::new();
        let mut start = 0;
        for (end, opportunity) in opportunities(&self.text) {
            let word_end = start + trim_space(&self.text[start..end]).len();
            let forced = opportunity == BreakOpportunity::Mandatory && end < self.text.len();
            let first = pieces.len();
            self.word(start..word_end, max_width, lang, &mut pieces);
            if let Some(last) = pieces.get_mut(first..).and_then(|p| p.last_mut()) {
                last.space = self.width(word_end..end);
                last.forced = forced;
            } else if let Some(before) = pieces.last_mut() {
                // Only spaces here: a line break among them still ends the line before.
                before.forced |= forced;
            }
            start = end;
        }
        pieces
    }

    /// Pushes the pieces of one word: itself if it fits, else its syllables, else its letters.
    fn word(&self, range: Range<usize>, max_width: f32, lang: Lang, out: &mut Vec<Piece>) {
        if range.is_empty() {
            return;
        }
        let width = self.width(range.clone());
        let hyphen = self.text[range.clone()].ends_with(SOFT_HYPHEN);
        if width <= max_width + EPSILON {
            out.push(self.piece(range, width, hyphen));
            return;
        }
        let word = &self.text[range.clone()];
        let mut cuts: Vec<usize> = hyphenate::points(word, lang)
            .into_iter()
            .map(|p| range.start + p)
            .collect();
        cuts.push(range.end);
        let mut from = range.start;
        for (i, &to) in cuts.iter().enumerate() {
            let last = i + 1 == cuts.len();
            let syllable_hyphen = if last { hyphen } else { true };
            let w = self.width(from..to);
            let with_hyphen = w + if syllable_hyphen {
                self.hyphen_width(to)
            } else {
                0.0
            };
            if with_hyphen <= max_width + EPSILON {
                out.push(self.piece(from..to, w, syllable_hyphen));
            } else {
                self.letters(from..to, syllable_hyphen, out);
            }
            from = to;
        }
    }

    /// Pushes every letter of `range` as a piece: the last resort for a syllable wider than
    /// the line. No hyphen is drawn between letters; the last one keeps the syllable's.
    fn letters(&self, range: Range<usize>, hyphen: bool, out: &mut Vec<Piece>) {
        let chars: Vec<(usize, char)> = self.text[range.clone()].char_indices().collect();
        for (i, &(offset, c)) in chars.iter().enumerate() {
            let start = range.start + offset;
            let r = start..start + c.len_utf8();
            let last = i + 1 == chars.len();
            out.push(self.piece(r.clone(), self.width(r), last && hyphen));
        }
    }

    fn piece(&self, text: Range<usize>, width: f32, hyphen: bool) -> Piece {
        Piece {
            text,
            width,
            space: 0.0,
            hyphen,
            forced: false,
        }
    }

    /// The drawn line made of `pieces`.
    fn line(&self, pieces: &[Piece]) -> Line {
        let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
            return Line {
                runs: Vec::new(),
                width: 0.0,
            };
        };
        let range = first.text.start..last.text.end;
        let mut runs: Vec<Run> = self
            .styled(range)
            .map(|(r, style)| Run::new(measure::drawable(&self.text[r]), style))
            .filter(|r| !r.text.is_empty())
            .collect();
        let mut width = line_width(pieces);
        if last.hyphen {
            let style = self.style_before(last.text.end);
            match runs.last_mut() {
                Some(run) if run.style == style => run.text.push('-'),
                _ => runs.push(Run::new("-", style)),
            }
            width += self.hyphen_width(last.text.end);
        }
        Line { runs, width }
    }
}

/// Where lines may break: UAX #14's opportunities, and after every run of spaces as well.
/// The crate's rules (Unicode 15.0) keep «Алматы» (далее» together across the space (LB15,
/// QU SP* × OP; LB14, LB16 and LB17 do the like), where Word and LibreOffice break at any
/// space: the PDF would wrap a title differently from the DOCX.
fn opportunities(text: &str) -> Vec<(usize, BreakOpportunity)> {
    let mut all: Vec<(usize, BreakOpportunity)> = linebreaks(text).collect();
    let chars = text.char_indices();
    let after_spaces = chars
        .clone()
        .zip(chars.skip(1))
        .filter(|&((_, a), (_, b))| a == ' ' && b != ' ')
        .map(|(_, (i, _))| (i, BreakOpportunity::Allowed));
    all.extend(after_spaces);
    // A mandatory break wins over an allowed one at the same place.
    all.sort_by_key(|&(i, o)| (i, o == BreakOpportunity::Allowed));
    all.dedup_by_key(|&mut (i, _)| i);
    all
}

/// Breaks spaces only: a no-break space is part of the word.
fn trim_space(s: &str) -> &str {
    s.trim_end_matches([' ', '\t', '\n', '\r', '\u{2028}', '\u{2029}'])
}

fn line_width(pieces: &[Piece]) -> f32 {
    let spaces: f32 = pieces.iter().rev().skip(1).map(|p| p.space).sum();
    pieces.iter().map(|p| p.width).sum::<f32>() + spaces
}

/// First-fit: the ranges of pieces that make each line.
fn fill(para: &Paragraph, pieces: &[Piece], max_width: f32) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut width = 0.0;
    for (i, piece) in pieces.iter().enumerate() {
        let hyphen = if piece.hyphen {
            para.hyphen_width(piece.text.end)
        } else {
            0.0
        };
        let gap = if i > start { pieces[i - 1].space } else { 0.0 };
        if i > start && width + gap + piece.width + hyphen > max_width + EPSILON {
            lines.push(start..i);
            start = i;
            width = piece.width;
        } else {
            width += gap + piece.width;
        }
        if piece.forced {
            lines.push(start..i + 1);
            start = i + 1;
            width = 0.0;
        }
    }
    if start < pieces.len() {
        lines.push(start..pieces.len());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Vec<Run> {
        vec![Run::new(text, Style::Regular)]
    }

    fn texts(lines: &[Line]) -> Vec<String> {
        lines.iter().map(Line::text).collect()
    }

    #[test]
    fn a_short_text_is_one_line() {
        let lines = break_lines(&plain("Жұмыс тобын құру"), 11.0, 500.0, Lang::Kk);
        assert_eq!(texts(&lines), ["Жұмыс тобын құру"]);
        let w = measure::width("Жұмыс тобын құру", Style::Regular, 11.0);
        assert!((lines[0].width - w).abs() < 1e-3);
    }

    #[test]
    fn lines_break_at_spaces_and_never_exceed_the_width() {
        let text = "Сыбайлас жемқорлық тәуекелдеріне жыл сайынғы ішкі талдау жүргізу";
        let lines = break_lines(&plain(text), 11.0, 120.0, Lang::Kk);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.width <= 120.0 + EPSILON));
        assert_eq!(
            texts(&lines).join(" "),
            text,
            "no hyphens: every word fits a line"
        );
        // First fit: the next word would not have fitted on the line.
        let first_and_next = format!("{} тәуекелдеріне", lines[0].text());
        assert!(measure::width(&first_and_next, Style::Regular, 11.0) > 120.0);
    }

    #[test]
    fn every_space_is_a_break_even_after_a_closing_quote() {
        let width = measure::width("корпорация «Алматы» (далее", Style::Bold, 13.0) - 1.0;
        let runs = [Run::new(
            "корпорация «Алматы» (далее — Общество)",
            Style::Bold,
        )];
        let lines = break_lines(&runs, 13.0, width, Lang::Ru);
        assert_eq!(texts(&lines), ["корпорация «Алматы»", "(далее — Общество)"]);
    }

    #[test]
    fn a_compound_breaks_after_its_hyphen() {
        let width = measure::width("комплаенс-", Style::Regular, 11.0) + 1.0;
        let lines = break_lines(&plain("комплаенс-офицер"), 11.0, width, Lang::Kk);
        assert_eq!(texts(&lines), ["комплаенс-", "офицер"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_hyphenated() {
        let width = measure::width("противодей-", Style::Regular, 11.0) + 0.5;
        let lines = break_lines(&plain("противодействие"), 11.0, width, Lang::Ru);
        assert_eq!(texts(&lines), ["противодей-", "ствие"]);
        let width = measure::width("жемқорлық-", Style::Regular, 11.0) + 0.5;
        let lines = break_lines(&plain("жемқорлыққа"), 11.0, width, Lang::Kk);
        assert_eq!(texts(&lines), ["жемқорлық-", "қа"]);
        assert!(lines.iter().all(|l| l.width <= width));
    }

    #[test]
    fn a_hyphenated_word_fills_the_rest_of_a_line() {
        let width = measure::width("в противо-", Style::Regular, 11.0) + 0.5;
        let lines = break_lines(&plain("в противодействие"), 11.0, width, Lang::Ru);
        assert_eq!(texts(&lines), ["в противо-", "действие"]);
    }

    #[test]
    fn a_syllable_too_wide_breaks_between_letters() {
        let width = measure::width("ств", Style::Regular, 11.0) + 0.5;
        let lines = break_lines(&plain("действие"), 11.0, width, Lang::Ru);
        assert!(lines.iter().all(|l| l.width <= width), "{lines:?}");
        assert_eq!(texts(&lines).concat().replace('-', ""), "действие");
        let letters = break_lines(&plain("ОҚПЖБД"), 11.0, 1.0, Lang::Kk);
        assert_eq!(texts(&letters), ["О", "Қ", "П", "Ж", "Б", "Д"]);
    }

    #[test]
    fn styles_are_kept_across_a_break() {
        let runs = vec![
            Run::new("Бекітілді ", Style::Regular),
            Run::new("БЕКІТІЛДІ", Style::Bold),
            Run::new(" хаттама", Style::Italic),
        ];
        let width = measure::width("Бекітілді БЕКІТІЛДІ", Style::Bold, 11.0);
        let lines = break_lines(&runs, 11.0, width, Lang::Kk);
        assert_eq!(
            lines[0].runs,
            [
                Run::new("Бекітілді ", Style::Regular),
                Run::new("БЕКІТІЛДІ", Style::Bold)
            ]
        );
        assert_eq!(lines[1].runs, [Run::new("хаттама", Style::Italic)]);
    }

    #[test]
    fn soft_hyphens_are_invisible_unless_a_line_breaks_there() {
        let lines = break_lines(&plain("жем\u{ad}қор"), 11.0, 500.0, Lang::Kk);
        assert_eq!(texts(&lines), ["жемқор"]);
        let width = measure::width("жем-", Style::Regular, 11.0) + 0.5;
        let lines = break_lines(&plain("жем\u{ad}қор"), 11.0, width, Lang::Kk);
        assert_eq!(texts(&lines), ["жем-", "қор"]);
    }

    #[test]
    fn line_breaks_in_the_text_end_lines_and_spaces_never_start_one() {
        let lines = break_lines(&plain("  бірінші  \nекінші"), 11.0, 500.0, Lang::Kk);
        assert_eq!(texts(&lines), ["бірінші", "екінші"]);
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(break_lines(&plain(""), 11.0, 100.0, Lang::Ru).is_empty());
        assert!(break_lines(&[], 11.0, 100.0, Lang::Ru).is_empty());
    }
}
