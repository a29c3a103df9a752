//! The code that draws each character in each font, read back from the document printpdf
//! built: when it subsets a font, printpdf renumbers the glyphs, and the content streams
//! must use its numbers. Its ToUnicode map pairs each code with the character it was shown
//! for, which gives the code of every character [`super::draw::registration`] showed; a
//! character that shares its glyph with another (a no-break space and a space) is found
//! through the glyph the bundled face gives it.

use super::draw::{CharSet, DIRECT};
use super::fonts;
use crate::fonts::Style;
use lopdf::{Dictionary, Document, Object};
use std::collections::BTreeMap;

/// The codes of the characters drawn, for every style.
pub struct Codes {
    fonts: [FontCodes; 4],
}

/// One font's codes: a table for the common characters, a tree for the rest. Code 0 is the
/// missing glyph, never one that a subset gives a drawn character, so it marks a gap.
pub struct FontCodes {
    low: Vec<u16>,
    high: BTreeMap<char, u16>,
}

impl FontCodes {
    fn new() -> FontCodes {
        FontCodes {
            low: vec![0; DIRECT],
            high: BTreeMap::new(),
        }
    }

    fn insert(&mut self, c: char, code: u16) {
        match self.low.get_mut(c as usize) {
            Some(slot) => *slot = code,
            None => {
                self.high.insert(c, code);
            }
        }
    }

    /// The code drawing `c`, if the font has one.
    pub fn code(&self, c: char) -> Option<u16> {
        match self.low.get(c as usize) {
            Some(0) => None,
            Some(code) => Some(*code),
            None => self.high.get(&c).copied(),
        }
    }
}

impl Codes {
    pub fn font(&self, style: Style) -> &FontCodes {
        &self.fonts[style as usize]
    }
}

/// The codes of every character of `used` in `pdf`, built by printpdf from pages that show
/// them. `Err` says what is missing.
pub fn read(pdf: &Document, used: &[CharSet; 4]) -> Result<Codes, String> {
    let mut codes = Codes {
        fonts: [
            FontCodes::new(),
            FontCodes::new(),
            FontCodes::new(),
            FontCodes::new(),
        ],
    };
    let Some(first) = pdf.get_pages().values().next().copied() else {
        return Ok(codes);
    };
    let page = pdf.get_dictionary(first).map_err(|e| e.to_string())?;
    let resources = dict(pdf, page, b"Resources")?;
    let font_dicts = dict(pdf, resources, b"Font")?;
    for style in Style::ALL {
        let chars = &used[style as usize];
        if chars.is_empty() {
            continue;
        }
        let name = fonts::name(style);
        let font = dict(pdf, font_dicts, name.as_bytes())?;
        let cmap = to_unicode(pdf, font).map_err(|e| format!("font {name}: {e}"))?;
        let face = style.face();
        let mut by_char = BTreeMap::new();
        let mut by_glyph = BTreeMap::new();
        for (code, c) in cmap {
            by_char.insert(c, code);
            if let Some(glyph) = face.glyph_index(c) {
                by_glyph.insert(glyph, code);
            }
        }
        let font_codes = &mut codes.fonts[style as usize];
        for c in chars.chars() {
            let code = by_char
                .get(&c)
                .or_else(|| face.glyph_index(c).and_then(|g| by_glyph.get(&g)))
                .ok_or_else(|| format!("font {name} has no glyph for U+{:04X}", c as u32))?;
            font_codes.insert(c, *code);
        }
    }
    Ok(codes)
}

/// The dictionary under `key` in `parent`, directly or by reference.
fn dict<'a>(
    pdf: &'a Document,
    parent: &'a Dictionary,
    key: &[u8],
) -> Result<&'a Dictionary, String> {
    parent
        .get_deref(key, pdf)
        .and_then(Object::as_dict)
        .map_err(|e| format!("/{}: {e}", String::from_utf8_lossy(key)))
}

/// The (code, character) pairs of a font's ToUnicode map that map a code to one character.
fn to_unicode(pdf: &Document, font: &Dictionary) -> Result<Vec<(u16, char)>, String> {
    let stream = font
        .get_deref(b"ToUnicode", pdf)
        .and_then(Object::as_stream)
        .map_err(|e| format!("/ToUnicode: {e}"))?;
    let text = if stream.dict.has(b"Filter") {
        stream.decompressed_content().map_err(|e| e.to_string())?
    } else {
        stream.content.clone()
    };
    let text = String::from_utf8_lossy(&text);
    Ok(text.lines().filter_map(pair).collect())
}

/// `<0012> <0430>` as (0x12, 'а'): a `bfchar` line with a one-character target.
fn pair(line: &str) -> Option<(u16, char)> {
    let (code, target) = line.trim().split_once(' ')?;
    let code = u16::from_str_radix(code.strip_prefix('<')?.strip_suffix('>')?, 16).ok()?;
    let target = target.strip_prefix('<')?.strip_suffix('>')?;
    if target.len() % 4 != 0 {
        return None;
    }
    let units = (0..target.len() / 4)
        .map(|i| u16::from_str_radix(&target[4 * i..4 * i + 4], 16).ok())
        .collect::<Option<Vec<u16>>>()?;
    let mut chars = char::decode_utf16(units);
    match (chars.next(), chars.next()) {
        (Some(Ok(c)), None) => Some((code, c)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bfchar_lines_give_a_code_and_one_character() {
        assert_eq!(pair("<0012> <0430>"), Some((0x12, 'а')));
        assert_eq!(pair("<0100> <D83DDE00>"), Some((0x100, '😀')));
        // A ligature maps to two characters: not a character's code.
        assert_eq!(pair("<0003> <00660069>"), None);
        assert_eq!(pair("1 beginbfchar"), None);
        assert_eq!(pair("<0000> <FFFF>"), Some((0, '\u{FFFF}')));
    }

    #[test]
    fn code_zero_is_no_code() {
        let mut codes = FontCodes::new();
        codes.insert('a', 5);
        codes.insert('№', 7);
        assert_eq!(codes.code('a'), Some(5));
        assert_eq!(codes.code('№'), Some(7));
        assert_eq!(codes.code('b'), None);
        assert_eq!(codes.code('€'), None);
    }
}
