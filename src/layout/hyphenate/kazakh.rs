//! Kazakh hyphenation by syllable rules. No public library hyphenates Kazakh, but its
//! syllables are regular: V, CV, VC, CVC, CVCC. A syllable starts with at most one consonant,
//! so between two vowels the last consonant of the cluster begins the next syllable:
//!
//! - VV    → V-V     (ти-іс)
//! - VCV   → V-CV    (сы-бай, тә-уе)
//! - VCCV  → VC-CV   (жем-қор, лық-қа)
//! - VCCCV → VCC-CV  (жұрт-шы)
//!
//! Letters:
//! - vowels: а ә е ё и о ө у ұ ү ы і э ю я;
//! - `у` is the consonant [w] next to a vowel (тә-уе-кел, да-уыс, уа-қыт) and a vowel
//!   otherwise (ұйым-дас-ты-ру, бі-лу);
//! - `и` is the consonant [j] right after a vowel and a vowel otherwise (ти-іс, қи-ын);
//! - `й` is always a consonant (сы-бай-лас);
//! - `ь` and `ъ` are signs, not sounds: a break never falls right before them
//!   (дель-та, объ-ект);
//! - anything else alphabetic is a consonant; a word with no vowel (ОҚП) has no breaks.
//!
//! A break that would leave a single letter alone on either side is dropped (ұйым-, not ұ-йым).

/// Byte offsets in `word` (one run of letters) where a hyphen may go.
pub fn breaks(word: &str) -> Vec<usize> {
    let letters: Vec<(usize, char)> = word
        .char_indices()
        .map(|(i, c)| (i, c.to_lowercase().next().unwrap_or(c)))
        .collect();
    let kinds = classify(&letters);
    let nuclei: Vec<usize> = (0..kinds.len())
        .filter(|&i| kinds[i] == Kind::Vowel)
        .collect();
    let cuts = nuclei
        .windows(2)
        .map(|pair| cut_between(&kinds, pair[0], pair[1]));
    keep_two_letter_pieces(cuts, letters.len())
        .into_iter()
        .map(|i| letters[i].0)
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Vowel,
    Consonant,
    Sign,
}

const VOWELS: &str = "аәеёиоөуұүыіэюя";

fn classify(letters: &[(usize, char)]) -> Vec<Kind> {
    let plain_vowel = |i: usize| {
        letters
            .get(i)
            .is_some_and(|&(_, c)| VOWELS.contains(c) && !matches!(c, 'у' | 'и'))
    };
    letters
        .iter()
        .enumerate()
        .map(|(i, &(_, c))| match c {
            'ь' | 'ъ' => Kind::Sign,
            // [w] beside a vowel: тә-уе, да-уыс, уа-қыт.
            'у' if (i > 0 && plain_vowel(i - 1)) || plain_vowel(i + 1) => Kind::Consonant,
            // [j] after a vowel.
            'и' if i > 0 && plain_vowel(i - 1) => Kind::Consonant,
            c if VOWELS.contains(c) => Kind::Vowel,
            _ => Kind::Consonant,
        })
        .collect()
}

/// The letter index where the syllable of the vowel at `next` begins, given the vowel before
/// it at `prev`: right before `next` when the vowels touch, else before the cluster's last
/// consonant, but never right before a sign.
fn cut_between(kinds: &[Kind], prev: usize, next: usize) -> usize {
    if next == prev + 1 {
        return next;
    }
    let last = next - 1;
    if kinds[last] == Kind::Sign {
        next
    } else {
        last
    }
}

/// Keeps the cuts that leave at least two letters in every piece.
fn keep_two_letter_pieces(cuts: impl Iterator<Item = usize>, len: usize) -> Vec<usize> {
    let mut kept = Vec::new();
    let mut start = 0;
    for cut in cuts {
        if cut >= start + 2 && cut + 2 <= len {
            kept.push(cut);
            start = cut;
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hyphenated(word: &str) -> String {
        let mut out = String::new();
        let mut last = 0;
        for b in breaks(word) {
            out.push_str(&word[last..b]);
            out.push('-');
            last = b;
        }
        out + &word[last..]
    }

    #[test]
    fn splits_of_the_plans_words() {
        for expected in [
            "жем-қор-лық-қа",
            "тә-уе-кел-де-рін",
            "сы-бай-лас",
            "қыз-мет-кер-лер-ді",
            "ұйым-дас-ты-ру",
            "ти-іс",
            "да-уыс",
            "уа-қыт",
            "жұрт-шы-лық",
            "ке-ңе-сі-нің",
            "бе-кі-тіл-ді",
            "ха-бар-ла-ма",
        ] {
            assert_eq!(hyphenated(&expected.replace('-', "")), expected);
        }
    }

    #[test]
    fn one_letter_is_never_left_alone() {
        assert_eq!(hyphenated("оқу"), "оқу");
        assert_eq!(hyphenated("ауыл"), "ауыл");
        assert_eq!(hyphenated("ие"), "ие");
    }

    #[test]
    fn signs_stay_with_the_consonant_before_them() {
        assert_eq!(hyphenated("дельта"), "дель-та");
        assert_eq!(hyphenated("объект"), "объ-ект");
    }

    #[test]
    fn capitals_and_words_without_vowels() {
        assert_eq!(hyphenated("ЖЕМҚОРЛЫҚ"), "ЖЕМ-ҚОР-ЛЫҚ");
        assert_eq!(hyphenated("ОҚП"), "ОҚП");
        assert!(breaks("").is_empty());
    }
}
