//! Deadline phrases back into typed deadlines: the inverse of src/phrases.rs, by synthesis
//! (see `synth`): every candidate the phrase's pieces allow is rendered by qujat's own
//! renderer and compared with the phrase. Real plans' looser forms (two-digit years, «по»
//! between numeric dates, the year after the months) are read by a few rules after that;
//! what neither reads stays text.

use super::synth::{self, Pieces, norm, squash};
use crate::lang::Lang;
use crate::locale::Locale;
use crate::phrases;
use crate::plan::{DateStyle, Deadline, Every, Period, Recurring, YearMonth};
use chrono::{Datelike, NaiveDate};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub due: Deadline,
    /// Written as digits (30.03.2026): an `on` date that needs `dates: numeric`.
    pub numeric: bool,
    /// qujat prints exactly what the file says (white space aside); otherwise the plan notes
    /// the file's wording.
    pub exact: bool,
}

/// The typed deadline `text` (a deadline cell of a `lang` document) means, if any.
pub fn parse(lang: Lang, text: &str) -> Option<Parsed> {
    let locale = Locale::get(lang).ok()?;
    let wanted = norm(text);
    if wanted.is_empty() || wanted == "-" || wanted == "—" {
        let due = Deadline::Recurring(Recurring::None);
        let exact = render(locale, &due, DateStyle::Words).is_some_and(|r| r == squash(text));
        return Some(Parsed {
            due,
            numeric: false,
            exact: exact && !text.trim().is_empty(),
        });
    }
    let p = synth::pieces(lang, &wanted);
    for (due, style) in candidates(&p) {
        let Some(rendered) = render(locale, &due, style) else {
            continue;
        };
        if norm(&rendered) == wanted {
            return Some(Parsed {
                exact: rendered == squash(text),
                numeric: style == DateStyle::Numeric,
                due,
            });
        }
    }
    loose(locale, &p, &wanted)
}

fn render(locale: &Locale, due: &Deadline, style: DateStyle) -> Option<String> {
    phrases::deadline(locale, due, style).ok()
}

/// Every deadline the pieces can make, in a fixed order.
fn candidates(p: &Pieces) -> Vec<(Deadline, DateStyle)> {
    let words = DateStyle::Words;
    let mut out: Vec<(Deadline, DateStyle)> = Recurring::ALL
        .iter()
        .map(|r| (Deadline::Recurring(*r), words))
        .collect();
    if let [d] = p.numeric.as_slice() {
        out.push((Deadline::On(*d), DateStyle::Numeric));
    }
    let (first, second) = synth::dates(p);
    if let Some(a) = first {
        out.push((Deadline::By(a), words));
        out.push((Deadline::On(a), words));
        if let Some(b) = second.filter(|b| *b >= a) {
            out.push((Deadline::Range(a, b), words));
            out.push((Deadline::Between(a, b), words));
        }
    }
    if let (Some(&y), Some(&m)) = (p.years.first(), p.months.first()) {
        let a = YearMonth { year: y, month: m };
        out.push((Deadline::Month(a), words));
        if let Some(&m2) = p.months.get(1) {
            let b = YearMonth {
                year: p.years.get(1).copied().unwrap_or(y),
                month: m2,
            };
            if b > a {
                out.push((Deadline::Months(a, b), words));
            }
        }
    }
    for quarter in 1..=4 {
        out.push((
            Deadline::Quarter {
                quarter,
                year: None,
            },
            words,
        ));
        if let Some(&y) = p.years.first() {
            let year = Some(y);
            out.push((Deadline::Quarter { quarter, year }, words));
        }
    }
    for &day in p.days.iter().take(1) {
        for every in [Every::Month, Every::Quarter, Every::Year] {
            out.push((Deadline::Every { every, day }, words));
        }
    }
    out
}

/// Words that may stand between dates written in digits without changing what they mean.
const CONNECTORS: [&str; 15] = [
    "года",
    "жылғы",
    "с",
    "по",
    "до",
    "от",
    "в",
    "период",
    "на",
    "дейін",
    "бастап",
    "аралығында",
    "мен",
    "пен",
    "бен",
];

/// The forms real plans use that qujat does not write: dates in digits joined by «по» or a
/// dash (a range), one date in digits with «до»/«дейін» (until) or alone (on), and months
/// with their year written after them («қыркүйек-қазан 2022 жылғы»).
fn loose(locale: &Locale, p: &Pieces, wanted: &str) -> Option<Parsed> {
    let connectors_only = p.words.iter().all(|w| CONNECTORS.contains(&w.as_str()));
    let until = p.words.iter().any(|w| w == "до" || w == "дейін");
    if connectors_only && p.years.is_empty() && p.months.is_empty() && p.days.is_empty() {
        let due = match p.numeric.as_slice() {
            [d] if until => Deadline::By(*d),
            [d] => Deadline::On(*d),
            [a, b] if b > a => Deadline::Range(*a, *b),
            _ => return None,
        };
        let numeric = matches!(due, Deadline::On(_));
        return Some(Parsed {
            due,
            numeric,
            exact: false,
        });
    }
    // The same words in another order: only for months and quarters, whose pieces cannot be
    // mistaken for one another.
    let sorted = |s: &str| {
        let mut w: Vec<String> = s
            .split([' ', '-'])
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect();
        w.sort();
        w
    };
    let want = sorted(wanted);
    candidates(p)
        .into_iter()
        .filter(|(d, _)| {
            matches!(
                d,
                Deadline::Month(_) | Deadline::Months(..) | Deadline::Quarter { .. }
            )
        })
        .find(|(d, style)| render(locale, d, *style).is_some_and(|r| sorted(&norm(&r)) == want))
        .map(|(due, _)| Parsed {
            due,
            numeric: false,
            exact: false,
        })
}

/// A title's period, cut from where the locale puts it (Kazakh before the title, Russian
/// after it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitlePeriod {
    pub period: Period,
    /// The title without the period.
    pub title: String,
    pub exact: bool,
}

/// A period phrase is a dozen words at most («на период с 13 апреля 2026 года по …»).
const PERIOD_WORDS: usize = 20;

pub fn title_period(lang: Lang, title: &str) -> Option<TitlePeriod> {
    let locale = Locale::get(lang).ok()?;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("title", "\u{E000}");
    args.set("period", "\u{E001}");
    let shape = locale.format("title-with-period", &args).ok()?;
    let before = shape.find('\u{E001}')? < shape.find('\u{E000}')?;
    let words: Vec<&str> = title.split_whitespace().collect();
    let n = words.len();
    // The title's first `k` words (Kazakh) or last `k` (Russian), and the rest.
    let cut = |k: usize| -> (String, String) {
        if before {
            (words[..k].join(" "), words[k..].join(" "))
        } else {
            (words[n - k..].join(" "), words[..n - k].join(" "))
        }
    };
    let p = synth::pieces(lang, &norm(title));
    let mut candidates: Vec<Period> = Vec::new();
    for (i, &y) in p.years.iter().enumerate() {
        candidates.push(Period::Year(y));
        if let Some(&y2) = p.years.get(i + 1).filter(|&&y2| y2 > y) {
            candidates.push(Period::Years(y, y2));
        }
    }
    if let (Some(a), Some(b)) = synth::dates(&p) {
        candidates.push(Period::Range(a, b));
    }
    for period in &candidates {
        let Ok(phrase) = phrases::period(locale, period) else {
            continue;
        };
        // qujat's own form, then the adverbial «… аралығында» that hand-made Kazakh titles
        // use (seed vakr-schedule-2026) where qujat writes «… аралығына арналған».
        let legacy = phrase.replace("аралығына арналған", "аралығында");
        for want in [norm(&phrase), norm(&legacy)] {
            for k in 1..n.min(PERIOD_WORDS) {
                let (part, rest) = cut(k);
                if norm(&part) == want {
                    return Some(TitlePeriod {
                        period: *period,
                        exact: squash(&part) == phrase,
                        title: rest,
                    });
                }
            }
        }
    }
    // «… на период с 13.04.2026г. по 26.05.26г.»: dates in digits joined by connectors.
    for k in (2..n.min(PERIOD_WORDS)).rev() {
        let (part, rest) = cut(k);
        let q = synth::pieces(lang, &norm(&part));
        let only_connectors = q.words.iter().all(|w| CONNECTORS.contains(&w.as_str()))
            && q.years.is_empty()
            && q.days.is_empty()
            && q.months.is_empty();
        if let ([a, b], true) = (q.numeric.as_slice(), only_connectors)
            && b > a
            && q.words
                .iter()
                .any(|w| matches!(w.as_str(), "на" | "с" | "аралығында" | "мен"))
        {
            return Some(TitlePeriod {
                period: Period::Range(*a, *b),
                title: rest,
                exact: false,
            });
        }
    }
    None
}

/// A deadline as the plan file writes it: `{by: 2022-04-16}`, `ongoing`, …
pub fn yaml(due: &Deadline) -> String {
    let ym = |m: &YearMonth| format!("{:04}-{:02}", m.year, m.month);
    let d = |d: &NaiveDate| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    match due {
        Deadline::By(a) => format!("{{by: {}}}", d(a)),
        Deadline::On(a) => format!("{{on: {}}}", d(a)),
        Deadline::Range(a, b) => format!("{{from: {}, to: {}}}", d(a), d(b)),
        Deadline::Between(a, b) => format!("{{between: {}, and: {}}}", d(a), d(b)),
        Deadline::Month(m) => format!("{{month: {}}}", ym(m)),
        Deadline::Months(a, b) => format!("{{months: [{}, {}]}}", ym(a), ym(b)),
        Deadline::Quarter { quarter, year } => match year {
            Some(y) => format!("{{quarter: {quarter}, year: {y}}}"),
            None => format!("{{quarter: {quarter}}}"),
        },
        Deadline::Every { every, day } => {
            let e = match every {
                Every::Month => "month",
                Every::Quarter => "quarter",
                Every::Year => "year",
            };
            format!("{{every: {e}, day: {day}}}")
        }
        Deadline::Recurring(r) => r.keyword().to_string(),
        Deadline::Free(_) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn ym(year: i32, month: u32) -> YearMonth {
        YearMonth { year, month }
    }

    /// Every kind of deadline, with every month in each date position it can take.
    fn every_deadline() -> Vec<Deadline> {
        let mut all: Vec<Deadline> = Recurring::ALL
            .iter()
            .map(|r| Deadline::Recurring(*r))
            .collect();
        for m in 1..=12u32 {
            let next = if m == 12 {
                d(2031, 1, 9)
            } else {
                d(2030, m + 1, 28)
            };
            let day = [1, 2, 3, 5, 9, 10, 13, 20, 26, 28, 30, 31][m as usize - 1]
                .min(28 + (m != 2) as u32);
            let a = d(2030, m, day.min(if m == 2 { 28 } else { 30 }));
            all.extend([
                Deadline::By(a),
                Deadline::On(a),
                Deadline::Range(a, next),
                Deadline::Between(a, next),
                Deadline::Month(ym(2030, m)),
            ]);
            let m2 = if m == 12 {
                ym(2031, 1)
            } else {
                ym(2030, m + 1)
            };
            all.push(Deadline::Months(ym(2030, m), m2));
        }
        all.push(Deadline::Range(d(2022, 4, 15), d(2022, 4, 30)));
        for quarter in 1..=4 {
            all.push(Deadline::Quarter {
                quarter,
                year: None,
            });
            all.push(Deadline::Quarter {
                quarter,
                year: Some(2027),
            });
        }
        for every in [Every::Month, Every::Quarter, Every::Year] {
            for day in [1, 5, 10, 25, 31] {
                all.push(Deadline::Every { every, day });
            }
        }
        all
    }

    #[test]
    fn parse_of_render_is_the_deadline_for_every_kind_month_language_and_style() {
        let mut checked = 0;
        for lang in Lang::ALL {
            let locale = Locale::get(lang).unwrap();
            for due in every_deadline() {
                for style in [DateStyle::Words, DateStyle::Numeric] {
                    let text = phrases::deadline(locale, &due, style).unwrap();
                    let parsed = parse(lang, &text)
                        .unwrap_or_else(|| panic!("{lang}: {text:?} ({due:?}) not read"));
                    assert_eq!(parsed.due, due, "{lang}: {text:?}");
                    assert!(parsed.exact, "{lang}: {text:?}");
                    let numeric = style == DateStyle::Numeric && matches!(due, Deadline::On(_));
                    assert_eq!(parsed.numeric, numeric, "{lang}: {text:?}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 400, "{checked}");
    }

    #[test]
    fn the_seeds_phrases() {
        let cases: [(Lang, &str, Deadline); 16] = [
            (
                Lang::Kk,
                "2022 жылғы 16 сәуірге дейін",
                Deadline::By(d(2022, 4, 16)),
            ),
            (
                Lang::Kk,
                "2022 жылғы 15 сәуірден 31 мамырға дейін",
                Deadline::Range(d(2022, 4, 15), d(2022, 5, 31)),
            ),
            (
                Lang::Kk,
                "қыркүйек-қазан\n2022 жылғы",
                Deadline::Months(ym(2022, 9), ym(2022, 10)),
            ),
            (
                Lang::Kk,
                "2022 жылғы сәуір-мамыр",
                Deadline::Months(ym(2022, 4), ym(2022, 5)),
            ),
            (Lang::Kk, "2022 жылғы қараша", Deadline::Month(ym(2022, 11))),
            (
                Lang::Kk,
                "тоқсан сайын есепті кезеңнен кейінгі айдың 5-күніне дейін",
                Deadline::Every {
                    every: Every::Quarter,
                    day: 5,
                },
            ),
            (
                Lang::Kk,
                "түсуіне қарай",
                Deadline::Recurring(Recurring::AsReceived),
            ),
            (
                Lang::Kk,
                "орындалуына қарай",
                Deadline::Recurring(Recurring::AsCarriedOut),
            ),
            (Lang::Kk, "тұрақты", Deadline::Recurring(Recurring::Ongoing)),
            (
                Lang::Kk,
                "ай сайын",
                Deadline::Recurring(Recurring::Monthly),
            ),
            (
                Lang::Kk,
                "4 тоқсан",
                Deadline::Quarter {
                    quarter: 4,
                    year: None,
                },
            ),
            (Lang::Ru, "30.03.26г.", Deadline::On(d(2026, 3, 30))),
            (Lang::Kk, "30.03.26ж.", Deadline::On(d(2026, 3, 30))),
            (
                Lang::Ru,
                "13.04.26г. по 26.05.26г.",
                Deadline::Range(d(2026, 4, 13), d(2026, 5, 26)),
            ),
            (
                Lang::Kk,
                "13.04.26ж. - 26.05.26ж.",
                Deadline::Range(d(2026, 4, 13), d(2026, 5, 26)),
            ),
            (Lang::Ru, "-", Deadline::Recurring(Recurring::None)),
        ];
        for (lang, text, due) in cases {
            let parsed = parse(lang, text).unwrap_or_else(|| panic!("{text:?} not read"));
            assert_eq!(parsed.due, due, "{text:?}");
        }
        assert!(
            parse(Lang::Ru, "ежедневно")
                .is_some_and(|p| p.due == Deadline::Recurring(Recurring::Daily) && p.exact)
        );
        assert!(
            parse(Lang::Ru, "до 16 апреля 2022 г.")
                .is_some_and(|p| p.due == Deadline::By(d(2022, 4, 16)) && !p.exact)
        );
        assert!(parse(Lang::Ru, "30.03.26г.").is_some_and(|p| p.numeric && !p.exact));
    }

    #[test]
    fn what_is_not_a_deadline_stays_text() {
        for (lang, text) in [
            (Lang::Kk, "орындау мерзімі өткеннен кейін"),
            (
                Lang::Kk,
                "тоқсан сайын есепті тоқсаннан кейінгі бірінші айдың 25-күніне дейін; жыл сайын (4-тоқсандағы ақпаратты қоса алғанда) есепті жылдан кейінгі екінші айдың 25-күніне дейін",
            ),
            (
                Lang::Ru,
                "Мониторинг и анализ исполнения плана ВАКР – ежедневно.",
            ),
            (Lang::Ru, "С учётом результатов ВАКР – незамедлительно"),
            (
                Lang::Kk,
                "Жоспардың орындалуын күнделікті бақылау және талдау",
            ),
            (Lang::Ru, "до 31 февраля 2022 года"),
            (Lang::Ru, "с 31.05.2022 по 15.04.2022"),
        ] {
            assert_eq!(parse(lang, text), None, "{text:?}");
        }
    }

    #[test]
    fn periods_cut_from_titles() {
        let t = title_period(Lang::Kk, "2022 жылға арналған «Үлгі» АҚ жоспары").unwrap();
        assert_eq!(
            (t.period, t.title.as_str(), t.exact),
            (Period::Year(2022), "«Үлгі» АҚ жоспары", true)
        );
        let t = title_period(Lang::Ru, "План АО «Образец» на 2022 год").unwrap();
        assert_eq!(
            (t.period, t.title.as_str()),
            (Period::Year(2022), "План АО «Образец»")
        );
        let t = title_period(
            Lang::Ru,
            "План-график работ (далее — ДЗО) на период с 13.04.2026г. по 26.05.26г.",
        )
        .unwrap();
        assert_eq!(t.period, Period::Range(d(2026, 4, 13), d(2026, 5, 26)));
        assert_eq!(
            (t.title.as_str(), t.exact),
            ("План-график работ (далее — ДЗО)", false)
        );
        let t = title_period(
            Lang::Kk,
            "2026 жылғы 13 сәуір мен 26 мамыр аралығына арналған «Алматы» АҚ кестесі",
        )
        .unwrap();
        assert_eq!(t.period, Period::Range(d(2026, 4, 13), d(2026, 5, 26)));
        assert!(t.exact);
        // The adverbial form of hand-made titles is read too, as not qujat's own wording.
        let t = title_period(
            Lang::Kk,
            "2026 жылғы 13 сәуір мен 26 мамыр аралығында «Алматы» АҚ кестесі",
        )
        .unwrap();
        assert_eq!(t.period, Period::Range(d(2026, 4, 13), d(2026, 5, 26)));
        assert_eq!((t.title.as_str(), t.exact), ("«Алматы» АҚ кестесі", false));
        // The period inside the title (the Kazakh schedule seed) is not cut out.
        assert_eq!(
            title_period(
                Lang::Kk,
                "«Алматы» АҚ 2026 жылғы 13 сәуір мен 26 мамыр аралығында кестесі"
            ),
            None
        );
        assert_eq!(title_period(Lang::Ru, "План на 2022 год мероприятий"), None);
    }

    #[test]
    fn yaml_forms() {
        assert_eq!(
            yaml(&Deadline::Range(d(2022, 4, 15), d(2022, 5, 31))),
            "{from: 2022-04-15, to: 2022-05-31}"
        );
        assert_eq!(
            yaml(&Deadline::Quarter {
                quarter: 4,
                year: None
            }),
            "{quarter: 4}"
        );
        assert_eq!(
            yaml(&Deadline::Recurring(Recurring::AsReceived)),
            "as-received"
        );
    }
}
