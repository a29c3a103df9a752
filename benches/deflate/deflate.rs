//! The PDF streams' compressor of docs/performance.md ("The PDF streams' compressor"): every
//! stream of the PDFs given, inflated, deflated again by each candidate (zlib-rs through
//! flate2, as before, and libdeflate, as now) with the rule `src/pdf/finish.rs` keeps (the
//! deflated bytes only when smaller by more than 19), one compressor for all the streams as
//! qujat has one a thread. It prints, per candidate and level, the bytes the streams take
//! and the best time of the runs.
//!
//! (In a folder of its own so that Cargo does not also take it for a benchmark.)
//!
//!   cargo build --release --example deflate
//!   target/release/examples/deflate [--runs N] [--fonts] [--only zlib-rs:6] PDF…
//!
//! `--fonts` takes the font programs (`/Length1`) only, else every other stream (the page
//! contents and the fonts' maps). `--only` runs one candidate once, for callgrind: the
//! instructions of the deflate are those of the run less those of `--only none:0`.

use flate2::{Compress, Compression, FlushCompress, Status};
use libdeflater::{CompressionLvl, Compressor};
use std::time::Instant;

const ZLIB_RS: &[u32] = &[1, 2, 4, 5, 6];
const LIBDEFLATE: &[i32] = &[1, 2, 3, 4, 5, 6, 7, 8, 9];

fn main() {
    let mut runs = 10;
    let mut fonts = false;
    let mut only = None;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--runs" => runs = args.next().and_then(|n| n.parse().ok()).expect("--runs N"),
            "--fonts" => fonts = true,
            "--only" => only = args.next(),
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: deflate [--runs N] [--fonts] [--only CANDIDATE:LEVEL] PDF…");
        std::process::exit(2);
    }
    let streams = streams(&paths, fonts);
    let raw: usize = streams.iter().map(Vec::len).sum();
    println!("{} streams, {raw} bytes inflated", streams.len());
    if let Some(only) = only {
        let (name, level) = only.split_once(':').expect("CANDIDATE:LEVEL");
        let level = level.parse().expect("a level");
        let (bytes, _) = run(name, level, &streams, 1);
        println!("{name} {level}: {bytes} bytes");
        return;
    }
    println!("| compressor | level | bytes | best of {runs} |");
    println!("|---|---|---|---|");
    let candidates = ZLIB_RS
        .iter()
        .map(|&l| ("zlib-rs", l as i32))
        .chain(LIBDEFLATE.iter().map(|&l| ("libdeflate", l)));
    for (name, level) in candidates {
        let (bytes, best) = run(name, level, &streams, runs);
        println!("| {name} | {level} | {bytes} | {:.2} ms |", best * 1e3);
    }
}

/// The streams of the PDFs at `paths`, inflated: the font programs or all the others.
fn streams(paths: &[String], fonts: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for path in paths {
        let doc = lopdf::Document::load(path).expect("a PDF that lopdf reads");
        for object in doc.objects.values() {
            if let lopdf::Object::Stream(s) = object {
                if s.dict.has(b"Length1") != fonts {
                    continue;
                }
                out.push(if s.dict.has(b"Filter") {
                    s.decompressed_content().expect("a stream that inflates")
                } else {
                    s.content.clone()
                });
            }
        }
    }
    out
}

/// The bytes `streams` take deflated by compressor `name` at `level`, kept by qujat's rule,
/// and the best time of `runs` rounds, in seconds.
fn run(name: &str, level: i32, streams: &[Vec<u8>], runs: usize) -> (usize, f64) {
    let mut zlib = Compress::new(Compression::new(6), true);
    let mut libdeflate = Compressor::new(CompressionLvl::new(level.max(1)).expect("a level"));
    let mut out = Vec::new();
    let mut bytes = 0;
    let mut best = f64::MAX;
    for _ in 0..runs {
        bytes = 0;
        let start = Instant::now();
        for s in streams {
            let n = match name {
                "zlib-rs" => zlib_rs(&mut zlib, level as u32, s, &mut out),
                "libdeflate" => {
                    let bound = libdeflate.zlib_compress_bound(s.len());
                    if out.len() < bound {
                        out.resize(bound, 0);
                    }
                    libdeflate
                        .zlib_compress(s, &mut out[..bound])
                        .expect("room enough")
                }
                _ => usize::MAX,
            };
            bytes += if n.saturating_add(19) < s.len() {
                n
            } else {
                s.len()
            };
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    (bytes, best)
}

/// As `src/pdf/finish.rs` deflated before: one compressor, reset and set to the level.
fn zlib_rs(z: &mut Compress, level: u32, input: &[u8], out: &mut Vec<u8>) -> usize {
    z.reset();
    z.set_level(Compression::new(level)).expect("a level");
    out.clear();
    out.reserve(input.len() / 2 + 64);
    loop {
        let read = usize::try_from(z.total_in()).unwrap_or(usize::MAX);
        match z.compress_vec(&input[read..], out, FlushCompress::Finish) {
            Ok(Status::StreamEnd) => return out.len(),
            Ok(Status::Ok | Status::BufError) => out.reserve(out.capacity().max(64)),
            Err(e) => panic!("{e}"),
        }
    }
}
