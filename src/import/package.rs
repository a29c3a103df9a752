//! Opening a Word file safely: the OOXML zip package, read within budgets so that a hostile
//! or broken file (a zip bomb, a 50 MB file, an encrypted document) is refused with a clear
//! message instead of exhausting memory or time.

use super::error::ImportError;
use std::io::{Cursor, Read};
use std::path::Path;

/// The largest file `import` opens. A plan's DOCX is tens of KB (a 17-item plan: 14 KB); a
/// file with scanned stamps or logos a few MB. Anything larger is not a plan.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// Entries a package may list. Word writes 10–30, more with embedded pictures.
pub const MAX_ENTRIES: usize = 2_000;
/// The most one part may unpack to: document.xml of a 1,000-item plan is a few MB.
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The most all parts read together may unpack to.
pub const MAX_TOTAL_BYTES: u64 = 128 * 1024 * 1024;
/// Unpacked size over packed size beyond which an entry is a bomb, not XML. Word's XML
/// compresses 5–20 times, very repetitive XML some 100 times; bombs reach thousands.
pub const MAX_RATIO: u64 = 400;

/// The first bytes of an OLE compound file: a password-protected DOCX (an "EncryptedPackage"
/// inside OLE) or an old binary .doc.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// An opened package: reads parts by name, counting what they unpack to.
pub struct Package {
    zip: zip::ZipArchive<Cursor<Vec<u8>>>,
    read_so_far: u64,
}

impl Package {
    pub fn open(path: &Path) -> Result<Package, ImportError> {
        let bytes = read_capped(path)?;
        Package::from_bytes(bytes)
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Result<Package, ImportError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(ImportError::TooLarge {
                limit_mb: MAX_FILE_BYTES / (1024 * 1024),
            });
        }
        if bytes.starts_with(&OLE_MAGIC) {
            return Err(if contains_utf16(&bytes, "EncryptedPackage") {
                ImportError::Encrypted
            } else {
                ImportError::OldWord
            });
        }
        if !bytes.starts_with(b"PK") {
            return Err(ImportError::NotZip);
        }
        let zip = zip::ZipArchive::new(Cursor::new(bytes))
            .map_err(|e| ImportError::Corrupt(e.to_string()))?;
        if zip.len() > MAX_ENTRIES {
            return Err(ImportError::Budget(crate::msg!(
                "import-too-many-entries",
                count = zip.len(),
                limit = MAX_ENTRIES
            )));
        }
        Ok(Package {
            zip,
            read_so_far: 0,
        })
    }

    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The bytes of part `name`, or `None` when the package has no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, ImportError> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let entry = self.zip.by_index(index).map_err(|e| match e {
            zip::result::ZipError::UnsupportedArchive(m)
                if m == zip::result::ZipError::PASSWORD_REQUIRED =>
            {
                ImportError::Encrypted
            }
            other => ImportError::Corrupt(format!("{name}: {other}")),
        })?;
        let declared = entry.size();
        let packed = entry.compressed_size().max(1);
        if declared > MAX_PART_BYTES || declared / packed > MAX_RATIO {
            return Err(bomb(name, declared, packed));
        }
        // The declared size may lie: read at most one byte past the budget and look.
        let budget = MAX_PART_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(self.read_so_far));
        let mut bytes = Vec::with_capacity(declared.min(budget) as usize);
        entry
            .take(budget + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| ImportError::Corrupt(format!("{name}: {e}")))?;
        let got = bytes.len() as u64;
        if got > budget || got / packed > MAX_RATIO {
            return Err(bomb(name, got, packed));
        }
        self.read_so_far += got;
        Ok(Some(bytes))
    }
}

fn bomb(name: &str, unpacked: u64, packed: u64) -> ImportError {
    ImportError::Budget(crate::msg!(
        "import-zip-bomb",
        part = name,
        packed = packed,
        unpacked = unpacked
    ))
}

/// Reads at most one byte past the limit, so a huge file or a device is not read whole.
fn read_capped(path: &Path) -> Result<Vec<u8>, ImportError> {
    let file =
        std::fs::File::open(path).map_err(|e| ImportError::Read(crate::app::read_error(&e)))?;
    if file.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(ImportError::Read(crate::msg!(
            "not-regular-file",
            kind = "folder"
        )));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ImportError::Read(crate::app::read_error(&e)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge {
            limit_mb: MAX_FILE_BYTES / (1024 * 1024),
        });
    }
    Ok(bytes)
}

fn contains_utf16(bytes: &[u8], word: &str) -> bool {
    let needle: Vec<u8> = word.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn reads_a_part_and_says_when_one_is_missing() {
        let bytes = zip_of(&[("word/document.xml", b"<w:document/>")]);
        let mut p = Package::from_bytes(bytes).unwrap();
        assert_eq!(
            p.part("word/document.xml").unwrap().unwrap(),
            b"<w:document/>"
        );
        assert!(p.part("word/styles.xml").unwrap().is_none());
    }

    #[test]
    fn a_bomb_is_refused_by_its_ratio() {
        let zeros = vec![b' '; 4 * 1024 * 1024];
        let bytes = zip_of(&[("word/document.xml", &zeros)]);
        let mut p = Package::from_bytes(bytes).unwrap();
        let err = p.part("word/document.xml").unwrap_err();
        assert!(matches!(err, ImportError::Budget(_)), "{err}");
    }

    #[test]
    fn not_a_zip_and_ole_files_are_named() {
        assert!(matches!(
            Package::from_bytes(b"hello".to_vec()),
            Err(ImportError::NotZip)
        ));
        let mut ole = OLE_MAGIC.to_vec();
        ole.extend(vec![0; 100]);
        assert!(matches!(
            Package::from_bytes(ole.clone()),
            Err(ImportError::OldWord)
        ));
        ole.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert!(matches!(
            Package::from_bytes(ole),
            Err(ImportError::Encrypted)
        ));
    }
}
