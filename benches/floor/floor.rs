//! The floor test of docs/performance.md: the least a process can do to produce a render's
//! four files. It reads four payloads, the uncompressed content of qujat's four outputs of a
//! plan (the DOCX parts, the PDF with its streams inflated), deflates each on a thread of its
//! own at the level qujat uses for that format, and writes the four files as qujat does: each
//! synced under a hidden name (side by side), the folder synced, then renamed into place and
//! the folder synced again. No parsing, no layout, no document: what is left is process start,
//! reading, deflating and writing, the cost no renderer of these files can avoid.
//!
//! (In a folder of its own so that Cargo does not also take it for a benchmark.)
//!
//!   cargo build --release --example floor
//!   target/release/examples/floor PAYLOAD.docx PAYLOAD.pdf … OUT_DIR
//!
//! `benches/peers.py` prepares the payloads from a render and times this beside qujat.

// Linked for its build script's link only: qujat's binary takes GCC's unwinder from
// libgcc_eh.a and so starts without loading libgcc_s (build.rs); the floor starts the same way.
// None of qujat's code is used, and none is kept.
extern crate qujat as _;

use flate2::Compression;
use flate2::write::DeflateEncoder;
use libdeflater::{CompressionLvl, Compressor};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// qujat's deflate levels: zip entries (src/docx/package.rs, zlib-rs) and PDF streams
/// (src/pdf/finish.rs, libdeflate).
const DOCX_LEVEL: u32 = 4;
const PDF_LEVEL: i32 = 6;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let Some((out_dir, payloads)) = args.split_last().filter(|(_, p)| !p.is_empty()) else {
        eprintln!("usage: floor PAYLOAD… OUT_DIR");
        std::process::exit(2);
    };
    // Each payload is deflated, written and synced on a thread of its own: qujat also syncs
    // its new files side by side (src/output/fs.rs), so that the file system commits them
    // together.
    let staged: Vec<(PathBuf, PathBuf)> = std::thread::scope(|scope| {
        let threads: Vec<_> = payloads
            .iter()
            .map(|p| scope.spawn(move || stage(p, out_dir)))
            .collect();
        threads
            .into_iter()
            .map(|t| t.join().expect("a writing thread"))
            .collect()
    });
    sync_dir(out_dir);
    for (hidden, target) in staged {
        std::fs::rename(hidden, target).expect("renamed");
    }
    sync_dir(out_dir);
}

/// The payload deflated, written and synced under a hidden name: (hidden name, final name).
fn stage(payload: &Path, out_dir: &Path) -> (PathBuf, PathBuf) {
    let bytes = deflate(payload);
    let name = payload.file_name().expect("a payload file name");
    let hidden = out_dir.join(format!(".{}.floor-new", name.to_string_lossy()));
    let mut file = File::create(&hidden).expect("the output folder is writable");
    file.write_all(&bytes).expect("written");
    file.sync_all().expect("synced");
    (hidden, out_dir.join(name))
}

/// The payload deflated at its format's level by its format's compressor, as one stream.
fn deflate(payload: &Path) -> Vec<u8> {
    let raw = std::fs::read(payload).expect("the payload reads");
    if payload.extension().and_then(|e| e.to_str()) == Some("docx") {
        let mut z = DeflateEncoder::new(
            Vec::with_capacity(raw.len() / 2),
            Compression::new(DOCX_LEVEL),
        );
        z.write_all(&raw).expect("deflated");
        return z.finish().expect("deflated");
    }
    let mut z = Compressor::new(CompressionLvl::new(PDF_LEVEL).expect("a level"));
    let mut out = vec![0; z.deflate_compress_bound(raw.len())];
    let len = z.deflate_compress(&raw, &mut out).expect("room enough");
    out.truncate(len);
    out
}

fn sync_dir(dir: &Path) {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .expect("the folder syncs");
}
