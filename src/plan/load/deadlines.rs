//! Deadlines of every kind, and the period of the title.

use super::*;

impl Loader<'_> {
    pub(super) fn deadline(&mut self, node: &Node) -> Option<Deadline> {
        match &node.value {
            Value::Str(word) => {
                let found = Recurring::ALL.iter().find(|r| r.keyword() == word);
                if found.is_none() {
                    let words: Vec<&str> = Recurring::ALL.iter().map(|r| r.keyword()).collect();
                    let help = match closest(word, &words) {
                        Some(near) => msg!(
                            "did-you-mean-deadline",
                            near = near,
                            words = words.join(", ")
                        ),
                        None => msg!("help-unknown-deadline", words = words.join(", ")),
                    };
                    self.error(
                        "unknown-deadline",
                        node,
                        msg!("unknown-deadline", word = word),
                        help,
                    );
                }
                found.map(|r| Deadline::Recurring(*r))
            }
            Value::Map(_) => self.dated_deadline(node),
            _ => {
                self.wrong_type(node, msg!("expected-deadline"), msg!("help-deadline"));
                None
            }
        }
    }

    pub(super) fn dated_deadline(&mut self, node: &Node) -> Option<Deadline> {
        let f = self.fields(node, "ctx-deadline", fields("Due"))?;
        let keys: Vec<&str> = f.map.keys().copied().collect();
        let d = match keys.as_slice() {
            ["by"] => Deadline::By(self.date(f.get("by")?)?),
            ["on"] => Deadline::On(self.date(f.get("on")?)?),
            ["from", "to"] => self.range(&f, "from", "to", Deadline::Range)?,
            ["and", "between"] => self.range(&f, "between", "and", Deadline::Between)?,
            ["month"] => Deadline::Month(self.year_month(f.get("month")?)?),
            ["months"] => self.months(f.get("months")?)?,
            ["quarter"] | ["quarter", "year"] => {
                let q = self.quarter(f.get("quarter")?);
                let year = match f.get("year") {
                    Some(y) => Some(self.year(y)?),
                    None => None,
                };
                Deadline::Quarter { quarter: q?, year }
            }
            ["day", "every"] => self.every(&f)?,
            ["text"] => Deadline::Free(self.pair(f.get("text")?, &msg!("what-deadline-text"))?),
            _ => {
                self.error(
                    "bad-deadline",
                    node,
                    msg!("bad-deadline-fields", fields = keys.join(", ")),
                    msg!("help-deadline-kinds"),
                );
                return None;
            }
        };
        Some(d)
    }

    /// Two dates in order. A range of one day is that day, printed as `on:` prints it: «с 13
    /// апреля по 13 апреля» is not what an officer writes.
    fn range(
        &mut self,
        f: &Fields,
        first: &str,
        second: &str,
        kind: fn(NaiveDate, NaiveDate) -> Deadline,
    ) -> Option<Deadline> {
        let (a, b) = (f.get(first)?, f.get(second)?);
        let (from, to) = (self.date(a), self.date(b));
        let (from, to) = (from?, to?);
        if !self.ordered(from, to, b) {
            return None;
        }
        Some(if from == to {
            Deadline::On(from)
        } else {
            kind(from, to)
        })
    }

    pub(super) fn months(&mut self, node: &Node) -> Option<Deadline> {
        let months = self.list(node, "months", |l, n| l.year_month(n));
        match months.as_slice() {
            [a, b] if a < b && b.year - a.year > 1 => {
                self.error(
                    "bad-deadline",
                    node,
                    msg!("months-too-long", first = a.year, last = b.year),
                    msg!("help-months-too-long"),
                );
                None
            }
            [a, b] if a < b => Some(Deadline::Months(*a, *b)),
            [_, _] => {
                self.error(
                    "range-order",
                    node,
                    msg!("months-order"),
                    msg!("help-months-order"),
                );
                None
            }
            _ => {
                if let Value::Seq(s) = &node.value
                    && s.len() != 2
                {
                    self.error(
                        "bad-deadline",
                        node,
                        msg!("months-count", count = s.len()),
                        msg!("help-months-count"),
                    );
                }
                None
            }
        }
    }

    pub(super) fn quarter(&mut self, node: &Node) -> Option<u32> {
        match node.value {
            Value::Int(q) if (1..=4).contains(&q) => Some(q as u32),
            _ => {
                self.error(
                    "bad-quarter",
                    node,
                    msg!("bad-quarter", found = node.describe()),
                    msg!("help-bad-quarter"),
                );
                None
            }
        }
    }

    pub(super) fn every(&mut self, f: &Fields) -> Option<Deadline> {
        let unit = f.get("every")?;
        let every = match &unit.value {
            Value::Str(s) if s == "month" => Some(Every::Month),
            Value::Str(s) if s == "quarter" => Some(Every::Quarter),
            Value::Str(s) if s == "year" => Some(Every::Year),
            _ => {
                self.error(
                    "unknown-value",
                    unit,
                    msg!("bad-every", found = unit.describe()),
                    msg!("help-every"),
                );
                None
            }
        };
        let day_node = f.get("day")?;
        let day = match day_node.value {
            Value::Int(d) if (1..=31).contains(&d) => Some(d as u32),
            _ => {
                self.error(
                    "bad-day",
                    day_node,
                    msg!("bad-day", found = day_node.describe()),
                    msg!("help-every"),
                );
                None
            }
        };
        Some(Deadline::Every {
            every: every?,
            day: day?,
        })
    }

    /// The period of the title: one of `year`, `years`, or `from` and `to`. A period that
    /// names two of them is an error: one of the two would be ignored.
    pub(super) fn period(&mut self, node: &Node) -> Option<Period> {
        let f = self.fields(node, "ctx-period", fields("Period"))?;
        // The kinds the period names (as the message selects them), each with its key.
        let range = if f.has("from") { "from" } else { "to" };
        let kinds: Vec<(&str, &str)> = [("year", "year"), ("years", "years"), ("range", range)]
            .into_iter()
            .filter(|(_, key)| f.has(key))
            .collect();
        if let [(first, _), (second, key), ..] = kinds.as_slice() {
            self.error(
                "conflicting-fields",
                f.key(key).unwrap_or(node),
                msg!("period-conflict", first = *first, second = *second),
                msg!("help-period-conflict"),
            );
            return None;
        }
        if let Some(y) = f.get("year") {
            return self.year(y).map(Period::Year);
        }
        if let Some(ys) = f.get("years") {
            let years = self.list(ys, "years", |l, n| l.year(n));
            return match years.as_slice() {
                [a, b] if a < b => Some(Period::Years(*a, *b)),
                [_, _] => {
                    self.error(
                        "range-order",
                        ys,
                        msg!("years-order"),
                        msg!("help-years-order"),
                    );
                    None
                }
                _ => {
                    self.wrong_type(ys, msg!("expected-years"), msg!("help-years"));
                    None
                }
            };
        }
        match (f.get("from"), f.get("to")) {
            (Some(a), Some(b)) => {
                let (from, to) = (self.date(a), self.date(b));
                let (from, to) = (from?, to?);
                self.ordered(from, to, b).then_some(Period::Range(from, to))
            }
            _ => {
                self.error(
                    "missing-field",
                    node,
                    msg!("period-missing"),
                    msg!("help-period-missing"),
                );
                None
            }
        }
    }
}
