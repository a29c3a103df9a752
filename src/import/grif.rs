//! What stands before the table: the annex label, the approval grif (which kind, the body or
//! the official, the date or its blanks, the protocol number) and the title. The grif's fixed
//! words («БЕКІТІЛДІ», «шешімімен», «решением», the protocol and date phrases) are read by
//! rendering qujat's own locale messages, as deadlines are; the looser forms of hand-made
//! files (««БЕКІТІЛДІ»» in quotes, ««30» 03 2026 г.», a position over two lines) by rules.

use super::docx_reader::Para;
use super::synth::{self, norm};
use crate::lang::Lang;
use crate::locale::Locale;
use crate::phrases;
use crate::plan::Gender;
use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;

const MARK_A: &str = "\u{E000}";
const MARK_B: &str = "\u{E001}";

/// The front matter of one language's document, as read.
#[derive(Clone, Debug, Default)]
pub struct Front {
    pub annex: Option<String>,
    pub grif: Option<Grif>,
    /// The title's words on one line.
    pub title: Option<String>,
    /// Lines before the table that are neither grif nor title.
    pub unread: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Grif {
    Decision {
        /// The organisation's name and the body's, as one text, in the locale's order.
        names: String,
        /// Whether the organisation comes first in `names` (Kazakh) or last (Russian).
        org_first: bool,
        date: Option<NaiveDate>,
        year: Option<i32>,
        protocol: Option<String>,
        gender: Option<Gender>,
        /// The protocol or date line, when it reads as no phrase qujat writes.
        loose: Option<String>,
    },
    Official {
        position: Option<String>,
        name: Option<String>,
        date: Option<NaiveDate>,
        year: Option<i32>,
        loose: Option<String>,
    },
}

/// One line of the paragraphs before the table.
#[derive(Clone, Debug)]
struct Line {
    text: String,
}

pub fn read(lang: Lang, paras: &[Para]) -> Front {
    let (grif_paras, title_paras) = split_title(paras);
    let title = joined(title_paras);
    let lines: Vec<Line> = grif_paras
        .iter()
        .flat_map(|p| {
            p.text()
                .split('\n')
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .map(|text| Line { text })
                .collect::<Vec<_>>()
        })
        .collect();
    let mut front = Front {
        title: (!title.is_empty()).then_some(title),
        ..Front::default()
    };
    let mut start = 0;
    if let Some((i, n)) = lines
        .iter()
        .enumerate()
        .take(3)
        .find_map(|(i, l)| annex_number(lang, &l.text).map(|n| (i, n)))
    {
        front.annex = Some(n);
        front
            .unread
            .extend(lines[..i].iter().map(|l| l.text.clone()));
        start = i + 1;
    }
    let lines = &lines[start..];
    let Some((k, kind, rest)) = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| keyword(lang, &l.text).map(|(kind, rest)| (i, kind, rest)))
    else {
        front.unread.extend(lines.iter().map(|l| l.text.clone()));
        return front;
    };
    let before: Vec<String> = lines[..k].iter().map(|l| l.text.clone()).collect();
    let mut after: Vec<String> = lines[k + 1..].iter().map(|l| l.text.clone()).collect();
    if !rest.is_empty() {
        after.insert(0, rest);
    }
    front.grif = Some(match kind {
        Keyword::Decision(gender) => decision(lang, before, after, gender, &mut front.unread),
        Keyword::Official => official(lang, after, &mut front.unread, before),
    });
    front
}

/// The title: the centred or bold paragraphs just before the table, or else the last group
/// of paragraphs there.
fn split_title(paras: &[Para]) -> (&[Para], &[Para]) {
    let mut end = paras.len();
    while end > 0 && paras[end - 1].is_blank() {
        end -= 1;
    }
    let looks_title = |p: &Para| {
        (p.centered || p.all_bold()) && !p.is_blank() && !p.text().split('\n').any(is_keyword)
    };
    let mut start = end;
    while start > 0 && looks_title(&paras[start - 1]) {
        start -= 1;
    }
    if start == end {
        while start > 0 && !paras[start - 1].is_blank() && !is_keyword(&paras[start - 1].text()) {
            start -= 1;
        }
        // A lone group is the title only when something (the grif) stands before it.
        if !paras[..start].iter().any(|p| !p.is_blank()) {
            return (&paras[..end], &[]);
        }
    }
    (&paras[..start], &paras[start..end])
}

fn joined(paras: &[Para]) -> String {
    paras
        .iter()
        .map(Para::text)
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// «4-қосымша», «4 Қосымша», «Приложение 4», «Приложение № 4 к приказу …»: the number.
fn annex_number(lang: Lang, line: &str) -> Option<String> {
    let locale = Locale::get(lang).ok()?;
    let mut args = FluentArgs::new();
    args.set("number", MARK_A);
    let shape = locale.format("annex-label", &args).ok()?;
    let (before, after) = shape.split_once(MARK_A)?;
    let n = norm(line);
    let (before, after) = (
        norm(before),
        norm(after).trim_start_matches('-').to_string(),
    );
    let rest = if !before.is_empty() {
        n.strip_prefix(&before)?
            .trim()
            .trim_start_matches('№')
            .trim()
            .to_string()
    } else {
        n.strip_suffix(&after)?
            .trim()
            .trim_end_matches('-')
            .trim()
            .to_string()
    };
    let number: String = rest
        .split_whitespace()
        .next()?
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '.' || *c == '-')
        .collect();
    let number = number.trim_end_matches(['.', '-']).to_string();
    number
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_digit())
        .then_some(number)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Keyword {
    Decision(Option<Gender>),
    Official,
}

/// The approval words the locales print, by kind (and for «УТВЕРЖДЕН…» the gender each form
/// agrees with), plus «БЕКІТІЛГЕН», the other Kazakh form in use. Built once per process.
fn keywords(lang: Lang) -> &'static [(String, Keyword)] {
    static WORDS: std::sync::OnceLock<[Vec<(String, Keyword)>; 2]> = std::sync::OnceLock::new();
    &WORDS.get_or_init(|| [build_keywords(Lang::Kk), build_keywords(Lang::Ru)])[lang as usize]
}

fn build_keywords(lang: Lang) -> Vec<(String, Keyword)> {
    let Ok(locale) = Locale::get(lang) else {
        return Vec::new();
    };
    let bold_line = |text: String| -> Option<String> {
        text.lines()
            .map(str::trim)
            .find_map(|l| l.strip_prefix("__").and_then(|l| l.strip_suffix("__")))
            .map(|w| w.trim().to_string())
    };
    let mut out = Vec::new();
    for g in Gender::NAMES {
        let mut args = FluentArgs::new();
        args.set("organization", MARK_A);
        args.set("body", MARK_B);
        args.set("gender", g);
        if let Some(w) = locale
            .format("grif-decision", &args)
            .ok()
            .and_then(bold_line)
        {
            let gender = Gender::from_name(g);
            if !out.iter().any(|(o, _)| *o == w) {
                out.push((w, Keyword::Decision(gender)));
            }
        }
    }
    let mut args = FluentArgs::new();
    args.set("position", MARK_A);
    args.set("name", MARK_B);
    if let Some(w) = locale
        .format("grif-official", &args)
        .ok()
        .and_then(bold_line)
    {
        out.push((w, Keyword::Official));
    }
    if lang == Lang::Kk {
        out.push(("БЕКІТІЛГЕН".into(), Keyword::Decision(None)));
    }
    out
}

fn letters_upper(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

fn is_keyword(line: &str) -> bool {
    Lang::ALL.iter().any(|&l| keyword(l, line).is_some())
}

/// The approval word a line starts with, and the rest of the line.
fn keyword(lang: Lang, line: &str) -> Option<(Keyword, String)> {
    let first = line.split_whitespace().next()?;
    let word = letters_upper(first);
    let kws = keywords(lang);
    let (_, kind) = kws.iter().find(|(w, _)| letters_upper(w) == word)?;
    // The word itself, usually in capitals; «утвержден решением» inside a sentence is not a grif.
    if first
        .chars()
        .filter(|c| c.is_alphabetic())
        .any(char::is_lowercase)
    {
        return None;
    }
    let rest = line[line.find(first)? + first.len()..].trim().to_string();
    let kind = match kind {
        // The keyword says the gender only in Russian, and masculine is the default.
        Keyword::Decision(Some(Gender::Masculine)) => Keyword::Decision(None),
        k => *k,
    };
    Some((kind, rest))
}

/// The fixed words around the names in the decision grif of `lang`: the word after the names
/// (Kazakh «шешімімен») or before them (Russian «решением»), and whether the organisation
/// comes first.
fn decision_shape(lang: Lang) -> Option<(String, String, bool)> {
    let locale = Locale::get(lang).ok()?;
    let mut args = FluentArgs::new();
    args.set("organization", MARK_A);
    args.set("body", MARK_B);
    args.set("gender", "masculine");
    let text = locale.format("grif-decision", &args).ok()?;
    let kw = text.find("__")?;
    let (head, tail) = text.split_at(kw);
    let tail = tail.trim_start_matches('_');
    let tail = &tail[tail.find("__").map_or(0, |i| i + 2)..];
    let names = if head.contains(MARK_A) { head } else { tail };
    let org_first = names.find(MARK_A)? < names.find(MARK_B)?;
    let flat = names.split_whitespace().collect::<Vec<_>>().join(" ");
    let lead: String = flat
        .split_whitespace()
        .take_while(|w| !w.contains(MARK_A) && !w.contains(MARK_B))
        .collect::<Vec<_>>()
        .join(" ");
    let trail: String = flat
        .split_whitespace()
        .rev()
        .take_while(|w| !w.contains(MARK_A) && !w.contains(MARK_B))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<Vec<_>>()
        .join(" ");
    Some((lead, trail, org_first))
}

fn decision(
    lang: Lang,
    before: Vec<String>,
    after: Vec<String>,
    gender: Option<Gender>,
    unread: &mut Vec<String>,
) -> Grif {
    let (lead, trail, org_first) =
        decision_shape(lang).unwrap_or((String::new(), String::new(), true));
    // The names stand before the keyword in Kazakh, after it in Russian; the protocol line
    // comes last.
    let protocol_from = after
        .iter()
        .position(|l| {
            let n = norm(l);
            n.contains("протокол")
                || n.contains("хаттама")
                || n.contains('_')
                || n.contains('№')
                || synth::pieces(lang, &n).years.len() + synth::pieces(lang, &n).numeric.len() > 0
        })
        .unwrap_or(after.len());
    let (name_lines, protocol_lines) = if before.is_empty() {
        (
            after[..protocol_from].to_vec(),
            after[protocol_from..].to_vec(),
        )
    } else {
        unread.extend(after[..protocol_from].iter().cloned());
        (before, after[protocol_from..].to_vec())
    };
    let mut names = name_lines.join(" ");
    for (word, at_start) in [(&lead, true), (&trail, false)] {
        if word.is_empty() {
            continue;
        }
        names = strip_word(&names, word, at_start).unwrap_or(names);
    }
    let protocol_text = protocol_lines.join(" ");
    let (date, year, protocol, exact) = protocol(lang, &protocol_text);
    Grif::Decision {
        names,
        org_first,
        date,
        year,
        protocol,
        gender,
        loose: (!exact && !protocol_text.is_empty()).then_some(protocol_text),
    }
}

/// `text` without `word` at its start or end (compared normalised).
fn strip_word(text: &str, word: &str, at_start: bool) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let n = word.split_whitespace().count();
    if words.len() < n {
        return None;
    }
    let (part, rest) = if at_start {
        (&words[..n], &words[n..])
    } else {
        (&words[words.len() - n..], &words[..words.len() - n])
    };
    (norm(&part.join(" ")) == norm(word)).then(|| rest.join(" "))
}

fn official(lang: Lang, after: Vec<String>, unread: &mut Vec<String>, before: Vec<String>) -> Grif {
    unread.extend(before);
    let is_date = |l: &str| {
        let n = norm(l);
        let p = synth::pieces(lang, &n);
        !p.years.is_empty() || !p.numeric.is_empty() || n.starts_with('_') && n.contains("20")
    };
    let date_at = after.iter().rposition(|l| is_date(l));
    let (body, date_line) = match date_at {
        Some(i) => {
            unread.extend(after[i + 1..].iter().cloned());
            (&after[..i], Some(after[i].clone()))
        }
        None => (&after[..], None),
    };
    let signature = |l: &str| l.trim_start().starts_with('_');
    let initials = |l: &str| {
        l.split_whitespace().any(|w| {
            let letters: Vec<char> = w.chars().collect();
            letters.len() >= 4
                && letters
                    .chunks(2)
                    .all(|c| c[0].is_uppercase() && c.get(1).is_none_or(|d| *d == '.'))
        })
    };
    let name_at = body
        .iter()
        .rposition(|l| signature(l))
        .or_else(|| body.iter().rposition(|l| initials(l)))
        .or_else(|| body.len().checked_sub(1).filter(|_| body.len() > 1));
    let (position, name) = match name_at {
        Some(i) => {
            let name = body[i].trim_start_matches(['_', ' ']).trim().to_string();
            (body[..i].join(" "), Some(name).filter(|n| !n.is_empty()))
        }
        None => (body.join(" "), None),
    };
    let date_text = date_line.unwrap_or_default();
    let (date, year, exact) = official_date(lang, &date_text);
    Grif::Official {
        position: Some(position).filter(|p| !p.is_empty()),
        name,
        date,
        year,
        loose: (!exact && !date_text.is_empty()).then_some(date_text),
    }
}

/// Blanks compared as blanks, however many underscores; «№» with or without a space.
fn norm_blanks(s: &str) -> String {
    let n = norm(s).replace("№ ", "№");
    let mut out = String::with_capacity(n.len());
    for c in n.chars() {
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    out.replace(" _", "_").replace("_ ", "_")
}

/// The protocol phrase: (date, year, number, read exactly as qujat writes it).
fn protocol(lang: Lang, text: &str) -> (Option<NaiveDate>, Option<i32>, Option<String>, bool) {
    let Ok(locale) = Locale::get(lang) else {
        return (None, None, None, false);
    };
    let wanted = norm_blanks(text);
    let p = synth::pieces(lang, &norm(text));
    let date = synth::dates(&p).0.or(p.numeric.first().copied());
    let year = date.map(|d| d.year()).or(p.years.first().copied());
    let number = protocol_number(text);
    let mut tries: Vec<(&str, Option<NaiveDate>, Option<String>)> = vec![];
    if date.is_some() && number.is_some() {
        tries.push(("both", date, number.clone()));
    }
    if date.is_some() {
        tries.push(("date", date, None));
    }
    if number.is_some() {
        tries.push(("number", None, number.clone()));
    }
    tries.push(("none", None, None));
    for (known, d, n) in tries {
        let Some(y) = d.map(|d| d.year()).or(year) else {
            continue;
        };
        let mut args = FluentArgs::new();
        if phrases::set_date(
            locale,
            &mut args,
            "",
            y,
            d.map(|d| d.month()),
            d.map(|d| d.day()),
        )
        .is_err()
        {
            continue;
        }
        args.set("known", known);
        args.set("number", n.clone().unwrap_or_default());
        if let Ok(r) = locale.format("grif-protocol", &args)
            && norm_blanks(&r) == wanted
        {
            return (d, Some(y), n, true);
        }
    }
    (date, year, number, false)
}

/// «№ 5», «№5» → "5"; blanks («№_____») are no number.
fn protocol_number(text: &str) -> Option<String> {
    let (_, rest) = text.split_once('№')?;
    let n: String = rest
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace() && *c != ')' && *c != ',')
        .collect();
    (!n.is_empty() && !n.chars().all(|c| c == '_')).then_some(n)
}

/// The official grif's date line: (date, year, read exactly as qujat writes it).
fn official_date(lang: Lang, text: &str) -> (Option<NaiveDate>, Option<i32>, bool) {
    let Ok(locale) = Locale::get(lang) else {
        return (None, None, false);
    };
    let n = norm(text);
    let p = synth::pieces(lang, &n);
    // «30» 03 2026 г.: day and month in digits.
    let digits = || {
        let y = *p.years.first()?;
        let [d, m] = p.days.get(..2)? else {
            return None;
        };
        NaiveDate::from_ymd_opt(y, *m, *d)
    };
    let date = synth::dates(&p)
        .0
        .or(p.numeric.first().copied())
        .or_else(|| p.months.is_empty().then(digits).flatten());
    let year = date.map(|d| d.year()).or(p.years.first().copied());
    let wanted = norm_blanks(text);
    for d in [date, None] {
        let Some(y) = d.map(|d| d.year()).or(year) else {
            continue;
        };
        let mut args = FluentArgs::new();
        if phrases::set_date(
            locale,
            &mut args,
            "",
            y,
            d.map(|d| d.month()),
            d.map(|d| d.day()),
        )
        .is_err()
        {
            continue;
        }
        args.set("known", if d.is_some() { "yes" } else { "no" });
        if let Ok(r) = locale.format("grif-official-date", &args)
            && norm_blanks(&r) == wanted
        {
            return (d, Some(y), true);
        }
    }
    (date, year, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::docx_reader::Run;

    fn paras(lines: &[&str]) -> Vec<Para> {
        lines
            .iter()
            .map(|l| Para {
                runs: vec![Run {
                    text: l.to_string(),
                    ..Run::default()
                }],
                ..Para::default()
            })
            .collect()
    }

    fn titled(mut p: Vec<Para>) -> Vec<Para> {
        if let Some(last) = p.last_mut() {
            last.centered = true;
        }
        p
    }

    #[test]
    fn the_kazakh_seeds_decision_grif() {
        let front = read(
            Lang::Kk,
            &titled(paras(&[
                "4 Қосымша",
                "Азаматтық бастамаларды\"",
                "қолдау орталығы \" КЕАҚ",
                "директорлар кеңесінің ",
                "шешімімен",
                "",
                "«БЕКІТІЛДІ»",
                "",
                "«____» ________ 2022 жыл",
                "хаттама №_____",
                "",
                "2022 жылға арналған «Азаматтық бастамаларды қолдау орталығы» КЕАҚ \nСыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары",
            ])),
        );
        assert_eq!(front.annex.as_deref(), Some("4"));
        assert_eq!(
            front.title.as_deref(),
            Some(
                "2022 жылға арналған «Азаматтық бастамаларды қолдау орталығы» КЕАҚ Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары"
            )
        );
        let Some(Grif::Decision {
            names,
            org_first,
            date,
            year,
            protocol,
            loose,
            ..
        }) = front.grif
        else {
            panic!("{front:?}")
        };
        assert_eq!(
            names,
            "Азаматтық бастамаларды\" қолдау орталығы \" КЕАҚ директорлар кеңесінің"
        );
        assert!(org_first);
        assert_eq!(
            (date, year, protocol, loose),
            (None, Some(2022), None, None)
        );
    }

    #[test]
    fn qujat_own_russian_decision_grif() {
        let front = read(
            Lang::Ru,
            &titled(paras(&[
                "Приложение 4",
                "УТВЕРЖДЕН",
                "решением Совета директоров",
                "НАО «Центр»",
                "(протокол от 10 июня 2022 года № 5)",
                "План",
            ])),
        );
        let Some(Grif::Decision {
            names,
            org_first,
            date,
            protocol,
            loose,
            ..
        }) = front.grif
        else {
            panic!("{front:?}")
        };
        assert_eq!(names, "Совета директоров НАО «Центр»");
        assert!(!org_first);
        assert_eq!(date, NaiveDate::from_ymd_opt(2022, 6, 10));
        assert_eq!((protocol.as_deref(), loose), (Some("5"), None));
    }

    #[test]
    fn the_schedule_seeds_official_grifs() {
        let ru = read(
            Lang::Ru,
            &titled(paras(&[
                "«УТВЕРЖДАЮ»",
                "Председатель Правления",
                "АО «СПК «Алматы»",
                "Байдурин М.С.",
                "«30» 03 2026 г.",
                "",
                "План-график",
            ])),
        );
        let Some(Grif::Official {
            position,
            name,
            date,
            loose,
            ..
        }) = ru.grif
        else {
            panic!("{ru:?}")
        };
        assert_eq!(
            position.as_deref(),
            Some("Председатель Правления АО «СПК «Алматы»")
        );
        assert_eq!(name.as_deref(), Some("Байдурин М.С."));
        assert_eq!(date, NaiveDate::from_ymd_opt(2026, 3, 30));
        assert!(loose.is_some());
        let kk = read(
            Lang::Kk,
            &titled(paras(&[
                "БЕКІТЕМІН",
                "«Алматы» ӘКК» АҚ Басқарма Төрағасы",
                "____________ М.С. Байдурын",
                "2026 жылғы «30» наурыз",
                "Жұмыс кестесі",
            ])),
        );
        let Some(Grif::Official {
            position,
            name,
            date,
            loose,
            ..
        }) = kk.grif
        else {
            panic!("{kk:?}")
        };
        assert_eq!(
            position.as_deref(),
            Some("«Алматы» ӘКК» АҚ Басқарма Төрағасы")
        );
        assert_eq!(name.as_deref(), Some("М.С. Байдурын"));
        assert_eq!((date, loose), (NaiveDate::from_ymd_opt(2026, 3, 30), None));
    }
}
