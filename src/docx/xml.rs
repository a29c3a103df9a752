//! A package part as a tree of elements, to reorder and amend what docx-rs wrote.
//!
//! Text and attribute values stay exactly as written (escaped), so a part that needs no change
//! comes out with the same markup it went in with. The tree borrows its names, attributes and
//! text from the part's bytes: only what is changed is copied (a large document.xml has millions
//! of elements).

use quick_xml::events::attributes::Attribute;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::{Reader, Writer};

pub struct Element<'a> {
    pub start: BytesStart<'a>,
    pub children: Vec<Node<'a>>,
}

pub enum Node<'a> {
    Element(Element<'a>),
    /// Text, references, comments, processing instructions: carried along untouched.
    Other(Event<'a>),
}

/// A parsed part: what precedes the root (the XML declaration) and the root element.
pub struct Part<'a> {
    pub prolog: Vec<Event<'a>>,
    pub root: Element<'a>,
}

impl<'a> Element<'a> {
    pub fn new(name: &str) -> Element<'static> {
        Element {
            start: BytesStart::new(name.to_string()),
            children: Vec::new(),
        }
    }

    pub fn name(&self) -> &[u8] {
        self.start.name().into_inner()
    }

    pub fn is(&self, name: &str) -> bool {
        self.name() == name.as_bytes()
    }

    /// The child elements.
    pub fn elements(&mut self) -> impl Iterator<Item = &mut Element<'a>> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Other(_) => None,
        })
    }

    /// The first child element named `name`.
    pub fn child(&mut self, name: &str) -> Option<&mut Element<'a>> {
        self.elements().find(|e| e.is(name))
    }

    /// The first child named `name`, created as the first child if there is none.
    pub fn child_or_insert(&mut self, name: &str) -> &mut Element<'a> {
        let at = self
            .children
            .iter()
            .position(|n| matches!(n, Node::Element(e) if e.is(name)));
        let at = at.unwrap_or_else(|| {
            self.children.insert(0, Node::Element(Element::new(name)));
            0
        });
        match &mut self.children[at] {
            Node::Element(e) => e,
            Node::Other(_) => unreachable!("position() found an element here"),
        }
    }

    /// Adds `child` unless an element of that name is already there.
    pub fn ensure(&mut self, child: Element<'a>) {
        if !self.elements().any(|e| e.name() == child.name()) {
            self.children.push(Node::Element(child));
        }
    }

    /// Removes one attribute, keeping the others with their values as written (escaped).
    pub fn drop_attribute(&mut self, name: &[u8]) {
        let kept: Vec<(Vec<u8>, Vec<u8>)> = self
            .start
            .attributes()
            .filter_map(Result::ok)
            .filter(|a| a.key.as_ref() != name)
            .map(|a| (a.key.as_ref().to_vec(), a.value.into_owned()))
            .collect();
        self.start.clear_attributes();
        for (key, value) in &kept {
            self.start.push_attribute(Attribute {
                key: QName(key),
                value: value.as_slice().into(),
            });
        }
    }

    /// Calls `f` on this element and every element below it.
    pub fn walk(&mut self, f: &mut impl FnMut(&mut Element<'a>)) {
        f(self);
        for e in self.elements() {
            e.walk(f);
        }
    }
}

pub fn parse(bytes: &[u8]) -> Result<Part<'_>, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| e.to_string())?;
    let mut reader = Reader::from_str(text);
    let mut prolog = Vec::new();
    // The open elements, innermost last; the root ends up alone in `done`.
    let mut open: Vec<Element> = Vec::new();
    let mut done: Option<Element> = None;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        match event {
            Event::Eof => break,
            Event::Start(start) => open.push(Element {
                start,
                children: Vec::new(),
            }),
            Event::Empty(start) => attach(
                &mut open,
                &mut done,
                Element {
                    start,
                    children: Vec::new(),
                },
            ),
            Event::End(_) => {
                let e = open.pop().ok_or("an end tag without a start")?;
                attach(&mut open, &mut done, e);
            }
            other => match open.last_mut() {
                Some(parent) => parent.children.push(Node::Other(other)),
                None => prolog.push(other),
            },
        }
    }
    let root = done.ok_or("no root element")?;
    Ok(Part { prolog, root })
}

fn attach<'a>(open: &mut [Element<'a>], done: &mut Option<Element<'a>>, e: Element<'a>) {
    match open.last_mut() {
        Some(parent) => parent.children.push(Node::Element(e)),
        None => *done = Some(e),
    }
}

pub fn write(part: &Part<'_>) -> Vec<u8> {
    let mut w = Writer::new(Vec::new());
    for event in &part.prolog {
        put(&mut w, event.borrow());
    }
    write_element(&mut w, &part.root);
    w.into_inner()
}

fn write_element(w: &mut Writer<Vec<u8>>, e: &Element<'_>) {
    if e.children.is_empty() {
        put(w, Event::Empty(e.start.borrow()));
        return;
    }
    put(w, Event::Start(e.start.borrow()));
    for child in &e.children {
        match child {
            Node::Element(c) => write_element(w, c),
            Node::Other(event) => put(w, event.borrow()),
        }
    }
    put(w, Event::End(e.start.to_end()));
}

pub fn put(w: &mut Writer<Vec<u8>>, event: Event<'_>) {
    // Writing into a Vec cannot fail.
    w.write_event(event).expect("writing XML into memory");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_comes_out_as_it_went_in() {
        let src = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="urn:w"><w:body><w:p w14:paraId="00000001"><w:r><w:t xml:space="preserve">«А» &amp; &lt;Б&gt; &quot;В&quot;</w:t></w:r></w:p><w:sectPr w:x="a&amp;b"/></w:body></w:document>"#;
        let part = parse(src.as_bytes()).unwrap();
        assert_eq!(String::from_utf8(write(&part)).unwrap(), src);
    }

    #[test]
    fn attributes_and_children_can_be_changed() {
        let mut part = parse(br#"<a><b x="1" y="&amp;"/></a>"#).unwrap();
        let b = part.root.child("b").unwrap();
        b.drop_attribute(b"x");
        b.ensure(Element::new("c"));
        b.ensure(Element::new("c"));
        part.root.child_or_insert("first");
        assert_eq!(
            String::from_utf8(write(&part)).unwrap(),
            r#"<a><first/><b y="&amp;"><c/></b></a>"#
        );
    }

    #[test]
    fn broken_markup_is_an_error() {
        assert!(parse(b"<a><b></a>").is_err());
        assert!(parse(b"").is_err());
    }
}
