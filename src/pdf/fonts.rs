//! The bundled faces as PDF fonts: each a Type0 font over a CIDFontType2 with the subset of the
//! face's glyphs its pages drew, their widths, a descriptor from the face's own metrics and a
//! ToUnicode map, so the text can be searched and copied.
//!
//! The glyph codes are chosen while the pages are drawn, never read back from anywhere: each
//! glyph gets the next code (CID 1, 2, 3 …) the first time a page shows it, and at the end the
//! subset is made with the glyphs in that same order. allsorts numbers a subset's glyphs by
//! their position in the list it is given (.notdef first), so CID n is glyph n of the subset
//! and `/CIDToGIDMap` is `/Identity`: no map stream, and the widths are one run. (Codes equal
//! to the face's own glyph ids would instead need a map of every glyph id up to the highest
//! used, in every file.)

use super::PdfError;
use super::cmap;
use crate::fonts::Style;
use crate::layout::MissingGlyph;
use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};
use std::collections::BTreeMap;

/// The resource name, which also gives the subset tag: six capital letters, as PDF wants.
/// Fixed, so that the bytes depend on the document only.
pub fn name(style: Style) -> &'static str {
    match style {
        Style::Regular => "QUJATR",
        Style::Bold => "QUJATB",
        Style::Italic => "QUJATI",
        Style::BoldItalic => "QUJATJ",
    }
}

/// Characters below this find their code in a table rather than a tree: Latin, Latin-1 and
/// all of Cyrillic, which is nearly every character of a plan.
const DIRECT: usize = 0x0500;

/// The glyphs one font has drawn so far, with the code each was given.
pub struct Glyphs {
    style: Style,
    /// The code of each character below [`DIRECT`] drawn so far; 0 for one not yet drawn
    /// (code 0 is .notdef, never given to a character).
    low: Vec<u16>,
    high: BTreeMap<char, u16>,
    /// The code of each of the face's glyphs drawn so far.
    by_glyph: BTreeMap<u16, u16>,
    /// For code n, at n - 1: the face's glyph id and the character that text extraction
    /// gives for it.
    used: Vec<(u16, char)>,
}

impl Glyphs {
    pub fn new(style: Style) -> Glyphs {
        Glyphs {
            style,
            low: vec![0; DIRECT],
            high: BTreeMap::new(),
            by_glyph: BTreeMap::new(),
            used: Vec::new(),
        }
    }

    pub fn style(&self) -> Style {
        self.style
    }

    pub fn is_empty(&self) -> bool {
        self.used.is_empty()
    }

    /// The code drawing `c`, given now if `c` is new. `None`: the face has no glyph for it.
    pub fn code(&mut self, c: char) -> Option<u16> {
        let known = match self.low.get(c as usize) {
            Some(&code) => code,
            None => self.high.get(&c).copied().unwrap_or(0),
        };
        if known != 0 {
            return Some(known);
        }
        let code = self.add(c)?;
        match self.low.get_mut(c as usize) {
            Some(slot) => *slot = code,
            None => {
                self.high.insert(c, code);
            }
        }
        Some(code)
    }

    /// The code of `c`'s glyph, a new one if the glyph is new. A glyph has one code even where
    /// two characters share it (none do in the bundled faces, but the subset's list of glyphs
    /// must not hold one twice); text extraction then gives the lower character.
    fn add(&mut self, c: char) -> Option<u16> {
        let glyph = self.style.face().glyph_index(c)?.0;
        if glyph == 0 {
            return None;
        }
        if let Some(&code) = self.by_glyph.get(&glyph) {
            let shown = &mut self.used[usize::from(code) - 1].1;
            *shown = (*shown).min(c);
            return Some(code);
        }
        self.used.push((glyph, c));
        // A face has fewer than 65,535 glyphs, so the codes fit.
        let code = u16::try_from(self.used.len()).ok()?;
        self.by_glyph.insert(glyph, code);
        Some(code)
    }

    /// The error for `c`, which has no glyph, in `text`.
    pub fn missing(&self, c: char, text: &str) -> PdfError {
        PdfError::MissingGlyph(MissingGlyph {
            ch: c,
            style: self.style,
            text: text.to_string(),
        })
    }
}

/// Adds the font drawing `glyphs` to `doc`: the Type0 font's id.
pub fn embed(doc: &mut Document, glyphs: &Glyphs) -> Result<ObjectId, PdfError> {
    let style = glyphs.style;
    let face = style.face();
    let program = subset(style, glyphs)?;
    let base = format!(
        "{}+{}",
        name(style),
        postscript_name(face).unwrap_or_else(|| name(style).to_string())
    );
    let mut file = Dictionary::new();
    // The program's own length, which /Length no longer gives once it is deflated.
    file.set("Length1", program.len() as i64);
    let file = doc.add_object(Stream::new(file, program));
    let descriptor = doc.add_object(descriptor(face, &base, file));
    let chars: Vec<char> = glyphs.used.iter().map(|&(_, c)| c).collect();
    let to_unicode = doc.add_object(Stream::new(
        Dictionary::new(),
        cmap::to_unicode(name(style), &chars),
    ));
    let scale = 1000.0 / f32::from(face.units_per_em());
    // Truncated to whole thousandths of an em, as printpdf wrote them, so pages look the same.
    let widths = glyphs
        .used
        .iter()
        .map(|&(glyph, _)| {
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(glyph))
                .unwrap_or(0);
            Object::Integer((f32::from(advance) * scale) as i64)
        })
        .collect();
    let mut cid_font = Dictionary::new();
    cid_font.set("Type", Object::Name(b"Font".to_vec()));
    cid_font.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
    cid_font.set("BaseFont", Object::Name(base.clone().into_bytes()));
    cid_font.set(
        "CIDSystemInfo",
        Dictionary::from_iter([
            (
                "Registry",
                Object::String(b"Adobe".to_vec(), StringFormat::Literal),
            ),
            (
                "Ordering",
                Object::String(b"Identity".to_vec(), StringFormat::Literal),
            ),
            ("Supplement", Object::Integer(0)),
        ]),
    );
    // The codes are 1, 2, 3 …: one run of widths from 1.
    cid_font.set("W", vec![Object::Integer(1), Object::Array(widths)]);
    cid_font.set("DW", 1000);
    cid_font.set("FontDescriptor", descriptor);
    cid_font.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type0".to_vec()));
    font.set("BaseFont", Object::Name(base.into_bytes()));
    font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    font.set("ToUnicode", to_unicode);
    font.set("DescendantFonts", vec![Object::Dictionary(cid_font)]);
    Ok(doc.add_object(font))
}

/// The face cut down to the glyphs drawn, .notdef first and then in the order of their codes,
/// so that the subset's glyph n is code n.
///
/// Without a cmap table: a CIDFontType2 reaches its glyphs through `/CIDToGIDMap` (PDF 32000
/// 9.7.4.2), never through the program's own cmap, and building one for the subset cost a
/// fifth of the subsetting.
fn subset(style: Style, glyphs: &Glyphs) -> Result<Vec<u8>, PdfError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::prince::{self, PrinceCmapTarget};
    let ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.used.iter().map(|&(glyph, _)| glyph))
        .collect();
    let failed = |e: &dyn std::fmt::Display| {
        PdfError::Build(format!("cannot subset the {style:?} font: {e}"))
    };
    let data = ReadScope::new(style.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| failed(&e))?;
    let provider = WithoutGlyphNames(data.table_provider(0).map_err(|e| failed(&e))?);
    // The last argument concerns CFF faces only; the bundled faces are TrueType.
    prince::subset(&provider, &ids, PrinceCmapTarget::Omit, false).map_err(|e| failed(&e))
}

/// A face whose `post` table is given without its glyph names (as version 3.0, its 32-byte
/// header): the subset's `post` is always written as version 3.0, but allsorts would first
/// read the names of all the face's glyphs, a tenth of the subsetting.
struct WithoutGlyphNames<P>(P);

impl<P: allsorts::tables::FontTableProvider> allsorts::tables::FontTableProvider
    for WithoutGlyphNames<P>
{
    fn table_data(
        &self,
        tag: u32,
    ) -> Result<Option<std::borrow::Cow<'_, [u8]>>, allsorts::error::ParseError> {
        const VERSION_3: [u8; 4] = 0x0003_0000_u32.to_be_bytes();
        let data = self.0.table_data(tag)?;
        Ok(match data {
            Some(post) if tag == allsorts::tag::POST && post.len() >= 32 => {
                let mut header = post[..32].to_vec();
                header[..4].copy_from_slice(&VERSION_3);
                Some(header.into())
            }
            other => other,
        })
    }

    fn has_table(&self, tag: u32) -> bool {
        self.0.has_table(tag)
    }

    fn table_tags(&self) -> Option<Vec<u32>> {
        self.0.table_tags()
    }
}

/// The face's PostScript name (name ID 6), as its font files give it.
fn postscript_name(face: &ttf_parser::Face) -> Option<String> {
    face.names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())
}

/// The descriptor: the face's metrics in thousandths of an em, for readers that must
/// substitute or synthesise it.
fn descriptor(face: &ttf_parser::Face, base: &str, file: ObjectId) -> Dictionary {
    let scale = 1000.0 / f32::from(face.units_per_em());
    let units = |v: i16| (f32::from(v) * scale).round() as i64;
    let bbox = face.global_bounding_box();
    let italic = face.italic_angle();
    // Nonsymbolic (the standard Latin set and more), and italic where the face slants.
    let flags = (1 << 5) | if italic != 0.0 { 1 << 6 } else { 0 };
    // No table gives the stem width; producers estimate it from the weight class, ~88 at 400
    // and ~166 at 700, as printpdf did.
    let weight = f32::from(face.weight().to_number());
    let stem_v = 50 + (weight / 65.0).powi(2).round() as i64;
    let mut d = Dictionary::new();
    d.set("Type", Object::Name(b"FontDescriptor".to_vec()));
    d.set("FontName", Object::Name(base.as_bytes().to_vec()));
    d.set("Flags", flags);
    d.set(
        "FontBBox",
        vec![
            units(bbox.x_min).into(),
            units(bbox.y_min).into(),
            units(bbox.x_max).into(),
            units(bbox.y_max).into(),
        ],
    );
    // In hundredths of a degree: the post table's fixed-point value, without f32's noise.
    d.set(
        "ItalicAngle",
        Object::Real((italic * 100.0).round() / 100.0),
    );
    d.set("Ascent", units(face.ascender()));
    d.set("Descent", units(face.descender()));
    d.set(
        "CapHeight",
        units(face.capital_height().unwrap_or(face.ascender())),
    );
    d.set("StemV", stem_v);
    d.set("FontFile2", file);
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_follow_first_use() {
        let mut g = Glyphs::new(Style::Regular);
        assert!(g.is_empty());
        assert_eq!(g.code('қ'), Some(1));
        assert_eq!(g.code('a'), Some(2));
        assert_eq!(g.code('қ'), Some(1));
        assert_eq!(g.code('№'), Some(3));
        assert_eq!(g.code('\u{0D85}'), None);
        assert_eq!(g.used.len(), 3);
        let face = Style::Regular.face();
        assert_eq!(g.used[0].0, face.glyph_index('қ').unwrap().0);
        assert_eq!(g.used[2], (face.glyph_index('№').unwrap().0, '№'));
    }

    #[test]
    fn the_descriptor_gives_the_face_s_own_metrics() {
        let regular = descriptor(Style::Regular.face(), "QUJATR+LiberationSerif", (9, 0));
        let italic = descriptor(
            Style::Italic.face(),
            "QUJATI+LiberationSerif-Italic",
            (9, 0),
        );
        let int = |d: &Dictionary, k: &str| d.get(k.as_bytes()).unwrap().as_i64().unwrap();
        let real = |d: &Dictionary, k: &str| d.get(k.as_bytes()).unwrap().as_float().unwrap();
        assert_eq!(int(&regular, "Flags"), 32);
        assert_eq!(int(&italic, "Flags"), 32 | 64);
        assert_eq!(real(&regular, "ItalicAngle"), 0.0);
        assert!(real(&italic, "ItalicAngle") < -10.0);
        // Liberation Serif's ascender, descender and capital height, in thousandths of an em.
        assert_eq!(int(&regular, "Ascent"), 891);
        assert_eq!(int(&regular, "Descent"), -216);
        assert_eq!(int(&regular, "CapHeight"), 655);
        assert_eq!(int(&regular, "StemV"), 88);
        let bold = descriptor(Style::Bold.face(), "QUJATB+LiberationSerif-Bold", (9, 0));
        assert_eq!(int(&bold, "StemV"), 166);
    }
}
