//! Single values: dates, months, years, the annex number, ids and fixed words.

use super::*;

impl Loader<'_> {
    pub(super) fn annex(&mut self, node: &Node) -> Option<String> {
        match node.scalar_text() {
            Some(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ if node.is_null() => None,
            _ => {
                self.wrong_type(
                    node,
                    "`annex` must be the annex number",
                    "write e.g. `annex: 4`, or remove the line",
                );
                None
            }
        }
    }

    pub(super) fn gender(&mut self, node: &Node) -> Option<Gender> {
        let name = match &node.value {
            Value::Str(s) => s.as_str(),
            _ => {
                self.wrong_type(
                    node,
                    "`gender` must be a word",
                    "use masculine, feminine, neuter or plural",
                );
                return None;
            }
        };
        let g = Gender::from_name(name);
        if g.is_none() {
            let near = closest(name, &Gender::NAMES)
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            self.error(
                "unknown-value",
                node.pos,
                format!("unknown gender `{name}`"),
                format!("{near}use masculine (план), feminine, neuter or plural"),
            );
        }
        g
    }

    pub(super) fn date_style(&mut self, node: &Node) -> Option<DateStyle> {
        match &node.value {
            Value::Str(s) if s == "words" => Some(DateStyle::Words),
            Value::Str(s) if s == "numeric" => Some(DateStyle::Numeric),
            _ => {
                self.error(
                    "unknown-value",
                    node.pos,
                    format!("unknown date style: {}", node.describe()),
                    "use `dates: words` (30 марта 2026 года) or `dates: numeric` (30.03.2026)",
                );
                None
            }
        }
    }

    pub(super) fn id(&mut self, node: &Node) -> Option<String> {
        match &node.value {
            Value::Str(s)
                if !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
            {
                Some(s.clone())
            }
            _ => {
                self.error(
                    "bad-id",
                    node.pos,
                    format!("an item id must be a latin word, found {}", node.describe()),
                    "use letters, digits and hyphens, e.g. `id: risk-analysis`",
                );
                None
            }
        }
    }

    pub(super) fn date(&mut self, node: &Node) -> Option<NaiveDate> {
        let Value::Str(s) = &node.value else {
            self.wrong_type(
                node,
                "expected a date YYYY-MM-DD",
                "write dates as 2022-04-16",
            );
            return None;
        };
        let parts: Vec<&str> = s.split('-').collect();
        let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
        match (parts.len(), nums) {
            (3, Some(n)) if parts[0].len() == 4 => {
                match NaiveDate::from_ymd_opt(n[0] as i32, n[1], n[2]) {
                    Some(d) => Some(d),
                    None => {
                        self.error(
                            "impossible-date",
                            node.pos,
                            format!("{s} is not a date that exists"),
                            format!(
                                "check the day and month: {}",
                                month_days_hint(n[0] as i32, n[1])
                            ),
                        );
                        None
                    }
                }
            }
            _ => {
                self.error(
                    "bad-date",
                    node.pos,
                    format!("`{s}` is not a date in the form YYYY-MM-DD"),
                    "write dates as 2022-04-16 (year, month, day)",
                );
                None
            }
        }
    }

    pub(super) fn year_month(&mut self, node: &Node) -> Option<YearMonth> {
        let text = node.scalar_text().unwrap_or_default();
        let parsed = text
            .split_once('-')
            .and_then(|(y, m)| Some((y.parse::<i32>().ok()?, m.parse::<u32>().ok()?, y.len())));
        match parsed {
            Some((year, month, 4)) if (1..=12).contains(&month) => Some(YearMonth { year, month }),
            Some((_, month, 4)) => {
                self.error(
                    "impossible-date",
                    node.pos,
                    format!("month {month} does not exist"),
                    "months are 01 to 12: write e.g. 2022-11",
                );
                None
            }
            _ => {
                self.error(
                    "bad-date",
                    node.pos,
                    format!("{} is not a month in the form YYYY-MM", node.describe()),
                    "write a month as 2022-11 (year, month)",
                );
                None
            }
        }
    }

    pub(super) fn year(&mut self, node: &Node) -> Option<i32> {
        match node.value {
            Value::Int(y) if (1900..=2200).contains(&y) => Some(y as i32),
            _ => {
                self.error(
                    "bad-year",
                    node.pos,
                    format!("expected a year, found {}", node.describe()),
                    "write a four-digit year such as 2022",
                );
                None
            }
        }
    }

    pub(super) fn ordered(&mut self, from: NaiveDate, to: NaiveDate, pos: Pos) -> bool {
        if to < from {
            self.error(
                "range-order",
                pos,
                format!("the range ends ({to}) before it starts ({from})"),
                "swap the two dates, or correct the one that is wrong",
            );
            false
        } else {
            true
        }
    }
}

pub(super) fn month_days_hint(year: i32, month: u32) -> String {
    if !(1..=12).contains(&month) {
        return "months are 01 to 12".into();
    }
    let days = (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28);
    format!("month {month:02} of {year} has {days} days")
}
