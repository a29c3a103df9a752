//! The package's other parts: the styles (from the layout's style), the list definition, the
//! header or footer with the page number, the content types and the relationships. Settings
//! and the font table are the reference files in `templates/docx/`.

use super::xml::{R, W, Xml, part};
use crate::document::Align;
use crate::layout::style::{Look, Place, Style, Twips};

pub const SETTINGS: &[u8] = include_bytes!("../../templates/docx/settings.xml");
pub const FONT_TABLE: &[u8] = include_bytes!("../../templates/docx/fontTable.xml");

/// The paragraph styles, by the kind of text they set.
pub mod id {
    pub const GRIF: &str = "Grif";
    pub const TITLE: &str = "PlanTitle";
    pub const HEADER: &str = "TableHeader";
    pub const CELL: &str = "TableText";
    pub const HEADING: &str = "NotesHeading";
    pub const NOTES: &str = "Notes";
    pub const PAGE_NUMBER: &str = "PageNumber";
}

/// The face of every run, in the four slots Word picks from by script; an unnamed slot would
/// fall back to the theme's font.
const FACE: &str = "Times New Roman";

/// `styles.xml`: the document defaults (face, size, language, widow control, single spacing
/// with no space between paragraphs) and a paragraph style per kind of text.
pub fn styles(style: &Style, language: &str) -> Vec<u8> {
    part(|x: &mut Xml<_>| {
        x.open("w:styles", &[("xmlns:w", W)])?;
        x.open("w:docDefaults", &[])?;
        x.open("w:rPrDefault", &[])?;
        x.open("w:rPr", &[])?;
        let face = [
            ("w:ascii", FACE),
            ("w:hAnsi", FACE),
            ("w:eastAsia", FACE),
            ("w:cs", FACE),
        ];
        x.empty("w:rFonts", &face)?;
        size(x, style.text.size)?;
        x.val("w:lang", language)?;
        x.close("w:rPr")?;
        x.close("w:rPrDefault")?;
        x.open("w:pPrDefault", &[])?;
        x.open("w:pPr", &[])?;
        x.empty("w:widowControl", &[])?;
        x.empty(
            "w:spacing",
            &[("w:after", "0"), ("w:line", "240"), ("w:lineRule", "auto")],
        )?;
        x.close("w:pPr")?;
        x.close("w:pPrDefault")?;
        x.close("w:docDefaults")?;
        x.open(
            "w:style",
            &[
                ("w:type", "paragraph"),
                ("w:default", "1"),
                ("w:styleId", "Normal"),
            ],
        )?;
        x.val("w:name", "Normal")?;
        x.empty("w:qFormat", &[])?;
        x.close("w:style")?;
        let kinds = [
            (id::GRIF, "Grif", style.grif, style.grif_indent),
            (id::TITLE, "Plan Title", style.title, 0),
            (id::HEADER, "Table Header", style.header, 0),
            (id::CELL, "Table Text", style.cell_text, 0),
            (id::HEADING, "Notes Heading", style.heading, 0),
            (id::NOTES, "Notes", style.notes, 0),
        ];
        for (id, name, look, indent) in kinds {
            paragraph_style(x, id, name, look, indent)?;
        }
        if let Some(n) = style.page_number {
            paragraph_style(x, id::PAGE_NUMBER, "Page Number", n.look, 0)?;
        }
        x.close("w:styles")
    })
}

fn size<O: std::io::Write>(x: &mut Xml<O>, half_points: u32) -> std::io::Result<()> {
    let v = half_points.to_string();
    x.val("w:sz", &v)?;
    x.val("w:szCs", &v)
}

fn paragraph_style<O: std::io::Write>(
    x: &mut Xml<O>,
    id: &str,
    name: &str,
    look: Look,
    indent: Twips,
) -> std::io::Result<()> {
    x.open("w:style", &[("w:type", "paragraph"), ("w:styleId", id)])?;
    x.val("w:name", name)?;
    x.val("w:basedOn", "Normal")?;
    x.empty("w:qFormat", &[])?;
    x.open("w:pPr", &[])?;
    if indent > 0 {
        x.empty("w:ind", &[("w:left", &indent.to_string())])?;
    }
    x.val(
        "w:jc",
        match look.align {
            Align::Left => "left",
            Align::Center => "center",
        },
    )?;
    x.close("w:pPr")?;
    x.open("w:rPr", &[])?;
    if look.bold {
        x.empty("w:b", &[])?;
    }
    if look.italic {
        x.empty("w:i", &[])?;
    }
    size(x, look.size)?;
    x.close("w:rPr")?;
    x.close("w:style")
}

/// `numbering.xml`: the one list, a bullet with its text hanging as the layout hangs it.
pub fn numbering(style: &Style) -> Vec<u8> {
    let hang = style.bullet.hang.to_string();
    part(|x: &mut Xml<_>| {
        x.open("w:numbering", &[("xmlns:w", W)])?;
        x.open("w:abstractNum", &[("w:abstractNumId", "0")])?;
        x.val("w:multiLevelType", "singleLevel")?;
        x.open("w:lvl", &[("w:ilvl", "0")])?;
        x.val("w:start", "1")?;
        x.val("w:numFmt", "bullet")?;
        x.val("w:lvlText", style.bullet.text)?;
        x.val("w:lvlJc", "left")?;
        x.open("w:pPr", &[])?;
        x.empty("w:ind", &[("w:left", &hang), ("w:hanging", &hang)])?;
        x.close("w:pPr")?;
        x.close("w:lvl")?;
        x.close("w:abstractNum")?;
        x.open("w:num", &[("w:numId", super::runs::BULLETS)])?;
        x.val("w:abstractNumId", "0")?;
        x.close("w:num")?;
        x.close("w:numbering")
    })
}

/// A header or footer: the page number as a PAGE field (Word and LibreOffice fill it in on
/// every page), or nothing (the first page's, when numbers start on page 2).
pub fn margin_part(place: Place, number: bool) -> Vec<u8> {
    let root = match place {
        Place::Header => "w:hdr",
        Place::Footer => "w:ftr",
    };
    part(|x: &mut Xml<_>| {
        x.open(root, &[("xmlns:w", W)])?;
        x.open("w:p", &[])?;
        x.open("w:pPr", &[])?;
        x.val("w:pStyle", id::PAGE_NUMBER)?;
        x.close("w:pPr")?;
        if number {
            let field = |x: &mut Xml<_>, kind: &str| {
                x.open("w:r", &[])?;
                x.empty("w:fldChar", &[("w:fldCharType", kind)])?;
                x.close("w:r")
            };
            field(x, "begin")?;
            x.open("w:r", &[])?;
            x.leaf("w:instrText", &[("xml:space", "preserve")], " PAGE ")?;
            x.close("w:r")?;
            field(x, "separate")?;
            x.open("w:r", &[])?;
            x.leaf("w:t", &[], "1")?;
            x.close("w:r")?;
            field(x, "end")?;
        }
        x.close("w:p")?;
        x.close(root)
    })
}

/// The header or footer parts of a package: their names and relationship ids.
#[derive(Clone, Debug, Default)]
pub struct Margins {
    /// (part name under word/, relationship id, content type suffix).
    pub parts: Vec<(String, String, &'static str)>,
}

const CT_MAIN: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml";

/// `[Content_Types].xml`.
pub fn content_types(margins: &Margins) -> Vec<u8> {
    part(|x: &mut Xml<_>| {
        x.open(
            "Types",
            &[(
                "xmlns",
                "http://schemas.openxmlformats.org/package/2006/content-types",
            )],
        )?;
        x.empty(
            "Default",
            &[
                ("Extension", "rels"),
                (
                    "ContentType",
                    "application/vnd.openxmlformats-package.relationships+xml",
                ),
            ],
        )?;
        x.empty(
            "Default",
            &[("Extension", "xml"), ("ContentType", "application/xml")],
        )?;
        let mut overrides: Vec<(String, String)> = [
            ("/word/document.xml", "document.main+xml"),
            ("/word/styles.xml", "styles+xml"),
            ("/word/settings.xml", "settings+xml"),
            ("/word/fontTable.xml", "fontTable+xml"),
            ("/word/numbering.xml", "numbering+xml"),
        ]
        .iter()
        .map(|(p, t)| (p.to_string(), format!("{CT_MAIN}.{t}")))
        .collect();
        for (name, _, kind) in &margins.parts {
            overrides.push((format!("/word/{name}"), format!("{CT_MAIN}.{kind}+xml")));
        }
        overrides.push((
            "/docProps/core.xml".into(),
            "application/vnd.openxmlformats-package.core-properties+xml".into(),
        ));
        overrides.push((
            "/docProps/app.xml".into(),
            "application/vnd.openxmlformats-officedocument.extended-properties+xml".into(),
        ));
        for (name, kind) in &overrides {
            x.empty("Override", &[("PartName", name), ("ContentType", kind)])?;
        }
        x.close("Types")
    })
}

const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// `_rels/.rels`: the document and its properties.
pub fn package_rels() -> Vec<u8> {
    relationships(&[
        ("rId1", format!("{REL}/officeDocument"), "word/document.xml"),
        (
            "rId2",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                .into(),
            "docProps/core.xml",
        ),
        (
            "rId3",
            format!("{REL}/extended-properties"),
            "docProps/app.xml",
        ),
    ])
}

/// `word/_rels/document.xml.rels`: what the document refers to.
pub fn document_rels(margins: &Margins) -> Vec<u8> {
    let mut rels: Vec<(&str, String, &str)> = vec![
        ("rId1", format!("{REL}/styles"), "styles.xml"),
        ("rId2", format!("{REL}/settings"), "settings.xml"),
        ("rId3", format!("{REL}/fontTable"), "fontTable.xml"),
        ("rId4", format!("{REL}/numbering"), "numbering.xml"),
    ];
    for (name, id, kind) in &margins.parts {
        rels.push((id, format!("{REL}/{kind}"), name));
    }
    relationships(&rels)
}

fn relationships(rels: &[(&str, String, &str)]) -> Vec<u8> {
    part(|x: &mut Xml<_>| {
        x.open(
            "Relationships",
            &[(
                "xmlns",
                "http://schemas.openxmlformats.org/package/2006/relationships",
            )],
        )?;
        for (id, kind, target) in rels {
            x.empty(
                "Relationship",
                &[("Id", id), ("Type", kind), ("Target", target)],
            )?;
        }
        x.close("Relationships")
    })
}

/// The namespaces of `word/document.xml`'s root.
pub const DOCUMENT_NS: [(&str, &str); 2] = [("xmlns:w", W), ("xmlns:r", R)];
