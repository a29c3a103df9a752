//! Writing a plan's files all or nothing: every output goes to a temporary file in the target
//! folder first, and only when all of them are written are they renamed into place. A failed
//! run leaves no partial file and the files of an earlier run as they were.

use std::io::Write;
use std::path::{Path, PathBuf};

/// One file to write: its name in the target folder and its bytes.
pub struct Output {
    pub name: String,
    pub bytes: Vec<u8>,
}

#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: std::io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.error)
    }
}

impl std::error::Error for WriteError {}

/// Writes every output into `dir`, replacing files of the same names only if all succeed.
pub fn write_all(dir: &Path, outputs: &[Output]) -> Result<Vec<PathBuf>, WriteError> {
    let fail = |path: &Path, error| WriteError {
        path: path.to_path_buf(),
        error,
    };
    let mut staged = Vec::with_capacity(outputs.len());
    for out in outputs {
        let target = dir.join(&out.name);
        if target.is_dir() {
            let e = std::io::Error::other("a folder of that name is in the way");
            return Err(fail(&target, e));
        }
        // Dropping the already staged files on an error removes them.
        let mut tmp = readable(
            tempfile::Builder::new()
                .prefix(&format!(".{}.", out.name))
                .suffix(".tmp"),
        )
        .tempfile_in(dir)
        .map_err(|e| fail(&target, e))?;
        tmp.write_all(&out.bytes).map_err(|e| fail(&target, e))?;
        tmp.as_file().sync_all().map_err(|e| fail(&target, e))?;
        staged.push((tmp, target));
    }
    let mut written = Vec::with_capacity(staged.len());
    for (tmp, target) in staged {
        tmp.persist(&target).map_err(|e| fail(&target, e.error))?;
        written.push(target);
    }
    Ok(written)
}

/// Temporary files are private (0600); the documents they become are for others to read.
#[cfg(unix)]
fn readable<'a, 'b>(b: &'b mut tempfile::Builder<'a, 'a>) -> &'b mut tempfile::Builder<'a, 'a> {
    use std::os::unix::fs::PermissionsExt;
    b.permissions(std::fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn readable<'a, 'b>(b: &'b mut tempfile::Builder<'a, 'a>) -> &'b mut tempfile::Builder<'a, 'a> {
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(name: &str, bytes: &[u8]) -> Output {
        Output {
            name: name.into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn writes_all_files_and_leaves_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let files = write_all(dir.path(), &[out("a.pdf", b"A"), out("b.pdf", b"B")]).unwrap();
        assert_eq!(files.len(), 2);
        assert_eq!(std::fs::read(dir.path().join("b.pdf")).unwrap(), b"B");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
    }

    #[test]
    fn a_failure_in_the_second_output_keeps_the_earlier_files() {
        let dir = tempfile::tempdir().unwrap();
        write_all(dir.path(), &[out("a.pdf", b"old A")]).unwrap();
        std::fs::create_dir(dir.path().join("b.pdf")).unwrap();
        let err = write_all(
            dir.path(),
            &[out("a.pdf", b"new A"), out("b.pdf", b"new B")],
        );
        assert!(err.is_err());
        assert_eq!(std::fs::read(dir.path().join("a.pdf")).unwrap(), b"old A");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }
}
