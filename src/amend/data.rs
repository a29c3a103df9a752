//! The amendment's own data: the optional `amendment:` block of the new version of a plan —
//! the approval of the changes (for the grif of the changes document) and why each item
//! changed (for the comparative table). The plan loader hands the block's node over
//! (`plan::Reading::amendment`); `render` ignores it; `check` validates it against the plan it
//! is in; `diff` and `amend`, which know the old version too, warn about a
//! justification for an item that did not change.
//!
//! ```yaml
//! amendment:
//!   date: 2022-09-15        # the decision approving the changes; null or absent: blanks
//!   protocol: "7"           # a plan approved by a decision; null or absent: blanks
//!   justifications:         # by item id
//!     risk-map: {kk: …, ru: …}
//!   removed:                # items the new version drops, by the id they had
//!     employee-instruction: {kk: …, ru: …}
//! ```

use super::Diff;
use super::changes::Kind;
use crate::diagnostic::{Diagnostic, Report, closest};
use crate::fonts;
use crate::lang::Lang;
use crate::message::Message;
use crate::msg;
use crate::plan::schema::fields;
use crate::plan::{Approval, Plan, Text};
use crate::source::{Node, Pos, Value};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The amendment made by a version of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Amendment {
    pub pos: Pos,
    /// The date of the approval of the changes; none while it is not known (blanks).
    pub date: Option<NaiveDate>,
    /// The year blanks print while the date is not known.
    pub year: Option<i32>,
    pub protocol: Option<String>,
    /// Who approves the changes, when not the plan's own approver.
    pub body: Option<Text>,
    pub position: Option<Text>,
    pub name: Option<Text>,
    /// Who a redline's revisions are by.
    pub author: Option<Text>,
    /// Why items changed, by the id they have in the new version.
    pub justifications: Vec<Justification>,
    /// Why items were removed, by the id they had in the old version.
    pub removed: Vec<Justification>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Justification {
    pub id: String,
    /// Where the id is written.
    pub pos: Pos,
    pub text: Text,
}

impl Amendment {
    /// The grif of the changes document: the plan's own approver unless the amendment names
    /// another, with the amendment's date and protocol (blanks while unknown).
    pub fn approval(&self, plan: &Plan) -> Approval {
        let year = self
            .date
            .map(|d| chrono::Datelike::year(&d))
            .or(self.year)
            .unwrap_or_else(|| approval_year(&plan.approval));
        match &plan.approval {
            Approval::Decision { body, gender, .. } => Approval::Decision {
                body: self.body.clone().unwrap_or_else(|| body.clone()),
                date: self.date,
                year,
                protocol: self.protocol.clone(),
                gender: *gender,
            },
            Approval::Official { position, name, .. } => Approval::Official {
                position: self.position.clone().unwrap_or_else(|| position.clone()),
                name: self.name.clone().unwrap_or_else(|| name.clone()),
                date: self.date,
                year,
            },
        }
    }

    /// The justification of the item with `id` in the new version, or of the removed item
    /// that had it.
    pub fn justification(&self, id: &str) -> Option<&Text> {
        self.justifications
            .iter()
            .chain(&self.removed)
            .find(|j| j.id == id)
            .map(|j| &j.text)
    }

    /// The author of a redline's revisions in `lang`: the amendment's, or the organisation.
    pub fn author(&self, plan: &Plan, lang: Lang) -> String {
        self.author
            .as_ref()
            .unwrap_or(&plan.organization.name)
            .get(lang)
            .to_string()
    }

    /// The date of a redline's revisions: the approval's, or 1 January of its year (never
    /// the clock, so the same plans give the same file).
    pub fn revision_date(&self, plan: &Plan) -> NaiveDate {
        let year = match self.approval(plan) {
            Approval::Decision { year, .. } | Approval::Official { year, .. } => year,
        };
        self.date
            .or_else(|| NaiveDate::from_ymd_opt(year, 1, 1))
            .unwrap_or_default()
    }
}

fn approval_year(a: &Approval) -> i32 {
    match a {
        Approval::Decision { year, .. } | Approval::Official { year, .. } => *year,
    }
}

/// Reads the `amendment:` block `node` the plan loader handed over, checking it against the
/// plan. The report holds every problem found; the amendment is given only without errors.
pub fn read(node: &Node, plan: &Plan) -> (Option<Amendment>, Report) {
    let mut report = Report::default();
    let amendment = Loader {
        report: &mut report,
        plan,
    }
    .amendment(node);
    let amendment = amendment.filter(|_| !report.has_errors());
    (amendment, report)
}

/// What only the old version can tell: a justification for an item that did not change, or
/// for a removal of an item that was not removed.
pub fn check_against(a: &Amendment, diff: &Diff, report: &mut Report) {
    let changed = |id: &str| {
        diff.changes.iter().any(|c| {
            !matches!(c.kind, Kind::ItemRemoved { .. })
                && c.kind.new_item().and_then(|i| i.id.as_deref()) == Some(id)
        })
    };
    for j in &a.justifications {
        if !changed(&j.id) {
            report.push(
                Diagnostic::warning(
                    "unchanged-justified",
                    j.pos,
                    msg!("unchanged-justified", id = &j.id),
                )
                .help(msg!("help-unchanged-justified")),
            );
        }
    }
    let removed = |id: &str| {
        diff.changes
            .iter()
            .any(|c| matches!(&c.kind, Kind::ItemRemoved { old } if old.id.as_deref() == Some(id)))
    };
    for j in &a.removed {
        if !removed(&j.id) {
            report.push(
                Diagnostic::warning("not-removed", j.pos, msg!("not-removed", id = &j.id))
                    .help(msg!("help-not-removed")),
            );
        }
    }
    report.sort();
}

struct Loader<'a> {
    report: &'a mut Report,
    plan: &'a Plan,
}

impl Loader<'_> {
    fn error(&mut self, code: &'static str, pos: Pos, msg: Message, help: Message) {
        self.report
            .push(Diagnostic::error(code, pos, msg).help(help));
    }

    fn amendment(&mut self, node: &Node) -> Option<Amendment> {
        let f = self.fields(node, "ctx-amendment", fields("Amendment"))?;
        let get = |name: &str| f.get(name).map(|&(_, value)| value);
        let date = get("date")
            .filter(|n| !n.is_null())
            .and_then(|n| self.date(n));
        let year = get("year").and_then(|n| self.year(n));
        let protocol = get("protocol").filter(|n| !n.is_null()).and_then(|n| {
            let text = n.scalar_text();
            if text.is_none() {
                self.wrong_type(n, msg!("expected-protocol"), msg!("help-amend-protocol"));
            }
            text
        });
        let text = |l: &mut Self, name: &str| {
            get(name).and_then(|n| l.text(n, &msg!("what-field", field = name)))
        };
        let body = text(self, "body");
        let position = text(self, "position");
        let name = text(self, "name");
        let author = text(self, "author");
        self.grif_fields(&f);
        let justifications = get("justifications")
            .map(|n| self.justifications(n, false))
            .unwrap_or_default();
        let removed = get("removed")
            .map(|n| self.justifications(n, true))
            .unwrap_or_default();
        Some(Amendment {
            pos: node.pos,
            date,
            year,
            protocol,
            body,
            position,
            name,
            author,
            justifications,
            removed,
        })
    }

    /// `body` and `protocol` belong to a decision's grif, `position` and `name` to an
    /// official's: the changes are approved the way the plan was.
    fn grif_fields(&mut self, f: &BTreeMap<&str, (&Node, &Node)>) {
        // `by`: decision or official, as the messages select it.
        let (wrong, by): (&[&str], &str) = match self.plan.approval {
            Approval::Decision { .. } => (&["position", "name"], "decision"),
            Approval::Official { .. } => (&["body", "protocol"], "official"),
        };
        for name in wrong {
            if let Some((key, _)) = f.get(name) {
                self.error(
                    "wrong-grif-field",
                    key.pos,
                    msg!("wrong-grif-field", name = *name, by = by),
                    msg!("help-wrong-grif-field", name = *name, by = by),
                );
            }
        }
    }

    /// The fields of a mapping, by name (key node, value node); unknown ones reported.
    fn fields<'n>(
        &mut self,
        node: &'n Node<'n>,
        context: &'static str,
        allowed: &[&str],
    ) -> Option<BTreeMap<&'n str, (&'n Node<'n>, &'n Node<'n>)>> {
        let Value::Map(entries) = &node.value else {
            self.wrong_type(
                node,
                msg!("expected-mapping", context = Message::new(context)),
                msg!("help-mapping"),
            );
            return None;
        };
        let mut map = BTreeMap::new();
        for (key, value) in entries {
            match &key.value {
                Value::Str(name) if allowed.contains(&name.as_ref()) => {
                    map.insert(name.as_ref(), (key, value));
                }
                _ => {
                    let name = key.scalar_text().unwrap_or_default();
                    let valid = allowed.join(", ");
                    let help = match closest(&name, allowed) {
                        Some(near) => msg!("did-you-mean-field", near = near, valid = valid),
                        None => msg!("help-valid-fields", valid = valid),
                    };
                    self.error(
                        "unknown-field",
                        key.pos,
                        msg!(
                            "unknown-field",
                            name = name,
                            context = Message::new(context)
                        ),
                        help,
                    );
                }
            }
        }
        Some(map)
    }

    fn wrong_type(&mut self, node: &Node, expected: Message, help: Message) {
        self.error(
            "wrong-type",
            node.pos,
            msg!("wrong-type", expected = expected, found = node.describe()),
            help,
        );
    }

    fn date(&mut self, node: &Node) -> Option<NaiveDate> {
        let text = match &node.value {
            Value::Str(s) => s.as_ref(),
            _ => "",
        };
        let parsed = NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .ok()
            .filter(|_| text.len() == 10);
        if parsed.is_none() {
            self.error(
                "bad-date",
                node.pos,
                msg!("amend-bad-date", found = node.describe()),
                msg!("help-amend-date"),
            );
        }
        parsed
    }

    fn year(&mut self, node: &Node) -> Option<i32> {
        match node.value {
            Value::Int(y) if (1900..=2200).contains(&y) => Some(y as i32),
            _ => {
                self.wrong_type(node, msg!("expected-amend-year"), msg!("help-amend-year"));
                None
            }
        }
    }

    /// A text in both languages, or one string for both; non-empty, and drawable by the font.
    fn text(&mut self, node: &Node, what: &Message) -> Option<Text> {
        let pair = |kk: String, ru: String| Text {
            kk,
            ru,
            pos: node.pos,
        };
        let text = match &node.value {
            Value::Str(s) => Some(pair(s.to_string(), s.to_string())),
            Value::Map(_) => {
                let f = self.fields(node, "ctx-text-pair", &["kk", "ru"])?;
                let side = |l: &mut Self, lang: &str| match f.get(lang).map(|(_, v)| v) {
                    Some(Node {
                        value: Value::Str(s),
                        ..
                    }) => Some(s.to_string()),
                    Some(v) => {
                        l.wrong_type(
                            v,
                            msg!("expected-lang-text", lang = lang),
                            msg!("help-amend-translation"),
                        );
                        None
                    }
                    None => {
                        l.error(
                            "missing-translation",
                            node.pos,
                            msg!("missing-translation", what = what, lang = lang),
                            msg!("help-amend-missing-translation"),
                        );
                        None
                    }
                };
                let (kk, ru) = (side(self, "kk"), side(self, "ru"));
                Some(pair(kk?, ru?))
            }
            _ => {
                self.wrong_type(
                    node,
                    msg!("expected-text", what = what),
                    msg!("help-amend-text"),
                );
                None
            }
        }?;
        if text.kk.trim().is_empty() || text.ru.trim().is_empty() {
            self.error(
                "empty-text",
                node.pos,
                msg!("empty-text", what = what),
                msg!("help-amend-empty-text"),
            );
            return None;
        }
        for c in fonts::missing_chars(&text.kk)
            .into_iter()
            .chain(fonts::missing_chars(&text.ru))
        {
            self.error(
                "no-glyph",
                node.pos,
                msg!("no-glyph", char = format!("{c:?} (U+{:04X})", c as u32)),
                msg!("help-amend-no-glyph"),
            );
        }
        Some(text)
    }

    /// `justifications:` (ids of this plan's items) or `removed:` (ids this plan no longer has).
    fn justifications(&mut self, node: &Node, removed: bool) -> Vec<Justification> {
        let field = if removed { "removed" } else { "justifications" };
        let Value::Map(entries) = &node.value else {
            self.wrong_type(
                node,
                msg!("expected-justifications", field = field),
                msg!("help-justifications"),
            );
            return Vec::new();
        };
        let ids: Vec<&str> = self.plan.items().filter_map(|i| i.id.as_deref()).collect();
        let mut out = Vec::new();
        for (key, value) in entries {
            let Some(id) = key.scalar_text() else {
                self.wrong_type(key, msg!("expected-item-id"), msg!("help-item-id"));
                continue;
            };
            let known = ids.contains(&id.as_str());
            if !removed && !known {
                let help = match closest(&id, &ids) {
                    Some(near) => msg!("did-you-mean-item-id", near = near),
                    None => msg!("help-unknown-item-id"),
                };
                self.error(
                    "unknown-item-id",
                    key.pos,
                    msg!("unknown-item-id", id = &id),
                    help,
                );
            }
            if removed && known {
                self.error(
                    "not-removed",
                    key.pos,
                    msg!("still-in-plan", id = &id),
                    msg!("help-still-in-plan"),
                );
            }
            let label = msg!("what-justification", id = &id);
            if let Some(text) = self.text(value, &label) {
                out.push(Justification {
                    id,
                    pos: key.pos,
                    text,
                });
            }
        }
        out
    }
}
