//! Breaking a paragraph into lines of a given width.
//!
//! Lines break at the break opportunities LibreOffice and Word find (UAX #14, `unicode-linebreak`:
//! after a space, after the hyphen of «іс-шара», after a soft hyphen; but not after the slash of
//! «жалобы/обращения», where LibreOffice does not break either) and are filled first-fit, as a
//! word processor does. The paragraph comes prepared ([`super::text`]): glued where it must not
//! break and with soft hyphens in its words wider than the line. A piece still wider than the
//! line breaks between letters, as LibreOffice breaks it, so nothing overflows its column.

use super::measure::{self, SOFT_HYPHEN};
use super::text::Para;
use crate::fonts::Style;
use std::ops::Range;
use unicode_linebreak::{BreakOpportunity, linebreaks};

/// One line: where it lies in the paragraph's text, its runs of faces, its width, and whether
/// a hyphen is drawn at its end (it broke at a soft hyphen or inside a word).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub range: Range<usize>,
    pub runs: Vec<(Range<usize>, Style)>,
    pub width: f32,
    pub hyphen: bool,
}

/// Tolerance for widths that are equal up to rounding.
const EPSILON: f32 = 0.01;

/// Breaks `para` into lines no wider than `max_width` points, its text set in `size` points.
pub fn break_lines(para: &Para, size: f32, max_width: f32) -> Vec<Line> {
    let p = Paragraph { para, size };
    let pieces = p.pieces(max_width);
    fill(&p, &pieces, max_width)
        .into_iter()
        .filter_map(|range| p.line(&pieces[range]))
        .collect()
}

/// The text drawn for `line` of `para`: soft hyphens and joiners dropped, the line-end hyphen
/// added.
pub fn drawn(para: &Para, line: &Line) -> String {
    let mut text = measure::drawable(&para.text[line.range.clone()]);
    if line.hyphen {
        text.push('-');
    }
    text
}

struct Paragraph<'a> {
    para: &'a Para,
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

impl Paragraph<'_> {
    fn width(&self, range: Range<usize>) -> f32 {
        self.para
            .styled(range)
            .map(|(r, style)| measure::width(&self.para.text[r], style, self.size))
            .sum()
    }

    fn style_before(&self, end: usize) -> Style {
        let at = end.saturating_sub(1);
        self.para
            .styles
            .iter()
            .rev()
            .find(|s| s.0 <= at)
            .map_or(Style::Regular, |s| s.1)
    }

    fn hyphen_width(&self, end: usize) -> f32 {
        measure::width("-", self.style_before(end), self.size)
    }

    /// The text cut into pieces at every break opportunity, over-wide words into letters.
    fn pieces(&self, max_width: f32) -> Vec<Piece> {
        let text = &self.para.text;
        let mut pieces = Vec::new();
        let mut start = 0;
        for (end, opportunity) in opportunities(text) {
            let word_end = start + trim_space(&text[start..end]).len();
            let forced = opportunity == BreakOpportunity::Mandatory && end < text.len();
            let first = pieces.len();
            self.word(start..word_end, max_width, &mut pieces);
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

    /// Pushes the pieces of one word: itself if it fits, else its letters.
    fn word(&self, range: Range<usize>, max_width: f32, out: &mut Vec<Piece>) {
        if range.is_empty() {
            return;
        }
        let width = self.width(range.clone());
        let hyphen = self.para.text[range.clone()].ends_with(SOFT_HYPHEN);
        let with_hyphen = width
            + if hyphen {
                self.hyphen_width(range.end)
            } else {
                0.0
            };
        if with_hyphen <= max_width + EPSILON {
            out.push(self.piece(range, width, hyphen));
        } else {
            self.letters(range, hyphen, out);
        }
    }

    /// Pushes every letter of `range` as a piece: the last resort for a piece wider than the
    /// line. No hyphen is drawn between letters; the last one keeps the piece's.
    fn letters(&self, range: Range<usize>, hyphen: bool, out: &mut Vec<Piece>) {
        let text = &self.para.text[range.clone()];
        let chars: Vec<(usize, char)> = text.char_indices().collect();
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

    /// The line made of `pieces`, if it shows anything.
    fn line(&self, pieces: &[Piece]) -> Option<Line> {
        let (first, last) = (pieces.first()?, pieces.last()?);
        let range = first.text.start..last.text.end;
        let runs: Vec<(Range<usize>, Style)> = self
            .para
            .styled(range.clone())
            .filter(|(r, _)| measure::draws_anything(&self.para.text[r.clone()]))
            .collect();
        if runs.is_empty() && !last.hyphen {
            return None;
        }
        let mut width = line_width(pieces);
        if last.hyphen {
            width += self.hyphen_width(last.text.end);
        }
        Some(Line {
            range,
            runs,
            width,
            hyphen: last.hyphen,
        })
    }
}

/// Where lines may break: UAX #14's opportunities, and after every run of spaces as well, but
/// never right after a slash. The crate's rules (Unicode 15.0) keep «Алматы» (далее» together
/// across the space (LB15, QU SP* × OP; LB14, LB16 and LB17 do the like), where Word and
/// LibreOffice break at any space; and they allow a break after the slash of «жалобы/обращения»,
/// where LibreOffice does not.
fn opportunities(text: &str) -> Vec<(usize, BreakOpportunity)> {
    let mut all: Vec<(usize, BreakOpportunity)> = linebreaks(text)
        .filter(|&(i, o)| o == BreakOpportunity::Mandatory || !text[..i].ends_with('/'))
        .collect();
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

/// The unbreakable units of `text` (words, with the soft hyphen that may end one), without the
/// spaces after them: where [`super::text`] looks for words wider than a line.
pub fn units(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (end, _) in opportunities(text) {
        let word_end = start + trim_space(&text[start..end]).len();
        if word_end > start {
            out.push(start..word_end);
        }
        start = end;
    }
    out
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
    use crate::document::{Align, Inline};
    use crate::lang::Lang;
    use crate::layout::style::Look;
    use crate::layout::text::{Setting, paragraph};

    /// `text` prepared for a line `width` points wide and broken into lines.
    fn broken(runs: &[Inline], size: f32, width: f32, lang: Lang) -> Vec<String> {
        let s = Setting {
            look: Look {
                size: (size * 2.0) as u32,
                bold: false,
                italic: false,
                align: Align::Left,
            },
            width,
            lang,
        };
        let para = paragraph(runs, &s, false);
        break_lines(&para, size, width)
            .iter()
            .map(|l| drawn(&para, l))
            .collect()
    }

    fn plain(text: &str, width: f32, lang: Lang) -> Vec<String> {
        broken(&[Inline::plain(text)], 11.0, width, lang)
    }

    #[test]
    fn a_short_text_is_one_line() {
        assert_eq!(
            plain("Жұмыс тобын құру", 500.0, Lang::Kk),
            ["Жұмыс тобын құру"]
        );
    }

    #[test]
    fn lines_break_at_spaces_and_never_exceed_the_width() {
        let text = "Сыбайлас жемқорлық тәуекелдеріне жыл сайынғы ішкі талдау жүргізу";
        let lines = plain(text, 120.0, Lang::Kk);
        assert!(lines.len() > 1);
        for l in &lines {
            assert!(
                measure::width(l, Style::Regular, 11.0) <= 120.0 + EPSILON,
                "{l}"
            );
        }
        assert_eq!(lines.join(" "), text, "no hyphens: every word fits a line");
        // First fit: the next word would not have fitted on the line.
        let first_and_next = format!("{} тәуекелдеріне", lines[0]);
        assert!(measure::width(&first_and_next, Style::Regular, 11.0) > 120.0);
    }

    #[test]
    fn every_space_is_a_break_even_after_a_closing_quote() {
        let width = measure::width("корпорация «Алматы» (далее", Style::Regular, 13.0) - 1.0;
        let lines = broken(
            &[Inline::plain("корпорация «Алматы» (далее — Общество)")],
            13.0,
            width,
            Lang::Ru,
        );
        assert_eq!(lines, ["корпорация «Алматы»", "(далее\u{a0}— Общество)"]);
    }

    #[test]
    fn a_compound_breaks_after_its_hyphen_but_not_after_a_slash() {
        let width = measure::width("комплаенс-", Style::Regular, 11.0) + 1.0;
        assert_eq!(
            plain("комплаенс-офицер", width, Lang::Kk),
            ["комплаенс-", "офицер"]
        );
        // «Да жалоб/» would fit, but LibreOffice does not break after a slash.
        let width = measure::width("жалоб/обращений", Style::Regular, 11.0) + 1.0;
        assert_eq!(
            plain("Да жалоб/обращений", width, Lang::Ru),
            ["Да", "жалоб/обращений"]
        );
    }

    #[test]
    fn a_word_wider_than_the_line_is_hyphenated() {
        let width = measure::width("противодей-", Style::Regular, 11.0) + 0.5;
        assert_eq!(
            plain("противодействие", width, Lang::Ru),
            ["противодей-", "ствие"]
        );
        let width = measure::width("жемқорлық-", Style::Regular, 11.0) + 0.5;
        assert_eq!(plain("жемқорлыққа", width, Lang::Kk), ["жемқорлық-", "қа"]);
    }

    #[test]
    fn a_hyphenated_word_fills_the_rest_of_a_line() {
        let width = measure::width("в противо-", Style::Regular, 11.0) + 0.5;
        assert_eq!(
            plain("в противодействие", width, Lang::Ru),
            ["в противо-", "действие"]
        );
    }

    #[test]
    fn a_syllable_too_wide_breaks_between_letters() {
        let width = measure::width("ств", Style::Regular, 11.0) + 0.5;
        let lines = plain("действие", width, Lang::Ru);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat().replace('-', ""), "действие");
        assert_eq!(
            plain("ОҚПЖБД", 1.0, Lang::Kk),
            ["О", "Қ", "П", "Ж", "Б", "Д"]
        );
    }

    #[test]
    fn styles_are_kept_across_a_break() {
        let runs = [
            Inline::plain("Бекітілді "),
            Inline::bold("БЕКІТІЛДІ"),
            Inline::plain(" хаттама"),
        ];
        let width = measure::width("Бекітілді БЕКІТІЛДІ", Style::Bold, 11.0);
        let s = Setting {
            look: Look {
                size: 22,
                bold: false,
                italic: false,
                align: Align::Left,
            },
            width,
            lang: Lang::Kk,
        };
        let para = paragraph(&runs, &s, false);
        let lines = break_lines(&para, 11.0, width);
        let faces: Vec<Style> = lines[0].runs.iter().map(|r| r.1).collect();
        assert_eq!(faces, [Style::Regular, Style::Bold]);
        assert_eq!(drawn(&para, &lines[1]), "хаттама");
    }

    #[test]
    fn glued_words_stay_on_one_line() {
        let width = measure::width("до 16 апреля", Style::Regular, 11.0) - 1.0;
        assert_eq!(
            plain("до 16 апреля", width, Lang::Ru),
            ["до", "16\u{a0}апреля"]
        );
        // Without the joiners the line would end «ab сәуір–».
        let width = measure::width("сәуір–мамыр", Style::Regular, 11.0) + 1.0;
        assert_eq!(
            plain("ab сәуір–мамыр", width, Lang::Kk),
            ["ab", "сәуір–мамыр"]
        );
    }

    #[test]
    fn line_breaks_in_the_text_end_lines_and_spaces_never_start_one() {
        let para = Para {
            text: "  бірінші  \nекінші".into(),
            styles: vec![(0, Style::Regular)],
            bullet: false,
            marks: Vec::new(),
        };
        let lines: Vec<String> = break_lines(&para, 11.0, 500.0)
            .iter()
            .map(|l| drawn(&para, l))
            .collect();
        assert_eq!(lines, ["бірінші", "екінші"]);
    }

    #[test]
    fn empty_text_has_no_lines() {
        assert!(plain("", 100.0, Lang::Ru).is_empty());
    }
}
