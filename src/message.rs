//! A message to the user, language-neutral: a Fluent id of `locales/*/cli.ftl` and its typed
//! arguments. The library makes messages; they become words only when printed, in the
//! language of the person at the terminal ([`crate::ui`]), so tests can compare ids and the
//! codes and places never depend on the language.

use std::fmt;

/// One message of the command-line catalogue with its arguments.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a message: a text shown as it is (a field name, a value from the plan, a
/// path), a number (which selects the plural form), or another message in the same language
/// (what a value is, which part of the plan).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Str(String),
    Num(i64),
    Msg(Box<Message>),
}

impl Message {
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The message in the language chosen for this process.
    pub fn text(&self) -> String {
        crate::ui::format(self, crate::ui::current())
    }

    /// The message in `lang`.
    pub fn text_in(&self, lang: crate::ui::UiLang) -> String {
        crate::ui::format(self, lang)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// A message in JSON (`check --message-format json`) is its words in the user's language.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}

impl From<&std::borrow::Cow<'_, str>> for Arg {
    fn from(s: &std::borrow::Cow<'_, str>) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

impl From<&Message> for Arg {
    fn from(m: &Message) -> Arg {
        Arg::Msg(Box::new(m.clone()))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as i64)
            }
        }
    )*};
}
number_args!(u8, u16, i32, i64, u32, u64, usize);

/// `msg!("id", name = value, …)`: a [`Message`] with its arguments. The test of the catalogue
/// (tests/ui_lang.rs) reads these calls to check that every id and variable the code uses is
/// defined in every language, so write the id as a literal.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}
