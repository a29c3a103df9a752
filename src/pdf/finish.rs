//! What printpdf 0.12.8 leaves to fix, done on its lopdf document before saving:
//! - the Info dictionary is written anew: title, author (the organisation), subject, creator
//!   and dates from the plan, never from the clock; no empty `GTS_PDFXVersion`, which made
//!   readers take every file for PDF/X, and no empty `Identifier`;
//! - `/Lang` in the catalog (kk-KZ, ru-RU), which screen readers and search need;
//! - `/ID` derived from the file's own bytes instead of printpdf's process-wide random one,
//!   so the same document gives the same bytes in every process.

use crate::document::Metadata;
use lopdf::{Dictionary, Object, StringFormat};

/// Saves `pdf` with the document's metadata.
pub fn save(mut pdf: lopdf::Document, meta: &Metadata) -> Result<Vec<u8>, lopdf::Error> {
    // /Lang came with PDF 1.4.
    pdf.version = "1.4".to_string();
    let info = pdf.add_object(info(meta));
    pdf.trailer.set("Info", info);
    catalog(&mut pdf)?.set("Lang", Object::string_literal(meta.language));
    pdf.prune_objects();
    pdf.compress();
    // The identifier is a digest of the file without it, so it changes with the content only.
    pdf.trailer.remove(b"ID");
    let id = digest(&bytes(&mut pdf)?);
    let id = Object::String(id.to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    bytes(&mut pdf)
}

fn bytes(pdf: &mut lopdf::Document) -> Result<Vec<u8>, lopdf::Error> {
    let mut out = Vec::new();
    pdf.save_to(&mut out)?;
    Ok(out)
}

fn catalog(pdf: &mut lopdf::Document) -> Result<&mut Dictionary, lopdf::Error> {
    let root = pdf.trailer.get(b"Root")?.as_reference()?;
    pdf.get_object_mut(root)?.as_dict_mut()
}

fn info(m: &Metadata) -> Dictionary {
    let date = Object::string_literal(m.date.format("D:%Y%m%d000000Z").to_string());
    let mut info = Dictionary::new();
    info.set("Title", text(&m.title));
    info.set("Author", text(&m.author));
    info.set("Subject", text(&m.subject));
    info.set("Creator", text("qujat"));
    info.set("Producer", text("qujat"));
    info.set("CreationDate", date.clone());
    info.set("ModDate", date);
    info
}

/// A PDF text string: UTF-16BE with its byte-order mark, which every reader decodes.
fn text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// 16 bytes of FNV-1a from two offsets: stable across Rust versions and processes, unlike
/// std's hasher, and enough to tell files apart.
fn digest(bytes: &[u8]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let fnv = |seed: u64| {
        bytes
            .iter()
            .fold(seed, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME))
    };
    let mut out = [0; 16];
    out[..8].copy_from_slice(&fnv(0xcbf2_9ce4_8422_2325).to_be_bytes());
    out[8..].copy_from_slice(&fnv(0x6c62_272e_07bb_0142).to_be_bytes());
    out
}
