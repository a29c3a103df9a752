//! The names of qujat's own hidden files in a target folder. Every one starts with a dot, so
//! file managers and `ls` hide them, and each is either tied to one output's name or fixed, so
//! a later run can tell its own files from anything else in the folder.

/// The advisory lock of the folder (see `lock`): held while a write is under way, removed after.
pub const LOCK: &str = ".qujat.lock";

/// The list of files a write is replacing, present from just before the first earlier file is
/// touched until every new file is in place: while it exists, the write is undone on failure.
pub const JOURNAL: &str = ".qujat.journal";

/// The same list once every new file is in place: the write is done, only the earlier
/// versions kept beside the new ones remain to be removed.
pub const DONE: &str = ".qujat.done";

/// The new version of `name`, written in full before any earlier file is replaced.
pub fn staged(name: &str) -> String {
    format!(".{name}.qujat-new")
}

/// The earlier version of `name`, kept until the whole set of new files is in place.
pub fn backup(name: &str) -> String {
    format!(".{name}.qujat-old")
}

/// Whether `file` is a temporary file of `name` as qujat 0.1 left them: `.NAME.XXXXXX.tmp`,
/// six letters or digits in the middle (the pattern of the `tempfile` crate it used).
pub fn is_legacy_temp(file: &str, name: &str) -> bool {
    file.strip_prefix('.')
        .and_then(|f| f.strip_prefix(name))
        .and_then(|f| f.strip_prefix('.'))
        .and_then(|f| f.strip_suffix(".tmp"))
        .is_some_and(|mid| mid.len() == 6 && mid.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether `name` can be an output's name: one plain file name, not one of qujat's own.
pub fn is_plain(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && !name.contains(['/', '\\', '\0'])
        && ![LOCK, JOURNAL, DONE].contains(&name)
        && !name.ends_with(".qujat-new")
        && !name.ends_with(".qujat-old")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_temporaries_match_only_their_own_output() {
        assert!(is_legacy_temp(".plan.kk.pdf.a1B2c3.tmp", "plan.kk.pdf"));
        assert!(!is_legacy_temp(".plan.kk.pdf.a1B2c.tmp", "plan.kk.pdf"));
        assert!(!is_legacy_temp(".plan.kk.pdf.a1B2c3.tmp", "plan.kk.docx"));
        assert!(!is_legacy_temp(".plan.kk.pdf.a1-2c3.tmp", "plan.kk.pdf"));
        assert!(!is_legacy_temp("plan.kk.pdf.a1B2c3.tmp", "plan.kk.pdf"));
        assert!(!is_legacy_temp(
            ".other.plan.kk.pdf.a1B2c3.tmp",
            "plan.kk.pdf"
        ));
        // A longer output name that starts like this one is not this one's.
        assert!(!is_legacy_temp(".plan.kk.pdf.x.a1B2c3.tmp", "plan.kk.pdf"));
    }

    #[test]
    fn own_names_are_not_output_names() {
        assert!(is_plain("plan.kk.pdf"));
        assert!(is_plain("manifest.json"));
        for bad in [
            "",
            ".",
            "..",
            "a/b",
            ".qujat.lock",
            ".x.qujat-new",
            ".x.qujat-old",
        ] {
            assert!(!is_plain(bad), "{bad:?}");
        }
    }
}
