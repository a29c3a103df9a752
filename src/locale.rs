//! Fluent bundles for the two languages: every fixed phrase of a document comes from here.
//!
//! The .ftl files are compiled into the binary. Isolation marks are off (they would end up as
//! invisible characters in the DOCX and PDF text), and any Fluent error — a missing message,
//! variable or term — is an error, never a `{$x}` printed into a board document.

use crate::kazakh::{self, Case};
use crate::lang::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::fmt;
use std::sync::OnceLock;

/// The .ftl sources of each language, by file name.
pub const SOURCES: [(Lang, &str, &str); 8] = [
    (
        Lang::Kk,
        "dates.ftl",
        include_str!("../locales/kk/dates.ftl"),
    ),
    (
        Lang::Kk,
        "deadlines.ftl",
        include_str!("../locales/kk/deadlines.ftl"),
    ),
    (
        Lang::Kk,
        "document.ftl",
        include_str!("../locales/kk/document.ftl"),
    ),
    (
        Lang::Kk,
        "amend.ftl",
        include_str!("../locales/kk/amend.ftl"),
    ),
    (
        Lang::Ru,
        "dates.ftl",
        include_str!("../locales/ru/dates.ftl"),
    ),
    (
        Lang::Ru,
        "deadlines.ftl",
        include_str!("../locales/ru/deadlines.ftl"),
    ),
    (
        Lang::Ru,
        "document.ftl",
        include_str!("../locales/ru/document.ftl"),
    ),
    (
        Lang::Ru,
        "amend.ftl",
        include_str!("../locales/ru/amend.ftl"),
    ),
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleError {
    pub lang: Lang,
    pub id: String,
    pub detail: String,
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "locale {}: message `{}`: {}",
            self.lang, self.id, self.detail
        )
    }
}

impl std::error::Error for LocaleError {}

pub struct Locale {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Locale {
    /// The locale of `lang`, built once per process.
    pub fn get(lang: Lang) -> Result<&'static Locale, LocaleError> {
        static LOCALES: OnceLock<[Result<Locale, LocaleError>; 2]> = OnceLock::new();
        let all = LOCALES.get_or_init(|| [Locale::build(Lang::Kk), Locale::build(Lang::Ru)]);
        all[lang as usize].as_ref().map_err(Clone::clone)
    }

    fn build(lang: Lang) -> Result<Locale, LocaleError> {
        let langid = lang
            .tag()
            .parse()
            .map_err(|e| err(lang, "-", format!("{e:?}")))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        for (l, file, src) in SOURCES {
            if l != lang {
                continue;
            }
            let res = FluentResource::try_new(src.to_string())
                .map_err(|(_, errs)| err(lang, file, format!("syntax errors: {errs:?}")))?;
            bundle
                .add_resource(res)
                .map_err(|errs| err(lang, file, format!("{errs:?}")))?;
        }
        add_kazakh_functions(&mut bundle).map_err(|e| err(lang, "-", e))?;
        Ok(Locale { lang, bundle })
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Formats message `id` with `args`. Any Fluent error is returned, never printed.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Result<String, LocaleError> {
        let msg = self
            .bundle
            .get_message(id)
            .ok_or_else(|| err(self.lang, id, "no such message".into()))?;
        let pattern = msg
            .value()
            .ok_or_else(|| err(self.lang, id, "message has no value".into()))?;
        let mut errors = Vec::new();
        let out = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Ok(out.into_owned())
        } else {
            Err(err(self.lang, id, format!("{errors:?}")))
        }
    }

    /// A message without variables.
    pub fn text(&self, id: &str) -> Result<String, LocaleError> {
        self.format(id, &FluentArgs::new())
    }

    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

fn err(lang: Lang, id: &str, detail: String) -> LocaleError {
    LocaleError {
        lang,
        id: id.to_string(),
        detail,
    }
}

/// KK_DATIVE(x), KK_ABLATIVE(x), KK_DATED(x), KK_GENITIVE(x), KK_INSTRUMENTAL(x) put a Kazakh
/// word or number into a case by the rules of the language; KK_POSS_DATIVE(x) puts the last
/// word of x, a noun in the possessive («жоспары»), into the dative («жоспарына»); KK_AND(x)
/// gives the form of «and» that follows x (мен/бен/пен).
pub(crate) fn add_kazakh_functions(
    bundle: &mut FluentBundle<FluentResource>,
) -> Result<(), String> {
    for (name, case) in [
        ("KK_DATIVE", Case::Dative),
        ("KK_ABLATIVE", Case::Ablative),
        ("KK_LOCATIVE", Case::Locative),
        ("KK_DATED", Case::Dated),
        ("KK_GENITIVE", Case::Genitive),
        ("KK_INSTRUMENTAL", Case::Instrumental),
    ] {
        bundle
            .add_function(name, move |args, _| match args.first().map(value_text) {
                Some(Some(word)) => FluentValue::from(kazakh::inflect(&word, case)),
                _ => FluentValue::Error,
            })
            .map_err(|e| format!("{e:?}"))?;
    }
    bundle
        .add_function("KK_POSS_DATIVE", |args, _| {
            match args.first().map(value_text) {
                Some(Some(phrase)) => FluentValue::from(kazakh::possessive_dative(&phrase)),
                _ => FluentValue::Error,
            }
        })
        .map_err(|e| format!("{e:?}"))?;
    bundle
        .add_function("KK_AND", |args, _| match args.first().map(value_text) {
            Some(Some(word)) => FluentValue::from(kazakh::and_after(&word)),
            _ => FluentValue::Error,
        })
        .map_err(|e| format!("{e:?}"))
}

fn value_text(v: &FluentValue) -> Option<String> {
    match v {
        FluentValue::String(s) => Some(s.to_string()),
        FluentValue::Number(n) => Some(n.as_string().into_owned()),
        _ => None,
    }
}

/// The ids of the messages (not terms) a language defines, for the same-ids check.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let mut ids: Vec<String> = SOURCES
        .iter()
        .filter(|(l, _, _)| *l == lang)
        .flat_map(|(_, _, src)| {
            src.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_locales_build() {
        for lang in Lang::ALL {
            Locale::get(lang).unwrap();
        }
    }

    #[test]
    fn both_locales_define_the_same_messages() {
        let kk = message_ids(Lang::Kk);
        let ru = message_ids(Lang::Ru);
        assert!(kk.len() > 40, "{kk:?}");
        assert_eq!(kk, ru);
    }

    #[test]
    fn missing_variable_is_an_error_not_a_placeholder() {
        let kk = Locale::get(Lang::Kk).unwrap();
        assert!(kk.format("due-by", &FluentArgs::new()).is_err());
        assert!(kk.text("no-such-message").is_err());
    }

    #[test]
    fn no_isolation_marks() {
        let mut args = FluentArgs::new();
        args.set("number", "4");
        let s = Locale::get(Lang::Kk)
            .unwrap()
            .format("annex-label", &args)
            .unwrap();
        assert_eq!(s, "4-қосымша");
    }
}
