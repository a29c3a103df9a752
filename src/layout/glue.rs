//! Where a line must not break, as Russian and Kazakh typography want it: «№ 5», «26 мая»,
//! «2022 жылғы», «25-күніне», «сәуір–мамыр», «(далее — Общество)», «М.С. Байдурын». The spaces
//! there become no-break spaces, the hyphen after a number a non-breaking hyphen, a dash
//! between two words gets word joiners on both sides. Both writers show the glued text, so the
//! PDF's line breaker and Word or LibreOffice keep the same words together.
//!
//! The rules look at characters, not at phrases: they hold for every month, number and noun the
//! locales and the plan's own text produce.

use super::measure::{NB_HYPHEN, WORD_JOINER};

pub const NBSP: char = '\u{a0}';

/// Glues `text`, each character paired with the index of the run it belongs to (a character
/// put in takes its neighbour's run).
pub fn glue(text: &[(char, usize)]) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::with_capacity(text.len() + 4);
    let at = |i: usize| text.get(i).map(|c| c.0);
    let mut i = 0;
    while i < text.len() {
        let (c, run) = text[i];
        let before = out.last().map(|c| c.0);
        match c {
            ' ' if no_break_space(&out, &text[i..]) => {
                // Spaces glued into one: «№   5» is «№ 5».
                while at(i + 1) == Some(' ') {
                    i += 1;
                }
                out.push((NBSP, run));
            }
            '-' if before.is_some_and(|b| b.is_ascii_digit())
                && at(i + 1).is_some_and(char::is_alphabetic) =>
            {
                out.push((NB_HYPHEN, run));
            }
            '–' | '—' if before.is_some_and(is_word) && at(i + 1).is_some_and(is_word) => {
                out.extend([(WORD_JOINER, run), (c, run), (WORD_JOINER, run)]);
            }
            _ => out.push((c, run)),
        }
        i += 1;
    }
    out
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether the space at the start of `rest`, after `done`, must not break.
fn no_break_space(done: &[(char, usize)], rest: &[(char, usize)]) -> bool {
    let Some(&(before, _)) = done.last() else {
        return false;
    };
    let after = rest.iter().map(|c| c.0).find(|&c| c != ' ');
    let Some(after) = after else {
        return false;
    };
    // «№ 5» and «года № 5»: the sign stays with the number and with the word before it.
    before == '№'
        || (after == '№' && is_word(before))
        // «26 мая», «2022 жылғы», «30.03.2026 г.»: a number stays with its noun.
        || (before.is_ascii_digit() && after.is_alphabetic())
        // «әрі – Қоғам», «далее — Общество»: a dash never starts a line.
        || (matches!(after, '–' | '—') && spaced_dash(rest))
        || (initial(done) && after.is_uppercase())
}

/// A dash with a space after it.
fn spaced_dash(rest: &[(char, usize)]) -> bool {
    let mut chars = rest.iter().map(|c| c.0).skip_while(|&c| c == ' ');
    matches!(chars.next(), Some('–' | '—')) && chars.next() == Some(' ')
}

/// Whether `done` ends with an initial: a capital letter alone and a full stop («М.С.»).
fn initial(done: &[(char, usize)]) -> bool {
    let n = done.len();
    n >= 2
        && done[n - 1].0 == '.'
        && done[n - 2].0.is_uppercase()
        && (n == 2 || !done[n - 3].0.is_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glued(s: &str) -> String {
        let chars: Vec<(char, usize)> = s.chars().map(|c| (c, 0)).collect();
        glue(&chars)
            .into_iter()
            .map(|(c, _)| match c {
                NBSP => '~',
                NB_HYPHEN => '‑',
                WORD_JOINER => '|',
                c => c,
            })
            .collect()
    }

    #[test]
    fn numbers_stay_with_their_words() {
        assert_eq!(glued("до 26 мая 2022 года"), "до 26~мая 2022~года");
        assert_eq!(glued("2022 жылғы 25-күніне"), "2022~жылғы 25‑күніне");
        assert_eq!(
            glued("(протокол от 10 июня 2022 года № 5)"),
            "(протокол от 10~июня 2022~года~№~5)"
        );
        assert_eq!(glued("хаттама №_____"), "хаттама~№_____");
        assert_eq!(glued("№   п/п"), "№~п/п");
    }

    #[test]
    fn dashes_never_start_or_break_a_line() {
        assert_eq!(glued("сәуір–мамыр"), "сәуір|–|мамыр");
        assert_eq!(glued("(бұдан әрі – Қоғам)"), "(бұдан әрі~– Қоғам)");
        assert_eq!(
            glued("іс-шара, комплаенс-офицер"),
            "іс-шара, комплаенс-офицер"
        );
    }

    #[test]
    fn initials_stay_with_the_name_and_ordinary_spaces_break() {
        assert_eq!(
            glued("____________ М.С. Байдурын"),
            "____________ М.С.~Байдурын"
        );
        assert_eq!(glued("1. Анализ рисков"), "1. Анализ рисков");
        assert_eq!(glued("конец. Начало"), "конец. Начало");
    }

    #[test]
    fn glued_characters_keep_their_run() {
        let chars = [('5', 0), (' ', 1), ('а', 2), ('–', 3), ('б', 4)];
        let runs: Vec<usize> = glue(&chars).into_iter().map(|(_, r)| r).collect();
        assert_eq!(runs, [0, 1, 2, 3, 3, 3, 4]);
    }
}
