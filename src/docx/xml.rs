//! A thin layer over quick-xml's writer: start, empty and end tags with attributes, escaped
//! text. Every part is written through it in schema order, element by element, straight into
//! its zip entry or buffer.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use std::io::{self, Write};

/// The WordprocessingML namespaces every part of the main document uses.
pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
pub const R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

pub struct Xml<W: Write> {
    w: Writer<W>,
    /// Who and when the revisions written into this part are by, and the next revision's id.
    pub revisions: Option<Revisions>,
}

/// The attributes of a redline's revisions: the document's, never the clock's.
#[derive(Clone, Debug)]
pub struct Revisions {
    pub author: String,
    /// ISO 8601, as `w:date` takes it.
    pub date: String,
    pub next: u32,
}

impl<O: Write> Xml<O> {
    /// `w:id`, `w:author`, `w:date` of the next revision (`w:ins`, `w:del`).
    pub fn revision(&mut self, name: &str, empty: bool) -> io::Result<()> {
        let (id, author, date) = match &mut self.revisions {
            Some(r) => {
                r.next += 1;
                (r.next.to_string(), r.author.clone(), r.date.clone())
            }
            None => (String::from("0"), String::new(), String::new()),
        };
        let attrs = [
            ("w:id", id.as_str()),
            ("w:author", author.as_str()),
            ("w:date", date.as_str()),
        ];
        if empty {
            self.empty(name, &attrs)
        } else {
            self.open(name, &attrs)
        }
    }
}

impl<O: Write> Xml<O> {
    /// A part starting with the XML declaration.
    pub fn new(out: O) -> io::Result<Xml<O>> {
        let mut w = Writer::new(out);
        w.write_event(Event::Decl(BytesDecl::new(
            "1.0",
            Some("UTF-8"),
            Some("yes"),
        )))?;
        Ok(Xml { w, revisions: None })
    }

    pub fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Start(start(name, attrs)))
    }

    pub fn close(&mut self, name: &str) -> io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    pub fn empty(&mut self, name: &str, attrs: &[(&str, &str)]) -> io::Result<()> {
        self.w.write_event(Event::Empty(start(name, attrs)))
    }

    /// `<name w:val="val"/>`.
    pub fn val(&mut self, name: &str, val: &str) -> io::Result<()> {
        self.empty(name, &[("w:val", val)])
    }

    pub fn text(&mut self, text: &str) -> io::Result<()> {
        self.w.write_event(Event::Text(BytesText::new(text)))
    }

    /// `<name>text</name>`.
    pub fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> io::Result<()> {
        self.open(name, attrs)?;
        self.text(text)?;
        self.close(name)
    }

    pub fn into_inner(self) -> O {
        self.w.into_inner()
    }
}

/// A start or empty tag, its buffer allocated once at about its size: quick-xml would copy a
/// borrowed name into a new buffer at the first attribute and grow it at each one after
/// (2,700 reallocations in the action-plan sample's two DOCX files).
fn start<'a>(name: &'a str, attrs: &[(&str, &str)]) -> BytesStart<'a> {
    if attrs.is_empty() {
        return BytesStart::new(name);
    }
    // ` key="value"` each; a value that needs escaping grows it once more.
    let size = attrs
        .iter()
        .map(|(k, v)| k.len() + v.len() + 4)
        .sum::<usize>();
    let mut content = String::with_capacity(name.len() + size);
    content.push_str(name);
    BytesStart::from_content(content, name.len()).with_attributes(attrs.iter().copied())
}

/// A part written into memory.
pub fn part(f: impl FnOnce(&mut Xml<&mut Vec<u8>>) -> io::Result<()>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut xml = Xml::new(&mut out).expect("writing into memory cannot fail");
    f(&mut xml).expect("writing into memory cannot fail");
    out
}
