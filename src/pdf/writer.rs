//! The PDF written page by page, as the layout hands its pages over: the interface the
//! renderer streams through. This version collects the drawn pages and writes the file at
//! [`Writer::finish`] with [`super::write_drawn`]'s writer, so its bytes are that writer's.

use super::{PdfError, draw_and_save};
use crate::document::Metadata;
use crate::layout::Page;
use std::borrow::Cow;

pub struct Writer {
    meta: Metadata,
    pages: Vec<Page>,
}

impl Writer {
    /// A file with properties `meta`.
    pub fn new(meta: &Metadata) -> Writer {
        Writer {
            meta: meta.clone(),
            pages: Vec::new(),
        }
    }

    /// The next page.
    pub fn page(&mut self, page: &Page) -> Result<(), PdfError> {
        self.pages.push(page.clone());
        Ok(())
    }

    /// The file's bytes.
    pub fn finish(self) -> Result<Vec<u8>, PdfError> {
        draw_and_save(&self.meta, Cow::Owned(self.pages))
    }
}
