//! The plan: its model, how it is loaded from YAML, and the checks it must pass.

pub mod chars;
mod load;
pub mod model;
pub mod schema;
mod validate;

pub use load::{Reading, TemplateChoice};
pub use model::*;

use crate::diagnostic::{Diagnostic, Report};
use crate::source;

/// Parses and validates plan text. Returns the plan when it has no errors; the report holds
/// every error and warning found either way.
pub fn from_text(text: &str) -> (Option<Plan>, Report) {
    let (reading, report) = read(text);
    (reading.plan, report)
}

/// A text written outside a plan (a template's column header), read and checked as every
/// text of a plan is: both languages, something printable in each, every character one the
/// font can draw, the comma that ends a text in a flow pair; and the warnings about the
/// wrong language or a doubled phrase. `source` is the text `node` was parsed from.
pub fn read_text(
    node: &source::Node,
    source: &str,
    what: &crate::message::Message,
) -> (Option<Text>, Report) {
    let mut report = Report::default();
    let text = load::text(node, source, what, &mut report);
    if let Some(text) = &text {
        validate::text_warnings(text, &mut report);
    }
    report.sort();
    (text, report)
}

/// Parses and validates plan text, and gives the template it names even when the plan has
/// errors, so that the template can be checked in the same run.
pub fn read(text: &str) -> (Reading<'_>, Report) {
    let mut report = Report::default();
    let reading = match source::parse(text) {
        Ok(root) => load::load(root, text, &mut report),
        Err(e) => {
            report.push(Diagnostic::error(e.code, e.pos, e.message).help(e.help));
            Reading {
                plan: None,
                template: None,
                amendment: None,
            }
        }
    };
    if let Some(plan) = &reading.plan {
        validate::check(plan, &mut report);
    }
    report.sort();
    let plan = reading.plan.filter(|_| !report.has_errors());
    (
        Reading {
            plan,
            template: reading.template,
            amendment: reading.amendment,
        },
        report,
    )
}
