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
        Err(e) if e.message.contains("budget breached") => {
            report.push(
                Diagnostic::error("too-large", e.pos, format!("the YAML expands to more than a plan can hold ({})", e.message))
                    .help("remove the anchors (&) and aliases (*) that repeat large parts, or split the plan"),
            );
            None
        }
        Err(e) => {
            report.push(
                Diagnostic::error("yaml-syntax", e.pos, format!("YAML syntax: {}", e.message))
                    .help("fix the YAML at this place; check indentation, brackets and quotes"),
            );
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
