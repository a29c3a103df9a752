//! The two languages put together: sections, items, rows and sub-items paired by position
//! into `{kk, ru}` texts, typed values (deadlines, dates, the period) taken when both
//! languages say the same, and every place where the two files differ reported with the row
//! numbers of both. Given one language, the other's texts are left empty for a person to
//! write, never invented.

use super::deadline_parse::{self, Parsed};
use super::draft::*;
use super::grif::Grif;
use super::half::{self, Half};
use super::org;
use super::units;
use crate::lang::Lang;
use crate::message::{Arg, Message};
use crate::msg;
use crate::plan::{DateStyle, Deadline, Gender, Recurring};
use crate::template::Template;
use crate::ui::UiLang;
use std::collections::BTreeMap;

/// What the import found, for the summary on stderr.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Each document read: its origin and language.
    pub sources: Vec<(String, Lang)>,
    pub template: &'static str,
    pub columns: Vec<String>,
    pub dropped_columns: Vec<String>,
    /// The columns whose headers the plan keeps in the files' words.
    pub own_headers: Vec<String>,
    pub sections: usize,
    pub items: usize,
    pub steps: usize,
    pub typed: usize,
    /// Where a deadline stayed text.
    pub kept_text: Vec<Message>,
    pub legend_units: Vec<String>,
    pub repeated_units: Vec<String>,
    pub free_parties: usize,
    /// Where the two languages differ.
    pub differences: Vec<Message>,
    /// What reading noticed.
    pub remarks: Vec<Message>,
    /// The language no file gave.
    pub missing: Option<Lang>,
}

/// One language's value, or both.
struct Both<'a, T> {
    kk: Option<&'a T>,
    ru: Option<&'a T>,
}

impl<T> Clone for Both<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Both<'_, T> {}

impl<'a, T> Both<'a, T> {
    fn texts(self, f: impl Fn(&'a T) -> Option<String>) -> Texts {
        Texts::new(self.kk.and_then(&f), self.ru.and_then(&f))
    }
}

/// «kk row 7, ru row 9» for messages.
fn rows(kk: Option<usize>, ru: Option<usize>) -> Message {
    match (kk, ru) {
        (Some(a), Some(b)) => msg!("import-rows", kk = a, ru = b),
        (Some(a), None) => msg!("import-row-kk", row = a),
        (None, Some(b)) => msg!("import-row-ru", row = b),
        (None, None) => msg!("import-no-row"),
    }
}

fn one_row(lang_rows: (Option<usize>, Option<usize>)) -> Message {
    match lang_rows {
        (Some(a), Some(b)) if a == b => msg!("import-row", row = a),
        (a, b) => rows(a, b),
    }
}

/// A difference or remark as the YAML comments of the imported plan say it: in English, as
/// every comment import writes (the terminal's summary says it in the user's language).
fn comment(m: &Message) -> String {
    m.text_in(UiLang::En)
}

/// A task whose responsible parties are not yet units or free texts.
#[derive(Clone)]
struct PendingTask {
    due: Due,
    parties: Parties,
    notes: Vec<String>,
}

#[derive(Clone)]
enum Parties {
    /// Paired one by one: (kk, ru).
    Paired(Vec<Names>),
    /// The languages name a different number of parties: kept as one text each.
    Whole(Texts),
}

struct Builder<'a> {
    kk: Option<&'a Half>,
    ru: Option<&'a Half>,
    summary: Summary,
    numeric_on: usize,
    words_on: usize,
}

pub fn build(halves: &[Half]) -> (Draft, Summary) {
    let kk = halves.iter().find(|h| h.lang == Lang::Kk);
    let ru = halves.iter().find(|h| h.lang == Lang::Ru);
    let mut b = Builder {
        kk,
        ru,
        summary: Summary::default(),
        numeric_on: 0,
        words_on: 0,
    };
    b.summary.sources = halves.iter().map(|h| (h.origin.clone(), h.lang)).collect();
    b.summary.missing = match (kk, ru) {
        (Some(_), None) => Some(Lang::Ru),
        (None, Some(_)) => Some(Lang::Kk),
        _ => None,
    };
    for h in halves {
        for r in &h.remarks {
            b.summary.remarks.push(msg!(
                "import-remark-in",
                origin = &h.origin,
                lang = h.lang.code(),
                remark = r
            ));
        }
        for line in &h.front.unread {
            b.summary.remarks.push(msg!(
                "import-before-table-dropped",
                origin = &h.origin,
                lang = h.lang.code(),
                line = line
            ));
        }
    }
    b.draft()
}

impl<'a> Builder<'a> {
    fn both(&self) -> Both<'a, Half> {
        Both {
            kk: self.kk,
            ru: self.ru,
        }
    }

    fn first(&self) -> &'a Half {
        self.kk.or(self.ru).expect("at least one document")
    }

    fn differ(&mut self, what: Message) {
        self.summary.differences.push(what);
    }

    fn draft(mut self) -> (Draft, Summary) {
        let first = self.first();
        let template = first.columns.template;
        if let (Some(k), Some(r)) = (self.kk, self.ru)
            && k.columns.template != r.columns.template
        {
            self.differ(msg!(
                "import-templates-differ",
                kk = k.columns.template,
                ru = r.columns.template,
                chosen = template
            ));
        }
        self.summary.template = template;
        self.summary.columns = first
            .columns
            .headers
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        self.summary.dropped_columns = first.columns.dropped.clone();
        let headers = super::columns::own_headers(
            template,
            self.kk.map(|h| &h.columns),
            self.ru.map(|h| &h.columns),
        );
        self.summary.own_headers = headers
            .iter()
            .map(|(f, _)| crate::template::field_name(*f).to_string())
            .collect();
        let headers_notes = match self.summary.missing {
            Some(lang) if !headers.is_empty() => {
                let name = if lang == Lang::Kk {
                    "Kazakh"
                } else {
                    "Russian"
                };
                vec![format!(
                    "The {name} headers are qujat's own: no {name} document was given."
                )]
            }
            _ => Vec::new(),
        };
        let mut d = Draft {
            template,
            headers,
            headers_notes,
            ..Draft::default()
        };
        self.front(&mut d);
        let mut pending: Vec<Vec<Vec<PendingItem>>> = Vec::new();
        d.sections = self.sections(&mut pending);
        let units = self.units(&pending);
        self.resolve(&mut d, pending, &units);
        d.units = units.units;
        d.notes = self.notes();
        let default_style = Template::builtin(template).map(|t| t.date_style());
        d.dates = match (self.numeric_on, self.words_on) {
            (0, 0) => None,
            (_, 0) => Some(DateStyle::Numeric),
            (0, _) => Some(DateStyle::Words),
            _ => {
                self.summary.remarks.push(msg!(
                    "import-date-styles",
                    digits = self.numeric_on,
                    words = self.words_on
                ));
                default_style
            }
        };
        d.header = self.header();
        (d, self.summary)
    }

    fn header(&self) -> Vec<String> {
        // Kazakh first whatever the order of the files: the same files give the same plan.
        let mut sources = self.summary.sources.clone();
        sources.sort_by_key(|(_, l)| *l);
        let mut h = vec![format!(
            "Imported by `qujat import` from {}.",
            sources
                .iter()
                .map(|(o, l)| format!("{o} ({l})"))
                .collect::<Vec<_>>()
                .join(" and ")
        )];
        if let Some(l) = self.summary.missing {
            h.push(format!(
                "No {} document was given: its texts are left empty (~) for you to write; `qujat check` lists them.",
                if l == Lang::Kk { "Kazakh" } else { "Russian" }
            ));
        }
        h.push("Comments mark what import guessed or changed; read them, then delete them.".into());
        h
    }

    // ---- front matter ----

    fn front(&mut self, d: &mut Draft) {
        let both = self.both();
        d.annex = match (
            both.kk.and_then(|h| h.front.annex.clone()),
            both.ru.and_then(|h| h.front.annex.clone()),
        ) {
            (Some(a), Some(b)) if a != b => {
                self.differ(msg!("import-annex-differs", kk = &a, ru = &b));
                Some(a)
            }
            (a, b) => a.or(b),
        };
        // The title and its period.
        let titles = both.texts(|h| h.front.title.clone());
        let periods: Vec<(Lang, Option<deadline_parse::TitlePeriod>)> =
            [(Lang::Kk, &titles.kk), (Lang::Ru, &titles.ru)]
                .into_iter()
                .filter_map(|(l, t)| t.as_ref().map(|t| (l, deadline_parse::title_period(l, t))))
                .collect();
        let agreed = periods.iter().all(|(_, p)| p.is_some())
            && periods
                .windows(2)
                .all(|w| w[0].1.as_ref().map(|p| p.period) == w[1].1.as_ref().map(|p| p.period));
        if agreed && !periods.is_empty() {
            d.period = periods[0].1.as_ref().map(|p| p.period);
            let mut t = Texts::default();
            for (l, p) in &periods {
                let Some(p) = p else { continue };
                if !p.exact {
                    let written = match l {
                        Lang::Kk => titles.kk.as_deref(),
                        Lang::Ru => titles.ru.as_deref(),
                    };
                    d.title_notes.push(format!(
                        "the {l} title's period is printed by qujat from `period:`; the Word file writes: «{}»",
                        written.unwrap_or_default()
                    ));
                }
                match l {
                    Lang::Kk => t.kk = Some(p.title.clone()),
                    Lang::Ru => t.ru = Some(p.title.clone()),
                }
            }
            d.title = t;
        } else {
            if periods.iter().any(|(_, p)| p.is_some()) {
                let found: Vec<String> = periods
                    .iter()
                    .map(|(l, p)| {
                        format!(
                            "{l}: {}",
                            if p.is_some() {
                                "found"
                            } else {
                                "not where qujat prints it"
                            }
                        )
                    })
                    .collect();
                d.title_notes.push(format!(
                    "the period stays in the title's words: the titles do not both carry it where qujat prints it ({})",
                    found.join(", ")
                ));
            }
            d.title = titles.clone();
        }
        if titles.is_empty() {
            d.title_notes
                .push("no title found above the table: write it".into());
        }
        self.organization(d, &titles);
        self.approval(d, &titles);
    }

    fn organization(&mut self, d: &mut Draft, titles: &Texts) {
        let mut known: Vec<String> = Vec::new();
        for h in [self.kk, self.ru].into_iter().flatten() {
            known.extend(h.known_org.iter().cloned());
        }
        let mut name = Texts::default();
        let mut short = Texts::default();
        for (lang, half, title) in [
            (Lang::Kk, self.kk, &titles.kk),
            (Lang::Ru, self.ru, &titles.ru),
        ] {
            let Some(half) = half else { continue };
            let title = title.as_deref();
            let found = match &half.front.grif {
                Some(Grif::Decision {
                    names, org_first, ..
                }) => {
                    let (org, _, how) = org::split_names(names, *org_first, &known, title);
                    org.map(|o| (o, how))
                }
                _ => None,
            }
            .or_else(|| {
                known
                    .iter()
                    .find(|k| title.is_some_and(|t| org::as_in(t, k).is_some()))
                    .map(|k| (k.clone(), "file properties"))
            })
            .or_else(|| title.and_then(org::find_in).map(|o| (o, "title")));
            let value = found.map(|(o, how)| {
                // The title's spelling when the grif's differs only in quotes and spaces.
                let in_title = title.and_then(|t| org::as_in(t, &o));
                match in_title {
                    Some(t) if t != o => {
                        d.org_notes.push(format!(
                            "{lang}: the title's spelling of the name was taken; the grif writes: {o}"
                        ));
                        t
                    }
                    _ => {
                        if how == "legal form" || how == "title" {
                            d.org_notes.push(format!("{lang}: the organisation's name was guessed from its legal form: check it"));
                        }
                        o
                    }
                }
            });
            if value.is_none() {
                d.org_notes.push(format!(
                    "{lang}: the organisation's name was not found: write it"
                ));
            }
            let s = title.and_then(org::short_in).or_else(|| {
                let note = "short: the usual word; the Word file's title defines none («далее — …», «бұдан әрі – …»)".to_string();
                if !d.org_notes.contains(&note) {
                    d.org_notes.push(note);
                }
                Some(match lang {
                    Lang::Kk => "Қоғам".to_string(),
                    Lang::Ru => "Общество".to_string(),
                })
            });
            match lang {
                Lang::Kk => {
                    name.kk = value;
                    short.kk = s;
                }
                Lang::Ru => {
                    name.ru = value;
                    short.ru = s;
                }
            }
        }
        d.org_name = name;
        d.org_short = short;
    }

    fn approval(&mut self, d: &mut Draft, titles: &Texts) {
        let grifs = Both {
            kk: self.kk.and_then(|h| h.front.grif.as_ref()),
            ru: self.ru.and_then(|h| h.front.grif.as_ref()),
        };
        let is_decision = |g: &Grif| matches!(g, Grif::Decision { .. });
        if let (Some(a), Some(b)) = (grifs.kk, grifs.ru)
            && is_decision(a) != is_decision(b)
        {
            self.differ(msg!("import-grif-kinds"));
        }
        let kind = grifs.kk.or(grifs.ru);
        let decision = match kind {
            Some(g) => is_decision(g),
            None => {
                self.summary.remarks.push(msg!("import-no-grif"));
                Template::builtin(d.template)
                    .is_some_and(|t| t.grif == crate::template::GrifKind::Decision)
            }
        };
        let mut notes = Vec::new();
        let mut dates = Vec::new();
        let mut known: Vec<String> = Vec::new();
        for h in [self.kk, self.ru].into_iter().flatten() {
            known.extend(h.known_org.iter().cloned());
        }
        let mut body = Texts::default();
        let mut position = Texts::default();
        let mut person = Texts::default();
        let mut protocols = Vec::new();
        let mut gender = None;
        for (lang, g, title) in [
            (Lang::Kk, grifs.kk, &titles.kk),
            (Lang::Ru, grifs.ru, &titles.ru),
        ] {
            let Some(g) = g.filter(|g| is_decision(g) == decision) else {
                continue;
            };
            match g {
                Grif::Decision {
                    names,
                    org_first,
                    date,
                    year,
                    protocol,
                    gender: gd,
                    loose,
                } => {
                    let (_, b, _) = org::split_names(names, *org_first, &known, title.as_deref());
                    if b.is_none() {
                        notes.push(format!(
                            "{lang}: the approving body was not found in the grif: write it"
                        ));
                    }
                    match lang {
                        Lang::Kk => body.kk = b,
                        Lang::Ru => body.ru = b,
                    }
                    dates.push((lang, *date, *year));
                    protocols.push((lang, protocol.clone()));
                    if lang == Lang::Ru {
                        gender = *gd;
                    }
                    if let Some(l) = loose {
                        notes.push(format!("{lang}: the Word file writes the protocol «{l}»"));
                    }
                }
                Grif::Official {
                    position: p,
                    name,
                    date,
                    year,
                    loose,
                } => {
                    match lang {
                        Lang::Kk => {
                            position.kk = p.clone();
                            person.kk = name.clone();
                        }
                        Lang::Ru => {
                            position.ru = p.clone();
                            person.ru = name.clone();
                        }
                    }
                    dates.push((lang, *date, *year));
                    if let Some(l) = loose {
                        notes.push(format!("{lang}: the Word file writes the date «{l}»"));
                    }
                }
            }
        }
        let (date, year) = self.agree_dates(&dates, msg!("import-grif-date"));
        if dates.is_empty() && kind.is_some() {
            notes.push("the grif's date was not read: write it".into());
        }
        let protocol = match protocols.as_slice() {
            [(_, a), (_, b)] if a != b => {
                let shown = |p: &Option<String>| match p {
                    Some(p) => Arg::Str(p.clone()),
                    None => Arg::from(msg!("import-blank")),
                };
                self.differ(msg!(
                    "import-protocol-differs",
                    kk = shown(a),
                    ru = shown(b)
                ));
                a.clone().or(b.clone())
            }
            list => list.iter().find_map(|(_, p)| p.clone()),
        };
        d.approval = if decision {
            Approval::Decision {
                body,
                date,
                year,
                protocol,
                gender: gender.filter(|g| *g != Gender::Masculine),
                notes,
            }
        } else {
            Approval::Official {
                position,
                name: person,
                date,
                year,
                notes,
            }
        };
    }

    fn agree_dates(
        &mut self,
        dates: &[(Lang, Option<chrono::NaiveDate>, Option<i32>)],
        what: Message,
    ) -> (Option<chrono::NaiveDate>, Option<i32>) {
        if let [(_, a, ya), (_, b, yb)] = dates
            && (a != b || ya != yb)
        {
            let show = |d: &Option<chrono::NaiveDate>, y: &Option<i32>| match (d, y) {
                (Some(d), _) => Arg::Str(d.to_string()),
                (None, Some(y)) => Arg::from(msg!("import-blank-year", year = *y)),
                _ => Arg::from(msg!("import-none")),
            };
            self.differ(msg!(
                "import-value-differs",
                what = what,
                kk = show(a, ya),
                ru = show(b, yb)
            ));
        }
        let date = dates.iter().find_map(|(_, d, _)| *d);
        let year = date
            .map(|d| chrono::Datelike::year(&d))
            .or(dates.iter().find_map(|(_, _, y)| *y));
        (date, year)
    }

    // ---- the table ----

    fn sections(&mut self, pending: &mut Vec<Vec<Vec<PendingItem>>>) -> Vec<Section> {
        let both = self.both();
        let count = |h: Option<&Half>| h.map_or(0, |h| h.sections.len());
        let n = count(both.kk).max(count(both.ru));
        if let (Some(k), Some(r)) = (both.kk, both.ru)
            && k.sections.len() != r.sections.len()
        {
            self.differ(msg!(
                "import-sections-count",
                kk = k.sections.len(),
                ru = r.sections.len()
            ));
        }
        let mut out = Vec::new();
        for i in 0..n {
            let s = Both {
                kk: both.kk.and_then(|h| h.sections.get(i)),
                ru: both.ru.and_then(|h| h.sections.get(i)),
            };
            let mut section = Section {
                title: s.texts(|s| s.title.clone()),
                ..Section::default()
            };
            if s.kk.is_some_and(|s| s.row == 0) || s.ru.is_some_and(|s| s.row == 0) {
                section
                    .notes
                    .push("the table has no section heading above these items: write one".into());
            }
            let items = self.items(s, &mut section.notes);
            pending.push(vec![items]);
            self.summary.sections += 1;
            out.push(section);
        }
        out
    }

    fn items(&mut self, s: Both<'a, half::Section>, notes: &mut Vec<String>) -> Vec<PendingItem> {
        let len = |x: Option<&half::Section>| x.map_or(0, |s| s.items.len());
        let n = len(s.kk).max(len(s.ru));
        if let (Some(k), Some(r)) = (s.kk, s.ru)
            && k.items.len() != r.items.len()
        {
            let d = msg!(
                "import-items-count",
                rows = rows(Some(k.row), Some(r.row)),
                kk = k.items.len(),
                ru = r.items.len()
            );
            notes.push(comment(&d));
            self.differ(d);
        }
        (0..n)
            .map(|i| {
                let item = Both {
                    kk: s.kk.and_then(|s| s.items.get(i)),
                    ru: s.ru.and_then(|s| s.items.get(i)),
                };
                self.item(item)
            })
            .collect()
    }

    fn item(&mut self, it: Both<'a, half::Item>) -> PendingItem {
        self.summary.items += 1;
        let number = self.summary.items;
        let at = (it.kk.map(|i| i.row), it.ru.map(|i| i.row));
        let both = self.kk.is_some() && self.ru.is_some();
        let mut notes = Vec::new();
        if both && (it.kk.is_none() || it.ru.is_none()) {
            let d = msg!(
                "import-item-one-language",
                number = number,
                rows = rows(at.0, at.1)
            );
            notes.push(comment(&d));
            self.differ(d);
        }
        let text = it.texts(|i| i.text.clone());
        let result = it.texts(|i| i.result.clone());
        // Steps: each row's sub-items, paired row by row, then sub-item by sub-item.
        let n_rows = |i: Option<&half::Item>| i.map_or(0, |i| i.parts.len());
        let rows_n = n_rows(it.kk).max(n_rows(it.ru));
        let mut steps: Vec<(Texts, PendingTask, Vec<String>)> = Vec::new();
        for r in 0..rows_n {
            let part = Both {
                kk: it.kk.and_then(|i| i.parts.get(r)),
                ru: it.ru.and_then(|i| i.parts.get(r)),
            };
            let rows_here = (part.kk.map(|p| p.row), part.ru.map(|p| p.row));
            let subs = |p: Option<&half::Part>| p.map_or(0, |p| p.subs.len());
            let (sk, sr) = (subs(part.kk), subs(part.ru));
            if part.kk.is_some() && part.ru.is_some() && sk != sr {
                let d = msg!(
                    "import-subitems-count",
                    number = number,
                    rows = rows(rows_here.0, rows_here.1),
                    kk = sk,
                    ru = sr,
                    left = sk.abs_diff(sr)
                );
                notes.push(comment(&d));
                self.differ(d);
            }
            if both && (part.kk.is_none() || part.ru.is_none()) {
                let d = msg!(
                    "import-row-one-language",
                    number = number,
                    rows = rows(rows_here.0, rows_here.1)
                );
                notes.push(comment(&d));
                self.differ(d);
            }
            let task = self.task(part, rows_here);
            for s in 0..sk.max(sr) {
                let t = Texts::new(
                    part.kk.and_then(|p| p.subs.get(s).cloned()),
                    part.ru.and_then(|p| p.subs.get(s).cloned()),
                );
                let mut step_notes = Vec::new();
                if t.is_empty() {
                    step_notes.push(format!(
                        "{}: the step's cell is empty: write the step",
                        one_row(rows_here)
                    ));
                } else if both && (t.kk.is_none() || t.ru.is_none()) {
                    let (has, lacks) = if t.kk.is_some() {
                        ("Kazakh", "Russian")
                    } else {
                        ("Russian", "Kazakh")
                    };
                    step_notes.push(format!(
                        "{}: {has} sub-item {} has no {lacks} counterpart",
                        rows(rows_here.0, rows_here.1),
                        s + 1
                    ));
                }
                steps.push((t, task.clone(), step_notes));
            }
        }
        let schedule = self
            .first()
            .columns
            .col(crate::template::Field::Work)
            .is_some();
        let own = steps.len() == 1
            && (if schedule {
                text.is_empty()
            } else {
                steps[0].0.is_empty()
            });
        let body = if own {
            let (t, task, _) = steps.pop().expect("one step");
            PendingBody::Own(task, schedule.then_some(t))
        } else {
            self.summary.steps += steps.len();
            PendingBody::Steps(steps)
        };
        if steps_empty(&body) {
            notes.push(format!(
                "{}: the item has no rows to import",
                rows(at.0, at.1)
            ));
        }
        PendingItem {
            text: (!text.is_empty()).then_some(text),
            result: (!result.is_empty()).then_some(result),
            body,
            notes,
        }
    }

    fn task(
        &mut self,
        part: Both<'a, half::Part>,
        at: (Option<usize>, Option<usize>),
    ) -> PendingTask {
        let mut notes = Vec::new();
        let due = self.due(part, at, &mut notes);
        let lists = (
            part.kk.map(|p| &p.responsible),
            part.ru.map(|p| &p.responsible),
        );
        let parties = match lists {
            (Some(a), Some(b)) if a.len() != b.len() => {
                self.differ(msg!(
                    "import-responsible-count",
                    rows = rows(at.0, at.1),
                    kk = a.len(),
                    kk_text = part.kk.map_or("", |p| p.responsible_raw.as_str()),
                    ru = b.len(),
                    ru_text = part.ru.map_or("", |p| p.responsible_raw.as_str())
                ));
                Parties::Whole(Texts::new(
                    part.kk.map(|p| p.responsible_raw.clone()),
                    part.ru.map(|p| p.responsible_raw.clone()),
                ))
            }
            (a, b) => {
                let n = a.map_or(0, Vec::len).max(b.map_or(0, Vec::len));
                Parties::Paired(
                    (0..n)
                        .map(|i| {
                            (
                                a.and_then(|l| l.get(i).cloned()),
                                b.and_then(|l| l.get(i).cloned()),
                            )
                        })
                        .collect(),
                )
            }
        };
        for (l, p) in [(Lang::Kk, part.kk), (Lang::Ru, part.ru)] {
            if let Some(p) = p
                && p.responsible.len() > 1
                && (p.responsible_raw.contains('/') || p.responsible_raw.contains(';'))
            {
                notes.push(format!(
                    "{l}: the Word file writes «{}»; qujat lists them with commas",
                    p.responsible_raw
                ));
            }
        }
        PendingTask {
            due,
            parties,
            notes,
        }
    }

    fn due(
        &mut self,
        part: Both<'a, half::Part>,
        at: (Option<usize>, Option<usize>),
        notes: &mut Vec<String>,
    ) -> Due {
        let kk = part
            .kk
            .map(|p| (p, deadline_parse::parse(Lang::Kk, &p.deadline)));
        let ru = part
            .ru
            .map(|p| (p, deadline_parse::parse(Lang::Ru, &p.deadline)));
        let at_rows = one_row(at);
        // The YAML comments say it in English, as every comment import writes.
        let where_ = comment(&at_rows);
        let typed = |b: &mut Self,
                     parsed: &Parsed,
                     notes: &mut Vec<String>,
                     langs: &[(Lang, &half::Part, &Parsed)]| {
            b.summary.typed += 1;
            if let Deadline::On(_) = parsed.due {
                if parsed.numeric {
                    b.numeric_on += 1;
                } else {
                    b.words_on += 1;
                }
            }
            let label = |l: &Lang| {
                if langs.len() > 1 {
                    format!("{l} ")
                } else {
                    String::new()
                }
            };
            for (l, p, q) in langs {
                if p.deadline.is_empty() {
                    notes.push(format!("{where_}: the {}deadline cell is empty", label(l)));
                } else if !q.exact {
                    notes.push(format!(
                        "{where_}: the Word file writes the {}deadline: {}",
                        label(l),
                        p.deadline
                    ));
                }
            }
            Due::Typed(parsed.due.clone())
        };
        match (&kk, &ru) {
            (Some((pk, Some(a))), Some((pr, Some(b)))) if a.due == b.due => {
                typed(self, a, notes, &[(Lang::Kk, pk, a), (Lang::Ru, pr, b)])
            }
            (Some((pk, Some(a))), None) => typed(self, a, notes, &[(Lang::Kk, pk, a)]),
            (None, Some((pr, Some(b)))) => typed(self, b, notes, &[(Lang::Ru, pr, b)]),
            _ => {
                let text = Texts::new(
                    kk.as_ref().map(|(p, _)| p.deadline_text.clone()),
                    ru.as_ref().map(|(p, _)| p.deadline_text.clone()),
                );
                if let (Some((_, Some(a))), Some((_, Some(b)))) = (&kk, &ru) {
                    self.differ(msg!(
                        "import-deadlines-differ",
                        rows = &at_rows,
                        kk = part.kk.map_or("", |p| p.deadline.as_str()),
                        kk_due = deadline_parse::yaml(&a.due),
                        ru = part.ru.map_or("", |p| p.deadline.as_str()),
                        ru_due = deadline_parse::yaml(&b.due)
                    ));
                } else if let (Some((_, a)), Some((_, b))) = (&kk, &ru)
                    && a.is_some() != b.is_some()
                {
                    let (l, p) = if a.is_some() {
                        (Lang::Kk, a)
                    } else {
                        (Lang::Ru, b)
                    };
                    let due = p
                        .as_ref()
                        .map(|p| deadline_parse::yaml(&p.due))
                        .unwrap_or_default();
                    notes.push(format!("{where_}: the {l} deadline reads as `{due}`, the other language's does not: kept as text"));
                }
                self.summary.kept_text.push(at_rows.clone());
                notes.push(format!(
                    "{where_}: the deadline is kept as text (qujat prints it as written)"
                ));
                if text.is_empty() {
                    return Due::Typed(Deadline::Recurring(Recurring::None));
                }
                Due::Text(text)
            }
        }
    }

    // ---- units ----

    fn units(&mut self, pending: &[Vec<Vec<PendingItem>>]) -> UnitTable {
        let legend = |h: Option<&Half>| -> Vec<(String, String)> {
            h.map(|h| h.legend.clone()).unwrap_or_default()
        };
        let (lk, lr) = (legend(self.kk), legend(self.ru));
        let full = |list: &[(String, String)], short: &Option<String>| {
            short
                .as_ref()
                .and_then(|s| list.iter().find(|(a, _)| a == s).map(|(_, f)| f.clone()))
        };
        // Every pair of names, in order of first appearance, with how often it is used.
        let mut seen: Vec<(Names, usize)> = Vec::new();
        for task in pending
            .iter()
            .flatten()
            .flatten()
            .flat_map(PendingItem::tasks)
        {
            if let Parties::Paired(list) = &task.parties {
                for pair in list {
                    match seen.iter_mut().find(|(p, _)| p == pair) {
                        Some((_, n)) => *n += 1,
                        None => seen.push((pair.clone(), 1)),
                    }
                }
            }
        }
        let mut table = UnitTable::default();
        let mut used_keys: Vec<String> = Vec::new();
        let mut make = |pair: &Names, forms: (Option<Forms>, Option<Forms>)| {
            let base = units::key(pair.1.as_deref().or(pair.0.as_deref()).unwrap_or("unit"));
            let mut key = base.clone();
            let mut n = 2;
            while used_keys.contains(&key) {
                key = format!("{base}-{n}");
                n += 1;
            }
            used_keys.push(key.clone());
            (key, forms)
        };
        let legend_rank = |pair: &Names| {
            let pos = |list: &[(String, String)], s: &Option<String>| {
                s.as_ref()
                    .and_then(|s| list.iter().position(|(a, _)| a == s))
            };
            pos(&lk, &pair.0).or(pos(&lr, &pair.1).map(|p| p + lk.len()))
        };
        let mut abbreviated: Vec<(usize, &Names)> = seen
            .iter()
            .filter_map(|(p, _)| legend_rank(p).map(|r| (r, p)))
            .collect();
        abbreviated.sort_by_key(|(r, _)| *r);
        for (_, pair) in abbreviated {
            let forms = (
                pair.0.as_ref().map(|s| Forms {
                    short: s.clone(),
                    full: full(&lk, &pair.0),
                }),
                pair.1.as_ref().map(|s| Forms {
                    short: s.clone(),
                    full: full(&lr, &pair.1),
                }),
            );
            let (key, forms) = make(pair, forms);
            let label = pair.0.clone().or(pair.1.clone()).unwrap_or_default();
            self.summary.legend_units.push(label);
            table.keys.insert(pair.clone(), key.clone());
            table.units.push(Unit {
                key,
                kk: forms.0,
                ru: forms.1,
            });
        }
        for (pair, n) in &seen {
            if table.keys.contains_key(pair) {
                continue;
            }
            let same = pair.0.is_some() && pair.0 == pair.1;
            if *n < 2 && !same {
                continue;
            }
            let plain = |s: &Option<String>| {
                s.as_ref().map(|s| Forms {
                    short: s.clone(),
                    full: None,
                })
            };
            let (key, forms) = make(pair, (plain(&pair.0), plain(&pair.1)));
            self.summary
                .repeated_units
                .push(pair.0.clone().or(pair.1.clone()).unwrap_or_default());
            table.keys.insert(pair.clone(), key.clone());
            table.units.push(Unit {
                key,
                kk: forms.0,
                ru: forms.1,
            });
        }
        // Abbreviations of a legend that no row uses are kept: they are the organisation's.
        for (lang, list) in [(Lang::Kk, &lk), (Lang::Ru, &lr)] {
            for (short, full_form) in list {
                let used = table.units.iter().any(|u| {
                    let f = if lang == Lang::Kk { &u.kk } else { &u.ru };
                    f.as_ref().is_some_and(|f| &f.short == short)
                });
                if used {
                    continue;
                }
                let pair = if lang == Lang::Kk {
                    (Some(short.clone()), None)
                } else {
                    (None, Some(short.clone()))
                };
                let forms = Some(Forms {
                    short: short.clone(),
                    full: Some(full_form.clone()),
                });
                let (key, forms) = make(
                    &pair,
                    if lang == Lang::Kk {
                        (forms, None)
                    } else {
                        (None, forms)
                    },
                );
                self.summary.remarks.push(msg!(
                    "import-legend-unused",
                    lang = lang.code(),
                    short = short.as_str(),
                    key = &key
                ));
                table.units.push(Unit {
                    key,
                    kk: forms.0,
                    ru: forms.1,
                });
            }
        }
        table
    }

    fn resolve(&mut self, d: &mut Draft, pending: Vec<Vec<Vec<PendingItem>>>, units: &UnitTable) {
        for (section, groups) in d.sections.iter_mut().zip(pending) {
            for p in groups.into_iter().flatten() {
                let own_text = p.body_text();
                let body = match p.body {
                    PendingBody::Own(task, _) => Body::Own(self.finish(task, units)),
                    PendingBody::Steps(steps) => Body::Steps(
                        steps
                            .into_iter()
                            .map(|(text, task, notes)| Step {
                                text,
                                task: self.finish(task, units),
                                notes,
                            })
                            .collect(),
                    ),
                };
                let text = own_text.or(p.text);
                section.items.push(Item {
                    text,
                    result: p.result,
                    body,
                    notes: p.notes,
                });
            }
        }
    }

    fn finish(&mut self, t: PendingTask, units: &UnitTable) -> Task {
        let responsible = match t.parties {
            Parties::Whole(texts) => {
                self.summary.free_parties += 1;
                vec![Responsible::Free(texts)]
            }
            Parties::Paired(list) => list
                .into_iter()
                .map(|pair| match units.keys.get(&pair) {
                    Some(k) => Responsible::Unit(k.clone()),
                    None => {
                        self.summary.free_parties += 1;
                        Responsible::Free(Texts::new(pair.0, pair.1))
                    }
                })
                .collect(),
        };
        Task {
            due: t.due,
            responsible,
            notes: t.notes,
        }
    }

    fn notes(&mut self) -> Vec<Texts> {
        let get = |h: Option<&Half>| h.map(|h| h.notes.clone()).unwrap_or_default();
        let (k, r) = (get(self.kk), get(self.ru));
        if self.kk.is_some() && self.ru.is_some() && k.len() != r.len() {
            self.differ(msg!("import-notes-count", kk = k.len(), ru = r.len()));
        }
        (0..k.len().max(r.len()))
            .map(|i| Texts::new(k.get(i).cloned(), r.get(i).cloned()))
            .collect()
    }
}

/// A responsible party's name in each language.
type Names = (Option<String>, Option<String>);

#[derive(Default)]
struct UnitTable {
    units: Vec<Unit>,
    keys: BTreeMap<Names, String>,
}

struct PendingItem {
    text: Option<Texts>,
    result: Option<Texts>,
    body: PendingBody,
    notes: Vec<String>,
}

enum PendingBody {
    /// The item's own task, and in a schedule the row's text as the item's text.
    Own(PendingTask, Option<Texts>),
    Steps(Vec<(Texts, PendingTask, Vec<String>)>),
}

impl PendingItem {
    fn tasks(&self) -> Vec<&PendingTask> {
        match &self.body {
            PendingBody::Own(t, _) => vec![t],
            PendingBody::Steps(s) => s.iter().map(|(_, t, _)| t).collect(),
        }
    }

    fn body_text(&self) -> Option<Texts> {
        match &self.body {
            PendingBody::Own(_, t) => t.clone(),
            PendingBody::Steps(_) => None,
        }
    }
}

fn steps_empty(b: &PendingBody) -> bool {
    matches!(b, PendingBody::Steps(s) if s.is_empty())
}
