//! What a plan says in one language, cell by cell, as words: what the comparison compares.
//!
//! Wording is what a board approves, so cells are compared as the words a reader sees — the
//! Markdown markers, line breaks and indentation of the YAML are not part of them — and the
//! deadline phrases are the ones the document prints (a `{by: …}` changed into the same date
//! written `{on: …}` is a change; the same date reformatted in the YAML is not).

use crate::lang::Lang;
use crate::locale::{Locale, LocaleError};
use crate::phrases;
use crate::plan::{DateStyle, Deadline, Item, ItemBody, Plan, Responsible, Task, Text};
use crate::richtext::{self, Block};
use crate::template::Template;
use fluent_bundle::FluentArgs;

/// The words of one cell, as a reader sees them.
pub type Words = Vec<String>;

/// Splits a text (a cell, a note, a title) into the words it shows.
pub fn words(text: &str) -> Words {
    let mut out = Words::new();
    for block in richtext::parse(text) {
        match block {
            Block::Paragraph(p) => push_words(&mut out, &richtext::concat(&p)),
            Block::Bullets(items) => items
                .iter()
                .for_each(|i| push_words(&mut out, &richtext::concat(i))),
        }
    }
    out
}

fn push_words(out: &mut Words, text: &str) {
    out.extend(text.split_whitespace().map(str::to_string));
}

/// One plan in one language.
#[derive(Clone, Debug)]
pub struct PlanView {
    pub title: Words,
    pub sections: Vec<Words>,
    /// Every item in table order (index = item number − 1).
    pub items: Vec<ItemView>,
    pub notes: Vec<Words>,
    /// Each unit's short and full name; the legend's entries by unit index.
    pub units: Vec<UnitView>,
    pub legend: Vec<usize>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitView {
    pub short: Words,
    pub full: Words,
}

#[derive(Clone, Debug)]
pub struct ItemView {
    pub text: Words,
    pub result: Words,
    /// The deadline and responsible of an item without steps.
    pub own: Option<TaskView>,
    pub steps: Vec<StepView>,
}

#[derive(Clone, Debug)]
pub struct StepView {
    pub text: Words,
    pub task: TaskView,
}

#[derive(Clone, Debug)]
pub struct TaskView {
    pub deadline: Words,
    /// The names as printed, joined by commas.
    pub responsible: Words,
    /// Who is responsible, for comparison: a unit by its identity across the two plans (so a
    /// unit's new name is one change of the unit, not a change of every row it is named in),
    /// free text by its words.
    pub who: Vec<String>,
}

impl TaskView {
    fn empty() -> TaskView {
        TaskView {
            deadline: Words::new(),
            responsible: Words::new(),
            who: Vec::new(),
        }
    }
}

impl ItemView {
    /// Every cell of the row, in table order, for word searches inside the row.
    pub fn cells(&self) -> Vec<&Words> {
        let mut cells = vec![&self.text, &self.result];
        if let Some(own) = &self.own {
            cells.extend([&own.deadline, &own.responsible]);
        }
        for s in &self.steps {
            cells.extend([&s.text, &s.task.deadline, &s.task.responsible]);
        }
        cells
    }
}

/// Builds the view of `plan` in `lang`. `unit_ids` gives each unit of the plan its identity
/// across the two plans being compared.
pub fn build(
    plan: &Plan,
    template: &Template,
    lang: Lang,
    unit_ids: &[String],
) -> Result<PlanView, LocaleError> {
    let b = Builder {
        plan,
        lang,
        locale: Locale::get(lang)?,
        style: plan.date_style.unwrap_or_else(|| template.date_style()),
        unit_ids,
    };
    Ok(PlanView {
        title: words(&title(plan, lang)?),
        sections: plan.sections.iter().map(|s| b.text(&s.title)).collect(),
        items: plan.items().map(|i| b.item(i)).collect::<Result<_, _>>()?,
        notes: plan.notes.iter().map(|n| b.text(n)).collect(),
        units: plan
            .units
            .iter()
            .map(|u| UnitView {
                short: words(&u.forms(lang).short),
                full: u.forms(lang).full.as_deref().map(words).unwrap_or_default(),
            })
            .collect(),
        legend: legend(plan, lang),
    })
}

/// The title as the document prints it: the plan's title with its period, in the language's
/// word order.
pub fn title(plan: &Plan, lang: Lang) -> Result<String, LocaleError> {
    let title = plan.title.get(lang).trim().to_string();
    let Some(period) = &plan.period else {
        return Ok(title);
    };
    let locale = Locale::get(lang)?;
    let mut args = FluentArgs::new();
    args.set("title", title);
    args.set("period", phrases::period(locale, period)?);
    locale.format("title-with-period", &args)
}

/// The units the legend spells out: used in the table and with a full form in `lang`.
fn legend(plan: &Plan, lang: Lang) -> Vec<usize> {
    let mut used = vec![false; plan.units.len()];
    for r in plan.tasks().flat_map(|t| &t.responsible) {
        if let Responsible::Unit(i) = r {
            used[*i] = true;
        }
    }
    (0..plan.units.len())
        .filter(|&i| used[i] && plan.units[i].forms(lang).full.is_some())
        .collect()
}

struct Builder<'a> {
    plan: &'a Plan,
    lang: Lang,
    locale: &'a Locale,
    style: DateStyle,
    unit_ids: &'a [String],
}

impl Builder<'_> {
    fn text(&self, text: &Text) -> Words {
        words(text.get(self.lang))
    }

    fn opt(&self, text: Option<&Text>) -> Words {
        text.map(|t| self.text(t)).unwrap_or_default()
    }

    fn item(&self, item: &Item) -> Result<ItemView, LocaleError> {
        let (own, steps) = match &item.body {
            ItemBody::Own(task) => (Some(self.task(task)?), Vec::new()),
            ItemBody::Steps(steps) => (
                None,
                steps
                    .iter()
                    .map(|s| {
                        Ok(StepView {
                            text: self.text(&s.text),
                            task: self.task(&s.task)?,
                        })
                    })
                    .collect::<Result<_, LocaleError>>()?,
            ),
        };
        Ok(ItemView {
            text: self.opt(item.text.as_ref()),
            result: self.opt(item.result.as_ref()),
            own,
            steps,
        })
    }

    fn task(&self, task: &Task) -> Result<TaskView, LocaleError> {
        let deadline = match &task.due {
            Deadline::Free(t) => self.text(t),
            due => words(&phrases::deadline(self.locale, due, self.style)?),
        };
        let mut view = TaskView {
            deadline,
            ..TaskView::empty()
        };
        let mut names = Vec::new();
        for r in &task.responsible {
            match r {
                Responsible::Unit(i) => {
                    names.push(self.plan.units[*i].forms(self.lang).short.clone());
                    view.who.push(format!("unit {}", self.unit_ids[*i]));
                }
                Responsible::Free(t) => {
                    names.push(t.get(self.lang).to_string());
                    view.who.push(format!("text {}", self.text(t).join(" ")));
                }
            }
        }
        view.responsible = words(&names.join(", "));
        Ok(view)
    }
}
