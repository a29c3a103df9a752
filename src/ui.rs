//! The language qujat speaks to its user in (diagnostics, help lines, summaries), which is not
//! the language of the documents it writes: `--ui-lang`, else the locale of the environment,
//! else English. The words are `locales/{en,kk,ru}/cli.ftl`, compiled into the binary.

use crate::message::{Arg, Message};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum UiLang {
    En = 0,
    Kk = 1,
    Ru = 2,
}

/// The catalogue of each language.
pub const SOURCES: [(UiLang, &str); 3] = [
    (UiLang::En, include_str!("../locales/en/cli.ftl")),
    (UiLang::Kk, include_str!("../locales/kk/cli.ftl")),
    (UiLang::Ru, include_str!("../locales/ru/cli.ftl")),
];

impl UiLang {
    pub const ALL: [UiLang; 3] = [UiLang::En, UiLang::Kk, UiLang::Ru];

    /// `kk`, `ru` or `en`, as `--ui-lang` takes them.
    pub fn from_code(code: &str) -> Option<UiLang> {
        match code {
            "en" => Some(UiLang::En),
            "kk" => Some(UiLang::Kk),
            "ru" => Some(UiLang::Ru),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Kk => "kk",
            UiLang::Ru => "ru",
        }
    }

    /// The language of a POSIX locale name (`kk_KZ.UTF-8`, `ru_RU`, `ru`); `C`, `POSIX` and
    /// every other language are English, the one language besides these two qujat speaks.
    pub fn from_locale(name: &str) -> UiLang {
        let language = name
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "kk" => UiLang::Kk,
            "ru" => UiLang::Ru,
            _ => UiLang::En,
        }
    }

    /// The language the environment asks for, as POSIX orders the variables: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG`, the first that is set and not empty; English when none is.
    pub fn from_env_vars(var: impl Fn(&str) -> Option<String>) -> UiLang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .map_or(UiLang::En, |value| UiLang::from_locale(&value))
    }

    /// `--ui-lang` when given, else the environment's.
    pub fn resolve(flag: Option<UiLang>) -> UiLang {
        flag.unwrap_or_else(|| UiLang::from_env_vars(|name| std::env::var(name).ok()))
    }

    fn tag(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Kk => "kk-KZ",
            UiLang::Ru => "ru-RU",
        }
    }
}

/// The language of this process's messages: one person reads them, so it is chosen once, by
/// `main`, before anything is printed. English until then (the library's own tests).
static CURRENT: AtomicU8 = AtomicU8::new(UiLang::En as u8);

pub fn set(lang: UiLang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

pub fn current() -> UiLang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => UiLang::Kk,
        2 => UiLang::Ru,
        _ => UiLang::En,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The bundle of `lang`, built once per process and only when a message in it is first
/// formatted (parsing a catalogue costs more than the rest of `qujat --version`); the error
/// says what is wrong with its file.
pub fn bundle(lang: UiLang) -> Result<&'static Bundle, &'static str> {
    static BUNDLES: [OnceLock<Result<Bundle, String>>; 3] =
        [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang as usize]
        .get_or_init(|| build(lang))
        .as_ref()
        .map_err(String::as_str)
}

fn build(lang: UiLang) -> Result<Bundle, String> {
    let langid = lang.tag().parse().map_err(|e| format!("{e:?}"))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Isolation marks would reach terminals and logs as invisible characters.
    bundle.set_use_isolating(false);
    let source = SOURCES[lang as usize].1;
    let resource = FluentResource::try_new(source.to_string())
        .map_err(|(_, errors)| format!("{}/cli.ftl: {errors:?}", lang.code()))?;
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("{}/cli.ftl: {errors:?}", lang.code()))?;
    crate::locale::add_kazakh_functions(&mut bundle)?;
    Ok(bundle)
}

/// `message` in `lang`, or the Fluent error that prevents it.
///
/// An argument that is itself a message brings its attributes along as variables of their
/// own: `context = ctx-plan` gives `$context` («план») and `$context-in` («в плане»), so that
/// each language puts a part of the plan in the grammatical form its sentence needs.
pub fn try_format(message: &Message, lang: UiLang) -> Result<String, String> {
    let bundle = bundle(lang)?;
    let pattern = bundle
        .get_message(message.id)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("{}/cli.ftl has no message `{}`", lang.code(), message.id))?;
    let args = arguments(bundle, message, lang)?;
    resolve(bundle, pattern, &args, lang, message.id)
}

/// The Fluent arguments of `message`, its message arguments formatted in `lang`.
fn arguments(
    bundle: &'static Bundle,
    message: &Message,
    lang: UiLang,
) -> Result<FluentArgs<'static>, String> {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Str(s) => args.set(*name, FluentValue::from(s.clone())),
            Arg::Num(n) => args.set(*name, FluentValue::from(*n)),
            Arg::Msg(m) => {
                args.set(*name, FluentValue::from(try_format(m, lang)?));
                let Some(inner) = bundle.get_message(m.id) else {
                    continue;
                };
                let inner_args = arguments(bundle, m, lang)?;
                for attribute in inner.attributes() {
                    let text = resolve(bundle, attribute.value(), &inner_args, lang, m.id)?;
                    args.set(
                        format!("{name}-{}", attribute.id()),
                        FluentValue::from(text),
                    );
                }
            }
        }
    }
    Ok(args)
}

fn resolve(
    bundle: &'static Bundle,
    pattern: &fluent_syntax::ast::Pattern<&'static str>,
    args: &FluentArgs,
    lang: UiLang,
    id: &str,
) -> Result<String, String> {
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!(
            "{}/cli.ftl, message `{id}`: {errors:?}",
            lang.code()
        ))
    }
}

/// `message` in `lang`. The catalogues are checked by tests to define every message the code
/// makes with its variables; should one still fail, the English words are shown, and as a
/// last resort the id and arguments, so that a diagnostic is never lost.
pub fn format(message: &Message, lang: UiLang) -> String {
    try_format(message, lang)
        .or_else(|_| try_format(message, UiLang::En))
        .unwrap_or_else(|_| format!("{} {:?}", message.id, message.args))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names() {
        assert_eq!(UiLang::from_locale("kk_KZ.UTF-8"), UiLang::Kk);
        assert_eq!(UiLang::from_locale("ru_RU.UTF-8"), UiLang::Ru);
        assert_eq!(UiLang::from_locale("ru"), UiLang::Ru);
        assert_eq!(UiLang::from_locale("C"), UiLang::En);
        assert_eq!(UiLang::from_locale("POSIX"), UiLang::En);
        assert_eq!(UiLang::from_locale("C.UTF-8"), UiLang::En);
        assert_eq!(UiLang::from_locale("de_DE.UTF-8"), UiLang::En);
    }

    #[test]
    fn posix_order_of_variables() {
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                vars.iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let all = env(&[
            ("LC_ALL", "kk_KZ.UTF-8"),
            ("LC_MESSAGES", "ru_RU"),
            ("LANG", "C"),
        ]);
        assert_eq!(UiLang::from_env_vars(all), UiLang::Kk);
        let empty_all = env(&[("LC_ALL", ""), ("LC_MESSAGES", "ru_RU"), ("LANG", "C")]);
        assert_eq!(UiLang::from_env_vars(empty_all), UiLang::Ru);
        assert_eq!(UiLang::from_env_vars(env(&[("LANG", "kk_KZ")])), UiLang::Kk);
        assert_eq!(UiLang::from_env_vars(env(&[])), UiLang::En);
    }

    #[test]
    fn every_catalogue_builds() {
        for lang in UiLang::ALL {
            bundle(lang).unwrap();
        }
    }
}
