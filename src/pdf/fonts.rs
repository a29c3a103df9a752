//! The bundled faces as printpdf fonts, parsed once per process, under fixed resource names.
//!
//! printpdf names fonts with ids from a process-wide random generator, and the first six
//! letters of the id become the subset tag (`ABCDEF+LiberationSerif`): left alone, the second
//! PDF of a process would differ from the first. Fixed names make the bytes depend on the
//! document only.

use crate::fonts::Style;
use printpdf::{FontId, ParsedFont};
use std::sync::OnceLock;

/// The resource name, which also gives the subset tag: six capital letters, as PDF wants.
pub fn name(style: Style) -> &'static str {
    match style {
        Style::Regular => "QUJATR",
        Style::Bold => "QUJATB",
        Style::Italic => "QUJATI",
        Style::BoldItalic => "QUJATJ",
    }
}

/// [`name`] as printpdf's font id.
pub fn id(style: Style) -> FontId {
    FontId(name(style).to_string())
}

/// printpdf's parse of the same bytes `crate::fonts` measures with.
pub fn parsed(style: Style) -> &'static ParsedFont {
    static PARSED: OnceLock<Vec<ParsedFont>> = OnceLock::new();
    let all = PARSED.get_or_init(|| {
        Style::ALL
            .iter()
            .map(|s| {
                let mut warnings = Vec::new();
                // Compiled-in bytes that `crate::fonts` already parses: a failure here is a
                // build defect, which the tests would show at once.
                ParsedFont::from_bytes(s.bytes(), 0, &mut warnings)
                    .expect("printpdf parses the bundled font")
            })
            .collect()
    });
    &all[style as usize]
}
