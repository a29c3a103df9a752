//! Russian hyphenation with the TeX `hyph-ru` Knuth–Liang patterns of the `hyphenation` crate.
//! Only that one dictionary is compiled in (templates/hyphenation/README.md says where it comes
//! from); it is deserialised once per process, on first use.

use hyphenation::{Hyphenator, Language, Load, Standard};
use std::sync::OnceLock;

static DICTIONARY: &[u8] = include_bytes!("../../../templates/hyphenation/ru.standard.bincode");

fn dictionary() -> &'static Standard {
    static LOADED: OnceLock<Standard> = OnceLock::new();
    LOADED.get_or_init(|| {
        // The bytes are compiled in and covered by the tests below: failing here is a build
        // defect, not something a plan can cause.
        Standard::from_reader(Language::Russian, &mut &DICTIONARY[..])
            .expect("the embedded Russian hyphenation dictionary loads")
    })
}

/// Byte offsets in `word` (one run of letters) where a hyphen may go.
pub fn breaks(word: &str) -> Vec<usize> {
    dictionary().hyphenate(word).breaks
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

    /// What the patterns give; a change here means the dictionary changed.
    #[test]
    fn splits_of_the_plans_words() {
        for expected in [
            "про-ти-во-дей-ствие",
            "кор-руп-ци-он-ных",
            "ме-ро-при-я-тий",
            "де-я-тель-но-сти",
            "ор-га-ни-за-ций",
            "от-вет-ствен-ные",
        ] {
            assert_eq!(hyphenated(&expected.replace('-', "")), expected);
        }
    }

    #[test]
    fn capitals_and_short_words() {
        assert_eq!(hyphenated("ПРОТИВОДЕЙСТВИЕ"), "ПРО-ТИ-ВО-ДЕЙ-СТВИЕ");
        assert_eq!(hyphenated("по"), "по");
        assert!(breaks("").is_empty());
    }
}
