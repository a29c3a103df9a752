//! Checks on a well-formed plan: the likely mistakes that hand-kept plans show (warnings).
//! Whether every character can be drawn is checked as each string is read (plan::load),
//! where the place of the character is known.

use super::model::*;
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::source::Pos;
use std::collections::BTreeMap;

/// Letters that Kazakh has and Russian does not.
const KAZAKH_LETTERS: &str = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

pub fn check(plan: &Plan, report: &mut Report) {
    for text in texts(plan) {
        text_warnings(text, report);
    }
    repeated_steps(plan, report);
}

/// The warnings about one text: the wrong language, a phrase written twice.
pub fn text_warnings(text: &Text, report: &mut Report) {
    language_looks_right(text, report);
    doubled_phrase(text, report);
}

/// Every human-language text of the plan.
fn texts(plan: &Plan) -> Vec<&Text> {
    let mut out = vec![
        &plan.organization.name,
        &plan.organization.short,
        &plan.title,
    ];
    out.extend(plan.headers.iter().map(|h| &h.text));
    match &plan.approval {
        Approval::Decision { body, .. } => out.push(body),
        Approval::Official { position, name, .. } => out.extend([position, name]),
    }
    for section in &plan.sections {
        out.push(&section.title);
        for item in &section.items {
            out.extend(item.text.iter().chain(&item.result));
            match &item.body {
                ItemBody::Steps(steps) => {
                    for step in steps {
                        out.push(&step.text);
                        task_texts(&step.task, &mut out);
                    }
                }
                ItemBody::Own(task) => task_texts(task, &mut out),
            }
        }
    }
    out.extend(&plan.notes);
    out
}

fn task_texts<'p>(task: &'p Task, out: &mut Vec<&'p Text>) {
    if let Deadline::Free(t) = &task.due {
        out.push(t);
    }
    for r in &task.responsible {
        if let Responsible::Free(t) = r {
            out.push(t);
        }
    }
}

/// Words and numbers: «Этап 1» and «Этап 2» are different steps.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !alphanumeric(c) && c != '-')
        .filter(|w| w.chars().any(alphanumeric))
}

/// `char::is_alphanumeric`, answered at once for the Russian alphabet, which most letters of
/// a plan are in: outside ASCII the standard library searches Unicode tables for every letter.
fn alphanumeric(c: char) -> bool {
    matches!(c, 'А'..='я') || c.is_alphanumeric()
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Catches text of the wrong language: a Russian heading in the Kazakh column, or a Kazakh
/// letter in the Russian one.
fn language_looks_right(text: &Text, report: &mut Report) {
    if text.kk == text.ru {
        return;
    }
    let cyrillic_words = words(&text.kk)
        .filter(|w| w.chars().all(|c| is_cyrillic(c) || c == '-'))
        .count();
    let cyrillic_letters = text.kk.chars().filter(|&c| is_cyrillic(c)).count();
    if cyrillic_words >= 3
        && cyrillic_letters >= 25
        && !text.kk.chars().any(|c| KAZAKH_LETTERS.contains(c))
    {
        report.push(
            Diagnostic::warning("kk-looks-russian", text.pos, msg!("kk-looks-russian"))
                .help(msg!("help-kk-looks-russian")),
        );
    }
    if let Some(c) = text.ru.chars().find(|&c| KAZAKH_LETTERS.contains(c)) {
        report.push(
            Diagnostic::warning(
                "ru-has-kazakh",
                text.pos,
                msg!("ru-has-kazakh", letter = format!("{c:?}")),
            )
            .help(msg!("help-ru-has-kazakh")),
        );
    }
}

/// «в деятельности в деятельности»: the same one to three words written twice in a row.
fn doubled_phrase(text: &Text, report: &mut Report) {
    for (lang, s) in [("kk", &text.kk), ("ru", &text.ru)] {
        // Lowercased once as a whole: a string per word made this the costliest check.
        let lower = lowercase(s);
        let w: Vec<&str> = words(&lower).collect();
        let doubled = (1..=3).find_map(|n| {
            w.windows(2 * n)
                .find(|win| win[..n] == win[n..] && win[..n].iter().any(|x| x.chars().count() > 2))
                .map(|win| win[..n].join(" "))
        });
        if let Some(phrase) = doubled {
            report.push(
                Diagnostic::warning(
                    "doubled-phrase",
                    text.pos,
                    msg!("doubled-phrase", lang = lang, phrase = phrase),
                )
                .help(msg!("help-doubled-phrase")),
            );
        }
        if text.kk == text.ru {
            break;
        }
    }
}

/// The same step text under two items is how copy-paste drift between rows shows.
fn repeated_steps(plan: &Plan, report: &mut Report) {
    let mut seen: BTreeMap<String, (usize, Pos)> = BTreeMap::new();
    for (number, item) in plan.items().enumerate() {
        let ItemBody::Steps(steps) = &item.body else {
            continue;
        };
        for step in steps {
            for s in [&step.text.kk, &step.text.ru] {
                let key = normalize(s);
                match seen.get(&key) {
                    Some(&(other, _)) if other != number => {
                        report.push(
                            Diagnostic::warning(
                                "repeated-step",
                                step.text.pos,
                                msg!("repeated-step", first = other + 1, second = number + 1),
                            )
                            .help(msg!("help-repeated-step")),
                        );
                        break;
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(key, (number, step.text.pos));
                    }
                }
            }
        }
    }
}

/// `str::to_lowercase`, with the Russian and Latin capitals answered at once: the standard
/// library searches its tables for every letter outside ASCII. Letter by letter, so a Greek
/// final sigma is not special-cased: no plan text depends on it.
fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'А'..='Я' | 'A'..='Z' => {
                out.push(char::from_u32(c as u32 + 32).unwrap_or(c));
            }
            'а'..='я' | '\0'..='\u{7f}' => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn normalize(s: &str) -> String {
    words(&lowercase(s)).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for s in [
            "ЖЕМҚОРЛЫҚ Ёлка ӘҒҚҢӨҰҮҺІ",
            "ABC Xyz 123 «№»",
            "İ",
            "сЫбАйЛаС",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }
}
