//! Widths and line heights from the bundled faces' own metrics.
//!
//! A width is the sum of the glyphs' horizontal advances × size / units per em, with no kerning:
//! the PDF draws each character through the font's cmap at its advance, so measuring the same
//! way makes what is measured exactly what is drawn.

use crate::fonts::Style;
use std::sync::atomic::{AtomicU16, Ordering};

/// The soft hyphen: invisible unless a line breaks after it.
pub const SOFT_HYPHEN: char = '\u{ad}';
/// The word joiner: no break on either side, nothing drawn.
pub const WORD_JOINER: char = '\u{2060}';
/// The non-breaking hyphen, which the bundled face draws with the hyphen's glyph.
pub const NB_HYPHEN: char = '\u{2011}';

/// Width of `text` in points.
pub fn width(text: &str, style: Style, size: f32) -> f32 {
    let units: u32 = text.chars().map(|c| advance(style, c)).sum();
    units as f32 * size / f32::from(style.face().units_per_em())
}

/// A character's advance in font units. A soft hyphen is never drawn inside a line (see
/// `drawable`), and a character without a glyph was rejected before layout (`missing_glyph`),
/// so both measure 0 here.
fn advance(style: Style, c: char) -> u32 {
    match c {
        SOFT_HYPHEN | WORD_JOINER => 0,
        NB_HYPHEN => cached(style, '-').unwrap_or(0),
        _ => cached(style, c).unwrap_or(0),
    }
}

/// The advance of `c`'s glyph, `None` if the face has no glyph for it.
fn cached(style: Style, c: char) -> Option<u32> {
    let Some(slot) = ADVANCES[style as usize].get(c as usize) else {
        return lookup(style, c);
    };
    match slot.load(Ordering::Relaxed) {
        UNKNOWN => {
            let found = lookup(style, c);
            slot.store(found.map_or(NO_GLYPH, |u| u as u16), Ordering::Relaxed);
            found
        }
        NO_GLYPH => None,
        units => Some(u32::from(units)),
    }
}

fn lookup(style: Style, c: char) -> Option<u32> {
    let face = style.face();
    let glyph = face.glyph_index(c)?;
    Some(face.glyph_hor_advance(glyph).map_or(0, u32::from))
}

/// Advances of the code points below U+2200 (Latin, Cyrillic with every Kazakh letter,
/// punctuation, №), looked up in the font once each: the cmap search dominated layout time.
/// Liberation Serif's advances are far below the two markers: `UNKNOWN` for a slot not yet
/// filled, `NO_GLYPH` for a character the face cannot draw.
const CACHED: usize = 0x2200;
const UNKNOWN: u16 = u16::MAX;
const NO_GLYPH: u16 = u16::MAX - 1;
static ADVANCES: [[AtomicU16; CACHED]; 4] =
    [const { [const { AtomicU16::new(UNKNOWN) }; CACHED] }; 4];

/// Height of a single-spaced line of type `half_points` in size, twips: what LibreOffice sets
/// the bundled face in, measured (LibreOffice 7.4, a DOCX of 21 lines of each size, the
/// distance between the first and the last baseline): the face's ascender + descender + line
/// gap (≈ 1.15 em, as Word's "single" for Times New Roman), rounded as LibreOffice rounds it,
/// which no simple formula gives: 10 pt is 231 twips where 1.15 em is 230. Sizes outside the
/// table take the face's figure rounded up, so that a page never holds less than counted.
pub fn line_height(half_points: u32) -> i32 {
    const FROM: u32 = 12;
    const MEASURED: [i32; 37] = [
        138, 150, 161, 172, 184, 195, 207, 219, 231, 242, 253, 265, 276, 288, 299, 311, 322, 333,
        345, 356, 368, 379, 392, 403, 414, 426, 437, 449, 460, 472, 483, 494, 506, 517, 529, 541,
        552,
    ];
    match half_points
        .checked_sub(FROM)
        .and_then(|i| MEASURED.get(i as usize))
    {
        Some(&twips) => twips,
        None => {
            let face = Style::Regular.face();
            let units = face.ascender() - face.descender() + face.line_gap();
            let twips =
                f64::from(units) * f64::from(half_points) * 10.0 / f64::from(face.units_per_em());
            twips.ceil() as i32
        }
    }
}

/// [`line_height`] in points, for a size in points.
pub fn leading(size: f32) -> f32 {
    line_height((size * 2.0).round() as u32) as f32 / 20.0
}

/// Distance from the top of a line to its baseline.
pub fn ascent(size: f32) -> f32 {
    let face = Style::Regular.face();
    f32::from(face.ascender()) * size / f32::from(face.units_per_em())
}

/// Where a line through struck-out text lies, as the face says (its OS/2 strikeout
/// metrics): the line's distance above the baseline and its thickness, in points.
pub fn strikeout(size: f32) -> (f32, f32) {
    let face = Style::Regular.face();
    let em = f32::from(face.units_per_em());
    match face.strikeout_metrics() {
        Some(m) => (
            f32::from(m.position) * size / em,
            f32::from(m.thickness) * size / em,
        ),
        // Every bundled face has the metrics; these are Liberation Serif's.
        None => (0.259 * size, 0.049 * size),
    }
}

/// The first character of `text` that `style` has no glyph for. Line breaks and tabs are
/// layout, not glyphs; soft hyphens are dropped or drawn as '-'.
pub fn missing_glyph(text: &str, style: Style) -> Option<char> {
    text.chars()
        .filter(|&c| {
            !matches!(
                c,
                '\n' | '\r' | '\t' | SOFT_HYPHEN | WORD_JOINER | NB_HYPHEN
            )
        })
        .find(|&c| cached(style, c).is_none())
}

/// Whether [`drawable`] keeps anything of `text`, without making it.
pub fn draws_anything(text: &str) -> bool {
    text.chars().any(|c| c != SOFT_HYPHEN && c != WORD_JOINER)
}

/// The text as drawn: soft hyphens and word joiners removed, tabs as spaces, a non-breaking
/// hyphen as the hyphen (the face has no glyph of its own for it).
pub fn drawable(text: &str) -> String {
    // Sized once: never longer than `text` (each character drawn is no longer than its
    // source) and one more for the hyphen a line may end with, where collecting a filtered
    // iterator grows the string several times.
    let mut shown = String::with_capacity(text.len() + 1);
    shown.extend(
        text.chars()
            .filter(|&c| c != SOFT_HYPHEN && c != WORD_JOINER)
            .map(|c| match c {
                '\t' => ' ',
                NB_HYPHEN => '-',
                c => c,
            }),
    );
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_anything_says_whether_drawable_keeps_a_character() {
        for text in [
            "",
            "\u{ad}",
            "\u{2060}\u{ad}",
            "a",
            "\u{ad}a",
            "\t",
            "\u{2011}",
        ] {
            assert_eq!(draws_anything(text), !drawable(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn width_is_the_sum_of_advances() {
        let a = width("жем", Style::Regular, 11.0);
        let b = width("қор", Style::Regular, 11.0);
        assert!((width("жемқор", Style::Regular, 11.0) - (a + b)).abs() < 1e-4);
        // Times-compatible metrics: a space is 0.25 em, a digit 0.5 em.
        assert!((width(" ", Style::Regular, 12.0) - 3.0).abs() < 0.01);
        assert!((width("0", Style::Regular, 12.0) - 6.0).abs() < 0.01);
    }

    #[test]
    fn cached_and_uncached_advances_agree() {
        for c in ['ә', 'Қ', '№', '—', '\u{0D85}', '\u{1F600}'] {
            assert_eq!(cached(Style::Bold, c), lookup(Style::Bold, c));
            assert_eq!(
                cached(Style::Bold, c),
                lookup(Style::Bold, c),
                "second, cached"
            );
        }
        assert_eq!(cached(Style::Italic, '\u{0D85}'), None);
    }

    #[test]
    fn bold_is_wider_and_size_scales() {
        let regular = width("Сыбайлас", Style::Regular, 11.0);
        assert!(width("Сыбайлас", Style::Bold, 11.0) > regular);
        assert!((width("Сыбайлас", Style::Regular, 22.0) - 2.0 * regular).abs() < 1e-3);
    }

    #[test]
    fn single_spacing_is_about_115_percent() {
        let l = leading(12.0);
        assert!((13.6..14.0).contains(&l), "{l}");
        assert!(ascent(12.0) < l);
        assert_eq!(line_height(22), 253);
        // Outside the measured sizes: the face's figure, rounded up.
        for half in [8, 60] {
            let em = half as f32 * 10.0;
            let h = line_height(half) as f32;
            assert!(h >= em * 1.1499 && h < em * 1.1499 + 1.0, "{half}: {h}");
        }
    }

    #[test]
    fn missing_glyphs_are_found_and_soft_hyphens_ignored() {
        assert_eq!(missing_glyph("жем\u{ad}қор", Style::Regular), None);
        assert_eq!(missing_glyph("ok \u{0D85}", Style::Bold), Some('\u{0D85}'));
        assert_eq!(drawable("жем\u{ad}қор\tи"), "жемқор и");
    }
}
