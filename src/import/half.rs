//! One language's document as read: the front matter, the table's sections, items and rows,
//! and what follows the table (notes, the legend of abbreviations). A file may hold one
//! language or both one after the other (seed vakr-schedule-2026.ru-kk): it is split into
//! halves at the grif that starts the second document.

use super::columns::{self, Columns};
use super::docx_reader::{Block, Para, Run, Word};
use super::error::ImportError;
use super::grif::{self, Front};
use super::markdown::{self, Styling};
use super::synth::norm;
use super::table::Grid;
use super::units;
use crate::lang::Lang;
use crate::locale::Locale;
use crate::template::{Field, Template};
use fluent_bundle::FluentArgs;

/// Letters that Kazakh has and Russian does not.
const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

#[derive(Clone, Debug)]
pub struct Half {
    pub lang: Lang,
    /// The file, and which part of it: for messages.
    pub origin: String,
    pub front: Front,
    pub columns: Columns,
    pub sections: Vec<Section>,
    pub notes: Vec<String>,
    /// (short, full) as the legend writes them, in its order.
    pub legend: Vec<(String, String)>,
    /// The organisation's name from the file's properties, when the text uses it.
    pub known_org: Vec<String>,
    /// What reading noticed and could not place.
    pub remarks: Vec<crate::message::Message>,
}

#[derive(Clone, Debug)]
pub struct Section {
    /// Table row of the section heading; 0 when the table has none before its first item.
    pub row: usize,
    pub title: Option<String>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug)]
pub struct Item {
    pub row: usize,
    pub text: Option<String>,
    pub result: Option<String>,
    pub parts: Vec<Part>,
}

/// One row of an item (a step, or the item's own deadline): in a schedule a row's cell may
/// hold several sub-items («1) …», «2) …»), each a step.
#[derive(Clone, Debug)]
pub struct Part {
    pub row: usize,
    pub subs: Vec<String>,
    /// The deadline's words, and the cell as plan text (for a deadline kept as text).
    pub deadline: String,
    pub deadline_text: String,
    pub responsible: Vec<String>,
    pub responsible_raw: String,
}

/// Splits a Word file into one document per language and reads each.
pub fn read_all(word: &Word, name: &str, forced: Option<&str>) -> Result<Vec<Half>, ImportError> {
    let ranges = split(&word.body);
    if ranges.is_empty() {
        return Err(ImportError::NoTable);
    }
    let many = ranges.len() > 1;
    ranges
        .into_iter()
        .enumerate()
        .map(|(i, (blocks, tables))| {
            let origin = if many {
                format!("{name} (part {})", i + 1)
            } else {
                name.to_string()
            };
            read_half(&word.body[blocks], &tables, word, origin, forced)
        })
        .collect()
}

type Range = std::ops::Range<usize>;

/// The blocks of each document in the file and, within them, the plan table(s) (indices
/// relative to the range). A second plan table after a grif starts a second document; one
/// without a grif before it continues the first table.
fn split(body: &[Block]) -> Vec<(Range, Vec<usize>)> {
    let plan_tables: Vec<usize> = body
        .iter()
        .enumerate()
        .filter(|(_, b)| matches!(b, Block::Table(t) if is_plan_table(t)))
        .map(|(i, _)| i)
        .collect();
    let mut out: Vec<(Range, Vec<usize>)> = Vec::new();
    let mut start = 0;
    let mut tables = Vec::new();
    for (n, &t) in plan_tables.iter().enumerate() {
        if let Some(&prev) = plan_tables.get(n.wrapping_sub(1)).filter(|_| n > 0)
            && let Some(cut) = second_start(body, prev, t)
        {
            out.push((start..cut, std::mem::take(&mut tables)));
            start = cut;
        }
        tables.push(t - start);
    }
    if !tables.is_empty() {
        out.push((start..body.len(), tables));
    }
    out
}

/// Where the second document begins between plan tables `a` and `b`: after the last page
/// break, or else at the first line of the grif (walking back over its lines from the
/// approval word to a blank paragraph).
fn second_start(body: &[Block], a: usize, b: usize) -> Option<usize> {
    let between = a + 1..b;
    let k = between
        .clone()
        .find(|&i| matches!(&body[i], Block::Para(p) if p.text().split('\n').any(grif_word)))?;
    if let Some(i) = (a + 1..k)
        .rev()
        .find(|&i| matches!(&body[i], Block::Para(p) if p.page_break))
    {
        return Some(i + 1);
    }
    let mut s = k;
    while s > a + 1 && matches!(&body[s - 1], Block::Para(p) if !p.is_blank()) {
        s -= 1;
    }
    Some(s)
}

fn grif_word(line: &str) -> bool {
    let letters: String = line
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect::<String>();
    [
        "УТВЕРЖДАЮ",
        "УТВЕРЖДЕН",
        "УТВЕРЖДЕНА",
        "УТВЕРЖДЕНО",
        "УТВЕРЖДЕНЫ",
        "БЕКІТЕМІН",
        "БЕКІТІЛДІ",
        "БЕКІТІЛГЕН",
    ]
    .contains(&letters.as_str())
}

/// Rows of a table searched for its header.
const HEADER_ROWS: usize = 5;

/// Whether one of the table's first rows names a plan's columns. Only those rows are looked
/// at, so a huge table that is not a plan costs nothing.
fn is_plan_table(t: &super::docx_reader::Table) -> bool {
    let head = super::docx_reader::Table {
        rows: t.rows.iter().take(HEADER_ROWS).cloned().collect(),
    };
    header_row(&Grid::new(&head)).is_some()
}

/// The first row (of the first few) that names a plan's columns. A table wider than any plan
/// (more than `MAX_COLUMNS` grid columns) is not one.
pub fn header_row(grid: &Grid) -> Option<usize> {
    if grid.width > super::table::MAX_COLUMNS {
        return None;
    }
    (0..grid.rows.len().min(HEADER_ROWS)).find(|&r| columns::looks_like_header(&headers(grid, r)))
}

fn headers(grid: &Grid, row: usize) -> Vec<String> {
    (0..grid.width)
        .map(|c| markdown::plain(grid.text_at(row, c)))
        .collect()
}

fn read_half(
    blocks: &[Block],
    tables: &[usize],
    word: &Word,
    origin: String,
    forced: Option<&str>,
) -> Result<Half, ImportError> {
    let first = tables[0];
    let last = *tables.last().unwrap_or(&first);
    let front_paras = flatten(&blocks[..first]);
    let after_paras = flatten(&blocks[last + 1..]);
    let mut grid = Grid::default();
    for (n, &t) in tables.iter().enumerate() {
        let Block::Table(table) = &blocks[t] else {
            continue;
        };
        let g = Grid::new(table);
        let skip = if n == 0 {
            0
        } else {
            header_row(&g).map_or(0, |h| h + 1)
        };
        grid.width = grid.width.max(g.width);
        let offset = grid.rows.len();
        for mut row in g.rows.into_iter().skip(skip) {
            for c in row.cells.iter_mut() {
                if let Some((r, _)) = c.covered_by.as_mut() {
                    *r += offset;
                }
            }
            grid.rows.push(row);
        }
    }
    let h = header_row(&grid).ok_or(ImportError::NoTable)?;
    let columns = columns::assign(&headers(&grid, h), forced)?;
    let lang = language(&grid, &front_paras, word);
    let mut remarks = Vec::new();
    let sections = Reader {
        grid: &grid,
        columns: &columns,
        lang,
        remarks: &mut remarks,
    }
    .sections(h + 1);
    let front = grif::read(lang, &front_paras);
    let (notes, legend) = after_table(&after_paras, &mut remarks);
    let known_org: Vec<String> = [&word.company, &word.creator]
        .into_iter()
        .flatten()
        .filter(|c| {
            let c = norm(c);
            c.split_whitespace().count() >= 2
                && (front.title.as_deref().is_some_and(|t| norm(t).contains(&c))
                    || matches!(&front.grif, Some(grif::Grif::Decision { names, .. }) if norm(names).contains(&c)))
        })
        .cloned()
        .collect();
    Ok(Half {
        lang,
        origin,
        front,
        columns,
        sections,
        notes,
        legend,
        known_org,
        remarks,
    })
}

/// Paragraphs of the blocks in reading order; a layout table (the grif in a borderless table)
/// is read cell by cell.
fn flatten(blocks: &[Block]) -> Vec<Para> {
    let mut out = Vec::new();
    for b in blocks {
        match b {
            Block::Para(p) => out.push(p.clone()),
            Block::Table(t) => {
                for row in &t.rows {
                    for cell in &row.cells {
                        out.extend(cell.paras.iter().cloned());
                        out.push(Para::default());
                    }
                }
            }
        }
    }
    out
}

/// Kazakh when a fair share of the table's words has a Kazakh-specific letter; the file's
/// declared language decides a table too short to tell.
fn language(grid: &Grid, front: &[Para], word: &Word) -> Lang {
    let mut words = 0usize;
    let mut kazakh = 0usize;
    let mut count = |text: &str| {
        for w in text.split_whitespace() {
            if w.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
                words += 1;
                if w.chars().any(|c| KAZAKH_LETTERS.contains(c)) {
                    kazakh += 1;
                }
            }
        }
    };
    for row in &grid.rows {
        for cell in &row.cells {
            cell.paras.iter().for_each(|p| count(&p.text()));
        }
    }
    front.iter().for_each(|p| count(&p.text()));
    if words < 20
        && let Some(l) = &word.language
    {
        if l.starts_with("kk") {
            return Lang::Kk;
        }
        if l.starts_with("ru") {
            return Lang::Ru;
        }
    }
    if kazakh * 100 >= words * 4 && kazakh > 0 {
        Lang::Kk
    } else {
        Lang::Ru
    }
}

struct Reader<'a> {
    grid: &'a Grid,
    columns: &'a Columns,
    lang: Lang,
    remarks: &'a mut Vec<crate::message::Message>,
}

/// What a body row is.
#[derive(Debug, PartialEq, Eq)]
enum RowKind {
    Skip,
    Section,
    NewItem,
    SameItem,
    /// The rest of a row or an item after a page break (the continuation mark).
    Continued,
}

/// An item while its rows are read: paragraphs, joined before they become text.
struct Open {
    row: usize,
    text: Vec<Para>,
    result: Vec<Para>,
    parts: Vec<OpenPart>,
}

struct OpenPart {
    row: usize,
    work: Vec<Para>,
    deadline: Vec<Para>,
    responsible: Vec<Para>,
}

impl Reader<'_> {
    fn col(&self, f: Field) -> Option<usize> {
        self.columns.col(f)
    }

    fn sections(&mut self, first_row: usize) -> Vec<Section> {
        let mut sections: Vec<Section> = Vec::new();
        let mut open: Option<Open> = None;
        let header = headers(self.grid, first_row - 1);
        for r in first_row..self.grid.rows.len() {
            let kind = self.kind(r, &header);
            if (matches!(kind, RowKind::Section | RowKind::NewItem)
                || (kind == RowKind::SameItem && open.is_none()))
                && let Some(o) = open.take()
            {
                self.close(o, &mut sections);
            }
            match kind {
                RowKind::Skip => {}
                RowKind::Section => {
                    let number = sections.len() + 1;
                    let title = self.section_title(r, number);
                    sections.push(Section {
                        row: self.grid.rows[r].number,
                        title: Some(title),
                        items: Vec::new(),
                    });
                }
                RowKind::NewItem | RowKind::SameItem if open.is_none() => {
                    open = Some(self.open(r));
                }
                RowKind::NewItem => unreachable!("closed above"),
                RowKind::SameItem => {
                    if let Some(o) = open.as_mut() {
                        self.add_row(o, r);
                    }
                }
                RowKind::Continued => match open.as_mut() {
                    Some(o) => self.continue_item(o, r),
                    None => open = Some(self.open(r)),
                },
            }
        }
        if let Some(o) = open.take() {
            self.close(o, &mut sections);
        }
        sections
    }

    fn own_text(&self, r: usize, c: Option<usize>) -> String {
        match c {
            Some(c) if !self.grid.covered(r, c) => markdown::plain(self.grid.text_at(r, c)),
            _ => String::new(),
        }
    }

    fn kind(&mut self, r: usize, header: &[String]) -> RowKind {
        let g = self.grid;
        let row = &g.rows[r];
        let texts: Vec<String> = (0..g.width)
            .map(|c| markdown::plain(g.text_at(r, c)))
            .collect();
        if texts.iter().all(String::is_empty) && row.cells.iter().all(|c| c.covered_by.is_none()) {
            return RowKind::Skip;
        }
        // A header repeated on a later page, or the row of column numbers «1 2 3 4».
        if norm(&texts.join(" ")) == norm(&header.join(" "))
            || texts
                .iter()
                .enumerate()
                .all(|(i, t)| t.is_empty() || *t == (i + 1).to_string())
        {
            return RowKind::Skip;
        }
        let number = self.own_text(r, self.col(Field::Number));
        if is_continued(&number) || self.opens_with_mark(r) {
            return RowKind::Continued;
        }
        if self.is_section(r) {
            return RowKind::Section;
        }
        match self.col(Field::Number) {
            Some(c) if !g.covered(r, c) && number.chars().any(|ch| ch.is_ascii_digit()) => {
                RowKind::NewItem
            }
            Some(_) => RowKind::SameItem,
            None => {
                let main = self.col(Field::Item).or(self.col(Field::Work));
                match main {
                    Some(c) if !g.blank(r, c) => RowKind::NewItem,
                    _ => RowKind::SameItem,
                }
            }
        }
    }

    /// One cell across the row, or one text in a row whose other cells are empty and not
    /// merged: bold or numbered like a heading, or words in the number column (the seeds put
    /// their headings in the first cell and leave the others empty).
    fn is_section(&self, r: usize) -> bool {
        let g = self.grid;
        let row = &g.rows[r];
        let filled: Vec<&super::table::GridCell> = row
            .cells
            .iter()
            .filter(|c| c.covered_by.is_none() && !c.paras.iter().all(Para::is_blank))
            .collect();
        let [cell] = filled.as_slice() else {
            return false;
        };
        if cell.span >= 2 && cell.span + 1 >= g.width {
            return true;
        }
        let any_covered = row.cells.iter().any(|c| c.covered_by.is_some());
        let in_col = |f: Field| {
            self.col(f)
                .is_some_and(|c| (cell.col..cell.col + cell.span).contains(&c))
        };
        if any_covered || in_col(Field::Deadline) || in_col(Field::Responsible) {
            return false;
        }
        let text = markdown::plain(&cell.paras);
        let words = text.split_whitespace().count();
        if in_col(Field::Number) {
            return words >= 2 && text.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        }
        let bold = cell
            .paras
            .iter()
            .filter(|p| !p.is_blank())
            .all(Para::all_bold);
        let numbered = text
            .split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        bold || numbered
    }

    /// The heading's text without the number qujat's template would print again.
    fn section_title(&mut self, r: usize, number: usize) -> String {
        let cell = self.grid.rows[r]
            .cells
            .iter()
            .find(|c| c.covered_by.is_none() && !c.paras.iter().all(Para::is_blank))
            .map(|c| c.paras.clone())
            .unwrap_or_default();
        let (text, _) = markdown::text(&cell, Styling::Dropped);
        let numbered = Template::builtin(self.columns.template).is_some_and(|t| t.number_sections);
        if !numbered {
            return text;
        }
        let prefix = Locale::get(self.lang).ok().and_then(|l| {
            let mut args = FluentArgs::new();
            args.set("number", number.to_string());
            args.set("title", "\u{E000}");
            let s = l.format("section-title", &args).ok()?;
            s.split_once('\u{E000}').map(|(p, _)| p.to_string())
        });
        if let Some(rest) = prefix.as_deref().and_then(|p| text.strip_prefix(p)) {
            return rest.trim_start().to_string();
        }
        // Another number, or «1)»: still the heading's number, not its words.
        let digits = text.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && text[digits..].starts_with(['.', ')']) {
            let n = &text[..digits];
            if n != number.to_string() {
                self.remarks.push(crate::msg!(
                    "import-section-renumbered",
                    row = self.grid.rows[r].number,
                    written = n,
                    number = number.to_string()
                ));
            }
            return text[digits + 1..].trim_start().to_string();
        }
        text
    }

    /// A cell's paragraphs without the continuation mark qujat puts above the rest of a cell
    /// on a new page.
    fn paras(&self, r: usize, f: Field) -> Vec<Para> {
        match self.col(f) {
            Some(c) => without_mark(self.grid.text_at(r, c)),
            None => Vec::new(),
        }
    }

    /// Whether the row's first text column (the measure, or the work) opens with the
    /// continuation mark: the row goes on with the item above it after a page break.
    fn opens_with_mark(&self, r: usize) -> bool {
        let main = self.col(Field::Item).or(self.col(Field::Work));
        main.is_some_and(|c| {
            !self.grid.covered(r, c)
                && self
                    .grid
                    .text_at(r, c)
                    .iter()
                    .find(|p| !p.is_blank())
                    .is_some_and(|p| is_continued_mark(&p.text()))
        })
    }

    fn part(&self, r: usize) -> OpenPart {
        let work = self.col(Field::Step).map_or(Field::Work, |_| Field::Step);
        OpenPart {
            row: self.grid.rows[r].number,
            work: self.paras(r, work),
            deadline: self.paras(r, Field::Deadline),
            responsible: self.paras(r, Field::Responsible),
        }
    }

    fn open(&self, r: usize) -> Open {
        Open {
            row: self.grid.rows[r].number,
            text: self.paras(r, Field::Item),
            result: self.paras(r, Field::Result),
            parts: vec![self.part(r)],
        }
    }

    fn add_row(&mut self, o: &mut Open, r: usize) {
        for (f, kept) in [(Field::Item, &mut o.text), (Field::Result, &mut o.result)] {
            if let Some(c) = self.col(f)
                && !self.grid.blank(r, c)
            {
                let more = self.grid.text_at(r, c).to_vec();
                if kept.iter().all(Para::is_blank) {
                    *kept = more;
                } else if markdown::plain(kept) != markdown::plain(&more) {
                    self.remarks.push(crate::msg!(
                        "import-text-joined",
                        row = self.grid.rows[r].number
                    ));
                    kept.push(Para::default());
                    kept.extend(more);
                }
            }
        }
        let work = self.col(Field::Step).or(self.col(Field::Work));
        if work.is_some_and(|c| self.grid.covered(r, c)) {
            self.remarks.push(crate::msg!(
                "import-step-merged",
                row = self.grid.rows[r].number
            ));
            return;
        }
        o.parts.push(self.part(r));
    }

    /// A row after a page break that carries the item's number with the continuation mark:
    /// merged cells repeat or go on; the row's own cells either go on with the row cut by the
    /// page break or are the next step. A step always has its text, deadline and responsible,
    /// and a cell shown whole before the break is left empty after it, so a row with one of
    /// the three empty is the rest of the cut row.
    fn continue_item(&mut self, o: &mut Open, r: usize) {
        for (f, kept) in [(Field::Item, &mut o.text), (Field::Result, &mut o.result)] {
            let more = self.paras(r, f);
            if !more.iter().all(Para::is_blank)
                && norm(&markdown::plain(kept)) != norm(&markdown::plain(&more))
            {
                join(kept, more);
            }
        }
        let part = self.part(r);
        let blank = |p: &[Para]| p.iter().all(Para::is_blank);
        let has = |f: Field| self.col(f).is_some();
        let cut = blank(&part.work)
            || (has(Field::Deadline) && blank(&part.deadline))
            || (has(Field::Responsible) && blank(&part.responsible));
        match o.parts.last_mut() {
            Some(last) if cut => {
                join(&mut last.work, part.work);
                join(&mut last.deadline, part.deadline);
                join(&mut last.responsible, part.responsible);
            }
            _ if blank(&part.work) => {}
            _ => o.parts.push(part),
        }
    }

    fn close(&mut self, o: Open, sections: &mut Vec<Section>) {
        if sections.is_empty() {
            sections.push(Section {
                row: 0,
                title: None,
                items: Vec::new(),
            });
        }
        let text = |paras: &[Para]| {
            let (t, _) = markdown::text(paras, Styling::Kept);
            (!t.is_empty()).then_some(t)
        };
        let schedule = self.col(Field::Work).is_some();
        let mut parts: Vec<Part> = o
            .parts
            .iter()
            .map(|p| Part {
                row: p.row,
                subs: if schedule {
                    sub_items(&p.work)
                        .iter()
                        .map(|s| text(s).unwrap_or_default())
                        .collect()
                } else {
                    vec![text(&p.work).unwrap_or_default()]
                },
                deadline: markdown::plain(&p.deadline),
                deadline_text: text(&p.deadline).unwrap_or_default(),
                responsible: units::split(&p.responsible),
                responsible_raw: markdown::plain(&p.responsible),
            })
            .collect();
        let mut item_text = text(&o.text);
        // A schedule item's own row: its text, with no deadline or responsible, above its steps.
        if schedule
            && parts.len() > 1
            && parts[0].deadline.is_empty()
            && parts[0].responsible.is_empty()
        {
            let first = parts.remove(0);
            item_text = Some(first.subs.join("\n\n")).filter(|t| !t.is_empty());
        }
        if let Some(s) = sections.last_mut() {
            s.items.push(Item {
                row: o.row,
                text: item_text,
                result: text(&o.result),
                parts,
            });
        }
    }
}

/// `paras` without a leading paragraph that is only the continuation mark.
fn without_mark(paras: &[Para]) -> Vec<Para> {
    let first = paras.iter().position(|p| !p.is_blank());
    match first {
        Some(i) if is_continued_mark(&paras[i].text()) => paras[i + 1..].to_vec(),
        _ => paras.to_vec(),
    }
}

/// Whether `text` is the continuation mark of either locale and nothing else.
fn is_continued_mark(text: &str) -> bool {
    let n = norm(text);
    !n.is_empty()
        && Lang::ALL.iter().any(|&l| {
            Locale::get(l)
                .and_then(|loc| loc.text("continued"))
                .is_ok_and(|mark| norm(&mark) == n)
        })
}

/// Whether a number cell carries the continuation mark of either locale.
fn is_continued(number: &str) -> bool {
    let n = norm(number);
    !n.is_empty()
        && Lang::ALL.iter().any(|&l| {
            Locale::get(l)
                .and_then(|loc| loc.text("continued"))
                .is_ok_and(|mark| {
                    let m = norm(&mark);
                    !m.is_empty() && n.contains(&m)
                })
        })
}

/// Appends `more` to `kept`, the cut paragraph joined with its rest: a plain paragraph that
/// stopped mid-sentence goes on in the first plain paragraph after the break, a bullet in the
/// indented paragraph with no bullet that a page break leaves of it.
fn join(kept: &mut Vec<Para>, more: Vec<Para>) {
    let mut more = more.into_iter().skip_while(Para::is_blank).peekable();
    while kept.last().is_some_and(Para::is_blank) {
        kept.pop();
    }
    let goes_on = |last: &Para, first: &Para| match (&last.list, &first.list) {
        (None, None) => !last.text().trim_end().ends_with(['.', ';', ':', '!', '?']),
        (Some(_), None) => first.indented,
        _ => false,
    };
    if let (Some(last), Some(first)) = (kept.last_mut(), more.peek())
        && goes_on(last, first)
    {
        // A word broken at its own hyphen («ақпараттық-» / «түсіндіру») goes on without a
        // space. qujat's writer also ends a line cut inside a hyphenated long word with «-»;
        // those are rare (only words wider than their column are hyphenated) and keep it.
        let text = last.text();
        let compound = text.ends_with('-')
            && text
                .trim_end_matches('-')
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic);
        if !compound {
            last.runs.push(Run {
                text: " ".into(),
                ..Run::default()
            });
        }
        last.runs.extend(first.runs.clone());
        more.next();
    }
    kept.extend(more);
}

/// A schedule cell's sub-items: paragraphs numbered 1, 2, … in turn — typed «1)», «2)» or a
/// Word numbered list («1.», «1)») — each with the paragraphs under it. One sub-item when
/// there are fewer than two.
fn sub_items(paras: &[Para]) -> Vec<Vec<Para>> {
    let mut marks: Vec<usize> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if sub_item_number(p) == Some(marks.len() + 1) {
            marks.push(i);
        }
    }
    if marks.len() < 2 {
        return vec![paras.to_vec()];
    }
    let mut out: Vec<Vec<Para>> = Vec::new();
    for (n, &m) in marks.iter().enumerate() {
        let start = if n == 0 { 0 } else { m };
        let end = marks.get(n + 1).copied().unwrap_or(paras.len());
        out.push(paras[start..end].to_vec());
    }
    out
}

/// The number a paragraph's sub-item mark gives it.
fn sub_item_number(p: &Para) -> Option<usize> {
    let number = |s: &str, ends: &[char]| -> Option<usize> {
        let s = s.trim_start();
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        let rest = &s[digits..];
        ((1..=2).contains(&digits) && rest.starts_with(ends))
            .then(|| s[..digits].parse().ok())
            .flatten()
    };
    match &p.list {
        Some(super::wordstyles::ListMark::Numbered(label)) => number(label, &[')', '.']),
        _ => number(&p.text(), &[')']),
    }
}

/// Notes and the legend of abbreviations after the table.
fn after_table(
    paras: &[Para],
    remarks: &mut Vec<crate::message::Message>,
) -> (Vec<String>, Vec<(String, String)>) {
    let heading = |id: &str| -> Vec<String> {
        Lang::ALL
            .iter()
            .filter_map(|&l| Locale::get(l).and_then(|loc| loc.text(id)).ok())
            .map(|t| bare(&t))
            .collect()
    };
    let notes_heads = heading("notes-heading");
    let legend_heads = heading("legend-heading");
    let mut notes: Vec<String> = Vec::new();
    let mut legend: Vec<(String, String)> = Vec::new();
    let mut in_legend = false;
    let mut pending: Vec<Para> = Vec::new();
    let flush = |pending: &mut Vec<Para>, notes: &mut Vec<String>| {
        let (t, _) = markdown::text(pending, Styling::Kept);
        if !t.is_empty() {
            notes.push(t);
        }
        pending.clear();
    };
    for p in paras.iter().filter(|p| !p.is_blank()) {
        let text = p.text();
        let b = bare(&text);
        let starts = |heads: &[String], b: &str| {
            heads
                .iter()
                .any(|h| b == *h || (b.starts_with(h.as_str()) && text.contains(':')))
                || ["примечани", "ескертпе", "ескерту"]
                    .iter()
                    .any(|w| b.starts_with(w) && b.split_whitespace().count() <= 2)
        };
        if starts(&notes_heads, &b) && !legend_heads.contains(&b) {
            flush(&mut pending, &mut notes);
            in_legend = false;
            if let Some((_, rest)) = text.split_once(':')
                && !rest.trim().is_empty()
            {
                notes.push(rest.trim().to_string());
            }
            continue;
        }
        if legend_heads.contains(&b)
            || ["сокращени", "қысқарт", "аббревиатур"]
                .iter()
                .any(|w| b.starts_with(w) && b.split_whitespace().count() <= 3)
        {
            flush(&mut pending, &mut notes);
            in_legend = true;
            continue;
        }
        let entries: Vec<(String, String)> = text
            .split(['\n', ';'])
            .filter(|l| !l.trim().is_empty())
            .map(|l| units::legend_entry(l, in_legend))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default();
        if !entries.is_empty() {
            flush(&mut pending, &mut notes);
            legend.extend(entries);
            continue;
        }
        if text.trim().chars().all(|c| c.is_ascii_digit()) {
            remarks.push(crate::msg!(
                "import-after-table-dropped",
                text = text.trim()
            ));
            continue;
        }
        if p.list.is_some() || pending.last().is_some_and(|q| q.list.is_some()) && p.list.is_some()
        {
            pending.push(p.clone());
        } else {
            flush(&mut pending, &mut notes);
            pending.push(p.clone());
            if p.list.is_none() {
                flush(&mut pending, &mut notes);
            }
        }
    }
    flush(&mut pending, &mut notes);
    (notes, legend)
}

/// A heading's letters: «* Ескертпе:» → «ескертпе».
fn bare(s: &str) -> String {
    norm(s)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}
