//! Reading qujat's own phrases backwards by synthesis: the words of a phrase give its pieces
//! (numbers, months in any case form the locale and src/kazakh.rs produce), the pieces give
//! candidate values, and a candidate is the answer when qujat renders it as the phrase read.
//! So the parser knows exactly the phrases the renderer writes, from the same source, and a
//! locale change moves both. Normalisation forgives what a typist varies: case, quotes, dash
//! kinds, «г.» for «года», «ж.» for «жылғы», ё for е, commas.

use crate::kazakh::{self, Case};
use crate::lang::Lang;
use crate::locale::Locale;
use chrono::NaiveDate;
use std::sync::OnceLock;

/// A phrase reduced to what matters for comparing it with another: lower case, one kind of
/// dash without spaces around it, no quotes or commas, abbreviations spelled out.
pub fn norm(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'ё' => t.push('е'),
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\t' | '\n' | '\r' => t.push(' '),
            '«' | '»' | '"' | '“' | '”' | '„' | '\'' | '‘' | '’' => {}
            '‐' | '‑' | '‒' | '–' | '—' | '−' | '―' => t.push('-'),
            ',' | ';' | ':' | '(' | ')' => t.push(' '),
            _ => t.push(c),
        }
    }
    let mut words: Vec<String> = Vec::new();
    for w in t.split_whitespace() {
        let w = w.trim_end_matches('.');
        // «26г» → «26 года»; «2026ж» → «2026 жылғы».
        let split = w.char_indices().last().filter(|&(i, c)| {
            matches!(c, 'г' | 'ж') && i > 0 && w[..i].ends_with(|d: char| d.is_ascii_digit())
        });
        match split {
            Some((i, c)) => {
                words.push(w[..i].to_string());
                words.push(c.to_string());
            }
            None if !w.is_empty() => words.push(w.to_string()),
            None => {}
        }
    }
    let spelled: Vec<&str> = words
        .iter()
        .map(|w| match w.as_str() {
            "г" => "года",
            "ж" => "жылғы",
            other => other,
        })
        .collect();
    let mut out = spelled.join(" ");
    out = out.replace(" -", "-").replace("- ", "-");
    // «4-тоқсан» and «4 тоқсан», «5-күніне» and «5 күніне» read alike.
    let mut joined = String::with_capacity(out.len());
    let chars: Vec<char> = out.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let after_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let before_letter = chars.get(i + 1).is_some_and(|n| n.is_alphabetic());
        if c == '-' && after_digit && before_letter {
            joined.push(' ');
        } else {
            joined.push(c);
        }
    }
    joined
}

/// White space collapsed: how a phrase compares when it must be exactly the same.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every form of every month name a phrase of `lang` may contain, normalised, with its month.
/// From the locale's `month-N` and `month-date-N`, and in Kazakh their case forms by the rules
/// of src/kazakh.rs.
pub fn month_forms(lang: Lang) -> &'static [(String, u32)] {
    static FORMS: OnceLock<[Vec<(String, u32)>; 2]> = OnceLock::new();
    let all = FORMS.get_or_init(|| [build_forms(Lang::Kk), build_forms(Lang::Ru)]);
    &all[lang as usize]
}

fn build_forms(lang: Lang) -> Vec<(String, u32)> {
    let Ok(locale) = Locale::get(lang) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for m in 1..=12u32 {
        for id in [format!("month-{m}"), format!("month-date-{m}")] {
            let Ok(word) = locale.text(&id) else {
                continue;
            };
            let mut forms = vec![word.clone()];
            if lang == Lang::Kk {
                for case in [Case::Dative, Case::Ablative, Case::Locative, Case::Dated] {
                    forms.push(kazakh::inflect(&word, case));
                }
            }
            for f in forms {
                let f = norm(&f);
                if !out.iter().any(|(g, n)| *g == f && *n == m) {
                    out.push((f, m));
                }
            }
        }
    }
    out
}

/// The month a word names, in any form the renderer writes; for Russian also the forms it
/// does not write («в апреле»), by the stem the locale's two forms share.
pub fn month_of(lang: Lang, word: &str) -> Option<u32> {
    let forms = month_forms(lang);
    if let Some((_, m)) = forms.iter().find(|(f, _)| f == word) {
        return Some(*m);
    }
    if lang != Lang::Ru {
        return None;
    }
    (1..=12u32)
        .filter_map(|m| {
            let mut names = forms
                .iter()
                .filter(|(_, n)| *n == m)
                .map(|(f, _)| f.as_str());
            let first = names.next()?;
            let stem = names.fold(first.to_string(), |acc, f| common_prefix(&acc, f));
            let rest = word.strip_prefix(stem.as_str())?;
            (stem.chars().count() >= 2 && rest.chars().count() <= 2).then_some((stem.len(), m))
        })
        .max()
        .map(|(_, m)| m)
}

fn common_prefix(a: &str, b: &str) -> String {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect()
}

/// The pieces of a normalised phrase, in the order they appear.
#[derive(Debug, Default)]
pub struct Pieces {
    /// Four-digit years.
    pub years: Vec<i32>,
    /// Numbers that may be days (1–31).
    pub days: Vec<u32>,
    pub months: Vec<u32>,
    /// Dates written in digits: 30.03.2026, 30.03.26.
    pub numeric: Vec<NaiveDate>,
    /// Words that are none of the above.
    pub words: Vec<String>,
}

pub fn pieces(lang: Lang, normalized: &str) -> Pieces {
    let mut p = Pieces::default();
    for token in normalized.split([' ', '-']).filter(|t| !t.is_empty()) {
        if let Some(d) = numeric_date(token) {
            p.numeric.push(d);
        } else if token.chars().all(|c| c.is_ascii_digit()) {
            match (token.len(), token.parse::<u32>()) {
                (4, Ok(y)) if (1900..2200).contains(&y) => p.years.push(y as i32),
                (1 | 2, Ok(d)) if (1..=31).contains(&d) => p.days.push(d),
                _ => p.words.push(token.to_string()),
            }
        } else if let Some(m) = month_of(lang, token) {
            p.months.push(m);
        } else {
            p.words.push(token.to_string());
        }
    }
    p
}

/// «30.03.2026», «30.03.26», «1.4.2022»: day, month, year with a two-digit year in this
/// century (the seeds' «30.03.26г.»).
pub fn numeric_date(token: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = token.split('.').collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (d, m) = (num(d, 2)?, num(m, 2)?);
    let year = match y.len() {
        2 => 2000 + num(y, 2)? as i32,
        4 => num(y, 4)? as i32,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year, m, d)
}

/// The dates the pieces can make, first date first: (day, month, year) taken in order, the
/// second date's month and year defaulting to the first's.
pub fn dates(p: &Pieces) -> (Option<NaiveDate>, Option<NaiveDate>) {
    let y1 = p.years.first().copied();
    let first = y1.and_then(|y| NaiveDate::from_ymd_opt(y, *p.months.first()?, *p.days.first()?));
    let second = y1.and_then(|y| {
        let y2 = p.years.get(1).copied().unwrap_or(y);
        let m2 = p.months.get(1).or(p.months.first())?;
        NaiveDate::from_ymd_opt(y2, *m2, *p.days.get(1)?)
    });
    (first, second)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_forgives_what_typists_vary() {
        assert_eq!(norm("До 16 апреля 2022 г."), norm("до 16 апреля 2022 года"));
        assert_eq!(norm("30.03.26ж."), "30.03.26 жылғы");
        assert_eq!(norm("сәуір – мамыр"), norm("сәуір-мамыр"));
        assert_eq!(norm("4 тоқсан"), norm("4-тоқсан"));
        assert_eq!(norm("«отчётным»,"), "отчетным");
    }

    #[test]
    fn months_in_every_form_the_renderer_writes() {
        assert_eq!(month_of(Lang::Kk, "сәуірге"), Some(4));
        assert_eq!(month_of(Lang::Kk, "қыркүйектен"), Some(9));
        assert_eq!(month_of(Lang::Kk, "маусымдағы"), Some(6));
        assert_eq!(month_of(Lang::Ru, "апреля"), Some(4));
        assert_eq!(month_of(Lang::Ru, "мае"), Some(5));
        assert_eq!(month_of(Lang::Ru, "марте"), Some(3));
        assert_eq!(month_of(Lang::Ru, "мамыр"), None);
    }

    #[test]
    fn numeric_dates_with_two_digit_years() {
        assert_eq!(
            numeric_date("30.03.26"),
            NaiveDate::from_ymd_opt(2026, 3, 30)
        );
        assert_eq!(numeric_date("30.02.2026"), None);
        assert_eq!(numeric_date("1.2"), None);
    }
}
