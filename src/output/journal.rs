//! The journal of a write: which files it replaces and which of them had an earlier version.
//! That is all a later run needs to put the folder back as it was (or finish the write), from
//! whatever point a killed process stopped at: see `recover`.

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub name: String,
    /// Whether the folder held a file of that name before the write.
    pub existed: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    #[serde(rename = "qujat-journal")]
    version: u32,
    files: Vec<Entry>,
}

/// The journal's text: JSON, so that any file name survives, and closed by `}`, so that a
/// journal cut short by a killed process does not parse.
pub fn text(entries: &[Entry]) -> Vec<u8> {
    let journal = Journal {
        version: 1,
        files: entries.to_vec(),
    };
    // Serialising strings and booleans cannot fail.
    let mut bytes = serde_json::to_vec_pretty(&journal).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

/// What a journal file holds.
pub enum Read {
    Missing,
    Entries(Vec<Entry>),
    /// Cut short (a process killed while writing it) or otherwise not JSON.
    Cut(std::io::Error),
    /// Not readable, or of a version this qujat does not know.
    Failed(std::io::Error),
}

pub fn read(path: &Path) -> Read {
    match std::fs::read(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Read::Missing,
        Err(e) => Read::Failed(e),
        Ok(bytes) => match serde_json::from_slice::<Journal>(&bytes) {
            Ok(j) if j.version == 1 => Read::Entries(j.files),
            Ok(j) => Read::Failed(std::io::Error::other(format!(
                "a journal of version {}, which this qujat does not know",
                j.version
            ))),
            Err(e) => Read::Cut(std::io::Error::new(std::io::ErrorKind::InvalidData, e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_journal_reads_back_and_a_cut_one_does_not() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j");
        let entries = vec![
            Entry {
                name: "план \"1\".kk.pdf".into(),
                existed: true,
            },
            Entry {
                name: "b".into(),
                existed: false,
            },
        ];
        let bytes = text(&entries);
        std::fs::write(&path, &bytes).unwrap();
        assert!(matches!(read(&path), Read::Entries(e) if e == entries));
        for cut in 0..bytes.len() - 1 {
            std::fs::write(&path, &bytes[..cut]).unwrap();
            assert!(matches!(read(&path), Read::Cut(_)), "cut at {cut}");
        }
        std::fs::remove_file(&path).unwrap();
        assert!(matches!(read(&path), Read::Missing));
    }
}
