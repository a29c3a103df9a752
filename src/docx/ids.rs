//! Paragraph ids (`w14:paraId`) counted per document.
//!
//! docx-rs draws them from a per-thread counter, so the second document built on a thread would
//! get other ids than the first and the bytes would differ. Every paragraph this writer makes
//! takes its id from here instead.

use docx_rs::Paragraph;

#[derive(Debug, Default)]
pub struct Ids {
    last: u32,
}

impl Ids {
    /// A new paragraph with the next id. Ids are 1, 2, …: Word wants them below 0x80000000.
    pub fn paragraph(&mut self) -> Paragraph {
        self.last += 1;
        Paragraph::new().id(format!("{:08X}", self.last))
    }
}
