//! Writing YAML scalars so that they read back as the same text: plain when nothing in them
//! could be misread (no `: `, ` #`, leading indicator, comma in a flow pair, word YAML would
//! take for a number, date, boolean or null), a literal block for several lines, a folded
//! block for long lines, double quotes otherwise. Every form is tested by reading it back with
//! qujat's own YAML reader.

/// Characters that may not start a plain scalar.
const INDICATORS: &str = "-?:,[]{}#&*!|>'\"%@`«»“”„";

/// Where a scalar goes: a flow pair `{kk: …, ru: …}` forbids more than block context.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Block,
    Flow,
}

/// Whether `s` can be written without quotes and read back as the same string.
pub fn plain_ok(s: &str, ctx: Context) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    if INDICATORS.contains(first) || first.is_whitespace() || s.ends_with(char::is_whitespace) {
        return false;
    }
    if s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}'))
    {
        return false;
    }
    if s.contains(": ") || s.contains(" #") || s.ends_with(':') {
        return false;
    }
    if ctx == Context::Flow && s.contains([',', '[', ']', '{', '}']) {
        return false;
    }
    !looks_typed(s)
}

/// Words YAML 1.1 or 1.2 would read as something other than text.
fn looks_typed(s: &str) -> bool {
    let lower = s.to_lowercase();
    if matches!(
        lower.as_str(),
        "~" | "null"
            | "true"
            | "false"
            | "yes"
            | "no"
            | "on"
            | "off"
            | "y"
            | "n"
            | ".nan"
            | ".inf"
            | "-.inf"
            | "+.inf"
    ) {
        return true;
    }
    let first = s.chars().next().unwrap_or(' ');
    (first.is_ascii_digit() || first == '.' || first == '+')
        && s.chars()
            .all(|c| c.is_ascii_hexdigit() || "._:+-xXoOeE ".contains(c))
}

/// A double-quoted scalar.
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if c.is_control() || c == '\u{feff}' => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A scalar on one line, quoted when it must be.
pub fn inline(s: &str, ctx: Context) -> String {
    if plain_ok(s, ctx) {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// The lines that write `key: s` at `indent` spaces: one line when it fits, a literal block
/// for text of several lines, a folded block for a long line of words.
pub fn field(indent: usize, key: &str, s: &str, width: usize) -> Vec<String> {
    let pad = " ".repeat(indent);
    let one = format!("{pad}{key}: {}", inline(s, Context::Block));
    let clean_lines = s.split('\n').all(|l| {
        !l.ends_with([' ', '\t'])
            && !l.contains('\t')
            && !l.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}', '\u{feff}'])
    }) && !s.starts_with([' ', '\n'])
        && !s.ends_with('\n')
        && !s.chars().any(|c| c.is_control() && c != '\n');
    if s.contains('\n') && clean_lines {
        let mut out = vec![format!("{pad}{key}: |-")];
        for line in s.split('\n') {
            out.push(if line.is_empty() {
                String::new()
            } else {
                format!("{pad}  {line}")
            });
        }
        return out;
    }
    let foldable = clean_lines && !s.contains('\n') && !s.contains("  ") && !s.ends_with(' ');
    if one.chars().count() <= width || !foldable {
        return vec![one];
    }
    let mut out = vec![format!("{pad}{key}: >-")];
    let mut line = String::new();
    let room = width.saturating_sub(indent + 2).max(20);
    for word in s.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            out.push(format!("{pad}  {line}"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push(format!("{pad}  {line}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{self, Value};

    fn read_back(yaml: &str) -> String {
        let root = source::parse(yaml).unwrap_or_else(|e| panic!("{yaml}\n{}", e.message));
        let Value::Map(entries) = root.value else {
            panic!("{yaml}")
        };
        match &entries[0].1.value {
            Value::Str(s) => s.to_string(),
            other => panic!("{yaml}: {other:?}"),
        }
    }

    const TRICKY: [&str; 22] = [
        "Жұмыс тобын құру",
        "комплаенс-офицер, комиссия",
        "«CERT International» s.r.o.",
        "- тире в начале",
        "ключ: значение",
        "текст # не комментарий",
        "2022",
        "2022-04-16",
        "yes",
        "null",
        "~",
        "1) Анализ документов:\n\n- первый;\n- второй.",
        "  ведущие пробелы",
        "в конце пробел ",
        "кавычки \"двойные\" и 'одинарные'",
        "обратная \\ черта",
        "таб\tвнутри",
        "№ 4 ТБН жобаларын іске асыруды орындау",
        "*звёздочки* и **жирный**",
        "@ и `",
        "строка\nс переводом  и  двойными пробелами ",
        "Қоғам жасасатын азаматтық-құқықтық шарттарға, оның ішінде сатып алу туралы шарттарға шарт тараптарының сыбайлас жемқорлыққа қарсы заңнама, іскерлік этика және парасаттылық нормаларын",
    ];

    #[test]
    fn every_form_reads_back_as_the_same_text() {
        for s in TRICKY {
            let lines = field(0, "text", s, 60);
            let yaml = lines.join("\n") + "\n";
            assert_eq!(read_back(&yaml), s, "{yaml}");
            let nested = format!("a:\n{}\n", field(2, "text", s, 60).join("\n"));
            let root = source::parse(&nested).unwrap();
            let Value::Map(e) = root.value else { panic!() };
            let Value::Map(inner) = &e[0].1.value else {
                panic!("{nested}")
            };
            assert!(
                matches!(&inner[0].1.value, Value::Str(x) if x == s),
                "{nested}"
            );
        }
    }

    #[test]
    fn flow_pairs_quote_commas() {
        for s in TRICKY.iter().filter(|s| !s.contains('\n')) {
            let yaml = format!("t: {{kk: {}, ru: x}}\n", inline(s, Context::Flow));
            let root = source::parse(&yaml).unwrap_or_else(|e| panic!("{yaml}: {}", e.message));
            let Value::Map(e) = root.value else { panic!() };
            let Value::Map(pair) = &e[0].1.value else {
                panic!("{yaml}")
            };
            assert!(
                matches!(&pair[0].1.value, Value::Str(x) if x == *s),
                "{yaml}"
            );
        }
    }
}
