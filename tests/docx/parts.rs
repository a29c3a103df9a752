//! Reading the XML parts of a DOCX, for checks on what the writer put where.

use std::io::{Cursor, Read};

/// The text of part `name` (e.g. "word/document.xml"), or None if the package lacks it.
pub fn part(docx: &[u8], name: &str) -> Option<String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("the DOCX is a zip archive");
    let mut entry = zip.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).expect("the part is UTF-8");
    Some(text)
}

/// Part `name`, which must be there.
pub fn must(docx: &[u8], name: &str) -> String {
    part(docx, name).unwrap_or_else(|| panic!("the DOCX has no {name}"))
}

/// The first element `<tag …>` or `<tag/>` in `xml`, as written (attributes included).
pub fn first_tag<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    tags(xml, tag).next()
}

/// Every start or empty tag named `tag`, as written.
pub fn tags<'a>(xml: &'a str, tag: &str) -> impl Iterator<Item = &'a str> {
    let open = format!("<{tag}");
    let mut rest = xml;
    std::iter::from_fn(move || {
        loop {
            let at = rest.find(&open)?;
            let after = &rest[at + open.len()..];
            let end = after.find('>')?;
            let whole = &rest[at..at + open.len() + end + 1];
            rest = &after[end..];
            // `<w:b` must not match `<w:bCs`.
            if after.starts_with([' ', '/', '>']) {
                return Some(whole);
            }
        }
    })
}

/// The value of attribute `name` in a tag from `tags`.
pub fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    tag[at..].split('"').next()
}
