//! One streaming pass over a package part: the markup is copied through byte for byte, except
//! what [`schema`] and an [`Amend`] ask to change.
//!
//! A large document.xml has millions of elements. Building a tree of them, then writing it back
//! out, cost more than docx-rs took to write the part; here each start tag, end tag and text is
//! copied as written (escaped), and only the children of property lists are moved: they are
//! written as they come, remembered as byte ranges of the output, and put into schema order when
//! their parent closes. An element left as it is costs no allocation.

use super::schema;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use quick_xml::writer::Writer;

/// A child an element must have, holding a grandchild: `w:r` → `w:rPr` → `w:lang`. A missing
/// child is inserted as the element's first child; a missing grandchild is appended to the child
/// (and then takes its place in schema order like any other).
#[derive(Clone, Copy, Debug)]
pub struct Ensure<'d> {
    pub child: &'static str,
    pub grandchild: &'static str,
    /// The grandchild's `w:val`, if it has one.
    pub val: Option<&'d str>,
}

/// What a part needs beyond schema order.
pub trait Amend<'d> {
    /// Element `e` opens below `parents` (the names of the open elements, the root first).
    fn open(&mut self, parents: &[&[u8]], e: &BytesStart<'_>)
    -> Result<Option<Ensure<'d>>, String>;

    /// The element named `name` below `parents` has closed.
    fn close(&mut self, _parents: &[&[u8]], _name: &[u8]) -> Result<(), String> {
        Ok(())
    }

    /// The part has ended.
    fn done(&mut self) -> Result<(), String> {
        Ok(())
    }
}

/// Only schema order.
pub struct Nothing;

impl<'d> Amend<'d> for Nothing {
    fn open(&mut self, _: &[&[u8]], _: &BytesStart<'_>) -> Result<Option<Ensure<'d>>, String> {
        Ok(None)
    }
}

/// An open element.
struct Open<'d> {
    /// Where its start tag begins in the output, and where its content begins.
    start: usize,
    content: usize,
    /// The schema sequence its children follow, if docx-rs may get it wrong.
    order: Option<&'static [&'static str]>,
    /// The rank of its last child: a child the sequence does not name takes it.
    rank: usize,
    /// Where its children's records begin in [`Rewriter::kids`].
    kids: usize,
    /// The child it must have, and whether it has it yet.
    ensure: Option<Ensure<'d>>,
    has_child: bool,
    /// It is such a child: the grandchild it must hold, and whether it holds it yet.
    grandchild: Option<Ensure<'d>>,
    has_grandchild: bool,
    /// Removed if it ends up empty.
    drop_if_empty: bool,
    /// Its paragraph properties are CT_PPrGeneral (no run properties): those of `w:lvl`,
    /// `w:style` and `w:pPrDefault`, the first `w:pPr` only, as the schema allows one.
    general: schema::General,
}

struct Rewriter<'p, 'd> {
    out: Vec<u8>,
    open: Vec<Open<'d>>,
    names: Vec<&'p [u8]>,
    /// The children of the open property lists: (rank, where the child begins in `out`).
    kids: Vec<(usize, usize)>,
    scratch: Vec<u8>,
    sorted: Vec<usize>,
}

/// Rewrites `part`: children of property lists in schema order, what `amend` asks added.
pub fn rewrite<'p, 'd>(part: &'p [u8], amend: &mut impl Amend<'d>) -> Result<Vec<u8>, String> {
    let mut r = Rewriter {
        out: Vec::with_capacity(part.len() + part.len() / 16),
        open: Vec::new(),
        names: Vec::new(),
        kids: Vec::new(),
        scratch: Vec::new(),
        sorted: Vec::new(),
    };
    let mut reader = Reader::from_reader(part);
    let mut at = 0;
    let mut root = false;
    loop {
        let event = reader.read_event().map_err(|e| e.to_string())?;
        let end = usize::try_from(reader.buffer_position()).map_err(|e| e.to_string())?;
        // The event exactly as written: `part` is the concatenation of these slices.
        let raw = &part[at..end];
        at = end;
        match event {
            Event::Eof => break,
            Event::Start(e) => {
                root = true;
                r.start(&e, raw, false, amend)?;
            }
            Event::Empty(e) => {
                root = true;
                r.start(&e, raw, true, amend)?;
            }
            Event::End(_) => r.end(raw, amend)?,
            _ => r.other(raw),
        }
    }
    if !r.open.is_empty() {
        return Err("an element is not closed".into());
    }
    if !root {
        return Err("no root element".into());
    }
    amend.done()?;
    Ok(r.out)
}

impl<'p, 'd> Rewriter<'p, 'd> {
    fn start(
        &mut self,
        e: &BytesStart<'_>,
        raw: &'p [u8],
        empty: bool,
        amend: &mut impl Amend<'d>,
    ) -> Result<(), String> {
        // `<` and the name, borrowed from the part rather than from the event.
        let name = &raw[1..1 + e.name().as_ref().len()];
        let ensure = amend.open(&self.names, e)?;
        let mut grandchild = None;
        let mut drop_if_empty = false;
        let mut general = schema::General::of(name);
        if let Some(parent) = self.open.last_mut() {
            if let Some(want) = parent.ensure
                && !parent.has_child
                && name == want.child.as_bytes()
            {
                parent.has_child = true;
                grandchild = Some(want);
            }
            if let Some(want) = parent.grandchild
                && name == want.grandchild.as_bytes()
            {
                parent.has_grandchild = true;
            }
            if parent.general == schema::General::Owner && name == b"w:pPr" {
                parent.general = schema::General::Done;
                general = schema::General::Here;
            }
            drop_if_empty = parent.general == schema::General::Here && name == b"w:rPr";
            if drop_if_empty && empty {
                return amend.close(&self.names, name);
            }
            if let Some(order) = parent.order {
                parent.rank = schema::rank(order, name).unwrap_or(parent.rank);
                self.kids.push((parent.rank, self.out.len()));
            }
        }
        let start = self.out.len();
        match schema::without_grid_column_type(name, e, raw) {
            Some(tag) => self.out.extend_from_slice(&tag),
            None => self.out.extend_from_slice(raw),
        }
        if empty {
            if grandchild.is_some() || ensure.is_some() {
                // The element gains content: `<name …/>` becomes `<name …>…</name>`.
                self.out.truncate(self.out.len() - 2);
                self.out.push(b'>');
                if let Some(want) = grandchild {
                    self.write_grandchild(want);
                }
                if let Some(want) = ensure {
                    self.write_child(want);
                }
                self.write_end(name);
            }
            return amend.close(&self.names, name);
        }
        self.names.push(name);
        self.open.push(Open {
            start,
            content: self.out.len(),
            order: schema::order(name),
            rank: 0,
            kids: self.kids.len(),
            ensure,
            has_child: false,
            grandchild,
            has_grandchild: false,
            drop_if_empty,
            general,
        });
        Ok(())
    }

    fn end(&mut self, raw: &[u8], amend: &mut impl Amend<'d>) -> Result<(), String> {
        let e = self.open.pop().ok_or("an end tag without a start")?;
        let name = self.names.pop().ok_or("an end tag without a start")?;
        if let Some(want) = e.grandchild
            && !e.has_grandchild
        {
            if let Some(order) = e.order {
                let rank = schema::rank(order, want.grandchild.as_bytes()).unwrap_or(e.rank);
                self.kids.push((rank, self.out.len()));
            }
            self.write_grandchild(want);
        }
        if e.order.is_some() {
            self.sort(e.content, e.kids);
            self.kids.truncate(e.kids);
        }
        if let Some(want) = e.ensure
            && !e.has_child
        {
            // The element's own children are never reordered (it is no property list), so
            // the bytes can move.
            let tail = self.out.split_off(e.content);
            self.write_child(want);
            self.out.extend_from_slice(&tail);
        }
        if self.out.len() == e.content {
            if e.drop_if_empty {
                self.out.truncate(e.start);
                if self.open.last().is_some_and(|p| p.order.is_some()) {
                    self.kids.pop();
                }
            } else {
                // No content: `<name …>` becomes `<name …/>`.
                self.out.pop();
                self.out.extend_from_slice(b"/>");
            }
        } else {
            self.out.extend_from_slice(raw);
        }
        amend.close(&self.names, name)
    }

    /// Text, comments, the XML declaration: copied, and inside a property list kept after the
    /// child they follow.
    fn other(&mut self, raw: &[u8]) {
        if let Some(parent) = self.open.last()
            && parent.order.is_some()
        {
            self.kids.push((parent.rank, self.out.len()));
        }
        self.out.extend_from_slice(raw);
    }

    /// Puts the children recorded from `kids` on, written from `content` to the end of the
    /// output, in the order of their ranks. The sort is stable. Children already in order are
    /// left where they are.
    fn sort(&mut self, content: usize, kids: usize) {
        let children = &self.kids[kids..];
        if children.is_sorted_by_key(|(rank, _)| *rank) {
            return;
        }
        self.scratch.clear();
        self.scratch.extend_from_slice(&self.out[content..]);
        self.out.truncate(content);
        self.sorted.clear();
        self.sorted.extend(0..children.len());
        self.sorted.sort_by_key(|&i| children[i].0);
        let span = |i: usize| {
            let from = children[i].1 - content;
            let to = children
                .get(i + 1)
                .map_or(self.scratch.len(), |c| c.1 - content);
            from..to
        };
        // Anything before the first child stays first.
        self.out
            .extend_from_slice(&self.scratch[..children[0].1 - content]);
        for &i in &self.sorted {
            self.out.extend_from_slice(&self.scratch[span(i)]);
        }
    }

    fn write_child(&mut self, want: Ensure<'_>) {
        self.out.push(b'<');
        self.out.extend_from_slice(want.child.as_bytes());
        self.out.push(b'>');
        self.write_grandchild(want);
        self.write_end(want.child.as_bytes());
    }

    fn write_grandchild(&mut self, want: Ensure<'_>) {
        let mut tag = BytesStart::new(want.grandchild);
        if let Some(val) = want.val {
            tag.push_attribute(("w:val", val));
        }
        let mut w = Writer::new(&mut self.out);
        put(&mut w, Event::Empty(tag));
    }

    fn write_end(&mut self, name: &[u8]) {
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name);
        self.out.push(b'>');
    }
}

pub fn put<W: std::io::Write>(w: &mut Writer<W>, event: Event<'_>) {
    // Writing into memory cannot fail.
    w.write_event(event).expect("writing XML into memory");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(src: &str) -> Result<String, String> {
        rewrite(src.as_bytes(), &mut Nothing).map(|b| String::from_utf8(b).unwrap())
    }

    #[test]
    fn a_part_comes_out_as_it_went_in() {
        let src = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="urn:w"><w:body><w:p w14:paraId="00000001"><w:r><w:t xml:space="preserve">«А» &amp; &lt;Б&gt; &quot;В&quot;</w:t></w:r></w:p><w:sectPr w:x="a&amp;b" /></w:body></w:document>"#;
        assert_eq!(plain(src).unwrap(), src);
    }

    #[test]
    fn an_element_without_content_is_written_empty() {
        assert_eq!(
            plain("<a><b x=\"1\"></b></a>").unwrap(),
            "<a><b x=\"1\"/></a>"
        );
    }

    /// Ensures `c` with a `d` in every `b`.
    struct EnsureInB;

    impl<'d> Amend<'d> for EnsureInB {
        fn open(&mut self, _: &[&[u8]], e: &BytesStart<'_>) -> Result<Option<Ensure<'d>>, String> {
            Ok((e.name().as_ref() == b"b").then_some(Ensure {
                child: "c",
                grandchild: "d",
                val: Some("x&y"),
            }))
        }
    }

    #[test]
    fn a_missing_child_or_grandchild_is_added() {
        let out = rewrite(
            br#"<a><b><e/></b><b><c><z/></c></b><b><c><d/></c></b><b/></a>"#,
            &mut EnsureInB,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"<a><b><c><d w:val="x&amp;y"/></c><e/></b><b><c><z/><d w:val="x&amp;y"/></c></b><b><c><d/></c></b><b><c><d w:val="x&amp;y"/></c></b></a>"#
        );
    }

    #[test]
    fn broken_markup_is_an_error() {
        assert!(plain("<a><b></a>").is_err());
        assert!(plain("<a><b>").is_err());
        assert!(plain("").is_err());
    }
}
