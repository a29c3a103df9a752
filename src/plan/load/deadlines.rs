//! Deadlines of every kind, and the period of the title.

use super::*;

impl Loader<'_> {
    pub(super) fn deadline(&mut self, node: &Node) -> Option<Deadline> {
        match &node.value {
            Value::Str(word) => {
                let found = Recurring::ALL.iter().find(|r| r.keyword() == word);
                if found.is_none() {
                    let words: Vec<&str> = Recurring::ALL.iter().map(|r| r.keyword()).collect();
                    let near = closest(word, &words)
                        .map(|k| format!("did you mean `{k}`? "))
                        .unwrap_or_default();
                    self.error("unknown-deadline", node, format!("unknown deadline `{word}`"), format!("{near}use a date kind such as {{by: 2022-04-16}}, one of: {}, or free text {{text: {{kk: …, ru: …}}}}", words.join(", ")));
                }
                found.map(|r| Deadline::Recurring(*r))
            }
            Value::Map(_) => self.dated_deadline(node),
            _ => {
                self.wrong_type(
                    node,
                    "a deadline must be a word or a mapping",
                    "write e.g. `due: {by: 2022-04-16}` or `due: ongoing`",
                );
                None
            }
        }
    }

    pub(super) fn dated_deadline(&mut self, node: &Node) -> Option<Deadline> {
        let f = self.fields(node, "a deadline", fields("Due"))?;
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
            ["text"] => Deadline::Free(self.pair(f.get("text")?, "the deadline text")?),
            _ => {
                self.error("bad-deadline", node, format!("a deadline with the fields {{{}}} is not one of the kinds qujat knows", keys.join(", ")), "use one of {by: D}, {on: D}, {from: D, to: D}, {between: D, and: D}, {month: YYYY-MM}, {months: [YYYY-MM, YYYY-MM]}, {quarter: N, year: Y}, {every: quarter, day: N}, {text: {kk: …, ru: …}} (see docs/plan-format.md)");
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
                    format!(
                        "the span of months runs from {} to {}: `months` lies within one year or two consecutive years",
                        a.year, b.year
                    ),
                    "check the years; for a longer span write `{from: YYYY-MM-DD, to: YYYY-MM-DD}` or split the step",
                );
                None
            }
            [a, b] if a < b => Some(Deadline::Months(*a, *b)),
            [_, _] => {
                self.error("range-order", node, "the last month is not after the first", "write the first and the last month of the span, in order: `months: [2022-04, 2022-05]`");
                None
            }
            _ => {
                if let Value::Seq(s) = &node.value
                    && s.len() != 2
                {
                    self.error("bad-deadline", node, format!("`months` needs the first and the last month, found {} entries", s.len()), "write `months: [2022-04, 2022-05]`; for a single month use `month: 2022-04`");
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
                    format!("a quarter is 1 to 4, found {}", node.describe()),
                    "write e.g. `{quarter: 4, year: 2022}`",
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
                    format!(
                        "`every` must be month, quarter or year, found {}",
                        unit.describe()
                    ),
                    "write e.g. `{every: quarter, day: 5}`",
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
                    format!(
                        "`day` must be a day of the month, 1 to 31, found {}",
                        day_node.describe()
                    ),
                    "write e.g. `{every: quarter, day: 5}`",
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
        let f = self.fields(node, "`period`", fields("Period"))?;
        // The kinds the period names, each with the key that names it.
        let range = if f.has("from") { "from" } else { "to" };
        let kinds: Vec<(&str, &str)> = [
            ("`year`", "year"),
            ("`years`", "years"),
            ("`from` and `to`", range),
        ]
        .into_iter()
        .filter(|(_, key)| f.has(key))
        .collect();
        if let [(first, _), (second, key), ..] = kinds.as_slice() {
            self.error(
                "conflicting-fields",
                f.key(key).unwrap_or(node),
                format!("the period has both {first} and {second}: one of them would be ignored"),
                "keep one: `period: {year: 2022}`, `{years: [2022, 2026]}` or `{from: 2026-04-13, to: 2026-05-26}`",
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
                        "the period's last year is not after its first",
                        "write `years: [2022, 2026]`, first year first; for one year write `year: 2022`",
                    );
                    None
                }
                _ => {
                    self.wrong_type(
                        ys,
                        "`years` must be two years",
                        "write `years: [2022, 2026]`",
                    );
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
                self.error("missing-field", node, "the period needs `year`, `years`, or `from` and `to`", "write `period: {year: 2022}`, `{years: [2022, 2026]}` or `{from: 2026-04-13, to: 2026-05-26}`");
                None
            }
        }
    }
}
