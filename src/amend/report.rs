//! `qujat diff OLD NEW`: the changes between two versions of a plan, one line (or one JSON
//! object) each, with old and new item numbers, then a summary.

use super::changes::{CellChange, Change, ItemAt, Kind};
use super::{AmendError, Diff, Langs, Match, data};
use crate::app::{self, Loaded, exit};
use crate::diagnostic::Report;
use crate::message::Message;
use crate::msg;
use serde_json::{Value, json};
use std::path::Path;

/// What a command prints and how it ends; the binary only writes it out.
#[derive(Debug, Default)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

/// Compares the plan files `old` and `new`, both loaded and checked as `qujat check` does.
pub fn diff(old: &Path, new: &Path, json: bool) -> Outcome {
    let mut out = Outcome::default();
    let Some((old_l, new_l)) = load_pair(old, new, &mut out) else {
        return out;
    };
    let Some(diff) = compared(&old_l, &new_l, &mut out) else {
        return out;
    };
    if json {
        for change in &diff.changes {
            out.stdout += &(to_json(change, &diff).to_string() + "\n");
        }
        let mut summary = summary_json(&diff.changes);
        summary["old"] = old_l.path.display().to_string().into();
        summary["new"] = new_l.path.display().to_string().into();
        out.stdout += &(summary.to_string() + "\n");
    } else {
        for change in &diff.changes {
            out.stdout += &(describe(change, &diff) + "\n");
        }
        out.stdout += &(summary_line(&diff.changes) + "\n");
    }
    out
}

/// Loads the two versions side by side, each checked as `qujat check` does, their problems
/// reported into `out` as `check` reports them; none unless both load.
pub(crate) fn load_pair(old: &Path, new: &Path, out: &mut Outcome) -> Option<(Loaded, Loaded)> {
    // For a large plan, loading is most of the time.
    let (old_l, new_l) = std::thread::scope(|s| {
        let other = s.spawn(|| app::load(new));
        let first = app::load(old);
        (first, other.join())
    });
    let Ok(new_l) = new_l else {
        out.stderr += &format!(
            "error: {}\n",
            msg!("diff-internal", path = new.display().to_string())
        );
        out.code = exit::INTERNAL;
        return None;
    };
    let mut loaded = Vec::new();
    for result in [old_l, new_l] {
        match result {
            Ok(l) => {
                out.stderr += &app::render_report(&l.path, &l.source, &l.report);
                loaded.push(l);
            }
            Err(r) => {
                out.stderr += &app::render_report(&r.path, &r.source, &r.report);
                out.stderr += &format!("{}\n", app::rejected_summary(&r.path, &r.report));
                out.code = exit::INVALID_INPUT;
            }
        }
    }
    let [old_l, new_l] = <[_; 2]>::try_from(loaded).ok()?;
    Some((old_l, new_l))
}

/// The changes between two loaded versions, with the warnings only the two together can
/// give (a justification of an item that did not change); none when they cannot be compared.
pub(crate) fn compared<'a>(
    old: &'a Loaded,
    new: &'a Loaded,
    out: &mut Outcome,
) -> Option<Diff<'a>> {
    let diff = match super::compare(old, new) {
        Ok(d) => d,
        Err(e) => {
            out.stderr += &format!("error: {e}\n");
            out.code = match e {
                AmendError::DifferentTemplates { .. } => exit::INVALID_INPUT,
                AmendError::Locale(_) => exit::INTERNAL,
            };
            return None;
        }
    };
    if let Some(amendment) = &new.amendment {
        let mut report = Report::default();
        data::check_against(amendment, &diff, &mut report);
        out.stderr += &app::render_report(&new.path, &new.source, &report);
    }
    Some(diff)
}

/// The kinds of changes counted in the summary.
#[derive(Default)]
struct Counts {
    added: usize,
    removed: usize,
    changed: usize,
    moved: usize,
    guesses: usize,
}

fn count(changes: &[Change]) -> Counts {
    let mut c = Counts::default();
    for change in changes {
        match change.kind {
            Kind::SectionAdded { .. }
            | Kind::ItemAdded { .. }
            | Kind::StepAdded { .. }
            | Kind::NoteAdded { .. } => c.added += 1,
            Kind::SectionRemoved { .. }
            | Kind::ItemRemoved { .. }
            | Kind::StepRemoved { .. }
            | Kind::NoteRemoved { .. } => c.removed += 1,
            Kind::ItemMoved { .. } => c.moved += 1,
            _ => c.changed += 1,
        }
        if change.kind.matched_by().is_some_and(Match::is_guess) {
            c.guesses += 1;
        }
    }
    c
}

/// «no changes», or how many of each kind.
pub fn summary_line(changes: &[Change]) -> String {
    if changes.is_empty() {
        return msg!("diff-no-changes").text();
    }
    let c = count(changes);
    let guesses = if c.guesses > 0 {
        msg!("diff-guesses", count = c.guesses)
    } else {
        msg!("diff-nothing")
    };
    msg!(
        "diff-summary",
        changes = changes.len(),
        added = c.added,
        removed = c.removed,
        changed = c.changed,
        moved = c.moved,
        guesses = guesses
    )
    .text()
}

fn summary_json(changes: &[Change]) -> Value {
    let c = count(changes);
    json!({
        "summary": {
            "changes": changes.len(),
            "added": c.added,
            "removed": c.removed,
            "changed": c.changed,
            "moved": c.moved,
            "guesses": c.guesses,
        }
    })
}

fn langs(l: Langs) -> String {
    let list: Vec<&str> = l.list().iter().map(|l| l.code()).collect();
    format!("[{}]", list.join(", "))
}

fn langs_json(l: Langs) -> Value {
    l.list().iter().map(|l| l.code()).collect::<Vec<_>>().into()
}

/// «item 5 → 6 `risk-map`»: the old and new numbers, the id if the item has one.
fn item(old: Option<&ItemAt>, new: Option<&ItemAt>) -> Message {
    let id = new.or(old).and_then(|i| i.id.as_deref());
    match (old, new, id) {
        (Some(o), Some(n), None) if o.number == n.number => msg!("diff-item", number = o.number),
        (Some(o), Some(n), Some(id)) if o.number == n.number => {
            msg!("diff-item-id", number = o.number, id = id)
        }
        (Some(o), Some(n), None) => msg!("diff-item-moved", old = o.number, new = n.number),
        (Some(o), Some(n), Some(id)) => {
            msg!(
                "diff-item-moved-id",
                old = o.number,
                new = n.number,
                id = id
            )
        }
        (Some(o), None, None) => msg!("diff-item", number = o.number),
        (Some(o), None, Some(id)) => msg!("diff-item-id", number = o.number, id = id),
        (None, Some(n), None) => msg!("diff-item-new", number = n.number),
        (None, Some(n), Some(id)) => msg!("diff-item-new-id", number = n.number, id = id),
        (None, None, _) => msg!("diff-item-unknown"),
    }
}

/// The cells that changed, each with its languages: «deadline [kk, ru], text [ru]».
fn cells(cells: &[CellChange]) -> String {
    cells
        .iter()
        .map(|c| msg!("diff-cell", cell = c.cell.name(), langs = langs(c.langs)).text())
        .collect::<Vec<_>>()
        .join(", ")
}

fn guess(by: Match) -> Message {
    match by {
        Match::Similar(p) => msg!("diff-guess-similar", percent = p),
        Match::Position => msg!("diff-guess-position"),
        Match::Id | Match::Same => msg!("diff-nothing"),
    }
}

/// «section 3», or «section 3 → 4» when its number changed; notes and steps likewise.
fn at(kind: &'static str, old: usize, new: usize) -> Message {
    if old == new {
        msg!("diff-at", kind = kind, number = old)
    } else {
        msg!("diff-at-moved", kind = kind, old = old, new = new)
    }
}

/// One line about one change, in the order of the plan.
pub fn describe(change: &Change, diff: &Diff) -> String {
    describe_message(change, diff).text()
}

fn describe_message(change: &Change, diff: &Diff) -> Message {
    let l = langs(change.langs);
    match &change.kind {
        Kind::Title => msg!("diff-title", langs = l),
        Kind::Unit { key, short, full } => {
            let mut parts = Vec::new();
            if !short.is_empty() {
                parts.push(msg!("diff-unit-short", langs = langs(*short)).text());
            }
            if !full.is_empty() {
                parts.push(msg!("diff-unit-full", langs = langs(*full)).text());
            }
            msg!("diff-unit", key = key, parts = parts.join(", "))
        }
        Kind::Legend => msg!("diff-legend", langs = l),
        Kind::SectionAdded { new } => msg!(
            "diff-section-added",
            section = *new,
            number = diff.sections[new - 1].number.to_string()
        ),
        Kind::SectionRemoved { old } => msg!("diff-section-removed", section = *old),
        Kind::SectionRenamed { old, new, by } => msg!(
            "diff-section-renamed",
            at = at("section", *old, *new),
            langs = l,
            guess = guess(*by)
        ),
        Kind::ItemAdded { new } => msg!(
            "diff-item-added",
            item = item(None, Some(new)),
            section = new.section,
            number = diff.rows[new.number - 1].number.to_string()
        ),
        Kind::ItemRemoved { old } => msg!("diff-item-removed", item = item(Some(old), None)),
        Kind::ItemMoved {
            old,
            new,
            by,
            cells: c,
        } => {
            let also = if c.is_empty() {
                msg!("diff-nothing")
            } else {
                msg!("diff-also-changed", cells = cells(c))
            };
            let number = diff.rows[new.number - 1].number.to_string();
            let item = item(Some(old), Some(new));
            if old.section == new.section {
                msg!(
                    "diff-item-moved-inside",
                    item = item,
                    section = old.section,
                    number = &number,
                    also = also,
                    guess = guess(*by)
                )
            } else {
                msg!(
                    "diff-item-moved-between",
                    item = item,
                    from = old.section,
                    to = new.section,
                    number = &number,
                    also = also,
                    guess = guess(*by)
                )
            }
        }
        Kind::ItemChanged {
            old,
            new,
            by,
            cells: c,
        } => msg!(
            "diff-item-changed",
            item = item(Some(old), Some(new)),
            cells = cells(c),
            guess = guess(*by)
        ),
        Kind::StepAdded { old, new, step } => msg!(
            "diff-step-added",
            item = item(Some(old), Some(new)),
            step = *step
        ),
        Kind::StepRemoved { old, new, step } => msg!(
            "diff-step-removed",
            item = item(Some(old), Some(new)),
            step = *step
        ),
        Kind::StepChanged {
            old,
            new,
            old_step,
            new_step,
            by,
            cells: c,
        } => msg!(
            "diff-step-changed",
            item = item(Some(old), Some(new)),
            at = at("step", *old_step, *new_step),
            cells = cells(c),
            guess = guess(*by)
        ),
        Kind::NoteAdded { new } => msg!("diff-note-added", note = *new),
        Kind::NoteRemoved { old } => msg!("diff-note-removed", note = *old),
        Kind::NoteChanged { old, new, by } => msg!(
            "diff-note-changed",
            at = at("note", *old, *new),
            langs = l,
            guess = guess(*by)
        ),
    }
}

fn at_json(at: &ItemAt) -> Value {
    json!({"item": at.number, "section": at.section})
}

/// One JSON object about one change.
pub fn to_json(change: &Change, diff: &Diff) -> Value {
    let mut v = json!({
        "change": change.kind.name(),
        "languages": langs_json(change.langs),
    });
    let id = change
        .kind
        .new_item()
        .or(change.kind.old_item())
        .and_then(|i| i.id.clone());
    if let Some(id) = id {
        v["id"] = id.into();
    }
    if let Some(by) = change.kind.matched_by() {
        v["matched_by"] = by.name().into();
        v["guess"] = by.is_guess().into();
        if let Match::Similar(p) = by {
            v["similarity"] = p.into();
        }
    }
    let cells_json = |c: &[CellChange]| -> Value {
        c.iter()
            .map(|c| (c.cell.name().to_string(), langs_json(c.langs)))
            .collect::<serde_json::Map<_, _>>()
            .into()
    };
    match &change.kind {
        Kind::Title | Kind::Legend => {}
        Kind::Unit { key, short, full } => {
            v["unit"] = key.clone().into();
            v["short"] = langs_json(*short);
            v["full"] = langs_json(*full);
        }
        Kind::SectionAdded { new } => {
            v["new"] = json!({"section": new});
            v["number"] = diff.sections[new - 1].number.to_string().into();
        }
        Kind::SectionRemoved { old } => v["old"] = json!({"section": old}),
        Kind::SectionRenamed { old, new, .. } => {
            v["old"] = json!({"section": old});
            v["new"] = json!({"section": new});
        }
        Kind::ItemAdded { new } => {
            v["new"] = at_json(new);
            v["number"] = diff.rows[new.number - 1].number.to_string().into();
        }
        Kind::ItemRemoved { old } => v["old"] = at_json(old),
        Kind::ItemMoved {
            old, new, cells, ..
        } => {
            v["old"] = at_json(old);
            v["new"] = at_json(new);
            v["number"] = diff.rows[new.number - 1].number.to_string().into();
            v["cells"] = cells_json(cells);
        }
        Kind::ItemChanged {
            old, new, cells, ..
        } => {
            v["old"] = at_json(old);
            v["new"] = at_json(new);
            v["cells"] = cells_json(cells);
        }
        Kind::StepAdded { old, new, step } => {
            v["old"] = at_json(old);
            v["new"] = at_json(new);
            v["new"]["step"] = (*step).into();
        }
        Kind::StepRemoved { old, new, step } => {
            v["old"] = at_json(old);
            v["new"] = at_json(new);
            v["old"]["step"] = (*step).into();
        }
        Kind::StepChanged {
            old,
            new,
            old_step,
            new_step,
            cells,
            ..
        } => {
            v["old"] = at_json(old);
            v["new"] = at_json(new);
            v["old"]["step"] = (*old_step).into();
            v["new"]["step"] = (*new_step).into();
            v["cells"] = cells_json(cells);
        }
        Kind::NoteAdded { new } => v["new"] = json!({"note": new}),
        Kind::NoteRemoved { old } => v["old"] = json!({"note": old}),
        Kind::NoteChanged { old, new, .. } => {
            v["old"] = json!({"note": old});
            v["new"] = json!({"note": new});
        }
    }
    v
}
