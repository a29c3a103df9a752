//! What a paragraph's style and list numbering mean: bold and centring inherited from styles
//! (python-docx's "List Bullet", a "Heading"), and the label Word draws for a numbered list
//! («1)», «а.») or the bullet it draws, which are not in the paragraph's text.

use super::error::ImportError;
use super::xml::{El, Ev, Ns, Xml};
use std::collections::HashMap;

#[derive(Default)]
struct StyleDef {
    based_on: Option<String>,
    bold: Option<bool>,
    centered: Option<bool>,
    num: Option<NumRef>,
}

/// A list reference: numbering instance and level.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NumRef {
    pub id: String,
    pub level: usize,
}

#[derive(Clone, Debug)]
struct Level {
    format: String,
    text: String,
    start: u32,
}

/// How a list paragraph is marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListMark {
    Bullet,
    /// The label Word draws before the text, e.g. «1)».
    Numbered(String),
}

#[derive(Default)]
pub struct Styles {
    styles: HashMap<String, StyleDef>,
    default_paragraph: Option<String>,
    /// numId → abstractNumId and start overrides per level.
    nums: HashMap<String, (String, HashMap<usize, u32>)>,
    abstracts: HashMap<String, HashMap<usize, Level>>,
}

/// The running counts of numbered lists, per numbering instance and level.
#[derive(Default)]
pub struct Counters(HashMap<String, [u32; 9]>);

/// Style chains are short; a longer one is a loop.
const MAX_CHAIN: usize = 32;

impl Styles {
    pub fn parse(styles: Option<&[u8]>, numbering: Option<&[u8]>) -> Result<Styles, ImportError> {
        let mut s = Styles::default();
        if let Some(bytes) = styles {
            s.read_styles(bytes)?;
        }
        if let Some(bytes) = numbering {
            s.read_numbering(bytes)?;
        }
        Ok(s)
    }

    fn read_styles(&mut self, bytes: &[u8]) -> Result<(), ImportError> {
        let mut x = Xml::new(bytes, "word/styles.xml");
        let mut current: Option<(String, StyleDef)> = None;
        let mut in_ppr = false;
        let mut in_rpr = false;
        loop {
            match x.next()? {
                Ev::Eof => break,
                Ev::Start(e) if e.is(Ns::W, "pPr") => in_ppr = true,
                Ev::Start(e) if e.is(Ns::W, "rPr") => in_rpr = true,
                Ev::Start(e) | Ev::Empty(e) if e.ns == Ns::W => match e.name.as_str() {
                    "style" => {
                        let id = e.attr("styleId").unwrap_or_default().to_string();
                        if e.attr("type") == Some("paragraph") && e.attr("default") == Some("1") {
                            self.default_paragraph = Some(id.clone());
                        }
                        current = Some((id, StyleDef::default()));
                    }
                    _ => {
                        if let Some((_, def)) = current.as_mut() {
                            style_property(def, &e, in_ppr, in_rpr);
                        }
                    }
                },
                Ev::End { ns: Ns::W, name } => match name.as_str() {
                    "style" => {
                        if let Some((id, def)) = current.take() {
                            self.styles.insert(id, def);
                        }
                    }
                    "pPr" => in_ppr = false,
                    "rPr" => in_rpr = false,
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(())
    }

    fn read_numbering(&mut self, bytes: &[u8]) -> Result<(), ImportError> {
        let mut x = Xml::new(bytes, "word/numbering.xml");
        let mut abstract_id: Option<String> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut num: Option<(String, String, HashMap<usize, u32>)> = None;
        let mut override_level = 0usize;
        loop {
            match x.next()? {
                Ev::Eof => break,
                Ev::Start(e) | Ev::Empty(e) if e.ns == Ns::W => match e.name.as_str() {
                    "abstractNum" => abstract_id = e.attr("abstractNumId").map(str::to_string),
                    "lvl" if abstract_id.is_some() => {
                        let ilvl = e.attr("ilvl").and_then(|v| v.parse().ok()).unwrap_or(0);
                        level = Some((
                            ilvl,
                            Level {
                                format: "decimal".into(),
                                text: String::new(),
                                start: 1,
                            },
                        ));
                    }
                    "numFmt" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.format = e.attr("val").unwrap_or("decimal").to_string();
                        }
                    }
                    "lvlText" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.text = e.attr("val").unwrap_or_default().to_string();
                        }
                    }
                    "start" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.start = e.attr("val").and_then(|v| v.parse().ok()).unwrap_or(1);
                        }
                    }
                    "num" => {
                        let id = e.attr("numId").unwrap_or_default().to_string();
                        num = Some((id, String::new(), HashMap::new()));
                    }
                    "abstractNumId" => {
                        if let Some(n) = num.as_mut() {
                            n.1 = e.attr("val").unwrap_or_default().to_string();
                        }
                    }
                    "lvlOverride" => {
                        override_level = e.attr("ilvl").and_then(|v| v.parse().ok()).unwrap_or(0)
                    }
                    "startOverride" => {
                        if let (Some(n), Some(v)) =
                            (num.as_mut(), e.attr("val").and_then(|v| v.parse().ok()))
                        {
                            n.2.insert(override_level, v);
                        }
                    }
                    _ => {}
                },
                Ev::End { ns: Ns::W, name } => match name.as_str() {
                    "lvl" => {
                        if let (Some(a), Some((ilvl, l))) = (&abstract_id, level.take()) {
                            self.abstracts.entry(a.clone()).or_default().insert(ilvl, l);
                        }
                    }
                    "abstractNum" => abstract_id = None,
                    "num" => {
                        if let Some((id, a, o)) = num.take() {
                            self.nums.insert(id, (a, o));
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(())
    }

    /// Walks a style and the styles it is based on, returning the first answer of `get`.
    fn inherited<T>(&self, style: Option<&str>, get: impl Fn(&StyleDef) -> Option<T>) -> Option<T> {
        let mut id = style.map(str::to_string);
        for _ in 0..MAX_CHAIN {
            let def = self.styles.get(id.as_deref()?)?;
            if let Some(v) = get(def) {
                return Some(v);
            }
            id = def.based_on.clone();
        }
        None
    }

    /// The paragraph style in force: the named one, or the document's default.
    fn paragraph_style<'s>(&'s self, style: Option<&'s str>) -> Option<&'s str> {
        style.or(self.default_paragraph.as_deref())
    }

    pub fn bold(&self, style: Option<&str>) -> bool {
        self.inherited(style, |d| d.bold).unwrap_or(false)
    }

    pub fn paragraph_bold(&self, style: Option<&str>) -> bool {
        self.bold(self.paragraph_style(style))
    }

    pub fn paragraph_centered(&self, style: Option<&str>) -> bool {
        self.inherited(self.paragraph_style(style), |d| d.centered)
            .unwrap_or(false)
    }

    pub fn paragraph_list(&self, style: Option<&str>) -> Option<NumRef> {
        self.inherited(self.paragraph_style(style), |d| d.num.clone())
    }

    /// The mark of a list paragraph, counting it: bullets, or the label of a numbered list.
    pub fn mark(&self, counters: &mut Counters, num: &NumRef) -> Option<ListMark> {
        // numId 0 means "no list" (it switches off a list a style would give).
        let (abstract_id, overrides) = self.nums.get(&num.id)?;
        let levels = self.abstracts.get(abstract_id)?;
        let level = levels.get(&num.level)?;
        match level.format.as_str() {
            "bullet" => return Some(ListMark::Bullet),
            "none" => return None,
            _ => {}
        }
        let counts = counters.0.entry(num.id.clone()).or_insert([0; 9]);
        let lvl = num.level.min(8);
        let start = |l: usize| {
            overrides
                .get(&l)
                .copied()
                .or(levels.get(&l).map(|x| x.start))
                .unwrap_or(1)
        };
        counts[lvl] = if counts[lvl] == 0 {
            start(lvl)
        } else {
            counts[lvl].saturating_add(1)
        };
        for deeper in counts.iter_mut().skip(lvl + 1) {
            *deeper = 0;
        }
        let mut label = level.text.clone();
        for (l, &count) in counts.iter().enumerate().take(lvl + 1) {
            let n = if count == 0 { start(l) } else { count };
            let format = levels.get(&l).map_or("decimal", |x| x.format.as_str());
            label = label.replace(&format!("%{}", l + 1), &format_number(n, format));
        }
        Some(ListMark::Numbered(label))
    }
}

fn style_property(def: &mut StyleDef, e: &El, in_ppr: bool, in_rpr: bool) {
    match e.name.as_str() {
        "basedOn" => def.based_on = e.attr("val").map(str::to_string),
        "b" if in_rpr => def.bold = Some(e.on()),
        "jc" if in_ppr && !in_rpr => def.centered = Some(e.attr("val") == Some("center")),
        "numId" if in_ppr => {
            let id = e.attr("val").unwrap_or_default().to_string();
            def.num.get_or_insert_with(NumRef::default).id = id;
        }
        "ilvl" if in_ppr => {
            let level = e.attr("val").and_then(|v| v.parse().ok()).unwrap_or(0);
            def.num.get_or_insert_with(NumRef::default).level = level;
        }
        _ => {}
    }
}

fn format_number(n: u32, format: &str) -> String {
    // Letters and Roman numerals grow with the number: a list that long is written in digits.
    if n > 3999 {
        return n.to_string();
    }
    let letter = |base: u8| {
        let k = (n.max(1) - 1) % 26;
        let times = (n.max(1) - 1) / 26 + 1;
        std::iter::repeat_n((base + k as u8) as char, times as usize).collect()
    };
    match format {
        "lowerLetter" => letter(b'a'),
        "upperLetter" => letter(b'A'),
        "lowerRoman" => roman(n).to_lowercase(),
        "upperRoman" => roman(n),
        "decimalZero" => format!("{n:02}"),
        "russianLower" => cyrillic(n, "абвгдежзиклмнопрстуфхцчшщэюя"),
        "russianUpper" => cyrillic(n, "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"),
        _ => n.to_string(),
    }
}

fn cyrillic(n: u32, letters: &str) -> String {
    let letters: Vec<char> = letters.chars().collect();
    let k = (n.max(1) - 1) as usize;
    std::iter::repeat_n(letters[k % letters.len()], k / letters.len() + 1).collect()
}

fn roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in TABLE {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

    #[test]
    fn numbered_labels_count_and_reset() {
        let numbering = format!(
            r#"<w:numbering {W}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="8"/></w:num></w:numbering>"#
        );
        let s = Styles::parse(None, Some(numbering.as_bytes())).unwrap();
        let mut c = Counters::default();
        let r = |id: &str, level| NumRef {
            id: id.into(),
            level,
        };
        let labels: Vec<_> = [r("3", 0), r("3", 1), r("3", 1), r("3", 0), r("3", 1)]
            .iter()
            .map(|n| s.mark(&mut c, n).unwrap())
            .collect();
        let n = |s: &str| ListMark::Numbered(s.into());
        assert_eq!(labels, [n("1)"), n("1.a."), n("1.b."), n("2)"), n("2.a.")]);
        assert_eq!(s.mark(&mut c, &r("4", 0)), Some(ListMark::Bullet));
        assert_eq!(s.mark(&mut c, &r("0", 0)), None);
    }

    #[test]
    fn styles_inherit_bold_and_lists() {
        let styles = format!(
            r#"<w:styles {W}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="Strong1"><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Child"><w:basedOn w:val="Strong1"/><w:pPr><w:jc w:val="center"/><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>"#
        );
        let s = Styles::parse(Some(styles.as_bytes()), None).unwrap();
        assert!(s.paragraph_bold(Some("Child")));
        assert!(s.paragraph_centered(Some("Child")));
        assert!(!s.paragraph_bold(None));
        assert_eq!(s.paragraph_list(Some("Child")).unwrap().id, "4");
    }
}
