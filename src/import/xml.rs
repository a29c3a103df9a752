//! A small pull reader over quick-xml's namespace-aware reader: elements by namespace and
//! local name (Word files use other prefixes than `w:` now and then), attributes by local
//! name, text with entities resolved. Owned events keep the readers above it simple.

use super::error::ImportError;
use quick_xml::NsReader;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;

const W_NS: [&[u8]; 2] = [
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
];
const MC_NS: &[u8] = b"http://schemas.openxmlformats.org/markup-compatibility/2006";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ns {
    /// WordprocessingML.
    W,
    /// Markup compatibility (`mc:AlternateContent`, `mc:Fallback`).
    Mc,
    Other,
}

#[derive(Debug)]
pub struct El {
    pub ns: Ns,
    pub name: String,
    attrs: Vec<(String, String)>,
}

impl El {
    /// The value of the attribute with local name `local` (`w:val` → "val").
    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == local)
            .map(|(_, v)| v.as_str())
    }

    pub fn is(&self, ns: Ns, name: &str) -> bool {
        self.ns == ns && self.name == name
    }

    /// A WordprocessingML on/off property: `<w:b/>` is on, `<w:b w:val="0"/>` off.
    pub fn on(&self) -> bool {
        !matches!(self.attr("val"), Some("0" | "false" | "off" | "none"))
    }
}

#[derive(Debug)]
pub enum Ev {
    Start(El),
    /// An element with no content: `<w:tab/>`.
    Empty(El),
    End {
        ns: Ns,
        name: String,
    },
    Text(String),
    Eof,
}

pub struct Xml<'a> {
    reader: NsReader<&'a [u8]>,
    buf: Vec<u8>,
    part: &'a str,
}

impl<'a> Xml<'a> {
    pub fn new(bytes: &'a [u8], part: &'a str) -> Xml<'a> {
        let mut reader = NsReader::from_reader(bytes);
        reader.config_mut().check_end_names = true;
        Xml {
            reader,
            buf: Vec::new(),
            part,
        }
    }

    fn err(&self, detail: impl std::fmt::Display) -> ImportError {
        ImportError::Xml {
            part: self.part.to_string(),
            detail: format!("{detail} near byte {}", self.reader.buffer_position()),
        }
    }

    pub fn next(&mut self) -> Result<Ev, ImportError> {
        self.buf.clear();
        let (resolved, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
            Ok((r, e)) => (ns(&r), e.into_owned()),
            Err(e) => return Err(self.err(e)),
        };
        Ok(match event {
            Event::Start(e) => Ev::Start(self.element(resolved, &e)?),
            Event::Empty(e) => Ev::Empty(self.element(resolved, &e)?),
            Event::End(e) => Ev::End {
                ns: resolved,
                name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
            },
            Event::Text(t) => Ev::Text(t.xml10_content().map_err(|e| self.err(e))?.into_owned()),
            Event::CData(t) => Ev::Text(String::from_utf8_lossy(&t.into_inner()).into_owned()),
            Event::GeneralRef(r) => {
                let text = match r.resolve_char_ref().map_err(|e| self.err(e))? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = String::from_utf8_lossy(&r.into_inner()).into_owned();
                        quick_xml::escape::resolve_predefined_entity(&name)
                            .ok_or_else(|| self.err(format!("unknown entity &{name};")))?
                            .to_string()
                    }
                };
                Ev::Text(text)
            }
            Event::Eof => Ev::Eof,
            _ => Ev::Text(String::new()),
        })
    }

    fn element(&self, ns: Ns, e: &BytesStart) -> Result<El, ImportError> {
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|e| self.err(e))?;
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .map_err(|e| self.err(e))?;
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
            attrs.push((key, value.into_owned()));
        }
        Ok(El {
            ns,
            name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
            attrs,
        })
    }

    /// Skips everything up to the end of the element just started.
    pub fn skip(&mut self) -> Result<(), ImportError> {
        let mut depth = 1usize;
        while depth > 0 {
            match self.next()? {
                Ev::Start(_) => depth += 1,
                Ev::End { .. } => depth -= 1,
                Ev::Eof => return Err(self.err("the file ends inside an element")),
                _ => {}
            }
        }
        Ok(())
    }
}

fn ns(r: &ResolveResult) -> Ns {
    match r {
        ResolveResult::Bound(n) if W_NS.contains(&n.as_ref()) => Ns::W,
        ResolveResult::Bound(n) if n.as_ref() == MC_NS => Ns::Mc,
        _ => Ns::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_by_namespace_not_prefix() {
        let xml = br#"<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:t>a &amp; b&#8212;c</x:t></x:document>"#;
        let mut r = Xml::new(xml, "test");
        let Ev::Start(doc) = r.next().unwrap() else {
            panic!()
        };
        assert!(doc.is(Ns::W, "document"));
        let Ev::Start(t) = r.next().unwrap() else {
            panic!()
        };
        assert!(t.is(Ns::W, "t"));
        let mut text = String::new();
        while let Ev::Text(s) = r.next().unwrap() {
            text.push_str(&s);
        }
        assert_eq!(text, "a & b—c");
    }

    #[test]
    fn malformed_xml_is_an_error_naming_the_part() {
        let mut r = Xml::new(b"<a><b></a>", "word/document.xml");
        let err = loop {
            match r.next() {
                Err(e) => break e,
                Ok(Ev::Eof) => panic!("no error"),
                Ok(_) => {}
            }
        };
        assert!(err.to_string().contains("word/document.xml"), "{err}");
    }
}
