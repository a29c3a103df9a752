//! The approval grif: by a body's decision or by one official, with its date or year.

use super::*;

impl Loader<'_> {
    pub(super) fn approval(&mut self, node: &Node) -> Option<Approval> {
        let kind = match &node.value {
            Value::Map(entries) => entries.iter().find_map(|(k, v)| match &k.value {
                Value::Str(s) if s == "by" => Some(v),
                _ => None,
            }),
            _ => None,
        };
        let by = kind.and_then(|v| match &v.value {
            Value::Str(s) => Some((s.as_ref(), v)),
            _ => None,
        });
        match by {
            Some(("decision", _)) => self.decision(node),
            Some(("official", _)) => self.official(node),
            Some((other, at)) => {
                let help = match closest(other, &["decision", "official"]) {
                    Some(near) => msg!("did-you-mean-approval", near = near),
                    None => msg!("help-approval-kind"),
                };
                self.error(
                    "unknown-value",
                    at,
                    msg!("unknown-approval-kind", name = other),
                    help,
                );
                None
            }
            None => {
                let f = self.fields(node, "ctx-approval", fields("Decision"))?;
                self.missing(&f, "by", msg!("help-add-approval-by"));
                None
            }
        }
    }

    pub(super) fn decision(&mut self, node: &Node) -> Option<Approval> {
        let f = self.fields(node, "ctx-approval", fields("Decision"))?;
        let body = self
            .required(&f, "body", msg!("help-add-body"))
            .and_then(|n| self.text(n, &msg!("what-body")));
        let (date, year) = self.grif_date(&f);
        let protocol = f.get("protocol").and_then(|n| {
            if n.is_null() {
                return None;
            }
            if !matches!(n.value, Value::Str(_) | Value::Int(_) | Value::Float(_)) {
                self.wrong_type(n, msg!("expected-protocol"), msg!("help-protocol"));
                return None;
            }
            self.string(n, &msg!("what-protocol"))
        });
        let gender = f.get("gender").and_then(|n| self.gender(n));
        Some(Approval::Decision {
            body: body?,
            date,
            year: year?,
            protocol,
            gender,
        })
    }

    pub(super) fn official(&mut self, node: &Node) -> Option<Approval> {
        let f = self.fields(node, "ctx-approval", fields("Official"))?;
        let position = self
            .required(&f, "position", msg!("help-add-position"))
            .and_then(|n| self.text(n, &msg!("what-position")));
        let name = self
            .required(&f, "name", msg!("help-add-official-name"))
            .and_then(|n| self.text(n, &msg!("what-official-name")));
        let (date, year) = self.grif_date(&f);
        Some(Approval::Official {
            position: position?,
            name: name?,
            date,
            year: year?,
        })
    }

    /// The grif's date, or the year its blanks print while the date is not known.
    pub(super) fn grif_date(&mut self, f: &Fields) -> (Option<NaiveDate>, Option<i32>) {
        let date = f
            .get("date")
            .filter(|n| !n.is_null())
            .and_then(|n| self.date(n));
        let year = match f.get("year") {
            Some(n) => self.year(n),
            None if f.get("date").is_some_and(|n| !n.is_null()) => {
                date.map(|d| chrono::Datelike::year(&d))
            }
            None => {
                if f.get("date").is_none_or(|n| n.is_null()) {
                    self.missing(f, "year", msg!("help-add-grif-year"));
                }
                None
            }
        };
        if let (Some(d), Some(y), Some(n)) = (date, year, f.get("year"))
            && chrono::Datelike::year(&d) != y
        {
            self.error(
                "date-mismatch",
                n,
                msg!("date-mismatch", year = y, date = d.to_string()),
                msg!("help-date-mismatch"),
            );
        }
        (date, year)
    }
}
