//! The imported plan as YAML in the documented format (docs/plan-format.md): fields in the
//! samples' order, short pairs on one line, long texts folded, a missing language as `~`
//! (which `qujat check` reports as a missing translation), and a comment above every value
//! import guessed or changed.

use super::deadline_parse;
use super::draft::*;
use super::yaml::{self, Context};
use crate::plan::{DateStyle, Period};
use crate::template::{Field, field_name};
use chrono::{Datelike, NaiveDate};

/// Lines longer than this are folded.
const WIDTH: usize = 100;

/// What an empty placeholder says, so the gap is plain to whoever opens the file.
const MISSING: &str = "~  # missing: write it";

pub fn yaml(d: &Draft, schema: &str) -> String {
    let mut w = Writer::default();
    w.line(0, &format!("# yaml-language-server: $schema={schema}"));
    for h in &d.header {
        w.line(0, &format!("# {h}"));
    }
    w.line(0, "qujat: 1");
    w.line(0, &format!("template: {}", d.template));
    w.blank();
    w.line(0, "organization:");
    w.notes(2, &d.org_notes);
    w.texts(2, "name", &d.org_name);
    w.texts(2, "short", &d.org_short);
    if let Some(a) = &d.annex {
        w.blank();
        w.line(0, &format!("annex: {}", yaml::quoted(a)));
    }
    w.blank();
    w.approval(&d.approval);
    w.blank();
    w.notes(0, &d.title_notes);
    w.texts(0, "title", &d.title);
    if let Some(p) = &d.period {
        w.line(0, &format!("period: {}", period(p)));
    }
    if let Some(style) = d.dates {
        let word = match style {
            DateStyle::Words => "words",
            DateStyle::Numeric => "numeric",
        };
        w.line(0, &format!("dates: {word}"));
    }
    if !d.headers.is_empty() {
        w.blank();
        w.headers(&d.headers, &d.headers_notes);
    }
    if !d.units.is_empty() {
        w.blank();
        w.line(0, "units:");
        for u in &d.units {
            w.unit(u);
        }
    }
    w.blank();
    w.line(0, "sections:");
    for (i, s) in d.sections.iter().enumerate() {
        if i > 0 {
            w.blank();
        }
        w.section(s);
    }
    if !d.notes.is_empty() {
        w.blank();
        w.line(0, "notes:");
        for n in &d.notes {
            w.list_texts(2, n);
        }
    }
    w.out
}

fn date(d: &NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn period(p: &Period) -> String {
    match p {
        Period::Year(y) => format!("{{year: {y}}}"),
        Period::Years(a, b) => format!("{{years: [{a}, {b}]}}"),
        Period::Range(a, b) => format!("{{from: {}, to: {}}}", date(a), date(b)),
    }
}

#[derive(Default)]
struct Writer {
    out: String,
}

impl Writer {
    fn line(&mut self, indent: usize, s: &str) {
        self.out.push_str(&" ".repeat(indent));
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn blank(&mut self) {
        self.out.push('\n');
    }

    fn lines(&mut self, lines: Vec<String>) {
        for l in lines {
            self.out.push_str(&l);
            self.out.push('\n');
        }
    }

    fn notes(&mut self, indent: usize, notes: &[String]) {
        for n in notes {
            for (i, part) in n.lines().enumerate() {
                let lead = if i == 0 { "# " } else { "#   " };
                self.line(indent, &format!("{lead}{part}"));
            }
        }
    }

    /// `key:` and a text pair, a plain string when both languages agree.
    fn texts(&mut self, indent: usize, key: &str, t: &Texts) {
        match (&t.kk, &t.ru) {
            (Some(kk), Some(ru)) if kk == ru && !kk.contains('\n') => {
                self.lines(yaml::field(indent, key, kk, WIDTH));
            }
            (Some(kk), Some(ru))
                if !kk.contains('\n')
                    && !ru.contains('\n')
                    && yaml::plain_ok(kk, Context::Flow)
                    && yaml::plain_ok(ru, Context::Flow) =>
            {
                let one = format!("{key}: {{kk: {kk}, ru: {ru}}}");
                if indent + one.chars().count() <= WIDTH {
                    self.line(indent, &one);
                } else {
                    self.pair(indent, key, t);
                }
            }
            _ => self.pair(indent, key, t),
        }
    }

    fn pair(&mut self, indent: usize, key: &str, t: &Texts) {
        self.line(indent, &format!("{key}:"));
        for (lang, text) in [("kk", &t.kk), ("ru", &t.ru)] {
            match text {
                Some(s) => self.lines(yaml::field(indent + 2, lang, s, WIDTH)),
                None => self.line(indent + 2, &format!("{lang}: {MISSING}")),
            }
        }
    }

    /// A text pair as a list entry (`- kk: …` / `  ru: …`).
    fn list_texts(&mut self, indent: usize, t: &Texts) {
        match (&t.kk, &t.ru) {
            (Some(kk), Some(ru)) if kk == ru && !kk.contains('\n') => {
                let mut l = yaml::field(indent, "-", kk, WIDTH);
                // `-:` is a key; a list entry is `- text`.
                l[0] = l[0].replacen("-: ", "- ", 1);
                self.lines(l);
            }
            _ => {
                let mut first = true;
                for (lang, text) in [("kk", &t.kk), ("ru", &t.ru)] {
                    let lines = match text {
                        Some(s) => yaml::field(indent + 2, lang, s, WIDTH),
                        None => vec![format!("{}{lang}: {MISSING}", " ".repeat(indent + 2))],
                    };
                    for (i, mut l) in lines.into_iter().enumerate() {
                        if first && i == 0 {
                            l.replace_range(indent..indent + 2, "- ");
                        }
                        self.line(0, &l);
                    }
                    first = false;
                }
            }
        }
    }

    /// The file's own column headers, over the template's.
    fn headers(&mut self, headers: &[(Field, Texts)], notes: &[String]) {
        self.line(
            0,
            "# The Word file's own column headers, printed instead of qujat's; delete one to print qujat's.",
        );
        self.notes(0, notes);
        self.line(0, "headers:");
        for (field, texts) in headers {
            self.texts(2, field_name(*field), texts);
        }
    }

    fn approval(&mut self, a: &Approval) {
        self.line(0, "approval:");
        match a {
            Approval::Decision {
                body,
                date: d,
                year,
                protocol,
                gender,
                notes,
            } => {
                self.notes(2, notes);
                self.line(2, "by: decision");
                self.texts(2, "body", body);
                self.grif_date(*d, *year);
                match protocol {
                    Some(p) => self.line(2, &format!("protocol: {}", yaml::quoted(p))),
                    None => self.line(2, "protocol: null"),
                }
                if let Some(g) = gender {
                    self.line(2, &format!("gender: {}", g.name()));
                }
            }
            Approval::Official {
                position,
                name,
                date: d,
                year,
                notes,
            } => {
                self.notes(2, notes);
                self.line(2, "by: official");
                self.texts(2, "position", position);
                self.texts(2, "name", name);
                self.grif_date(*d, *year);
            }
        }
    }

    fn grif_date(&mut self, d: Option<NaiveDate>, year: Option<i32>) {
        match (d, year) {
            (Some(d), _) => self.line(2, &format!("date: {}", date(&d))),
            (None, Some(y)) => {
                self.line(2, "date: null");
                self.line(2, &format!("year: {y}"));
            }
            (None, None) => {
                self.line(2, "date: null");
                self.line(2, "year: ~  # the Word file gives no year: write it");
            }
        }
    }

    fn unit(&mut self, u: &Unit) {
        let forms = |f: &Option<Forms>| -> String {
            match f {
                None => MISSING.to_string(),
                Some(Forms { short, full: None }) => yaml::inline(short, Context::Block),
                Some(Forms {
                    short,
                    full: Some(full),
                }) => format!(
                    "[{}, {}]",
                    yaml::inline(short, Context::Flow),
                    yaml::inline(full, Context::Flow)
                ),
            }
        };
        match (&u.kk, &u.ru) {
            (Some(a), Some(b)) if a == b && a.full.is_none() => {
                self.lines(yaml::field(2, &u.key, &a.short, WIDTH));
            }
            _ => {
                self.line(2, &format!("{}:", u.key));
                self.line(4, &format!("kk: {}", forms(&u.kk)));
                self.line(4, &format!("ru: {}", forms(&u.ru)));
            }
        }
    }

    fn section(&mut self, s: &Section) {
        self.notes(2, &s.notes);
        let mut title = Vec::new();
        let mut sub = Writer::default();
        sub.texts(4, "title", &s.title);
        title.extend(sub.out.lines().map(str::to_string));
        if let Some(first) = title.first_mut() {
            first.replace_range(2..4, "- ");
        }
        self.lines(title);
        self.line(4, "items:");
        for (i, item) in s.items.iter().enumerate() {
            if i > 0 {
                self.blank();
            }
            self.item(item);
        }
    }

    /// Writes the lines of `f` (at `indent + 2`) as a list entry at `indent`.
    fn entry(&mut self, indent: usize, f: impl FnOnce(&mut Writer)) {
        let mut sub = Writer::default();
        f(&mut sub);
        let mut first = true;
        for l in sub.out.lines() {
            let mut l = l.to_string();
            if first && !l.trim_start().starts_with('#') && l.len() >= indent + 2 {
                l.replace_range(indent..indent + 2, "- ");
                first = false;
            }
            self.line(0, &l);
        }
    }

    fn item(&mut self, item: &Item) {
        self.entry(6, |w| {
            w.notes(8, &item.notes);
            if let Some(t) = &item.text {
                w.texts(8, "text", t);
            }
            if let Some(r) = &item.result {
                w.texts(8, "result", r);
            }
            match &item.body {
                Body::Own(task) => w.task(8, task),
                Body::Steps(steps) => {
                    w.line(8, "steps:");
                    for s in steps {
                        w.entry(10, |w| {
                            w.notes(12, &s.notes);
                            w.texts(12, "text", &s.text);
                            w.task(12, &s.task);
                        });
                    }
                }
            }
        });
    }

    fn task(&mut self, indent: usize, t: &Task) {
        self.notes(indent, &t.notes);
        match &t.due {
            Due::Typed(d) => self.line(indent, &format!("due: {}", deadline_parse::yaml(d))),
            Due::Text(texts) => {
                self.line(indent, "due:");
                self.texts(indent + 2, "text", texts);
            }
        }
        let simple: Option<Vec<String>> = t
            .responsible
            .iter()
            .map(|r| match r {
                Responsible::Unit(k) => Some(k.clone()),
                Responsible::Free(_) => None,
            })
            .collect();
        match simple {
            Some(keys) if !keys.is_empty() => {
                self.line(indent, &format!("responsible: [{}]", keys.join(", ")))
            }
            Some(_) => self.line(
                indent,
                "responsible: []  # the Word file names nobody: write who",
            ),
            None => {
                self.line(indent, "responsible:");
                for r in &t.responsible {
                    match r {
                        Responsible::Unit(k) => self.line(indent + 2, &format!("- {k}")),
                        Responsible::Free(texts) => {
                            let free = Texts {
                                kk: texts.kk.clone(),
                                ru: texts.ru.clone(),
                            };
                            // A free text must stay a pair: a plain string would name a unit.
                            self.free(indent + 2, &free);
                        }
                    }
                }
            }
        }
    }

    fn free(&mut self, indent: usize, t: &Texts) {
        match (&t.kk, &t.ru) {
            (Some(kk), Some(ru))
                if yaml::plain_ok(kk, Context::Flow) && yaml::plain_ok(ru, Context::Flow) && {
                    let one = format!("- {{kk: {kk}, ru: {ru}}}");
                    indent + one.chars().count() <= WIDTH
                } =>
            {
                self.line(indent, &format!("- {{kk: {kk}, ru: {ru}}}"));
            }
            _ => {
                let mut first = true;
                for (lang, text) in [("kk", &t.kk), ("ru", &t.ru)] {
                    let lead = if first { "- " } else { "  " };
                    first = false;
                    match text {
                        Some(s) => {
                            let mut lines = yaml::field(indent + 2, lang, s, WIDTH);
                            lines[0].replace_range(indent..indent + 2, lead);
                            self.lines(lines);
                        }
                        None => self.line(indent, &format!("{lead}{lang}: {MISSING}")),
                    }
                }
            }
        }
    }
}
