//! Where a word may be hyphenated: Russian by the TeX patterns, Kazakh by its syllable rules.
//! The document's language decides, for every word of it; a word in the other script (a Latin
//! name) simply gets no syllable breaks and, if it is too wide, breaks between letters.

mod kazakh;
mod russian;

use crate::lang::Lang;

/// Byte offsets in `word` where a hyphen may go. `word` may carry punctuation and digits
/// («жемқорлыққа»,); only its runs of letters are hyphenated, so a hyphen never lands next
/// to a quote or inside a number.
pub fn points(word: &str, lang: Lang) -> Vec<usize> {
    letter_runs(word)
        .into_iter()
        .flat_map(|(start, run)| {
            let found = match lang {
                Lang::Kk => kazakh::breaks(run),
                Lang::Ru => russian::breaks(run),
            };
            found.into_iter().map(move |b| start + b)
        })
        .collect()
}

/// Maximal runs of letters with their byte offsets.
fn letter_runs(word: &str) -> Vec<(usize, &str)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, c) in word.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, &word[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, &word[s..]));
    }
    runs
}

/// Splits `word` at its hyphenation points, for tests and diagnostics: «сы-бай-лас».
pub fn hyphenated(word: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(word.len() + 8);
    let mut last = 0;
    for p in points(word, lang) {
        out.push_str(&word[last..p]);
        out.push('-');
        last = p;
    }
    out.push_str(&word[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_stays_outside_the_runs() {
        assert_eq!(hyphenated("«жемқорлыққа»,", Lang::Kk), "«жем-қор-лық-қа»,");
        assert_eq!(
            hyphenated("(противодействие)", Lang::Ru),
            "(про-ти-во-дей-ствие)"
        );
    }

    #[test]
    fn compounds_are_hyphenated_part_by_part() {
        assert_eq!(
            hyphenated("комплаенс-офицерлері", Lang::Kk),
            "комп-ла-енс-офи-цер-ле-рі"
        );
    }

    #[test]
    fn numbers_and_latin_have_no_breaks_in_kazakh() {
        assert_eq!(hyphenated("2022", Lang::Kk), "2022");
        assert_eq!(hyphenated("ISO", Lang::Kk), "ISO");
    }
}
