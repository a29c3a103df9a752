//! The plan: its model, how it is loaded from YAML, and the checks it must pass.

mod load;
pub mod model;
pub mod schema;
mod validate;

pub use model::*;

use crate::diagnostic::{Diagnostic, Report};
use crate::source;

/// Parses and validates plan text. Returns the plan when it has no errors; the report holds
/// every error and warning found either way.
pub fn from_text(text: &str) -> (Option<Plan>, Report) {
    let mut report = Report::default();
    let plan = match source::parse(text) {
        Ok(root) => load::load(&root, &mut report),
        Err(e) => {
            report.push(Diagnostic::error(e.code, e.pos, e.message).help(e.help));
            None
        }
    };
    if let Some(plan) = &plan {
        validate::check(plan, &mut report);
    }
    report.sort();
    let plan = plan.filter(|_| !report.has_errors());
    (plan, report)
}
