//! Node tree → typed plan. Walks the whole file and reports every problem it meets, so a user
//! sees all of them at once; the plan is returned only when there were none.
//!
//! One concern a file: the mappings and lists (`fields`), single values (`values`), texts and
//! what may be printed (`texts`), the grif (`approval`), units and who is responsible
//! (`units`), the table (`table`), deadlines and the period (`deadlines`).

use super::model::*;
use super::schema::fields;
use crate::diagnostic::{Diagnostic, Report, closest};
use crate::message::Message;
use crate::msg;
use crate::source::{Node, Place, Pos, Value};
use chrono::NaiveDate;
use std::collections::BTreeMap;

mod approval;
mod deadlines;
mod fields;
mod headers;
mod table;
mod texts;
mod units;
mod values;

use fields::Fields;

/// What reading a plan gives: the plan when it has no errors, and the template it names
/// whether or not the rest is valid, so that the template's problems are reported in the same
/// run as the plan's.
pub struct Reading<'src> {
    pub plan: Option<Plan>,
    pub template: Option<TemplateChoice>,
    /// The `amendment:` block, for `amend::data` to read (the plan itself does not use it).
    pub amendment: Option<Node<'src>>,
}

/// The `template:` of a plan and where it is written.
#[derive(Clone, Debug)]
pub struct TemplateChoice {
    pub template: TemplateRef,
    pub at: Place,
}

/// Builds the plan from the node tree of `source`, or records why it cannot.
///
/// The sections are most of the tree: they are taken out of it, and each section's nodes are
/// dropped as soon as its part of the plan is built, so that the tree and the plan it becomes
/// are not both held whole (at 10,000 items, 20 MB and 28 MB).
pub fn load<'src>(mut root: Node<'src>, source: &str, report: &mut Report) -> Reading<'src> {
    let amendment = take_value(&mut root, "amendment");
    let sections = take_value(&mut root, "sections");
    let mut loader = Loader {
        report,
        source,
        suggested: Vec::new(),
        units: BTreeMap::new(),
        ids: BTreeMap::new(),
        template: None,
    };
    let plan = loader.plan(&root, sections);
    let template = loader.template.take();
    let plan = if loader.report.has_errors() {
        None
    } else {
        plan
    };
    Reading {
        plan,
        template,
        amendment,
    }
}

/// The value under a key of the plan's mapping, taken out of the tree: a null stands in its
/// place, with its place, so the key is still there for the checks of the plan's fields.
fn take_value<'src>(root: &mut Node<'src>, key: &str) -> Option<Node<'src>> {
    let Value::Map(entries) = &mut root.value else {
        return None;
    };
    let (_, value) = entries
        .iter_mut()
        .find(|(k, _)| matches!(&k.value, Value::Str(s) if s == key))?;
    Some(Node {
        value: std::mem::replace(&mut value.value, Value::Null),
        ..*value
    })
}

/// A text read from `node` of `source` alone, with the checks the loader makes of every text
/// (see `plan::read_text`).
pub fn text(node: &Node, source: &str, what: &Message, report: &mut Report) -> Option<Text> {
    let mut loader = Loader {
        report,
        source,
        suggested: Vec::new(),
        units: BTreeMap::new(),
        ids: BTreeMap::new(),
        template: None,
    };
    loader.text(node, what)
}

struct Loader<'r> {
    report: &'r mut Report,
    /// The plan's text: numbers kept as typed, and the places of single characters.
    source: &'r str,
    /// Field names that an unknown field was taken for (`titel` → `title`): their "missing"
    /// error would only repeat the suggestion.
    suggested: Vec<(Pos, &'static str)>,
    /// Unit keys seen so far, with their index, for `responsible:` references; `None` for a
    /// unit whose definition has errors.
    units: BTreeMap<String, Option<usize>>,
    /// Item ids seen so far, with their place, to report a second use.
    ids: BTreeMap<String, Pos>,
    template: Option<TemplateChoice>,
}

impl Loader<'_> {
    fn error(&mut self, code: &'static str, at: impl Into<Place>, msg: Message, help: Message) {
        self.report
            .push(Diagnostic::error_at(code, at.into(), msg).help(help));
    }

    fn warning(&mut self, code: &'static str, at: impl Into<Place>, msg: Message, help: Message) {
        self.report
            .push(Diagnostic::warning_at(code, at.into(), msg).help(help));
    }

    /// The plan from its mapping `root`, whose `sections` have been taken out of it.
    fn plan(&mut self, root: &Node, sections: Option<Node>) -> Option<Plan> {
        let f = self.fields(root, "ctx-plan", fields("Plan"))?;
        self.version(&f);
        self.template(&f);
        let organization = self.organization(&f);
        let annex = f.get("annex").and_then(|n| self.annex(n));
        let approval = self
            .required(&f, "approval", msg!("help-add-approval"))
            .and_then(|n| self.approval(n));
        let title = self
            .required(&f, "title", msg!("help-add-title"))
            .and_then(|n| self.text(n, &msg!("what-title")));
        let period = f.get("period").and_then(|n| self.period(n));
        let date_style = f.get("dates").and_then(|n| self.date_style(n));
        let headers = f
            .get("headers")
            .map(|n| self.headers(n))
            .unwrap_or_default();
        let units = f
            .get("units")
            .map(|n| self.unit_list(n))
            .unwrap_or_default();
        let sections = self
            .required(&f, "sections", msg!("help-add-sections"))
            .and(sections)
            .map(|n| self.sections(n))
            .unwrap_or_default();
        let notes = f
            .get("notes")
            .map(|n| self.list(n, "notes", |l, item| l.text(item, &msg!("what-note"))))
            .unwrap_or_default();
        let template = self.template.clone()?;
        Some(Plan {
            template: template.template,
            template_pos: template.at.pos,
            organization: organization?,
            annex,
            approval: approval?,
            title: title?,
            period,
            date_style,
            headers,
            units,
            sections,
            notes,
        })
    }

    fn version(&mut self, f: &Fields) {
        match f.get("qujat") {
            None => self.missing(f, "qujat", msg!("help-add-version")),
            Some(n) if matches!(n.value, Value::Int(1)) => {}
            Some(n) => self.error(
                "unsupported-version",
                n,
                msg!("unsupported-version", found = n.describe()),
                msg!("help-unsupported-version"),
            ),
        }
    }

    fn template(&mut self, f: &Fields) {
        let Some(node) = self.required(f, "template", msg!("help-add-template")) else {
            return;
        };
        let Value::Str(name) = &node.value else {
            self.wrong_type(node, msg!("expected-template"), msg!("help-template"));
            return;
        };
        let template = if name.ends_with(".yaml") || name.ends_with(".yml") || name.contains('/') {
            TemplateRef::Path(name.to_string())
        } else {
            TemplateRef::Builtin(name.to_string())
        };
        self.template = Some(TemplateChoice {
            template,
            at: node.into(),
        });
    }

    fn organization(&mut self, f: &Fields) -> Option<Organization> {
        let node = self.required(f, "organization", msg!("help-add-organization"))?;
        let o = self.fields(node, "ctx-organization", fields("Organization"))?;
        let name = self
            .required(&o, "name", msg!("help-add-organization-name"))
            .and_then(|n| self.text(n, &msg!("what-organization-name")));
        let short = self
            .required(&o, "short", msg!("help-add-organization-short"))
            .and_then(|n| self.text(n, &msg!("what-organization-short")));
        Some(Organization {
            name: name?,
            short: short?,
        })
    }
}
