//! Characters a reader cannot see: named as Unicode names them, so that a message can say
//! which one is there («ZERO WIDTH SPACE (U+200B)») and that it is to be deleted. They come
//! with text copied from web pages, PDFs and messengers.

/// The invisible characters that turn up in copied text, with their Unicode names. Soft
/// hyphen (U+00AD) is not here: it is a hyphenation hint a writer may mean.
const INVISIBLE: &[(char, &str)] = &[
    ('\u{034F}', "COMBINING GRAPHEME JOINER"),
    ('\u{061C}', "ARABIC LETTER MARK"),
    ('\u{115F}', "HANGUL CHOSEONG FILLER"),
    ('\u{1160}', "HANGUL JUNGSEONG FILLER"),
    ('\u{17B4}', "KHMER VOWEL INHERENT AQ"),
    ('\u{17B5}', "KHMER VOWEL INHERENT AA"),
    ('\u{180E}', "MONGOLIAN VOWEL SEPARATOR"),
    ('\u{200B}', "ZERO WIDTH SPACE"),
    ('\u{200C}', "ZERO WIDTH NON-JOINER"),
    ('\u{200D}', "ZERO WIDTH JOINER"),
    ('\u{200E}', "LEFT-TO-RIGHT MARK"),
    ('\u{200F}', "RIGHT-TO-LEFT MARK"),
    ('\u{202A}', "LEFT-TO-RIGHT EMBEDDING"),
    ('\u{202B}', "RIGHT-TO-LEFT EMBEDDING"),
    ('\u{202C}', "POP DIRECTIONAL FORMATTING"),
    ('\u{202D}', "LEFT-TO-RIGHT OVERRIDE"),
    ('\u{202E}', "RIGHT-TO-LEFT OVERRIDE"),
    ('\u{2060}', "WORD JOINER"),
    ('\u{2061}', "FUNCTION APPLICATION"),
    ('\u{2062}', "INVISIBLE TIMES"),
    ('\u{2063}', "INVISIBLE SEPARATOR"),
    ('\u{2064}', "INVISIBLE PLUS"),
    ('\u{2066}', "LEFT-TO-RIGHT ISOLATE"),
    ('\u{2067}', "RIGHT-TO-LEFT ISOLATE"),
    ('\u{2068}', "FIRST STRONG ISOLATE"),
    ('\u{2069}', "POP DIRECTIONAL ISOLATE"),
    ('\u{206A}', "INHIBIT SYMMETRIC SWAPPING"),
    ('\u{206B}', "ACTIVATE SYMMETRIC SWAPPING"),
    ('\u{206C}', "INHIBIT ARABIC FORM SHAPING"),
    ('\u{206D}', "ACTIVATE ARABIC FORM SHAPING"),
    ('\u{206E}', "NATIONAL DIGIT SHAPES"),
    ('\u{206F}', "NOMINAL DIGIT SHAPES"),
    ('\u{3164}', "HANGUL FILLER"),
    ('\u{FEFF}', "ZERO WIDTH NO-BREAK SPACE"),
    ('\u{FFA0}', "HALFWIDTH HANGUL FILLER"),
];

/// The Unicode name of an invisible character: one of the list above, a variation selector,
/// or a control character.
pub fn invisible_name(c: char) -> Option<String> {
    if let Ok(i) = INVISIBLE.binary_search_by_key(&c, |&(ch, _)| ch) {
        return Some(INVISIBLE[i].1.to_string());
    }
    match c as u32 {
        n @ 0xFE00..=0xFE0F => Some(format!("VARIATION SELECTOR-{}", n - 0xFE00 + 1)),
        n @ 0xE0100..=0xE01EF => Some(format!("VARIATION SELECTOR-{}", n - 0xE0100 + 17)),
        0xE0001 | 0xE0020..=0xE007F => Some("TAG CHARACTER".into()),
        _ if c.is_control() && !matches!(c, '\n' | '\r' | '\t') => {
            Some(control_name(c).unwrap_or("a control character").into())
        }
        _ => None,
    }
}

fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\0' => "NULL",
        '\u{7}' => "BELL",
        '\u{8}' => "BACKSPACE",
        '\u{b}' => "LINE TABULATION",
        '\u{c}' => "FORM FEED",
        '\u{1b}' => "ESCAPE",
        '\u{7f}' => "DELETE",
        '\u{85}' => "NEXT LINE",
        _ => return None,
    })
}

/// Whether `c` prints nothing and means nothing in a plan's text. Answered at once for the
/// printable ASCII and Cyrillic letters that nearly every character of a plan is.
pub fn is_invisible(c: char) -> bool {
    !matches!(c, ' '..='~' | '\u{400}'..='\u{4FF}') && invisible_name(c).is_some()
}

/// A character as a message names it: «ZERO WIDTH SPACE (U+200B)» for an invisible one, the
/// character itself in quotes otherwise («"😀" (U+1F600)»).
pub fn describe(c: char) -> String {
    match invisible_name(c) {
        Some(name) => format!("{name} (U+{:04X})", c as u32),
        None => format!("\"{c}\" (U+{:04X})", c as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_for_binary_search() {
        assert!(INVISIBLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn names_as_unicode_does() {
        assert_eq!(describe('\u{200B}'), "ZERO WIDTH SPACE (U+200B)");
        assert_eq!(describe('\u{FEFF}'), "ZERO WIDTH NO-BREAK SPACE (U+FEFF)");
        assert_eq!(describe('\u{FE0F}'), "VARIATION SELECTOR-16 (U+FE0F)");
        assert_eq!(describe('\0'), "NULL (U+0000)");
        assert_eq!(describe('\u{1F600}'), "\"\u{1F600}\" (U+1F600)");
        assert!(!is_invisible('ә') && !is_invisible(' ') && !is_invisible('\u{AD}'));
    }
}
