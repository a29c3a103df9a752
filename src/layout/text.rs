//! A paragraph as both writers show it: the document's runs glued where a line must not break
//! ([`super::glue`]) and, in a word wider than its line, soft hyphens at the word's
//! hyphenation points ([`super::hyphenate`]). The PDF's line breaker breaks this text; the DOCX
//! carries it, so Word and LibreOffice find the same break opportunities (a soft hyphen is one
//! they honour) and break the paragraph into the same lines.

use super::glue::glue;
use super::hyphenate;
use super::lines::units;
use super::measure::{self, SOFT_HYPHEN};
use super::style::Look;
use crate::document::{Block, Inline, Mark};
use crate::fonts::Style;
use crate::lang::Lang;
use std::ops::Range;

/// One paragraph's text with the face of every byte.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    pub text: String,
    /// Where each run starts in `text`, and its face; the first starts at 0.
    pub styles: Vec<(usize, Style)>,
    /// An entry of a bulleted list: its first line starts with the bullet.
    pub bullet: bool,
    /// Where each run of a change mark starts, and its mark; empty when nothing is marked
    /// (every paragraph of a plan).
    pub marks: Vec<(usize, Mark)>,
}

impl Para {
    /// The runs of faces that overlap `range`, as (sub-range, face).
    pub fn styled(&self, range: Range<usize>) -> impl Iterator<Item = (Range<usize>, Style)> + '_ {
        self.styles
            .iter()
            .enumerate()
            .filter_map(move |(i, &(start, style))| {
                let end = self.styles.get(i + 1).map_or(self.text.len(), |s| s.0);
                let (a, b) = (start.max(range.start), end.min(range.end));
                (a < b).then_some((a..b, style))
            })
    }

    /// The runs of faces and change marks that overlap `range`, as (sub-range, face, mark):
    /// what the writers write as one run each.
    pub fn marked(&self, range: Range<usize>) -> Vec<(Range<usize>, Style, Mark)> {
        let mut out = Vec::new();
        for (r, style) in self.styled(range) {
            if self.marks.is_empty() {
                out.push((r, style, Mark::None));
                continue;
            }
            for (i, &(start, mark)) in self.marks.iter().enumerate() {
                let end = self.marks.get(i + 1).map_or(self.text.len(), |m| m.0);
                let (a, b) = (start.max(r.start), end.min(r.end));
                if a < b {
                    out.push((a..b, style, mark));
                }
            }
        }
        out
    }
}

/// How text in a box is set: the look, the box's width in points, the language (which decides
/// how words are hyphenated).
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    pub look: Look,
    pub width: f32,
    pub lang: Lang,
}

impl Setting {
    fn face(&self, inline: &Inline) -> Style {
        Style::new(
            inline.bold || self.look.bold,
            inline.italic || self.look.italic,
        )
    }
}

/// The paragraphs of `blocks`, a bulleted list giving one paragraph per entry, set `hang`
/// points narrower.
pub fn paragraphs(blocks: &[Block], s: &Setting, hang: f32) -> Vec<Para> {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(inlines) => out.push(paragraph(inlines, s, false)),
            Block::Bullets(items) => {
                let inner = Setting {
                    width: (s.width - hang).max(s.look.pt()),
                    ..*s
                };
                out.extend(items.iter().map(|i| paragraph(i, &inner, true)));
            }
        }
    }
    out
}

/// One paragraph of `inlines`, glued and with soft hyphens in its over-wide words.
pub fn paragraph(inlines: &[Inline], s: &Setting, bullet: bool) -> Para {
    // Sized once from the bytes (never fewer than the characters): collected from a
    // flattening iterator, which cannot tell its length, it grew by doubling.
    let mut chars: Vec<(char, usize)> =
        Vec::with_capacity(inlines.iter().map(|i| i.text.len()).sum());
    for (i, inline) in inlines.iter().enumerate() {
        chars.extend(inline.text.chars().map(|c| (c, i)));
    }
    let glued = glue(&chars);
    let faces: Vec<Style> = inlines.iter().map(|i| s.face(i)).collect();
    let chars = soft_hyphens(glued, &faces, s);
    let marked = inlines.iter().any(|i| i.mark != Mark::None);
    let mut para = Para {
        text: String::with_capacity(chars.len() + 8),
        styles: Vec::with_capacity(inlines.len()),
        bullet,
        marks: Vec::new(),
    };
    for (c, run) in chars {
        let face = faces[run];
        if para.styles.last().is_none_or(|&(_, f)| f != face) {
            para.styles.push((para.text.len(), face));
        }
        let mark = inlines[run].mark;
        if marked && para.marks.last().is_none_or(|&(_, m)| m != mark) {
            para.marks.push((para.text.len(), mark));
        }
        para.text.push(c);
    }
    // Kept for the whole layout, tens of thousands of them in a large plan: no spare room.
    para.text.shrink_to_fit();
    para.styles.shrink_to_fit();
    para
}

/// Soft hyphens at the hyphenation points of every word wider than the line, where the breaker
/// and the word processor may then break it with a hyphen, as they would nowhere else.
fn soft_hyphens(chars: Vec<(char, usize)>, faces: &[Style], s: &Setting) -> Vec<(char, usize)> {
    if !may_overflow(&chars, faces, s) {
        return chars;
    }
    with_hyphens(chars, faces, s)
}

/// Whether some word of `chars` may be wider than the line. A break follows every space
/// (`lines::units`), so a word never holds one, and no word is wider than the stretch between
/// two spaces that holds it: when no stretch is, the words and their break opportunities
/// need not be found at all (most paragraphs of a plan). Widths are summed char by char as
/// [`with_hyphens`] sums them, so the answer is exact, not a guess.
fn may_overflow(chars: &[(char, usize)], faces: &[Style], s: &Setting) -> bool {
    let size = s.look.pt();
    let mut width = 0.0_f32;
    for &(c, run) in chars {
        if c == ' ' {
            width = 0.0;
            continue;
        }
        width += measure::width(c.encode_utf8(&mut [0; 4]), faces[run], size);
        if width > s.width + 0.01 {
            return true;
        }
    }
    false
}

/// [`soft_hyphens`] for a paragraph that may have an over-wide word.
fn with_hyphens(chars: Vec<(char, usize)>, faces: &[Style], s: &Setting) -> Vec<(char, usize)> {
    let text: String = chars.iter().map(|c| c.0).collect();
    // Byte offset → index into `chars`.
    let index: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let at = |byte: usize| index.partition_point(|&b| b < byte);
    let size = s.look.pt();
    let mut cuts = Vec::new();
    for word in units(&text) {
        let width: f32 = chars[at(word.start)..at(word.end)]
            .iter()
            .map(|&(c, run)| measure::width(c.encode_utf8(&mut [0; 4]), faces[run], size))
            .sum();
        if width <= s.width + 0.01 || text[word.clone()].contains(SOFT_HYPHEN) {
            continue;
        }
        let points = hyphenate::points(&text[word.clone()], s.lang);
        cuts.extend(points.into_iter().map(|p| at(word.start + p)));
    }
    if cuts.is_empty() {
        return chars;
    }
    let mut out = Vec::with_capacity(chars.len() + cuts.len());
    let mut cuts = cuts.into_iter().peekable();
    for (i, c) in chars.into_iter().enumerate() {
        if cuts.next_if_eq(&i).is_some() {
            out.push((SOFT_HYPHEN, out.last().map_or(c.1, |p: &(char, usize)| p.1)));
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Align;

    fn setting(width: f32) -> Setting {
        Setting {
            look: Look {
                size: 22,
                bold: false,
                italic: false,
                align: Align::Left,
            },
            width,
            lang: Lang::Ru,
        }
    }

    /// The shortcut for paragraphs without an over-wide word never skips one: wherever it says
    /// no word may overflow, the full search finds none to hyphenate.
    #[test]
    fn the_shortcut_never_skips_a_word_wider_than_the_line() {
        let texts = [
            "до 16 апреля противодействие",
            "Сыбайлас жемқорлыққа қарсы іс-қимыл саясатын іске асыру",
            "ДУП/ДЭБ, «Қазақстан темір жолы» ҰК» АҚ (жалғасы) 2026 ж. 30 наурыз",
            "a  b\tc/d\ne — f «g» (h) 1.2.3, x;y!z?",
        ];
        let mut skipped = 0;
        for text in texts {
            let inlines = [Inline::plain(text)];
            let chars: Vec<(char, usize)> = text.chars().map(|c| (c, 0)).collect();
            for width in (2..80).map(|w| w as f32 * 2.5) {
                let s = setting(width);
                let faces = [s.face(&inlines[0])];
                if !may_overflow(&chars, &faces, &s) {
                    skipped += 1;
                    assert_eq!(
                        with_hyphens(chars.clone(), &faces, &s),
                        chars,
                        "{text} at {width}"
                    );
                }
            }
        }
        assert!(skipped > 20, "the shortcut was taken {skipped} times");
    }

    #[test]
    fn only_words_wider_than_the_line_get_soft_hyphens() {
        let p = paragraph(
            &[Inline::plain("до 16 апреля противодействие")],
            &setting(60.0),
            false,
        );
        assert_eq!(
            p.text,
            "до 16\u{a0}апреля про\u{ad}ти\u{ad}во\u{ad}дей\u{ad}ствие"
        );
        let wide = paragraph(&[Inline::plain("противодействие")], &setting(500.0), false);
        assert_eq!(wide.text, "противодействие");
    }

    #[test]
    fn runs_keep_their_faces() {
        let p = paragraph(
            &[Inline::plain("№ "), Inline::bold("5"), Inline::plain(", и")],
            &setting(500.0),
            false,
        );
        assert_eq!(p.text, "№\u{a0}5, и");
        let faces: Vec<Style> = p.styles.iter().map(|s| s.1).collect();
        assert_eq!(faces, [Style::Regular, Style::Bold, Style::Regular]);
        let styled: Vec<&str> = p.styled(0..p.text.len()).map(|(r, _)| &p.text[r]).collect();
        assert_eq!(styled, ["№\u{a0}", "5", ", и"]);
    }
}
