//! Paragraphs and runs from the layout's prepared text: whole, or the part of a paragraph that
//! a page shows when the paginator cut a cell at one of its lines.

use super::xml::Xml;
use crate::document::{Align, Mark};
use crate::fonts::Style as Face;
use crate::layout::measure::{NB_HYPHEN, SOFT_HYPHEN};
use crate::layout::style::Twips;
use crate::layout::text::Para;
use crate::layout::textbox::TextBox;
use std::io::{self, Write};
use std::ops::Range;

/// The list every bullet belongs to (see `parts::numbering`).
pub const BULLETS: &str = "1";

/// How a paragraph is written: its style, and what it says besides.
#[derive(Clone, Copy, Debug)]
pub struct Props<'a> {
    pub style: &'a str,
    pub keep_next: bool,
    /// Alignment where it differs from the style's.
    pub align: Option<Align>,
    pub before: Twips,
    pub after: Twips,
    /// `w:lang` of every run, in the later languages of a combined file.
    pub lang: Option<&'a str>,
}

/// How a paragraph begins: plain, with the list's bullet, or as the rest of a list entry cut
/// at a page's foot (its text hangs where the entry's does, with no bullet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Start {
    Plain,
    Bullet,
    Hanging(Twips),
}

/// Writes a section's properties into a paragraph's, closing the section there.
pub type SectionEnd<'a, W> = &'a dyn Fn(&mut Xml<W>) -> io::Result<()>;

/// Writes `<w:pPr>` in schema order; `sect` is a section's properties closing the section at
/// this paragraph.
pub fn properties<W: Write>(
    x: &mut Xml<W>,
    p: &Props,
    start: Start,
    sect: Option<SectionEnd<W>>,
) -> io::Result<()> {
    x.open("w:pPr", &[])?;
    x.val("w:pStyle", p.style)?;
    if p.keep_next {
        x.empty("w:keepNext", &[])?;
    }
    if start == Start::Bullet {
        x.open("w:numPr", &[])?;
        x.val("w:ilvl", "0")?;
        x.val("w:numId", BULLETS)?;
        x.close("w:numPr")?;
    }
    if p.before > 0 || p.after > 0 {
        let (before, after) = (p.before.to_string(), p.after.to_string());
        x.empty("w:spacing", &[("w:before", &before), ("w:after", &after)])?;
    }
    if let Start::Hanging(hang) = start {
        x.empty("w:ind", &[("w:left", &hang.to_string())])?;
    }
    match (start, p.align) {
        (Start::Plain, Some(Align::Center)) => x.val("w:jc", "center")?,
        (Start::Plain, Some(Align::Left)) => x.val("w:jc", "left")?,
        _ => {}
    }
    if let Some(sect) = sect {
        sect(x)?;
    }
    x.close("w:pPr")
}

/// The runs of `range` of `para`; `hyphen` ends them with a hyphen (a word cut there). A run
/// marked inserted or deleted is a revision (`w:ins`, `w:del`) a word processor can accept
/// or reject.
pub fn runs<W: Write>(
    x: &mut Xml<W>,
    para: &Para,
    range: Range<usize>,
    hyphen: bool,
    lang: Option<&str>,
) -> io::Result<()> {
    let end = range.end;
    for (r, face, mark) in para.marked(range) {
        let mut text = &para.text[r.clone()];
        let last = r.end == end;
        if last && hyphen {
            text = text.strip_suffix(SOFT_HYPHEN).unwrap_or(text);
        }
        let (revision, deleted) = match mark {
            Mark::Inserted => (Some("w:ins"), false),
            Mark::Deleted => (Some("w:del"), true),
            Mark::None | Mark::Struck => (None, false),
        };
        if let Some(name) = revision {
            x.revision(name, false)?;
        }
        x.open("w:r", &[])?;
        run_properties(x, face, mark == Mark::Struck, lang)?;
        let t = if deleted { "w:delText" } else { "w:t" };
        content(x, text, t)?;
        if last && hyphen {
            x.leaf(t, &[], "-")?;
        }
        x.close("w:r")?;
        if let Some(name) = revision {
            x.close(name)?;
        }
    }
    Ok(())
}

fn run_properties<W: Write>(
    x: &mut Xml<W>,
    face: Face,
    strike: bool,
    lang: Option<&str>,
) -> io::Result<()> {
    let (bold, italic) = match face {
        Face::Regular => (false, false),
        Face::Bold => (true, false),
        Face::Italic => (false, true),
        Face::BoldItalic => (true, true),
    };
    if !bold && !italic && !strike && lang.is_none() {
        return Ok(());
    }
    x.open("w:rPr", &[])?;
    if bold {
        x.empty("w:b", &[])?;
    }
    if italic {
        x.empty("w:i", &[])?;
    }
    if strike {
        x.empty("w:strike", &[])?;
    }
    if let Some(lang) = lang {
        x.val("w:lang", lang)?;
    }
    x.close("w:rPr")
}

/// A run's text: `w:t` (`w:delText` in a deletion), with the non-breaking and the soft hyphen
/// as the elements Word has for them (`w:noBreakHyphen`, `w:softHyphen`).
fn content<W: Write>(x: &mut Xml<W>, text: &str, t: &str) -> io::Result<()> {
    let mut rest = text;
    while !rest.is_empty() {
        let at = rest.find([NB_HYPHEN, SOFT_HYPHEN]).unwrap_or(rest.len());
        if at > 0 {
            x.leaf(t, &[("xml:space", "preserve")], &rest[..at])?;
        }
        let Some(c) = rest[at..].chars().next() else {
            break;
        };
        x.empty(
            if c == NB_HYPHEN {
                "w:noBreakHyphen"
            } else {
                "w:softHyphen"
            },
            &[],
        )?;
        rest = &rest[at + c.len_utf8()..];
    }
    Ok(())
}

/// Every paragraph of `text` whole.
pub fn all<W: Write>(x: &mut Xml<W>, text: &TextBox, p: &Props) -> io::Result<()> {
    let lines = 0..text.lines.len();
    if text.paras.iter().all(|para| para.text.is_empty()) {
        return empty(x, p);
    }
    lines_of(x, text, lines, p, 0)
}

/// The paragraphs `lines` of `text` belong to, each cut to the part those lines show; a list
/// entry going on from above hangs `hang` twips in without its bullet.
pub fn lines_of<W: Write>(
    x: &mut Xml<W>,
    text: &TextBox,
    lines: Range<usize>,
    p: &Props,
    hang: Twips,
) -> io::Result<()> {
    if lines.is_empty() {
        return empty(x, p);
    }
    let mut i = lines.start;
    while i < lines.end {
        let para = text.lines[i].para;
        let mut j = i;
        while j + 1 < lines.end && text.lines[j + 1].para == para {
            j += 1;
        }
        let (first, last) = (&text.lines[i], &text.lines[j]);
        let opens = i == 0 || text.lines[i - 1].para != para;
        let closes = j + 1 == text.lines.len() || text.lines[j + 1].para != para;
        let bullet = text.paras[para].bullet;
        let start = match (bullet, opens) {
            (true, true) => Start::Bullet,
            (true, false) => Start::Hanging(hang),
            (false, _) => Start::Plain,
        };
        x.open("w:p", &[])?;
        properties(x, p, start, None)?;
        let range = first.range.start..last.range.end;
        runs(x, &text.paras[para], range, last.hyphen && !closes, p.lang)?;
        x.close("w:p")?;
        i = j + 1;
    }
    Ok(())
}

/// A paragraph with no text, in the style's size: an empty cell is one line tall.
pub fn empty<W: Write>(x: &mut Xml<W>, p: &Props) -> io::Result<()> {
    x.open("w:p", &[])?;
    properties(x, p, Start::Plain, None)?;
    x.close("w:p")
}
