//! The one list definition: a dash bullet with a hanging indent, as the seeds' lists look.

use super::fonts;
use super::text::BULLETS;
use docx_rs::{
    AbstractNumbering, Docx, Level, LevelJc, LevelText, NumberFormat, Numbering, SpecialIndentType,
    Start,
};

/// Where the text of a bullet starts, and how far the dash hangs out: 5 mm.
const HANG: i32 = 284;

pub fn add(docx: Docx) -> Docx {
    let level = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("bullet"),
        LevelText::new("–"),
        LevelJc::new("left"),
    )
    .indent(
        Some(HANG),
        Some(SpecialIndentType::Hanging(HANG)),
        None,
        None,
    )
    .fonts(fonts::times());
    docx.add_abstract_numbering(AbstractNumbering::new(BULLETS).add_level(level))
        .add_numbering(Numbering::new(BULLETS, BULLETS))
}
