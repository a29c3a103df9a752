//! Reading a Word document's body as the importer needs it: paragraphs (styled runs, list
//! marks, centring) and tables (cells with their column spans, vertical merges and
//! paragraphs), in document order. One streaming pass over word/document.xml; text boxes,
//! nested tables, tracked changes and compatibility fallbacks are folded into that order.

use super::error::ImportError;
use super::package::Package;
use super::wordstyles::{Counters, ListMark, NumRef, Styles};
use super::xml::{El, Ev, Ns, Xml};
use std::path::Path;

/// What the importer reads of one Word file.
#[derive(Clone, Debug, Default)]
pub struct Word {
    pub body: Vec<Block>,
    /// docProps/core.xml's author and docProps/app.xml's company: the organisation, when the
    /// text bears it out (Word fills in whoever made the file).
    pub creator: Option<String>,
    pub company: Option<String>,
    pub language: Option<String>,
}

#[derive(Clone, Debug)]
pub enum Block {
    Para(Para),
    Table(Table),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    pub runs: Vec<Run>,
    pub list: Option<ListMark>,
    pub centered: bool,
    /// Indented from the left by the paragraph itself (`w:ind`): in a cell, the rest of a
    /// bullet cut by a page break is an indented paragraph with no bullet.
    pub indented: bool,
    /// A new page starts in, before or after this paragraph (a page or section break).
    pub page_break: bool,
}

/// A run of text in one style. `\n` stands for a line break, `\t` for a tab.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Run {
    pub text: String,
    pub bold: bool,
    pub italic: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    pub rows: Vec<Row>,
}

#[derive(Clone, Debug, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// Grid columns left empty before the first cell (`w:gridBefore`).
    pub grid_before: usize,
    /// Marked as the header row that repeats on each page.
    pub header: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub span: usize,
    pub merge: Merge,
    pub paras: Vec<Para>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merge {
    None,
    /// The first cell of a vertical merge.
    Restart,
    /// Covered by the cell above.
    Continue,
}

impl Para {
    pub fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }

    pub fn is_blank(&self) -> bool {
        self.list.is_none() && self.runs.iter().all(|r| r.text.trim().is_empty())
    }

    pub fn all_bold(&self) -> bool {
        let mut visible = self.runs.iter().filter(|r| !r.text.trim().is_empty());
        visible.clone().next().is_some() && visible.all(|r| r.bold)
    }
}

pub fn read(path: &Path) -> Result<Word, ImportError> {
    read_package(Package::open(path)?)
}

fn read_package(mut pkg: Package) -> Result<Word, ImportError> {
    let main = main_part(&mut pkg)?;
    let document = pkg.part(&main)?.ok_or(ImportError::NotWord)?;
    let rels = related_parts(&mut pkg, &main)?;
    let styles = match &rels.styles {
        Some(p) => pkg.part(p)?,
        None => None,
    };
    let numbering = match &rels.numbering {
        Some(p) => pkg.part(p)?,
        None => None,
    };
    let styles = Styles::parse(styles.as_deref(), numbering.as_deref())?;
    let body = Body::new(&document, &main, &styles).read()?;
    let core = match pkg.part("docProps/core.xml")? {
        Some(bytes) => properties(&bytes, "docProps/core.xml", &["creator", "language"])?,
        None => vec![None, None],
    };
    let app = match pkg.part("docProps/app.xml")? {
        Some(bytes) => properties(&bytes, "docProps/app.xml", &["Company"])?,
        None => vec![None],
    };
    Ok(Word {
        body,
        creator: core[0].clone(),
        language: core[1].clone(),
        company: app[0].clone(),
    })
}

/// The main document part named by the package relationships (word/document.xml as a rule).
fn main_part(pkg: &mut Package) -> Result<String, ImportError> {
    if let Some(rels) = pkg.part("_rels/.rels")? {
        for (kind, target) in relationships(&rels, "_rels/.rels")? {
            if kind.ends_with("/officeDocument") {
                return Ok(target.trim_start_matches('/').to_string());
            }
        }
    }
    if pkg.has("word/document.xml") {
        Ok("word/document.xml".into())
    } else {
        Err(ImportError::NotWord)
    }
}

#[derive(Default)]
struct Related {
    styles: Option<String>,
    numbering: Option<String>,
}

fn related_parts(pkg: &mut Package, main: &str) -> Result<Related, ImportError> {
    let (dir, file) = main.rsplit_once('/').unwrap_or(("", main));
    let rels_name = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let mut found = Related::default();
    let Some(rels) = pkg.part(&rels_name)? else {
        return Ok(found);
    };
    for (kind, target) in relationships(&rels, &rels_name)? {
        let path = match target.strip_prefix('/') {
            Some(abs) => abs.to_string(),
            None if dir.is_empty() => target.clone(),
            None => format!("{dir}/{target}"),
        };
        if kind.ends_with("/styles") {
            found.styles = Some(path);
        } else if kind.ends_with("/numbering") {
            found.numbering = Some(path);
        }
    }
    Ok(found)
}

fn relationships(bytes: &[u8], part: &str) -> Result<Vec<(String, String)>, ImportError> {
    let mut x = Xml::new(bytes, part);
    let mut out = Vec::new();
    loop {
        match x.next()? {
            Ev::Eof => return Ok(out),
            Ev::Start(e) | Ev::Empty(e) if e.name == "Relationship" => {
                if let (Some(t), Some(target)) = (e.attr("Type"), e.attr("Target")) {
                    out.push((t.to_string(), target.to_string()));
                }
            }
            _ => {}
        }
    }
}

/// The text of the document property elements `names` (by local name).
fn properties(
    bytes: &[u8],
    part: &str,
    names: &[&str],
) -> Result<Vec<Option<String>>, ImportError> {
    let mut x = Xml::new(bytes, part);
    let mut found = vec![None; names.len()];
    let mut field: Option<String> = None;
    let mut text = String::new();
    loop {
        match x.next()? {
            Ev::Eof => return Ok(found),
            Ev::Start(e) => {
                field = Some(e.name);
                text.clear();
            }
            Ev::Text(t) => text.push_str(&t),
            Ev::End { name, .. } => {
                if field.take().as_deref() == Some(name.as_str())
                    && let Some(i) = names.iter().position(|n| *n == name)
                {
                    found[i] = Some(text.trim().to_string()).filter(|t| !t.is_empty());
                }
            }
            _ => {}
        }
    }
}

/// An open paragraph: its runs so far and the properties that decide its look.
#[derive(Default)]
struct OpenPara {
    para: Para,
    style: Option<String>,
    num: Option<NumRef>,
    centered: Option<bool>,
    in_ppr: bool,
    in_mark_rpr: bool,
    /// Paragraphs of text boxes anchored in this one, shown before it.
    boxed: Vec<Para>,
    /// The run a text box's paragraph interrupted, resumed when it ends.
    host_run: Option<OpenRun>,
}

#[derive(Default)]
struct OpenRun {
    text: String,
    page_break: bool,
    bold: Option<bool>,
    italic: Option<bool>,
    style: Option<String>,
    in_rpr: bool,
}

#[derive(Default)]
struct OpenTable {
    table: Table,
    row: Option<Row>,
    row_deleted: bool,
    cell: Option<Cell>,
    in_trpr: bool,
    in_tcpr: bool,
}

struct Body<'a> {
    x: Xml<'a>,
    styles: &'a Styles,
    counters: Counters,
    blocks: Vec<Block>,
    tables: Vec<OpenTable>,
    /// Tables inside a cell or a text box: their text joins the enclosing cell or paragraph.
    nested: usize,
    paras: Vec<OpenPara>,
    run: Option<OpenRun>,
    in_text: bool,
}

impl<'a> Body<'a> {
    fn new(bytes: &'a [u8], part: &'a str, styles: &'a Styles) -> Body<'a> {
        Body {
            x: Xml::new(bytes, part),
            styles,
            counters: Counters::default(),
            blocks: Vec::new(),
            tables: Vec::new(),
            nested: 0,
            paras: Vec::new(),
            run: None,
            in_text: false,
        }
    }

    fn read(mut self) -> Result<Vec<Block>, ImportError> {
        loop {
            match self.x.next()? {
                Ev::Eof => break,
                Ev::Start(e) => self.start(e)?,
                Ev::Empty(e) => self.empty(&e),
                Ev::End { ns, name } => self.end(ns, &name),
                Ev::Text(t) => {
                    if self.in_text
                        && let Some(run) = self.run.as_mut()
                    {
                        push_typed(&mut run.text, &t);
                    }
                }
            }
        }
        Ok(self.blocks)
    }

    fn start(&mut self, e: El) -> Result<(), ImportError> {
        match e.ns {
            // Fallbacks repeat what their `mc:Choice` holds (a text box drawn the old way).
            Ns::Mc if e.name == "Fallback" => return self.x.skip(),
            Ns::W => {}
            _ => return Ok(()),
        }
        match e.name.as_str() {
            // Deleted text of tracked changes is not the document's text.
            "del" | "moveFrom" if self.run.is_none() && !self.in_properties() => {
                return self.x.skip();
            }
            "p" => {
                let host_run = self.run.take();
                self.paras.push(OpenPara {
                    host_run,
                    ..OpenPara::default()
                });
            }
            "pPr" => self.with_para(|p| p.in_ppr = true),
            "rPr" => {
                if let Some(r) = self.run.as_mut() {
                    r.in_rpr = true;
                } else {
                    self.with_para(|p| p.in_mark_rpr = p.in_ppr);
                }
            }
            "r" => self.run = Some(OpenRun::default()),
            "t" => self.in_text = self.run.is_some(),
            "tbl" => {
                if self.cell_open() || !self.paras.is_empty() || self.nested > 0 {
                    self.nested += 1;
                } else {
                    self.tables.push(OpenTable::default());
                }
            }
            "tr" if self.nested == 0 => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = Some(Row::default());
                    t.row_deleted = false;
                }
            }
            "trPr" if self.nested == 0 => self.with_table(|t| t.in_trpr = true),
            "tc" if self.nested == 0 => {
                if let Some(t) = self.tables.last_mut() {
                    t.cell = Some(Cell {
                        span: 1,
                        merge: Merge::None,
                        paras: Vec::new(),
                    });
                }
            }
            "tcPr" if self.nested == 0 => self.with_table(|t| t.in_tcpr = true),
            _ => self.empty(&e),
        }
        Ok(())
    }

    fn in_properties(&self) -> bool {
        self.tables.last().is_some_and(|t| t.in_trpr || t.in_tcpr)
    }

    /// Elements that matter by their attributes only (also the start tags of ones with
    /// content, such as `w:numPr`'s children).
    fn empty(&mut self, e: &El) {
        if e.ns != Ns::W {
            return;
        }
        if let Some(run) = self.run.as_mut() {
            run_property(run, e);
            return;
        }
        if let Some(t) = self.tables.last_mut()
            && self.nested == 0
        {
            if t.in_trpr {
                return row_property(t, e);
            }
            if t.in_tcpr {
                return cell_property(t, e);
            }
        }
        if let Some(p) = self.paras.last_mut()
            && p.in_ppr
            && !p.in_mark_rpr
        {
            paragraph_property(p, e);
        }
    }

    fn end(&mut self, ns: Ns, name: &str) {
        if ns != Ns::W {
            return;
        }
        match name {
            "t" => self.in_text = false,
            "rPr" => {
                if let Some(r) = self.run.as_mut() {
                    r.in_rpr = false;
                } else {
                    self.with_para(|p| p.in_mark_rpr = false);
                }
            }
            "pPr" => self.with_para(|p| p.in_ppr = false),
            "r" => self.end_run(),
            "p" => self.end_paragraph(),
            "trPr" if self.nested == 0 => self.with_table(|t| t.in_trpr = false),
            "tcPr" if self.nested == 0 => self.with_table(|t| t.in_tcpr = false),
            "tc" if self.nested == 0 => self.end_cell(),
            "tr" if self.nested == 0 => {
                if let Some(t) = self.tables.last_mut()
                    && let Some(row) = t.row.take()
                    && !t.row_deleted
                {
                    t.table.rows.push(row);
                }
            }
            "tbl" => {
                if self.nested > 0 {
                    self.nested -= 1;
                } else if let Some(t) = self.tables.pop() {
                    self.blocks.push(Block::Table(t.table));
                }
            }
            _ => {}
        }
    }

    fn end_run(&mut self) {
        let Some(run) = self.run.take() else {
            return;
        };
        let Some(p) = self.paras.last_mut() else {
            return;
        };
        let styles = self.styles;
        let bold = run
            .bold
            .or_else(|| run.style.as_deref().map(|s| styles.bold(Some(s))))
            .filter(|b| *b)
            .unwrap_or_else(|| styles.paragraph_bold(p.style.as_deref()));
        let italic = run.italic.unwrap_or(false);
        p.para.page_break |= run.page_break;
        if run.text.is_empty() {
            return;
        }
        match p.para.runs.last_mut() {
            Some(last) if last.bold == bold && last.italic == italic => {
                last.text.push_str(&run.text)
            }
            _ => p.para.runs.push(Run {
                text: run.text,
                bold,
                italic,
            }),
        }
    }

    fn end_paragraph(&mut self) {
        let Some(mut open) = self.paras.pop() else {
            return;
        };
        let styles = self.styles;
        let num = open
            .num
            .clone()
            .or_else(|| styles.paragraph_list(open.style.as_deref()));
        open.para.list = num.and_then(|n| styles.mark(&mut self.counters, &n));
        open.para.centered = open
            .centered
            .unwrap_or_else(|| styles.paragraph_centered(open.style.as_deref()));
        self.run = open.host_run.take();
        let mut out = std::mem::take(&mut open.boxed);
        out.push(open.para);
        for para in out {
            self.place(para);
        }
    }

    /// A finished paragraph goes into the text box's host paragraph, the open cell, or the body.
    fn place(&mut self, para: Para) {
        if let Some(host) = self.paras.last_mut() {
            host.boxed.push(para);
        } else if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            cell.paras.push(para);
        } else {
            self.blocks.push(Block::Para(para));
        }
    }

    fn end_cell(&mut self) {
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let (Some(mut cell), Some(row)) = (t.cell.take(), t.row.as_mut()) else {
            return;
        };
        match row.cells.last_mut() {
            // `w:hMerge` continuing: the cell before takes this grid column too.
            Some(before) if cell.span == 0 => {
                before.span += 1;
                before.paras.append(&mut cell.paras);
            }
            _ => {
                cell.span = cell.span.max(1);
                row.cells.push(cell);
            }
        }
    }

    fn cell_open(&self) -> bool {
        self.tables.last().is_some_and(|t| t.cell.is_some())
    }

    fn with_para(&mut self, f: impl FnOnce(&mut OpenPara)) {
        if let Some(p) = self.paras.last_mut() {
            f(p);
        }
    }

    fn with_table(&mut self, f: impl FnOnce(&mut OpenTable)) {
        if let Some(t) = self.tables.last_mut() {
            f(t);
        }
    }
}

fn run_property(run: &mut OpenRun, e: &El) {
    if run.in_rpr {
        match e.name.as_str() {
            "b" => run.bold = Some(e.on()),
            "i" => run.italic = Some(e.on()),
            "rStyle" => run.style = e.attr("val").map(str::to_string),
            _ => {}
        }
        return;
    }
    match e.name.as_str() {
        "tab" => run.text.push('\t'),
        "br" | "cr" => {
            run.text.push('\n');
            run.page_break |= e.attr("type") == Some("page");
        }
        "noBreakHyphen" => run.text.push('-'),
        _ => {}
    }
}

fn paragraph_property(p: &mut OpenPara, e: &El) {
    match e.name.as_str() {
        "pStyle" => p.style = e.attr("val").map(str::to_string),
        "jc" => p.centered = Some(e.attr("val") == Some("center")),
        "ind" => {
            let left = e.attr("left").or(e.attr("start"));
            p.para.indented = left
                .and_then(|v| v.parse::<i64>().ok())
                .is_some_and(|v| v > 0);
        }
        "pageBreakBefore" => p.para.page_break |= e.on(),
        "sectPr" => p.para.page_break = true,
        "numId" => {
            let id = e.attr("val").unwrap_or_default().to_string();
            p.num.get_or_insert_with(NumRef::default).id = id;
        }
        "ilvl" => {
            let level = e.attr("val").and_then(|v| v.parse().ok()).unwrap_or(0);
            p.num.get_or_insert_with(NumRef::default).level = level;
        }
        _ => {}
    }
}

fn row_property(t: &mut OpenTable, e: &El) {
    let Some(row) = t.row.as_mut() else {
        return;
    };
    match e.name.as_str() {
        "tblHeader" => row.header = e.on(),
        "gridBefore" => row.grid_before = e.attr("val").and_then(|v| v.parse().ok()).unwrap_or(0),
        "del" => t.row_deleted = true,
        _ => {}
    }
}

fn cell_property(t: &mut OpenTable, e: &El) {
    let Some(cell) = t.cell.as_mut() else {
        return;
    };
    match e.name.as_str() {
        "gridSpan" => {
            cell.span = e
                .attr("val")
                .and_then(|v| v.parse().ok())
                .unwrap_or(1)
                .clamp(1, 64)
        }
        "vMerge" => {
            cell.merge = match e.attr("val") {
                Some("restart") => Merge::Restart,
                _ => Merge::Continue,
            }
        }
        // The old horizontal merge: a continuing cell widens the one before it.
        "hMerge" if e.attr("val") != Some("restart") => {
            cell.span = 0;
        }
        _ => {}
    }
}

/// Text as its author typed it: the no-break spaces, non-breaking hyphens, word joiners and
/// soft hyphens that typography adds (qujat's own DOCX has them where a line must not break)
/// are not part of the words, and qujat adds them again where they belong.
fn push_typed(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '\u{a0}' | '\u{202f}' => out.push(' '),
            '\u{2011}' => out.push('-'),
            '\u{2060}' | '\u{ad}' | '\u{200b}' | '\u{feff}' => {}
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    fn body(inner: &str) -> Vec<Block> {
        let xml = format!("<w:document {W}><w:body>{inner}</w:body></w:document>");
        let styles = Styles::default();
        Body::new(xml.as_bytes(), "word/document.xml", &styles)
            .read()
            .unwrap()
    }

    fn para(block: &Block) -> &Para {
        match block {
            Block::Para(p) => p,
            Block::Table(_) => panic!("a table"),
        }
    }

    #[test]
    fn runs_breaks_tabs_and_bold() {
        let b = body(
            r#"<w:p><w:r><w:t>Жұ</w:t></w:r><w:r><w:t xml:space="preserve">мыс </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>тобы</w:t></w:r><w:r><w:br/><w:t>а</w:t><w:tab/><w:t>б</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>!</w:t></w:r></w:p>"#,
        );
        let p = para(&b[0]);
        assert_eq!(p.text(), "Жұмыс тобы\nа\tб!");
        assert_eq!(p.runs.len(), 3);
        assert!(p.runs[1].bold && !p.runs[0].bold);
    }

    #[test]
    fn deleted_text_fallbacks_and_field_codes_are_not_text() {
        let b = body(
            r#"<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins><w:r><w:instrText>PAGE</w:instrText></w:r><mc:AlternateContent><mc:Choice><w:r><w:t>A</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>A</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#,
        );
        assert_eq!(para(&b[0]).text(), "newA");
    }

    #[test]
    fn tables_with_spans_merges_and_nested_tables() {
        let b = body(
            r#"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>b</w:t></w:r></w:p><w:p/></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p>"#,
        );
        let Block::Table(t) = &b[0] else {
            panic!("no table")
        };
        assert!(t.rows[0].header);
        assert_eq!(t.rows[0].cells[0].span, 2);
        assert_eq!(t.rows[1].cells[0].merge, Merge::Restart);
        assert_eq!(t.rows[1].cells[1].paras[0].text(), "inner");
        assert_eq!(t.rows[2].cells[0].merge, Merge::Continue);
        assert_eq!(para(&b[1]).text(), "after");
    }

    #[test]
    fn text_box_paragraphs_come_before_their_anchor() {
        let b = body(
            r#"<w:p><w:r><w:t>anchor</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>"#,
        );
        assert_eq!(para(&b[0]).text(), "boxed");
        assert_eq!(para(&b[1]).text(), "anchor");
    }
}
