//! The PDF file written object by object, byte for byte as lopdf's `Document::save_to` writes
//! a whole document (the header, each object in the order of its id, the cross-reference table
//! and the trailer). The pages are written out as they come ([`Objects`]), where lopdf would
//! hold every page's objects until the end and then copy them all into the file: for a
//! 10,000-item PDF, 5 MB of page dictionaries beside the 7 MB file and a second copy of it.
//! Each object still goes through lopdf's own object writer.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, ObjectId};
use std::collections::BTreeMap;
use std::io::Write;

/// Objects written out, in the order of their ids, with where each starts in `bytes`.
#[derive(Debug, Default)]
pub struct Objects {
    bytes: Vec<u8>,
    starts: Vec<(ObjectId, usize)>,
}

impl Objects {
    /// Writes `object` as indirect object `id`; its id must follow those already written.
    pub fn push(&mut self, id: ObjectId, object: Object) -> Result<(), lopdf::Error> {
        self.starts.push((id, self.bytes.len()));
        let (before, after) = separators(&object);
        write!(self.bytes, "{} {} obj\n{before}", id.0, id.1)?;
        self.bytes.extend_from_slice(&written(object)?);
        writeln!(self.bytes, "{after}\nendobj")?;
        Ok(())
    }

    fn first(&self) -> Option<ObjectId> {
        self.starts.first().map(|&(id, _)| id)
    }
}

/// The whole file: `doc`'s own objects (taken out of it) and `pages`, whose ids none of `doc`'s
/// objects falls between, in the order of their ids, then the cross-reference table and
/// `doc`'s trailer with its `/Size`. (lopdf would leave out object streams, cross-reference
/// streams and linearization dictionaries, which qujat never makes.)
pub fn assemble(doc: &mut Document, pages: Objects) -> Result<Vec<u8>, lopdf::Error> {
    let split = pages.first().unwrap_or((u32::MAX, u16::MAX));
    let mut own = std::mem::take(&mut doc.objects);
    let after = own.split_off(&split);
    let mut head = Objects {
        bytes: header(doc)?,
        starts: Vec::new(),
    };
    for (id, object) in own {
        head.push(id, object)?;
    }
    // The pages stay where they are written; the head goes in front of them at the end.
    let mut body = pages;
    for (id, object) in after {
        body.push(id, object)?;
    }
    let offset = head.bytes.len();
    let mut xref: BTreeMap<u32, (usize, u16)> = BTreeMap::new();
    for &(id, at) in &head.starts {
        xref.insert(id.0, (at, id.1));
    }
    for &(id, at) in &body.starts {
        xref.insert(id.0, (offset + at, id.1));
    }
    let xref_start = offset + body.bytes.len();
    let size = xref
        .keys()
        .next_back()
        .map_or(0, |&id| id.saturating_add(1))
        .max(doc.max_id + 1);
    let mut out = body.bytes;
    write_xref(&mut out, &xref, size)?;
    doc.trailer.set("Size", i64::from(doc.max_id + 1));
    out.extend_from_slice(b"trailer\n");
    out.extend_from_slice(&written(Object::Dictionary(doc.trailer.clone()))?);
    write!(out, "\nstartxref\n{xref_start}\n%%EOF")?;
    prepend(&mut out, &head.bytes);
    Ok(out)
}

/// `%PDF-` and the version, then the binary mark on a comment line of its own.
fn header(doc: &Document) -> Result<Vec<u8>, lopdf::Error> {
    if doc.binary_mark.iter().any(|&b| b < 128) {
        return Err(
            std::io::Error::new(std::io::ErrorKind::InvalidData, "Invalid binary mark").into(),
        );
    }
    let mut out = format!("%PDF-{}\n%", doc.version).into_bytes();
    out.extend_from_slice(&doc.binary_mark);
    out.push(b'\n');
    Ok(out)
}

/// The cross-reference table as lopdf writes it: a section for each run of present ids, the
/// first starting with the free entry of object 0.
fn write_xref(
    out: &mut Vec<u8>,
    xref: &BTreeMap<u32, (usize, u16)>,
    size: u32,
) -> Result<(), lopdf::Error> {
    out.extend_from_slice(b"xref\n");
    let mut start = 0;
    let mut entries: Vec<Option<(usize, u16)>> = vec![None];
    for id in 1..size {
        if entries.is_empty() {
            start = id;
        }
        match xref.get(&id) {
            Some(&entry) => entries.push(Some(entry)),
            None if !entries.is_empty() => {
                write_section(out, start, &entries)?;
                entries.clear();
                start = id;
            }
            None => {}
        }
    }
    if !entries.is_empty() {
        write_section(out, start, &entries)?;
    }
    Ok(())
}

/// One section: its first id and length, then an entry a line (`None`: object 0's).
fn write_section(
    out: &mut Vec<u8>,
    start: u32,
    entries: &[Option<(usize, u16)>],
) -> Result<(), lopdf::Error> {
    writeln!(out, "{start} {}", entries.len())?;
    for entry in entries {
        match entry {
            // lopdf keeps offsets as u32.
            Some((offset, generation)) => {
                writeln!(out, "{:>010} {generation:>05} n ", *offset as u32)?
            }
            None => writeln!(out, "{:>010} {:>05} f ", 0, 65535)?,
        }
    }
    Ok(())
}

/// The spaces lopdf writes after `obj` and before `endobj` around an object of this kind.
fn separators(object: &Object) -> (&'static str, &'static str) {
    use Object::*;
    let before = matches!(
        object,
        Null | Boolean(_) | Integer(_) | Real(_) | Reference(_)
    );
    let after = before || matches!(object, Name(_) | Stream(_));
    (if before { " " } else { "" }, if after { " " } else { "" })
}

/// `object` as lopdf writes it into a file. Its object writer is public only through a content
/// stream's encoder, which writes each operand followed by a space, then the operator (none).
fn written(object: Object) -> Result<Vec<u8>, lopdf::Error> {
    let operation = Operation {
        operator: String::new(),
        operands: vec![object],
    };
    let mut bytes = Content {
        operations: [operation],
    }
    .encode()?;
    bytes.pop();
    Ok(bytes)
}

/// Puts `head` in front of `out`, moving what is there rather than copying it into a new
/// buffer (the file is large; its head is two objects).
fn prepend(out: &mut Vec<u8>, head: &[u8]) {
    let len = out.len();
    out.resize(len + head.len(), 0);
    out.copy_within(..len, head.len());
    out[..head.len()].copy_from_slice(head);
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::xref::XrefType;
    use lopdf::{Dictionary, Stream, StringFormat};

    /// A document with every kind of object, ids 1 to 9, as the PDF writer makes them.
    fn document() -> Document {
        let mut doc = Document::with_version("1.4");
        doc.reference_table.cross_reference_type = XrefType::CrossReferenceTable;
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"Page".to_vec()));
        dict.set("Odd name (#1)", Object::Name(b"a b/c\x7f".to_vec()));
        dict.set(
            "Box",
            vec![0.into(), 0.5.into(), 841.89.into(), Object::Integer(-3)],
        );
        dict.set("Ref", Object::Reference((2, 0)));
        dict.set("Flag", Object::Boolean(true));
        dict.set("None", Object::Null);
        dict.set("Text", Object::string_literal("a (b) \\ c) (d\r"));
        dict.set(
            "Hex",
            Object::String(vec![0xfe, 0xff, 0, 65], StringFormat::Hexadecimal),
        );
        doc.add_object(dict.clone());
        doc.add_object(Stream::new(dict.clone(), b"BT /F1 12 Tf ET".to_vec()));
        for object in [
            Object::Integer(7),
            Object::Real(1.25),
            Object::Name(b"N".to_vec()),
            Object::Array(vec![Object::Null, Object::Reference((1, 0)), 3.into()]),
            Object::Boolean(false),
            Object::Null,
            Object::Reference((4, 0)),
        ] {
            doc.add_object(object);
        }
        doc.trailer.set("Root", Object::Reference((1, 0)));
        doc
    }

    #[test]
    fn the_file_is_what_lopdf_writes_whatever_objects_are_written_ahead() {
        let mut expected = Vec::new();
        document().save_to(&mut expected).unwrap();
        for ahead in [0..0, 1..10, 3..5, 2..3, 9..10] {
            let mut doc = document();
            let mut pages = Objects::default();
            for id in ahead.clone() {
                let object = doc.objects.remove(&(id, 0)).unwrap();
                pages.push((id, 0), object).unwrap();
            }
            let got = assemble(&mut doc, pages).unwrap();
            assert_eq!(
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&expected),
                "objects {ahead:?} written ahead"
            );
        }
    }

    #[test]
    fn a_missing_id_starts_a_new_section_as_in_lopdf() {
        let mut doc = document();
        doc.objects.remove(&(6, 0));
        doc.max_id = 12;
        let mut expected = Vec::new();
        doc.clone().save_to(&mut expected).unwrap();
        let mut pages = Objects::default();
        for id in 2..5 {
            let object = doc.objects.remove(&(id, 0)).unwrap();
            pages.push((id, 0), object).unwrap();
        }
        assert_eq!(assemble(&mut doc, pages).unwrap(), expected);
    }
}
