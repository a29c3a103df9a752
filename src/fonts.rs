//! The bundled Liberation Serif 2.x faces (SIL OFL 1.1, licence in templates/fonts): metric-
//! compatible with Times New Roman, and unlike Liberation 1.x they cover every Kazakh letter.
//! The PDF writer embeds these same bytes, so what `check` accepts is what the PDF can draw.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};
use ttf_parser::Face;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    Regular,
    Bold,
    Italic,
    BoldItalic,
}

impl Style {
    pub const ALL: [Style; 4] = [
        Style::Regular,
        Style::Bold,
        Style::Italic,
        Style::BoldItalic,
    ];

    pub fn new(bold: bool, italic: bool) -> Style {
        match (bold, italic) {
            (false, false) => Style::Regular,
            (true, false) => Style::Bold,
            (false, true) => Style::Italic,
            (true, true) => Style::BoldItalic,
        }
    }

    /// The font's file bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Style::Regular => include_bytes!("../templates/fonts/LiberationSerif-Regular.ttf"),
            Style::Bold => include_bytes!("../templates/fonts/LiberationSerif-Bold.ttf"),
            Style::Italic => include_bytes!("../templates/fonts/LiberationSerif-Italic.ttf"),
            Style::BoldItalic => {
                include_bytes!("../templates/fonts/LiberationSerif-BoldItalic.ttf")
            }
        }
    }

    /// The parsed face, parsed once per process.
    pub fn face(self) -> &'static Face<'static> {
        static FACES: OnceLock<Vec<Face<'static>>> = OnceLock::new();
        let faces = FACES.get_or_init(|| {
            Style::ALL
                .iter()
                // The bytes are compiled in and tested; failing here is a build defect.
                .map(|s| Face::parse(s.bytes(), 0).expect("bundled font parses"))
                .collect()
        });
        &faces[self as usize]
    }
}

/// Characters of `text` that some face cannot draw. Line breaks and tabs are layout, not glyphs.
pub fn missing_chars(text: &str) -> Vec<char> {
    let mut missing: Vec<char> = text
        .chars()
        .filter(|&c| !matches!(c, '\n' | '\r' | '\t'))
        .filter(|&c| !drawable(c))
        .collect();
    missing.sort_unstable();
    missing.dedup();
    missing
}

/// Whether `text` is only printable ASCII and letters of the Cyrillic block (U+0400..U+04FF)
/// that every face draws, read byte by byte: nearly every text of a plan is, and then neither
/// a missing glyph nor an invisible character (none is in those ranges) need be looked for
/// character by character. `false` says only that a closer look is needed.
pub fn plainly_drawable(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match (b, bytes.get(i + 1)) {
            (0x20..=0x7E, _) => i += 1,
            // The Cyrillic block: two bytes, lead byte D0 to D3 (a `str` is valid UTF-8, so
            // the second is a continuation byte).
            (0xD0..=0xD3, Some(&next)) => {
                let c = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
                if !char::from_u32(c).is_some_and(drawable) {
                    return false;
                }
                i += 2;
            }
            _ => return false,
        }
    }
    true
}

/// Whether every face has a glyph for `c`. The answers for code points below U+2500 (Latin,
/// Cyrillic with every Kazakh letter, punctuation, №, dashes and quotes) are kept for the
/// process, like the advances in `layout::measure`: four cmap searches per character made
/// `check` of a large plan slow.
fn drawable(c: char) -> bool {
    let Some(slot) = COVERAGE.get(c as usize) else {
        return in_every_face(c);
    };
    match slot.load(Ordering::Relaxed) {
        UNKNOWN => {
            let found = in_every_face(c);
            slot.store(if found { DRAWABLE } else { MISSING }, Ordering::Relaxed);
            found
        }
        state => state == DRAWABLE,
    }
}

fn in_every_face(c: char) -> bool {
    Style::ALL.iter().all(|s| s.face().glyph_index(c).is_some())
}

const COVERED: usize = 0x2500;
const UNKNOWN: u8 = 0;
const DRAWABLE: u8 = 1;
const MISSING: u8 = 2;
static COVERAGE: [AtomicU8; COVERED] = [const { AtomicU8::new(UNKNOWN) }; COVERED];

#[cfg(test)]
mod tests {
    use super::*;

    /// Wherever the shortcut answers yes, the full checks find nothing: no missing glyph and
    /// no invisible character, for every character below U+0500 alone and within a text.
    #[test]
    fn plainly_drawable_texts_have_nothing_to_report() {
        let mut plain = 0;
        for n in 0..0x500 {
            let Some(c) = char::from_u32(n) else { continue };
            for text in [c.to_string(), format!("Қоғам {c} Общество")] {
                if plainly_drawable(&text) {
                    plain += 1;
                    assert!(missing_chars(&text).is_empty(), "{n:04X}");
                    assert!(
                        !text.chars().any(crate::plan::chars::is_invisible),
                        "{n:04X}"
                    );
                }
            }
        }
        assert!(plain > 300, "{plain}");
        assert!(plainly_drawable(
            "Сыбайлас жемқорлыққа қарсы іс-қимыл (2026 ж.)"
        ));
        assert!(!plainly_drawable("a\u{200B}b") && !plainly_drawable("tab\there"));
    }

    #[test]
    fn every_kazakh_and_russian_letter_is_drawable() {
        let letters = "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя«»–—№§%";
        assert_eq!(missing_chars(letters), Vec::<char>::new());
    }

    #[test]
    fn reports_characters_without_glyphs() {
        assert_eq!(
            missing_chars("ok \u{1F600} ok \u{0D85}"),
            vec!['\u{0D85}', '\u{1F600}']
        );
        // The second time from the cache, with the same answer.
        assert_eq!(missing_chars("\u{0D85}ә"), vec!['\u{0D85}']);
    }

    #[test]
    fn cached_and_uncached_coverage_agree() {
        for c in [
            'a',
            'ә',
            '№',
            '—',
            '\u{0D85}',
            '\u{24FF}',
            '\u{2500}',
            '\u{1F600}',
        ] {
            assert_eq!(drawable(c), in_every_face(c), "{c:?}");
            assert_eq!(drawable(c), in_every_face(c), "{c:?}, cached");
        }
    }
}
