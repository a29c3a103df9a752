//! The bridge between the plan's typed values (dates, deadlines, periods) and Fluent messages:
//! it picks the message and passes the numbers; the words and endings come from the locale.

use crate::locale::{Locale, LocaleError};
use crate::plan::{DateStyle, Deadline, Every, Period, YearMonth};
use chrono::{Datelike, NaiveDate};
use fluent_bundle::FluentArgs;

/// Sets the variables of one date: `$year$suffix`, and when known `$day$suffix`, the month
/// standing alone `$month$suffix` and the month's form after a day `$mdate$suffix`, both read
/// from the locale's `month-N` and `month-date-N` messages.
pub fn set_date(
    locale: &Locale,
    args: &mut FluentArgs<'static>,
    suffix: &str,
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
) -> Result<(), LocaleError> {
    args.set(format!("year{suffix}"), year);
    if let Some(m) = month {
        args.set(
            format!("month{suffix}"),
            locale.text(&format!("month-{m}"))?,
        );
        args.set(
            format!("mdate{suffix}"),
            locale.text(&format!("month-date-{m}"))?,
        );
    }
    if let Some(d) = day {
        args.set(format!("day{suffix}"), d);
    }
    Ok(())
}

fn date_args(
    locale: &Locale,
    first: NaiveDate,
    second: Option<NaiveDate>,
) -> Result<FluentArgs<'static>, LocaleError> {
    let mut args = FluentArgs::new();
    for (suffix, d) in std::iter::once(("", first)).chain(second.map(|d| ("2", d))) {
        set_date(
            locale,
            &mut args,
            suffix,
            d.year(),
            Some(d.month()),
            Some(d.day()),
        )?;
    }
    Ok(args)
}

fn month_args(
    locale: &Locale,
    first: YearMonth,
    second: Option<YearMonth>,
) -> Result<FluentArgs<'static>, LocaleError> {
    let mut args = FluentArgs::new();
    for (suffix, m) in std::iter::once(("", first)).chain(second.map(|m| ("2", m))) {
        set_date(locale, &mut args, suffix, m.year, Some(m.month), None)?;
    }
    Ok(args)
}

/// `date-words` or `date-numeric` for a single date.
pub fn date(locale: &Locale, d: NaiveDate, style: DateStyle) -> Result<String, LocaleError> {
    match style {
        DateStyle::Words => locale.format("date-words", &date_args(locale, d, None)?),
        DateStyle::Numeric => locale.format("date-numeric", &numeric_args(d)),
    }
}

fn numeric_args(d: NaiveDate) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    args.set("dd", format!("{:02}", d.day()));
    args.set("mm", format!("{:02}", d.month()));
    args.set("year", d.year().to_string());
    args
}

/// A date range in one message, or its two-year variant when the years differ.
fn range(locale: &Locale, id: &str, a: NaiveDate, b: NaiveDate) -> Result<String, LocaleError> {
    let id = if a.year() == b.year() {
        id.to_string()
    } else {
        format!("{id}-years")
    };
    locale.format(&id, &date_args(locale, a, Some(b))?)
}

/// The deadline phrase of `due` in the locale's language. Free text is not handled here:
/// it belongs to the plan, and the caller takes it in the right language.
pub fn deadline(locale: &Locale, due: &Deadline, style: DateStyle) -> Result<String, LocaleError> {
    match *due {
        Deadline::By(d) => locale.format("due-by", &date_args(locale, d, None)?),
        Deadline::On(d) => match style {
            DateStyle::Words => locale.format("due-on", &date_args(locale, d, None)?),
            DateStyle::Numeric => locale.format("due-on-numeric", &numeric_args(d)),
        },
        Deadline::Range(a, b) => range(locale, "due-range", a, b),
        Deadline::Between(a, b) => range(locale, "due-between", a, b),
        Deadline::Month(m) => locale.format("due-month", &month_args(locale, m, None)?),
        Deadline::Months(a, b) => {
            let id = if a.year == b.year {
                "due-months"
            } else {
                "due-months-years"
            };
            locale.format(id, &month_args(locale, a, Some(b))?)
        }
        Deadline::Quarter { quarter, year } => {
            let mut args = FluentArgs::new();
            args.set("quarter", quarter);
            match year {
                Some(y) => {
                    args.set("year", y);
                    locale.format("due-quarter-year", &args)
                }
                None => locale.format("due-quarter", &args),
            }
        }
        Deadline::Every { every, day } => {
            let mut args = FluentArgs::new();
            args.set(
                "every",
                match every {
                    Every::Month => "month",
                    Every::Quarter => "quarter",
                    Every::Year => "year",
                },
            );
            args.set("day", day);
            locale.format("due-every", &args)
        }
        Deadline::Recurring(r) => locale.text(&format!("due-{}", r.keyword())),
        Deadline::Free(ref t) => Ok(t.get(locale.lang()).to_string()),
    }
}

/// The period phrase that joins the title.
pub fn period(locale: &Locale, period: &Period) -> Result<String, LocaleError> {
    match *period {
        Period::Year(y) => {
            let mut args = FluentArgs::new();
            args.set("year", y);
            locale.format("period-year", &args)
        }
        Period::Years(a, b) => {
            let mut args = FluentArgs::new();
            args.set("year", a);
            args.set("year2", b);
            locale.format("period-years", &args)
        }
        // One day is that day: «на 13 апреля 2026 года», not «с 13 апреля по 13 апреля».
        Period::Range(a, b) if a == b => locale.format("period-day", &date_args(locale, a, None)?),
        Period::Range(a, b) => range(locale, "period-range", a, b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::plan::Recurring;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn both(due: Deadline) -> (String, String) {
        let kk = deadline(Locale::get(Lang::Kk).unwrap(), &due, DateStyle::Words).unwrap();
        let ru = deadline(Locale::get(Lang::Ru).unwrap(), &due, DateStyle::Words).unwrap();
        (kk, ru)
    }

    fn ym(year: i32, month: u32) -> YearMonth {
        YearMonth { year, month }
    }

    #[test]
    fn every_dated_deadline_kind_in_both_languages() {
        let cases = [
            (
                Deadline::By(d(2022, 4, 16)),
                "2022 жылғы 16 сәуірге дейін",
                "до 16 апреля 2022 года",
            ),
            (
                Deadline::On(d(2026, 3, 30)),
                "2026 жылғы 30 наурыз",
                "30 марта 2026 года",
            ),
            (
                Deadline::Range(d(2022, 4, 15), d(2022, 5, 31)),
                "2022 жылғы 15 сәуірден 31 мамырға дейін",
                "с 15 апреля по 31 мая 2022 года",
            ),
            (
                Deadline::Range(d(2022, 12, 15), d(2023, 1, 31)),
                "2022 жылғы 15 желтоқсаннан 2023 жылғы 31 қаңтарға дейін",
                "с 15 декабря 2022 года по 31 января 2023 года",
            ),
            (
                Deadline::Between(d(2026, 4, 13), d(2026, 5, 26)),
                "2026 жылғы 13 сәуір мен 26 мамыр аралығында",
                "в период с 13 апреля по 26 мая 2026 года",
            ),
            (
                Deadline::Between(d(2026, 12, 1), d(2027, 2, 26)),
                "2026 жылғы 1 желтоқсан мен 2027 жылғы 26 ақпан аралығында",
                "в период с 1 декабря 2026 года по 26 февраля 2027 года",
            ),
            (
                Deadline::Month(ym(2022, 11)),
                "2022 жылғы қараша",
                "ноябрь 2022 года",
            ),
            (
                Deadline::Months(ym(2022, 4), ym(2022, 5)),
                "2022 жылғы сәуір–мамыр",
                "апрель–май 2022 года",
            ),
            (
                Deadline::Months(ym(2022, 12), ym(2023, 1)),
                "2022 жылғы желтоқсан – 2023 жылғы қаңтар",
                "декабрь 2022 года – январь 2023 года",
            ),
            (
                Deadline::Quarter {
                    quarter: 4,
                    year: Some(2022),
                },
                "2022 жылғы 4-тоқсан",
                "IV квартал 2022 года",
            ),
            (
                Deadline::Quarter {
                    quarter: 2,
                    year: None,
                },
                "2-тоқсан",
                "II квартал",
            ),
            (
                Deadline::Every {
                    every: Every::Quarter,
                    day: 5,
                },
                "тоқсан сайын, есепті кезеңнен кейінгі айдың 5-күніне дейін",
                "ежеквартально, до 5 числа месяца, следующего за отчётным периодом",
            ),
            (
                Deadline::Every {
                    every: Every::Month,
                    day: 10,
                },
                "ай сайын, есепті айдан кейінгі айдың 10-күніне дейін",
                "ежемесячно, до 10 числа месяца, следующего за отчётным",
            ),
            (
                Deadline::Every {
                    every: Every::Year,
                    day: 25,
                },
                "жыл сайын, есепті жылдан кейінгі 25 қаңтарға дейін",
                "ежегодно, до 25 января года, следующего за отчётным",
            ),
        ];
        for (due, kk, ru) in cases {
            assert_eq!(
                both(due.clone()),
                (kk.to_string(), ru.to_string()),
                "{due:?}"
            );
        }
    }

    #[test]
    fn every_recurring_deadline_in_both_languages() {
        let expected = [
            ("күн сайын", "ежедневно"),
            ("ай сайын", "ежемесячно"),
            ("тоқсан сайын", "ежеквартально"),
            ("жыл сайын", "ежегодно"),
            ("тұрақты", "постоянно"),
            ("түсуіне қарай", "по мере поступления"),
            ("орындалуына қарай", "по мере исполнения"),
            ("дереу", "незамедлительно"),
            ("—", "—"),
        ];
        for (r, (kk, ru)) in Recurring::ALL.into_iter().zip(expected) {
            assert_eq!(
                both(Deadline::Recurring(r)),
                (kk.to_string(), ru.to_string())
            );
        }
    }

    #[test]
    fn numeric_on_date() {
        let kk = deadline(
            Locale::get(Lang::Kk).unwrap(),
            &Deadline::On(d(2026, 3, 30)),
            DateStyle::Numeric,
        )
        .unwrap();
        let ru = deadline(
            Locale::get(Lang::Ru).unwrap(),
            &Deadline::On(d(2026, 4, 6)),
            DateStyle::Numeric,
        )
        .unwrap();
        assert_eq!((kk.as_str(), ru.as_str()), ("30.03.2026", "06.04.2026"));
    }

    #[test]
    fn until_a_date_for_all_twelve_months() {
        let kk_dative = [
            "қаңтарға",
            "ақпанға",
            "наурызға",
            "сәуірге",
            "мамырға",
            "маусымға",
            "шілдеге",
            "тамызға",
            "қыркүйекке",
            "қазанға",
            "қарашаға",
            "желтоқсанға",
        ];
        let kk_ablative = [
            "қаңтардан",
            "ақпаннан",
            "наурыздан",
            "сәуірден",
            "мамырдан",
            "маусымнан",
            "шілдеден",
            "тамыздан",
            "қыркүйектен",
            "қазаннан",
            "қарашадан",
            "желтоқсаннан",
        ];
        let ru_gen = [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ];
        for m in 1..=12u32 {
            let i = m as usize - 1;
            let (kk, ru) = both(Deadline::By(d(2030, m, 1)));
            assert_eq!(kk, format!("2030 жылғы 1 {} дейін", kk_dative[i]));
            assert_eq!(ru, format!("до 1 {} 2030 года", ru_gen[i]));
            let to = if m == 12 {
                d(2030, 12, 31)
            } else {
                d(2030, m + 1, 1)
            };
            let (kk, _) = both(Deadline::Range(d(2030, m, 1), to));
            assert!(
                kk.starts_with(&format!("2030 жылғы 1 {} ", kk_ablative[i])),
                "{kk}"
            );
        }
    }

    /// A range period in every month: the conjunction after the first month («сәуір мен»,
    /// «тамыз бен», «қыркүйек пен»), the attributive «аралығына арналған» that lets the period
    /// qualify the title's noun, and the Russian genitives.
    #[test]
    fn range_periods_for_every_month() {
        let kk = Locale::get(Lang::Kk).unwrap();
        let ru = Locale::get(Lang::Ru).unwrap();
        let kk_and = [
            "қаңтар мен",
            "ақпан мен",
            "наурыз бен",
            "сәуір мен",
            "мамыр мен",
            "маусым мен",
            "шілде мен",
            "тамыз бен",
            "қыркүйек пен",
            "қазан мен",
            "қараша мен",
            "желтоқсан мен",
        ];
        let kk_month = [
            "қаңтар",
            "ақпан",
            "наурыз",
            "сәуір",
            "мамыр",
            "маусым",
            "шілде",
            "тамыз",
            "қыркүйек",
            "қазан",
            "қараша",
            "желтоқсан",
        ];
        let ru_gen = [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ];
        for m in 1..=12u32 {
            let i = m as usize - 1;
            let (end_m, end_y) = if m == 12 { (1, 2031) } else { (m + 1, 2030) };
            let j = end_m as usize - 1;
            let p = Period::Range(d(2030, m, 3), d(end_y, end_m, 28));
            let (kk_text, ru_text) = (period(kk, &p).unwrap(), period(ru, &p).unwrap());
            if m < 12 {
                assert_eq!(
                    kk_text,
                    format!(
                        "2030 жылғы 3 {} 28 {} аралығына арналған",
                        kk_and[i], kk_month[j]
                    )
                );
                assert_eq!(
                    ru_text,
                    format!("на период с 3 {} по 28 {} 2030 года", ru_gen[i], ru_gen[j])
                );
            } else {
                assert_eq!(
                    kk_text,
                    "2030 жылғы 3 желтоқсан мен 2031 жылғы 28 қаңтар аралығына арналған"
                );
                assert_eq!(
                    ru_text,
                    "на период с 3 декабря 2030 года по 28 января 2031 года"
                );
            }
            let day = Period::Range(d(2030, m, 13), d(2030, m, 13));
            assert_eq!(
                period(ru, &day).unwrap(),
                format!("на 13 {} 2030 года", ru_gen[i])
            );
            let dative = crate::kazakh::inflect(kk_month[i], crate::kazakh::Case::Dative);
            assert_eq!(
                period(kk, &day).unwrap(),
                format!("2030 жылғы 13 {dative} арналған")
            );
        }
    }

    #[test]
    fn title_periods() {
        let kk = Locale::get(Lang::Kk).unwrap();
        let ru = Locale::get(Lang::Ru).unwrap();
        let range = Period::Range(d(2026, 4, 13), d(2026, 5, 26));
        assert_eq!(
            period(kk, &Period::Year(2022)).unwrap(),
            "2022 жылға арналған"
        );
        assert_eq!(period(ru, &Period::Year(2022)).unwrap(), "на 2022 год");
        assert_eq!(
            period(kk, &Period::Years(2022, 2026)).unwrap(),
            "2022–2026 жылдарға арналған"
        );
        assert_eq!(
            period(ru, &Period::Years(2022, 2026)).unwrap(),
            "на 2022–2026 годы"
        );
        assert_eq!(
            period(kk, &range).unwrap(),
            "2026 жылғы 13 сәуір мен 26 мамыр аралығына арналған"
        );
        assert_eq!(
            period(ru, &range).unwrap(),
            "на период с 13 апреля по 26 мая 2026 года"
        );
    }
}
