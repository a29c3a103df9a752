//! The typeface and the language marks every run carries.

use docx_rs::{Run, RunFonts};

/// What offices use; LibreOffice substitutes the metric-compatible Liberation Serif.
pub const FACE: &str = "Times New Roman";

/// Times New Roman named for all four slots: Word picks the slot by script (ascii, hAnsi for
/// Cyrillic, cs, eastAsia), and an unnamed slot falls back to the theme font.
pub fn times() -> RunFonts {
    RunFonts::new()
        .ascii(FACE)
        .hi_ansi(FACE)
        .cs(FACE)
        .east_asia(FACE)
}

/// A run of `text` with the face and size; bold and italic as asked.
pub fn run(text: &str, half_points: usize, bold: bool, italic: bool) -> Run {
    let mut r = Run::new().add_text(text).fonts(times()).size(half_points);
    if bold {
        r = r.bold();
    }
    if italic {
        r = r.italic();
    }
    r
}
