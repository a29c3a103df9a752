//! The changes document's content per language: its title and its numbered instructions in
//! the legal drafting formulas («строку, порядковый номер 5, изложить в следующей редакции:» /
//! «реттік нөмірі 5-жол мынадай редакцияда жазылсын:»), every phrase from the Fluent file
//! `amend.ftl` of the language, the Kazakh endings from the rules of the language.
//!
//! One instruction per changed element of the plan in force, in the order of that plan: the
//! title, units renamed throughout, then the table (section headings and rows by their old
//! numbers, rows added after the row they follow), notes, legend. Both languages get the same
//! instructions under the same numbers — the two documents stay parallel — and where only one
//! language's wording of an element changed, the other language's instruction says that its
//! text does not change. What an instruction quotes (a new row, a heading, the notes) is named
//! by [`Quote`], for the document to lay out as the plan does.

use super::changes::{Cell, Kind};
use super::numbering::{Numbering, RowNumber};
use super::view::Words;
use super::words::replaced_run;
use super::{Diff, Langs};
use crate::lang::Lang;
use crate::locale::{Locale, LocaleError};
use crate::richtext;
use fluent_bundle::FluentArgs;
use std::collections::HashSet;

/// An instruction quoting more words than this restates the row instead.
const MAX_QUOTED_WORDS: usize = 12;

/// The changes document's words in one language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instructions {
    pub lang: Lang,
    /// «… жоспарына өзгерістер мен толықтырулар» / «Изменения и дополнения в План …».
    pub title: String,
    pub items: Vec<Instruction>,
}

/// One numbered instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// «1)».
    pub label: String,
    /// The formula, without the punctuation that ends the instruction; a formula followed by a
    /// quote ends with its colon.
    pub text: String,
    pub quote: Option<Quote>,
    /// «;», or «.» for the last instruction: after the quote when there is one.
    pub end: String,
    /// What the instruction is about (the same in both languages).
    pub target: Target,
}

impl Instruction {
    /// The instruction as one line of text (the quote named, not laid out), for tests and logs.
    pub fn line(&self) -> String {
        let quote = self
            .quote
            .as_ref()
            .map_or(String::new(), |q| format!(" [{q:?}]"));
        format!("{} {}{quote}{}", self.label, self.text, self.end)
    }
}

/// What an instruction quotes, from the new plan, laid out as the plan lays it out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Quote {
    /// The document's title.
    Title,
    /// The heading of section `section` (numbered from 1 in the new plan).
    Heading {
        section: usize,
    },
    /// Item `item` (its number in the new plan) as a table row, its № cell reading `number`.
    Row {
        item: usize,
        number: String,
    },
    /// Section `section` of the new plan whole: its heading and its rows.
    Section {
        section: usize,
        number: String,
        rows: Vec<(usize, String)>,
    },
    Notes,
    Legend,
}

/// What one instruction is about, the same in both languages. Items and sections are
/// numbered from 1 in their own plan; units are indices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Title(Langs),
    /// A unit's short name, everywhere: (old unit, new unit).
    Everywhere(usize, usize, Langs),
    /// Item `old` (index) changed in place into item `new`; `reshaped` when steps were added or
    /// removed (no words formula then).
    Row {
        old: usize,
        new: usize,
        langs: Langs,
        reshaped: bool,
    },
    RowRemoved(usize),
    RowAdded(usize),
    SectionRenamed(usize, usize, Langs),
    SectionRemoved(usize),
    SectionAdded(usize),
    Notes(Langs),
    Legend(Langs),
    /// A unit's full name in the legend: (old unit, new unit).
    LegendWords(usize, usize, Langs),
}

/// Where an instruction goes: (part, place in the table, phase, sub).
type Place = (u8, RowNumber, u8, usize);

/// The title and instructions of the changes document in `lang`.
pub fn instructions(
    diff: &Diff,
    lang: Lang,
    numbering: Numbering,
) -> Result<Instructions, LocaleError> {
    let locale = Locale::get(lang)?;
    let targets = targets(diff);
    let w = Writer {
        diff,
        lang,
        locale,
        numbering,
    };
    let mut items = Vec::with_capacity(targets.len());
    for (i, target) in targets.iter().enumerate() {
        let (text, quote) = w.formula(target)?;
        let last = i + 1 == targets.len();
        items.push(Instruction {
            label: w.format("amend-number", &[("number", (i + 1).to_string())])?,
            text,
            quote,
            end: locale.text(if last {
                "amend-end-last"
            } else {
                "amend-end-next"
            })?,
            target: target.clone(),
        });
    }
    Ok(Instructions {
        lang,
        title: w.title(&targets)?,
        items,
    })
}

/// The instructions' subjects, in the order of the plan in force.
fn targets(diff: &Diff) -> Vec<Target> {
    let mut out: Vec<(Place, Target)> = Vec::new();
    let table = |row: RowNumber, phase: u8, sub: usize| (1, row, phase, sub);
    let head = |n: u8| (0, RowNumber { base: 0, sub: 0 }, n, 0);
    let tail = |n: u8| (2, RowNumber { base: 0, sub: 0 }, n, 0);
    let old_row = |o: usize| RowNumber { base: o, sub: 0 };
    // A section removed or added whole takes its rows with it: no instruction of their own.
    let (mut gone, mut fresh, mut moved) = (HashSet::new(), HashSet::new(), HashSet::new());
    for c in &diff.changes {
        match &c.kind {
            Kind::SectionRemoved { old } => _ = gone.insert(*old),
            Kind::SectionAdded { new } => _ = fresh.insert(*new),
            Kind::ItemMoved { old, .. } => _ = moved.insert(old.number),
            _ => {}
        }
    }
    let section_gone = |s: usize| gone.contains(&s);
    let section_new = |s: usize| fresh.contains(&s);
    // A legend restated whole needs no instruction per unit's full name.
    let legend_restated = diff.changes.iter().any(|c| c.kind == Kind::Legend);
    let mut notes = Langs::default();
    for change in &diff.changes {
        match &change.kind {
            Kind::Title => out.push((head(0), Target::Title(change.langs))),
            Kind::Unit { key, short, full } => {
                let (o, n) = unit_pair(diff, key);
                if !short.is_empty() {
                    out.push((head(1), Target::Everywhere(o, n, *short)));
                }
                if !full.is_empty() && !legend_restated {
                    out.push((tail(1), Target::LegendWords(o, n, *full)));
                }
            }
            Kind::Legend => out.push((tail(2), Target::Legend(change.langs))),
            Kind::SectionRenamed { old, new, .. } => {
                let at = old_row(diff.old.first_item[old - 1] + 1);
                out.push((
                    table(at, 0, 0),
                    Target::SectionRenamed(*old, *new, change.langs),
                ));
            }
            Kind::SectionRemoved { old } => {
                let at = old_row(diff.old.first_item[old - 1] + 1);
                out.push((table(at, 0, 0), Target::SectionRemoved(*old)));
            }
            Kind::SectionAdded { new } => {
                let first = diff.rows[diff.new.first_item[new - 1]].number;
                out.push((
                    table(old_row(first.base), 2, first.sub),
                    Target::SectionAdded(*new),
                ));
            }
            Kind::ItemRemoved { old } if !section_gone(old.section) => {
                out.push((
                    table(old_row(old.number), 1, 0),
                    Target::RowRemoved(old.number),
                ));
            }
            Kind::ItemAdded { new } if !section_new(new.section) => {
                let at = diff.rows[new.number - 1].number;
                out.push((
                    table(old_row(at.base), 2, at.sub),
                    Target::RowAdded(new.number),
                ));
            }
            Kind::ItemMoved { old, new, .. } => {
                if !section_gone(old.section) {
                    out.push((
                        table(old_row(old.number), 1, 0),
                        Target::RowRemoved(old.number),
                    ));
                }
                if !section_new(new.section) {
                    let at = diff.rows[new.number - 1].number;
                    out.push((
                        table(old_row(at.base), 2, at.sub),
                        Target::RowAdded(new.number),
                    ));
                }
            }
            Kind::ItemChanged { old, new, .. }
            | Kind::StepAdded { old, new, .. }
            | Kind::StepRemoved { old, new, .. }
            | Kind::StepChanged { old, new, .. } => {
                if moved.contains(&old.number) {
                    continue; // restated whole where it is added
                }
                let reshaped = matches!(
                    change.kind,
                    Kind::StepAdded { .. } | Kind::StepRemoved { .. }
                );
                let place = table(old_row(old.number), 1, 0);
                match out.last_mut() {
                    Some((
                        p,
                        Target::Row {
                            langs, reshaped: r, ..
                        },
                    )) if *p == place => {
                        *langs = langs.union(change.langs);
                        *r |= reshaped;
                    }
                    _ => out.push((
                        place,
                        Target::Row {
                            old: old.number,
                            new: new.number,
                            langs: change.langs,
                            reshaped,
                        },
                    )),
                }
            }
            Kind::NoteAdded { .. } | Kind::NoteRemoved { .. } | Kind::NoteChanged { .. } => {
                notes = notes.union(change.langs);
            }
            Kind::ItemRemoved { .. } | Kind::ItemAdded { .. } => {}
        }
    }
    if !notes.is_empty() {
        out.push((tail(0), Target::Notes(notes)));
    }
    // Stable: a row's own changes stay in the order the changes list gives them.
    out.sort_by_key(|a| a.0);
    out.into_iter().map(|(_, t)| t).collect()
}

/// The old and new index of the unit whose new key is `key`.
fn unit_pair(diff: &Diff, key: &str) -> (usize, usize) {
    let n = diff
        .new
        .plan
        .units
        .iter()
        .position(|u| u.key == key)
        .unwrap_or_default();
    let o = diff
        .old
        .unit_ids
        .iter()
        .position(|id| *id == diff.new.unit_ids[n])
        .unwrap_or_default();
    (o, n)
}

struct Writer<'a> {
    diff: &'a Diff<'a>,
    lang: Lang,
    locale: &'a Locale,
    numbering: Numbering,
}

impl Writer<'_> {
    fn format(&self, id: &str, vars: &[(&'static str, String)]) -> Result<String, LocaleError> {
        let mut args = FluentArgs::new();
        for (k, v) in vars {
            args.set(*k, v.clone());
        }
        self.locale.format(id, &args)
    }

    /// The document's title: the title of the plan in force, and whether the instructions
    /// change, add, or both.
    fn title(&self, targets: &[Target]) -> Result<String, LocaleError> {
        let adds = |t: &Target| match t {
            Target::RowAdded(_) | Target::SectionAdded(_) => true,
            Target::Notes(_) => self.diff.old.plan.notes.is_empty(),
            Target::Legend(_) => self.diff.old.view(self.lang).legend.is_empty(),
            _ => false,
        };
        let additions = targets.iter().any(adds);
        let changes = targets.iter().any(|t| !adds(t));
        let kind = match (changes, additions) {
            (true, true) => "both",
            (false, true) => "additions",
            _ => "changes",
        };
        let title = super::view::title(self.diff.old.plan, self.lang)?;
        let title = richtext::concat(&richtext::parse_inline(&title));
        self.format("amend-title", &[("kind", kind.into()), ("title", title)])
    }

    fn formula(&self, target: &Target) -> Result<(String, Option<Quote>), LocaleError> {
        let lang = self.lang;
        let plain = |id: &str, vars: &[(&'static str, String)]| Ok((self.format(id, vars)?, None));
        let quoting = |id: &str, vars: &[(&'static str, String)], q: Quote| {
            Ok((self.format(id, vars)?, Some(q)))
        };
        match target {
            Target::Title(langs) if langs.has(lang) => {
                quoting("amend-title-replaced", &[], Quote::Title)
            }
            Target::Title(_) => plain("amend-title-unchanged", &[]),
            Target::Everywhere(o, n, langs) if langs.has(lang) => {
                let (old, new) = (
                    &self.before().units[*o].short,
                    &self.after().units[*n].short,
                );
                plain("amend-everywhere-words", &quoted(old, new))
            }
            Target::Everywhere(..) => plain("amend-everywhere-unchanged", &[]),
            Target::LegendWords(o, n, langs) if langs.has(lang) => {
                let (old, new) = (&self.before().units[*o].full, &self.after().units[*n].full);
                plain("amend-legend-words", &quoted(old, new))
            }
            Target::LegendWords(..) => plain("amend-legend-unchanged", &[]),
            Target::Row {
                old,
                new,
                langs,
                reshaped,
            } => {
                let number = [("number", old.to_string())];
                if !langs.has(lang) {
                    return plain("amend-row-unchanged", &number);
                }
                if !reshaped && let Some((a, b)) = self.words_replaced(*old, *new) {
                    let mut vars = quoted(&a, &b).to_vec();
                    vars.push(number[0].clone());
                    return plain("amend-row-words", &vars);
                }
                let quote = Quote::Row {
                    item: *new,
                    number: old.to_string(),
                };
                quoting("amend-row-replaced", &number, quote)
            }
            Target::RowRemoved(old) => plain("amend-row-removed", &[("number", old.to_string())]),
            Target::RowAdded(new) => self.row_added(*new),
            Target::SectionRenamed(old, new, langs) => {
                let section = [("section", old.to_string())];
                if langs.has(lang) {
                    quoting(
                        "amend-section-renamed",
                        &section,
                        Quote::Heading { section: *new },
                    )
                } else {
                    plain("amend-section-unchanged", &section)
                }
            }
            Target::SectionRemoved(old) => {
                plain("amend-section-removed", &[("section", old.to_string())])
            }
            Target::SectionAdded(new) => {
                let number = self.numbering.section(&self.diff.sections[new - 1]);
                let first = self.diff.new.first_item[new - 1];
                let count = self.diff.new.plan.sections[new - 1].items.len();
                let rows = (first..first + count)
                    .map(|i| (i + 1, self.numbering.row(&self.diff.rows[i])))
                    .collect();
                let quote = Quote::Section {
                    section: *new,
                    number: number.clone(),
                    rows,
                };
                quoting("amend-section-added", &[("number", number)], quote)
            }
            Target::Notes(langs) => {
                let (had, has) = (
                    !self.before().notes.is_empty(),
                    !self.after().notes.is_empty(),
                );
                match (had, has) {
                    (false, _) => quoting("amend-notes-added", &[], Quote::Notes),
                    (true, false) => plain("amend-notes-removed", &[]),
                    _ if langs.has(lang) => quoting("amend-notes-replaced", &[], Quote::Notes),
                    _ => plain("amend-notes-unchanged", &[]),
                }
            }
            Target::Legend(langs) => {
                let (had, has) = (
                    !self.before().legend.is_empty(),
                    !self.after().legend.is_empty(),
                );
                match (had, has) {
                    _ if !langs.has(lang) => plain("amend-legend-unchanged", &[]),
                    (false, _) => quoting("amend-legend-added", &[], Quote::Legend),
                    (true, false) => plain("amend-legend-removed", &[]),
                    _ => quoting("amend-legend-replaced", &[], Quote::Legend),
                }
            }
        }
    }

    fn before(&self) -> &super::view::PlanView {
        self.diff.old.view(self.lang)
    }

    fn after(&self) -> &super::view::PlanView {
        self.diff.new.view(self.lang)
    }

    fn row_added(&self, new: usize) -> Result<(String, Option<Quote>), LocaleError> {
        let row = &self.diff.rows[new - 1];
        let number = self.numbering.row(row);
        let quote = Quote::Row {
            item: new,
            number: number.clone(),
        };
        // The old section the row is added to; it follows a row of that section, or it opens
        // the section and the instruction must say which.
        let section = self.diff.sections[self.diff.new.section_of[new - 1]].kept;
        let text = match section {
            Some(s) if row.after_section != Some(s) => self.format(
                "amend-row-added-in-section",
                &[("section", (s + 1).to_string()), ("number", number)],
            )?,
            _ => self.format("amend-row-added", &[("number", number)])?,
        };
        Ok((text, Some(quote)))
    }

    /// The old and new words of the one place where row `old` (number) changed in this
    /// language, when they can be quoted unambiguously and briefly.
    fn words_replaced(&self, old: usize, new: usize) -> Option<(Words, Words)> {
        let (a, b) = (&self.before().items[old - 1], &self.after().items[new - 1]);
        if a.steps.len() != b.steps.len() {
            return None;
        }
        let (a_cells, b_cells) = (cells_with_names(a), cells_with_names(b));
        // A responsible cell changed when it names someone else, not when a unit's new name
        // shows in it (that is said once for the whole text).
        let mut changed = a_cells
            .iter()
            .zip(&b_cells)
            .filter(|(x, y)| match (x.2, y.2) {
                (Some(p), Some(q)) => p != q,
                _ => x.1 != y.1,
            });
        let (one, other) = (changed.next()?, changed.next());
        if other.is_some() {
            return None;
        }
        let row: Vec<&[String]> = a.cells().into_iter().map(Vec::as_slice).collect();
        let (ra, rb) = replaced_run(one.0.1, one.1.1, &row)?;
        if ra.len() > MAX_QUOTED_WORDS || rb.len() > MAX_QUOTED_WORDS {
            return None;
        }
        Some((one.0.1[ra].to_vec(), one.1.1[rb].to_vec()))
    }
}

/// The `$old`, `$new`, `$old-n`, `$new-n` of a words formula.
fn quoted(old: &[String], new: &[String]) -> [(&'static str, String); 4] {
    let n = |w: &[String]| if w.len() == 1 { "one" } else { "many" };
    [
        ("old", old.join(" ")),
        ("new", new.join(" ")),
        ("old-n", n(old).into()),
        ("new-n", n(new).into()),
    ]
}

/// Every cell of a row with the words it prints and, for a responsible cell, who it names.
fn cells_with_names(item: &super::view::ItemView) -> Vec<(Cell, &Words, Option<&Vec<String>>)> {
    let mut cells = vec![
        (Cell::Text, &item.text, None),
        (Cell::Result, &item.result, None),
    ];
    if let Some(own) = &item.own {
        cells.push((Cell::Deadline, &own.deadline, None));
        cells.push((Cell::Responsible, &own.responsible, Some(&own.who)));
    }
    for s in &item.steps {
        cells.push((Cell::Step, &s.text, None));
        cells.push((Cell::Deadline, &s.task.deadline, None));
        cells.push((Cell::Responsible, &s.task.responsible, Some(&s.task.who)));
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(lang: Lang, id: &str, vars: &[(&'static str, &str)]) -> String {
        let mut args = FluentArgs::new();
        for (k, v) in vars {
            args.set(*k, v.to_string());
        }
        Locale::get(lang).unwrap().format(id, &args).unwrap()
    }

    /// The noun after the number takes its ending by rule whatever the number: the locale
    /// holds one formula, not one per number.
    #[test]
    fn kazakh_formulas_for_every_number() {
        for n in 1..=300 {
            for number in [n.to_string(), format!("{n}-1"), format!("{n}-2")] {
                let num = [("number", number.as_str())];
                assert_eq!(
                    format(Lang::Kk, "amend-row-added", &num),
                    format!("мынадай мазмұндағы реттік нөмірі {number}-жолмен толықтырылсын:")
                );
                assert_eq!(
                    format(Lang::Kk, "amend-row-unchanged", &num),
                    format!("реттік нөмірі {number}-жолдағы қазақ тіліндегі мәтін өзгермейді")
                );
                assert_eq!(
                    format(Lang::Kk, "amend-section-added", &num),
                    format!("мынадай мазмұндағы {number}-бөліммен толықтырылсын:")
                );
                assert_eq!(
                    format(Lang::Ru, "amend-row-added", &num),
                    format!("дополнить строкой, порядковый номер {number}, следующего содержания:")
                );
            }
            let section = [("section", n.to_string())];
            let section: Vec<(&str, &str)> =
                section.iter().map(|(k, v)| (*k, v.as_str())).collect();
            assert_eq!(
                format(Lang::Kk, "amend-section-renamed", &section),
                format!("{n}-бөлімнің тақырыбы мынадай редакцияда жазылсын:")
            );
        }
    }

    #[test]
    fn one_word_or_several() {
        let vars = |o: &'static str, n: &'static str| {
            [
                ("number", "3"),
                ("old", "а"),
                ("new", "б"),
                ("old-n", o),
                ("new-n", n),
            ]
        };
        assert_eq!(
            format(Lang::Ru, "amend-row-words", &vars("one", "many")),
            "в строке, порядковый номер 3, слово «а» заменить словами «б»"
        );
        assert_eq!(
            format(Lang::Ru, "amend-row-words", &vars("many", "one")),
            "в строке, порядковый номер 3, слова «а» заменить словом «б»"
        );
        assert_eq!(
            format(Lang::Kk, "amend-row-words", &vars("one", "many")),
            "реттік нөмірі 3-жолдағы «а» деген сөз «б» деген сөздермен ауыстырылсын"
        );
        assert_eq!(
            format(Lang::Kk, "amend-row-words", &vars("many", "one")),
            "реттік нөмірі 3-жолдағы «а» деген сөздер «б» деген сөзбен ауыстырылсын"
        );
    }
}
