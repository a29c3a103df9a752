//! The PDF file, built on lopdf one page at a time: each page's content is drawn and deflated
//! as the page comes, and the page is not needed after; the fonts (subsets of the glyphs the
//! pages drew), the page tree and the metadata are added when the last page is in.

use super::file::Objects;
use super::fonts::{self, Glyphs};
use super::{PdfError, draw, finish};
use crate::document::Metadata;
use crate::fonts::Style;
use crate::layout::Page;
use lopdf::xref::XrefType;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// A PDF being written: pages in, bytes out.
pub struct Writer {
    /// The objects written at the end: the page tree and the resources (ids 1 and 2, taken
    /// before any page's), the fonts, the catalog and the metadata (after every page's).
    doc: Document,
    /// Each page's content and dictionary, written out as the page comes.
    written: Objects,
    meta: Metadata,
    /// The page tree's id, which every page names as its parent before the tree is written.
    pages: ObjectId,
    /// The resources every page shares (the fonts), written at the end.
    resources: ObjectId,
    kids: Vec<Object>,
    /// The glyphs drawn in each style, indexed by `Style as usize`.
    glyphs: [Glyphs; 4],
}

impl Writer {
    /// A PDF with `meta`'s metadata and no pages yet.
    pub fn new(meta: &Metadata) -> Writer {
        // /Lang came with PDF 1.4. A 1.4 file has a cross-reference table: the streams lopdf
        // writes by default came with 1.5.
        let mut doc = Document::with_version("1.4");
        doc.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
        let pages = doc.new_object_id();
        let resources = doc.new_object_id();
        Writer {
            doc,
            written: Objects::default(),
            meta: meta.clone(),
            pages,
            resources,
            kids: Vec::new(),
            glyphs: Style::ALL.map(Glyphs::new),
        }
    }

    /// Adds `page`: its content is drawn and deflated now.
    pub fn page(&mut self, page: &Page) -> Result<(), PdfError> {
        let mut content = Stream::new(Dictionary::new(), draw::content(page, &mut self.glyphs)?);
        finish::pack(&mut content).map_err(PdfError::Save)?;
        let content = self.write(content.into())?;
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Page".to_vec()));
        dict.set("Parent", self.pages);
        dict.set(
            "MediaBox",
            vec![0.into(), 0.into(), page.width.into(), page.height.into()],
        );
        dict.set("Resources", self.resources);
        dict.set("Contents", content);
        let page = self.write(dict.into())?;
        self.kids.push(page.into());
        Ok(())
    }

    /// Writes `object` out under the next id, which it returns.
    fn write(&mut self, object: Object) -> Result<ObjectId, PdfError> {
        let id = self.doc.new_object_id();
        self.written.push(id, object).map_err(PdfError::Save)?;
        Ok(id)
    }

    /// The finished file: the fonts, the page tree, the catalog and the metadata added.
    pub fn finish(mut self) -> Result<Vec<u8>, PdfError> {
        let mut font_dict = Dictionary::new();
        for glyphs in self.glyphs.iter().filter(|g| !g.is_empty()) {
            let id = fonts::embed(&mut self.doc, glyphs)?;
            font_dict.set(fonts::name(glyphs.style()), id);
        }
        let mut resources = Dictionary::new();
        resources.set("Font", font_dict);
        self.doc.objects.insert(self.resources, resources.into());
        let mut pages = Dictionary::new();
        pages.set("Type", Object::Name(b"Pages".to_vec()));
        pages.set("Count", self.kids.len() as i64);
        pages.set("Kids", std::mem::take(&mut self.kids));
        self.doc.objects.insert(self.pages, pages.into());
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", self.pages);
        // Screen readers and search need the language (kk-KZ, ru-RU).
        catalog.set("Lang", Object::string_literal(self.meta.language));
        let catalog = self.doc.add_object(catalog);
        self.doc.trailer.set("Root", catalog);
        finish::save(self.doc, self.written, &self.meta).map_err(PdfError::Save)
    }
}
