//! The zip archive: every entry dated 1980-01-01, so the same parts always give the same bytes;
//! `[Content_Types].xml` first, as readers that stream the archive expect; `word/document.xml`
//! written straight into its deflated entry, never held whole in memory; the small parts
//! stored as they are (see [`STORED_BELOW`]).

use super::error::DocxError;
use std::io::{BufWriter, Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Deflate level 4, measured on the samples and a generated 1,000-item plan (instructions to
/// zip kk and ru of both; bytes of the Kazakh files), with the writer this replaced:
///
/// | level | instructions | 1,000 items | sample |
/// |---|---|---|---|
/// | 1 | 115 M | 375 KB | 17.8 KB |
/// | 2 | 161 M | 296 KB | 15.0 KB |
/// | 3 | 219 M | 259 KB | 14.4 KB |
/// | **4** | **242 M** | **209 KB** | **13.8 KB** |
/// | 6 (the default) | 434 M | 172 KB | 13.2 KB |
/// | 9 | 750 M | 157 KB | 13.0 KB |
///
/// Level 4 is the last before zlib-rs switches to its slower matcher: half the time of the
/// default for a file 4 % (a sample) to 22 % (1,000 items) larger.
const LEVEL: i64 = 4;

/// Parts smaller than this are stored, not deflated. The zip crate sets up a new deflate state
/// for every entry (about 445,000 instructions and a quarter of a megabyte of fresh memory to
/// clear), which for a part of a few hundred bytes costs far more than it saves: storing the
/// eleven small parts of a sample's DOCX makes the file about 5 KB larger and takes a ninth of
/// the process's instructions off (docs/performance.md has the figures).
const STORED_BELOW: usize = 4096;

pub struct Package {
    zip: ZipWriter<Cursor<Vec<u8>>>,
    options: SimpleFileOptions,
    stored: SimpleFileOptions,
}

impl Package {
    pub fn new() -> Package {
        Package {
            zip: ZipWriter::new(Cursor::new(Vec::new())),
            options: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated)
                .compression_level(Some(LEVEL))
                .last_modified_time(DateTime::DEFAULT)
                .unix_permissions(0o644),
            stored: SimpleFileOptions::default()
                .compression_method(CompressionMethod::Stored)
                .last_modified_time(DateTime::DEFAULT)
                .unix_permissions(0o644),
        }
    }

    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<(), DocxError> {
        let options = if bytes.len() < STORED_BELOW {
            self.stored
        } else {
            self.options
        };
        self.zip.start_file(name, options)?;
        self.zip.write_all(bytes)?;
        Ok(())
    }

    /// An entry written as it goes, through the returned writer; [`Entry::close`] gives the
    /// package back for the entries after it.
    pub fn entry(mut self, name: &str) -> Result<Entry, DocxError> {
        self.zip.start_file(name, self.options)?;
        Ok(Entry {
            out: BufWriter::with_capacity(1 << 16, self.zip),
            options: self.options,
            stored: self.stored,
        })
    }

    /// The archive's bytes, without the room the buffer grew into (up to twice the file: a
    /// megabyte of a 10,000-item file), since they are kept until every output is written.
    pub fn finish(self) -> Result<Vec<u8>, DocxError> {
        let mut bytes = self.zip.finish()?.into_inner();
        bytes.shrink_to_fit();
        Ok(bytes)
    }
}

/// An entry of the package under way: what is written to it is deflated into the archive.
pub struct Entry {
    out: BufWriter<ZipWriter<Cursor<Vec<u8>>>>,
    options: SimpleFileOptions,
    stored: SimpleFileOptions,
}

impl Write for Entry {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

impl Entry {
    /// Ends the entry. The flush reaches the compressor too (a sync point in the deflated
    /// data), as it always has: the same document keeps giving the same bytes.
    pub fn close(mut self) -> Result<Package, DocxError> {
        self.out.flush()?;
        let zip = self.out.into_inner().map_err(|e| e.into_error())?;
        Ok(Package {
            zip,
            options: self.options,
            stored: self.stored,
        })
    }
}
