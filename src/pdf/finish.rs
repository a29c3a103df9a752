//! The file saved: the Info dictionary from the plan (title, author (the organisation),
//! subject, creator and dates, never from the clock), the streams not yet deflated deflated
//! by libdeflate at [`LEVEL`] (the font programs at [`FONT_LEVEL`]) with one pair of
//! compressors a thread (lopdf's own `compress` always uses zlib's slowest level and sets up a
//! new compressor for every stream), and `/ID` derived from the file's own bytes, so the same
//! document gives the same bytes in every process. The bytes are laid out by [`super::file`].

use super::file::Objects;
use crate::document::Metadata;
use libdeflater::{CompressionLvl, Compressor};
use lopdf::{Dictionary, Object, Stream, StringFormat};
use std::cell::RefCell;
use std::sync::Mutex;

/// The libdeflate level of every stream but the font programs, chosen by measurement on the
/// samples and on plans of 1,000 and 10,000 items (docs/performance.md, "The PDF streams'
/// compressor"): libdeflate's level 6 writes the page streams a little smaller than zlib-rs's
/// level 6 did, with 43 % fewer instructions and 16 % less time; its levels 4 and 5 are faster
/// still but write larger files (up to 1.6 % and 0.5 %).
const LEVEL: i32 = 6;

/// The libdeflate level of the font programs (`/Length1`, see `fonts::embed`), which are
/// deflated on each language's path after its last page: at level 1 their glyph outlines come
/// out smaller than at zlib-rs's level 2 (which they had before) in a third less time.
const FONT_LEVEL: i32 = 1;

/// The bytes `/ID` holds while the file is written: its digest is then written over them.
const PLACEHOLDER: [u8; 16] = [0; 16];

/// Saves `pdf`, whose catalog is in place, and the pages `written` already, with the
/// document's metadata.
pub fn save(
    mut pdf: lopdf::Document,
    written: Objects,
    meta: &Metadata,
) -> Result<Vec<u8>, lopdf::Error> {
    let info = pdf.add_object(info(meta));
    pdf.trailer.set("Info", info);
    compress(&mut pdf)?;
    // The identifier is a digest of the file with a fixed placeholder in its place, so it
    // changes with the content only; the file is written once and the placeholder patched.
    let placeholder = Object::String(PLACEHOLDER.to_vec(), StringFormat::Hexadecimal);
    pdf.trailer
        .set("ID", Object::Array(vec![placeholder.clone(), placeholder]));
    let mut out = super::file::assemble(&mut pdf, written)?;
    let id = digest(&out);
    patch_id(&mut out, &id)?;
    // The file grew as the pages came; it is kept until every output is written.
    out.shrink_to_fit();
    Ok(out)
}

thread_local! {
    /// One pair of compressors a thread, for every stream of every PDF it writes (a
    /// libdeflate compressor has one level): setting one up allocates a few hundred kilobytes
    /// of tables, whose pages fault in on its first stream (60–90 µs), where a later stream
    /// only clears its hash tables. A thread takes a pair made ahead of time if there is one
    /// ([`prepare`]). A compressor keeps nothing from one stream to the next, so a stream's
    /// bytes do not depend on the thread or on what it deflated before.
    static COMPRESSORS: RefCell<Compressors> =
        RefCell::new(spare().unwrap_or_else(Compressors::new));
    /// The buffer every stream of the thread is deflated into before it is copied out at its
    /// size, so that no stream keeps the room a buffer of its own is given (libdeflate wants
    /// room for the worst case, a little more than the input): when pages were held until the
    /// file was saved, 12.6 MB of a 10,000-item PDF's 7 MB. The fonts' streams are still held
    /// until then.
    static DEFLATED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// A thread's compressors: one for [`LEVEL`], one for [`FONT_LEVEL`].
struct Compressors {
    streams: Compressor,
    fonts: Compressor,
}

impl Compressors {
    fn new() -> Self {
        let at = |level| Compressor::new(CompressionLvl::new(level).unwrap_or_default());
        Self {
            streams: at(LEVEL),
            fonts: at(FONT_LEVEL),
        }
    }

    /// Deflates a few bytes with each (more than libdeflate would store as they are), so that
    /// their tables are faulted in now.
    fn warm(&mut self) {
        let mut out = Vec::new();
        let input = [b' '; 256];
        let _ = deflate(&mut self.streams, &input, &mut out);
        let _ = deflate(&mut self.fonts, &input, &mut out);
    }
}

/// Compressors set up ahead of time by [`prepare`], for the first threads that write a PDF.
static SPARE: Mutex<Vec<Compressors>> = Mutex::new(Vec::new());

fn spare() -> Option<Compressors> {
    SPARE.lock().ok()?.pop()
}

/// Sets up `count` pairs of compressors for the threads that will write PDFs, so that they do
/// not set them up themselves: called while the plan loads, on a core that is idle then, it
/// takes their set-up and its page faults off each language's path. A thread that finds none
/// left sets its own up, so this never makes anyone wait.
pub fn prepare(count: usize) {
    let made: Vec<Compressors> = (0..count)
        .map(|_| {
            let mut pair = Compressors::new();
            pair.warm();
            pair
        })
        .collect();
    if let Ok(mut spare) = SPARE.lock() {
        spare.extend(made);
    }
}

/// Deflates every stream that allows it and has no filter yet (see [`pack`]).
fn compress(pdf: &mut lopdf::Document) -> Result<(), lopdf::Error> {
    for object in pdf.objects.values_mut() {
        if let Object::Stream(stream) = object {
            pack(stream)?;
        }
    }
    Ok(())
}

/// Deflates `stream` if it allows it and has no filter yet, keeping the result only when it
/// is smaller by more than the `/Filter /FlateDecode` it needs (lopdf's rule). The page
/// content is packed as each page is written, so the whole document's content is never held
/// uncompressed; the rest (fonts, their maps) when the file is saved. Either way a stream
/// gives the same bytes.
pub fn pack(stream: &mut Stream) -> Result<(), lopdf::Error> {
    if !stream.allows_compression || stream.dict.has(b"Filter") {
        return Ok(());
    }
    let font = stream.dict.has(b"Length1");
    let packed = DEFLATED.with_borrow_mut(|out| {
        let len = COMPRESSORS.with_borrow_mut(|pair| {
            let z = if font {
                &mut pair.fonts
            } else {
                &mut pair.streams
            };
            deflate(z, &stream.content, out)
        })?;
        Ok::<_, lopdf::Error>((len + 19 < stream.content.len()).then(|| out[..len].to_vec()))
    })?;
    if let Some(packed) = packed {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
    Ok(())
}

/// `input` as a zlib stream deflated by `z` at the start of `out`, whose length it returns.
/// `out` is only grown, to libdeflate's bound for the input, so it is zeroed only as it grows.
fn deflate(z: &mut Compressor, input: &[u8], out: &mut Vec<u8>) -> Result<usize, lopdf::Error> {
    let bound = z.zlib_compress_bound(input.len());
    if out.len() < bound {
        out.resize(bound, 0);
    }
    let room = out.get_mut(..bound).unwrap_or_default();
    z.zlib_compress(input, room)
        .map_err(|e| std::io::Error::other(e).into())
}

/// Writes `id` over the placeholder in the trailer's `/ID`: the last two occurrences of the
/// placeholder in the file, since the trailer comes after every object.
fn patch_id(out: &mut [u8], id: &[u8; 16]) -> Result<(), lopdf::Error> {
    let placeholder = hex(&PLACEHOLDER);
    let id = hex(id);
    let mut end = out.len();
    for _ in 0..2 {
        let at = out[..end]
            .windows(placeholder.len())
            .rposition(|w| w == placeholder.as_slice())
            .ok_or(lopdf::Error::DictKey("ID".into()))?;
        out[at..at + id.len()].copy_from_slice(&id);
        end = at;
    }
    Ok(())
}

/// `bytes` in upper-case hexadecimal between angle brackets, as lopdf writes a string.
fn hex(bytes: &[u8]) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = vec![b'<'];
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)]);
        out.push(DIGITS[usize::from(b & 15)]);
    }
    out.push(b'>');
    out
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
/// std's hasher, and enough to tell files apart. Both run in one pass over the bytes.
fn digest(bytes: &[u8]) -> [u8; 16] {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let (a, b) = bytes.iter().fold(
        (0xcbf2_9ce4_8422_2325_u64, 0x6c62_272e_07bb_0142_u64),
        |(a, b), &byte| {
            (
                (a ^ u64::from(byte)).wrapping_mul(PRIME),
                (b ^ u64::from(byte)).wrapping_mul(PRIME),
            )
        },
    );
    let mut out = [0; 16];
    out[..8].copy_from_slice(&a.to_be_bytes());
    out[8..].copy_from_slice(&b.to_be_bytes());
    out
}
