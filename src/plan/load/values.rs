//! Single values: dates, months, years, the annex number, ids and fixed words.

use super::*;

impl Loader<'_> {
    /// The annex number: a whole number from 1 to 999, as a number or digits in quotes.
    pub(super) fn annex(&mut self, node: &Node) -> Option<String> {
        let digits = match &node.value {
            Value::Null => return None,
            Value::Int(n) => Some(n.to_string()),
            Value::Str(s) => Some(s.trim().to_string()),
            _ => None,
        };
        // Leading zeros are allowed («04»), as the JSON Schema's pattern allows them.
        let number = digits
            .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            .map(|d| d.trim_start_matches('0').to_string())
            .filter(|d| d.len() <= 3)
            .and_then(|d| d.parse::<u32>().ok())
            .filter(|n| ANNEXES.contains(n));
        if number.is_none() {
            let found = match node.value {
                Value::Int(_) | Value::Float(_) => {
                    msg!("found-verbatim", value = node.verbatim(self.source)?)
                }
                _ => node.describe(),
            };
            self.error(
                "bad-annex",
                node,
                msg!("bad-annex", found = found),
                msg!("help-bad-annex"),
            );
        }
        number.map(|n| n.to_string())
    }

    pub(super) fn gender(&mut self, node: &Node) -> Option<Gender> {
        let name = match &node.value {
            Value::Str(s) => s.as_ref(),
            _ => {
                self.wrong_type(node, msg!("expected-gender"), msg!("help-gender"));
                return None;
            }
        };
        let g = Gender::from_name(name);
        if g.is_none() {
            let help = match closest(name, &Gender::NAMES) {
                Some(near) => msg!("did-you-mean-gender", near = near),
                None => msg!("help-unknown-gender"),
            };
            self.error(
                "unknown-value",
                node,
                msg!("unknown-gender", name = name),
                help,
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
                    node,
                    msg!("unknown-date-style", found = node.describe()),
                    msg!("help-date-style"),
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
                Some(s.to_string())
            }
            _ => {
                self.error(
                    "bad-id",
                    node,
                    msg!("bad-id", found = node.describe()),
                    msg!("help-bad-id"),
                );
                None
            }
        }
    }

    /// A date `YYYY-MM-DD`: four digits of a year from 1990 to 2100, two of the month, two of
    /// the day, nothing else (no sign, no missing zero). The same rule for every date of a plan.
    pub(super) fn date(&mut self, node: &Node) -> Option<NaiveDate> {
        let Value::Str(s) = &node.value else {
            self.wrong_type(node, msg!("expected-date"), msg!("help-date"));
            return None;
        };
        let Some([year, month, day]) = numbers::<3>(s, [4, 2, 2]) else {
            let help = match loose::<3>(s) {
                Some([y, m, d]) => msg!("help-date-digits", date = format!("{y:04}-{m:02}-{d:02}")),
                None => msg!("help-date-form"),
            };
            self.error("bad-date", node, msg!("bad-date", text = s), help);
            return None;
        };
        if !self.in_years(node, year as i64) {
            return None;
        }
        let date = NaiveDate::from_ymd_opt(year as i32, month, day);
        if date.is_none() {
            self.error(
                "impossible-date",
                node,
                msg!("impossible-date", date = s),
                month_days_hint(year as i32, month),
            );
        }
        date
    }

    /// A month `YYYY-MM`, by the same rule as dates.
    pub(super) fn year_month(&mut self, node: &Node) -> Option<YearMonth> {
        let text = match &node.value {
            Value::Str(s) => s.as_ref(),
            _ => "",
        };
        let Some([year, month]) = numbers::<2>(text, [4, 2]) else {
            let help = match loose::<2>(text) {
                Some([y, m]) => msg!("help-month-digits", month = format!("{y:04}-{m:02}")),
                None => msg!("help-month-form"),
            };
            self.error(
                "bad-date",
                node,
                msg!("bad-month", found = node.describe()),
                help,
            );
            return None;
        };
        if !self.in_years(node, year as i64) {
            return None;
        }
        if !(1..=12).contains(&month) {
            self.error(
                "impossible-date",
                node,
                msg!("impossible-month", month = month),
                msg!("help-impossible-month"),
            );
            return None;
        }
        Some(YearMonth {
            year: year as i32,
            month,
        })
    }

    pub(super) fn year(&mut self, node: &Node) -> Option<i32> {
        match node.value {
            Value::Int(y) if self.in_years(node, y) => Some(y as i32),
            Value::Int(_) => None,
            _ => {
                self.error(
                    "bad-year",
                    node,
                    msg!("bad-year", found = node.describe()),
                    msg!("help-bad-year"),
                );
                None
            }
        }
    }

    /// Whether `year` is one a plan can name; reported at `node` when not.
    fn in_years(&mut self, node: &Node, year: i64) -> bool {
        let ok = YEARS.contains(&year);
        if !ok {
            self.error(
                "bad-year",
                node,
                msg!(
                    "year-out-of-range",
                    year = year,
                    first = *YEARS.start(),
                    last = *YEARS.end()
                ),
                msg!(
                    "help-year-out-of-range",
                    first = *YEARS.start(),
                    last = *YEARS.end()
                ),
            );
        }
        ok
    }

    /// Whether a range runs forward; reported at `end` (its second date) when not.
    pub(super) fn ordered(&mut self, from: NaiveDate, to: NaiveDate, end: &Node) -> bool {
        if to < from {
            self.error(
                "range-order",
                end,
                msg!("range-order", to = to.to_string(), from = from.to_string()),
                msg!("help-range-order"),
            );
            false
        } else {
            true
        }
    }
}

/// The years a plan's dates, months and years may name.
pub(super) const YEARS: std::ops::RangeInclusive<i64> = 1990..=2100;

/// The annex numbers a plan may carry.
const ANNEXES: std::ops::RangeInclusive<u32> = 1..=999;

/// `N` numbers separated by hyphens, each of exactly `widths[i]` ASCII digits.
fn numbers<const N: usize>(s: &str, widths: [usize; N]) -> Option<[u32; N]> {
    let mut out = [0; N];
    let mut parts = s.split('-');
    for (slot, width) in out.iter_mut().zip(widths) {
        let part = parts.next()?;
        if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// The numbers of a date written with missing zeros (`2027-4-16`), to suggest the right form;
/// `None` for anything else (signs, letters, a two-digit year).
fn loose<const N: usize>(s: &str) -> Option<[u32; N]> {
    let mut out = [0; N];
    let mut parts = s.split('-');
    for (i, slot) in out.iter_mut().enumerate() {
        let part = parts.next()?;
        let width = if i == 0 { 4..=4 } else { 1..=2 };
        if !width.contains(&part.len()) || !part.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        *slot = part.parse().ok()?;
    }
    parts.next().is_none().then_some(out)
}

/// The help for a day the month does not have: how many days it has that year.
pub(super) fn month_days_hint(year: i32, month: u32) -> Message {
    if !(1..=12).contains(&month) {
        return msg!("help-impossible-month-day");
    }
    let days = (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
        .unwrap_or(28);
    msg!("help-month-days", month = month, year = year, days = days)
}
