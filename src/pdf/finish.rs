//! The file saved: the Info dictionary from the plan (title, author (the organisation),
//! subject, creator and dates, never from the clock), the streams not yet deflated deflated
//! at [`LEVEL`] (the font programs at [`FONT_LEVEL`]) with one compressor a thread (lopdf's
//! own `compress` always uses zlib's slowest level and sets up a new compressor for every
//! stream), and `/ID` derived from the file's own bytes, so the same document gives the same
//! bytes in every process. The bytes are laid out by [`super::file`].

use super::file::Objects;
use crate::document::Metadata;
use flate2::{Compress, Compression, FlushCompress, Status};
use lopdf::{Dictionary, Object, Stream, StringFormat};
use std::cell::RefCell;
use std::sync::Mutex;

/// The deflate level of every stream, chosen by measurement on the samples and on a
/// 1,000-item plan (instructions in deflate against file size): level 6 writes the samples
/// within 1 % of level 9's size, and the large plan smaller, with 30 % fewer instructions;
/// level 4 saves another 11 % of them for files 1–5 % larger, level 1 half of them for files
/// 25–70 % larger.
const LEVEL: u32 = 6;

/// The level of the font programs (`/Length1`, see `fonts::embed`): their glyph outlines
/// compress nearly as well at level 2 as at 6 (2.5 % more bytes) for a third fewer
/// instructions, and the subsets are made and deflated on each language's path after its
/// last page. Level 1 would make them 18 % larger. docs/performance.md has the table.
const FONT_LEVEL: u32 = 2;

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
    /// One compressor a thread, for every stream of every PDF it writes: setting one up
    /// allocates and clears a quarter of a megabyte of tables (445,000 instructions), where
    /// resetting one clears only its hash table. A thread takes one made ahead of time if
    /// there is one ([`prepare`]).
    static COMPRESSOR: RefCell<Compress> = RefCell::new(spare().unwrap_or_else(compressor));
    /// The buffer every stream of the thread is deflated into before it is copied out at its
    /// size, so that no stream keeps the room a buffer of its own is given (half the input,
    /// about twice the deflated size): when pages were held until the file was saved, 12.6 MB
    /// of a 10,000-item PDF's 7 MB. The fonts' streams are still held until then.
    static DEFLATED: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

/// Compressors set up ahead of time by [`prepare`], for the first threads that write a PDF.
static SPARE: Mutex<Vec<Compress>> = Mutex::new(Vec::new());

fn compressor() -> Compress {
    Compress::new(Compression::new(LEVEL), true)
}

fn spare() -> Option<Compress> {
    SPARE.lock().ok()?.pop()
}

/// Sets up `count` compressors for the threads that will write PDFs, so that they do not set
/// them up themselves: called while the plan loads, on a core that is idle then, it takes
/// their set-up and its page faults off each language's path. A thread that finds none left
/// sets its own up, so this never makes anyone wait.
pub fn prepare(count: usize) {
    let made: Vec<Compress> = (0..count).map(|_| compressor()).collect();
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
    let level = if stream.dict.has(b"Length1") {
        FONT_LEVEL
    } else {
        LEVEL
    };
    let packed = DEFLATED.with_borrow_mut(|out| {
        COMPRESSOR.with_borrow_mut(|z| deflate(z, level, &stream.content, out))?;
        Ok::<_, lopdf::Error>((out.len() + 19 < stream.content.len()).then(|| out.to_vec()))
    })?;
    if let Some(packed) = packed {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
    Ok(())
}

/// `input` as a zlib stream deflated at `level`, into `out` (cleared first).
fn deflate(
    z: &mut Compress,
    level: u32,
    input: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), lopdf::Error> {
    z.reset();
    // Before any input, so nothing is flushed: the reset stream just takes the new level.
    z.set_level(Compression::new(level))
        .map_err(std::io::Error::other)?;
    out.clear();
    out.reserve(input.len() / 2 + 64);
    loop {
        let read = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        let rest = input.get(read..).unwrap_or_default();
        match z.compress_vec(rest, out, FlushCompress::Finish) {
            Ok(Status::StreamEnd) => return Ok(()),
            // The output is full: give it room and go on.
            Ok(Status::Ok | Status::BufError) => out.reserve(out.capacity().max(64)),
            Err(e) => return Err(std::io::Error::other(e).into()),
        }
    }
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
