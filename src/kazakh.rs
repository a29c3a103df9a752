//! Kazakh case endings computed by rule.
//!
//! Deadlines and dates are where hand-made plans go wrong most often, so every inflected form
//! is derived here from two facts about the word — its vowel harmony and the class of its last
//! sound — instead of being looked up in a table of finished words. Numbers written in digits
//! agree with the last numeral word a reader would *say* ("2022" ends in "екі"), and that word
//! is also derived by rule. The rules are those of `shared/reference/kazakh-dates.md`.
//!
//! Decisions beyond the reference:
//! - `у`, `ю` and `и` do not decide harmony on their own (they occur in both back and front
//!   words: "оқу"/"елу", "тарихи"/"ілім"). Harmony comes from the nearest earlier vowel that
//!   does decide; if there is none, `у`/`ю` give back and `и` gives front ("су" → "суға",
//!   "би" → "биге", "институт" → "институтқа").
//! - A word ending in the soft sign `ь` takes front endings and its consonant class is that of
//!   the letter before the sign (loanwords: "рубль" → "рубльге").
//! - A word with no Cyrillic vowel (Latin, punctuation, empty) falls back to back harmony and
//!   the voiced rules, so the function never fails and still returns a usable form.
//! - `ж` at a word's end counts as voiceless for the case endings (as the reference says) but
//!   takes "бен" for "and".

/// Grammatical case endings the documents need.
///
/// Why: these are the only forms deadline phrases use — "until" (dative + дейін), "from"
/// (ablative), "in" (locative) and "dated" (locative + -ғы/-гі, for protocols and orders).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// "-ға/-ге/-қа/-ке": "сәуірге дейін" (until April).
    Dative,
    /// "-дан/-ден/-тан/-тен/-нан/-нен": "сәуірден бастап" (from April).
    Ablative,
    /// "-да/-де/-та/-те": "сәуірде" (in April).
    Locative,
    /// Locative + "-ғы/-гі" ("dated …"): маусымдағы, сәуірдегі, 2022-дегі.
    Dated,
    /// "-ның/-нің/-дың/-дің/-тың/-тің" ("of …"): «2-бөлімнің тақырыбы» (the heading of section 2).
    Genitive,
    /// "-мен/-бен/-пен" ("with …, by …"): «5-1-жолмен толықтырылсын» (be supplemented by row 5-1).
    Instrumental,
}

/// Inflects one Kazakh word (or a number written in digits) for `case`.
///
/// Why by rule: a generator must be able to inflect any month, number or ordinal it prints
/// without a translator typing the forms. The stem is kept exactly as given (upper case
/// stays), the ending is lower case. A number in ASCII digits takes a hyphen before the ending
/// ("2022-ге"); in a hyphenated or spaced word only the last part decides ("4-тоқсандағы").
#[must_use]
pub fn inflect(word: &str, case: Case) -> String {
    let last = last_part(word);
    let (decider, hyphen) = if is_digits(last) {
        (spoken_last_word(last), "-")
    } else {
        (last, "")
    };
    let sound = Sound::of(decider);
    let mut out = String::with_capacity(word.len() + hyphen.len() + 8);
    out.push_str(word);
    out.push_str(hyphen);
    out.push_str(ending(sound, case));
    out
}

/// The form of the conjunction "and" ("мен", "бен" or "пен") that follows `word`.
///
/// Why: Kazakh "and" is a suffix-like particle that agrees with the preceding word's last
/// sound ("сәуір мен мамыр", "тамыз бен қыркүйек", "13 пен 26"), so it cannot be a constant.
#[must_use]
pub fn and_after(word: &str) -> &'static str {
    let last = last_part(word);
    let decider = if is_digits(last) {
        spoken_last_word(last)
    } else {
        last
    };
    instrumental(Sound::of(decider).class)
}

/// "мен", "бен" or "пен": the conjunction "and" and the instrumental ending are one form.
fn instrumental(class: Class) -> &'static str {
    match class {
        Class::Voiceless => "пен",
        Class::Zhe | Class::VoicedObstruent => "бен",
        Class::Vowel | Class::Sonorant | Class::Nasal | Class::Unknown => "мен",
    }
}

/// A phrase whose last word is a noun in the third-person possessive («… іс-шаралар жоспары»,
/// «… жұмыс кестесі»), with that word in the dative: «жоспарына», «кестесіне».
///
/// Why a function of its own: after the possessive -ы/-і/-сы/-сі the dative is -на/-не, not
/// the -ға/-ге of [`inflect`]; that is the form a title takes before «өзгерістер» («changes to
/// the plan»). A last word that does not end in ы or і is not in the possessive and takes the
/// ordinary dative. Punctuation after the last word (a closing quote or bracket) stays after
/// the ending.
#[must_use]
pub fn possessive_dative(phrase: &str) -> String {
    let body = phrase.trim_end_matches(|c: char| !c.is_alphanumeric());
    let tail = &phrase[body.len()..];
    let last = last_part(body);
    let inflected = match last.chars().last().map(lower) {
        Some('ы' | 'і') => {
            let ending = match harmony_of(&last.chars().map(lower).collect::<Vec<_>>()) {
                Harmony::Back => "на",
                Harmony::Front => "не",
            };
            format!("{body}{ending}")
        }
        _ => inflect(body, Case::Dative),
    };
    inflected + tail
}

/// Back (а о ұ ы я ё) or front (ә е і ө ү э) endings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Harmony {
    Back,
    Front,
}

/// What the last sound of a word does to the consonant of the ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    /// A vowel: -ға, -дан, -да, -ның, мен.
    Vowel,
    /// р л й, and у и ю at a word's end, which sound as semivowels: like a vowel except in the
    /// genitive (-дың: «жолдың», «судың»).
    Sonorant,
    /// м н ң: -ға, -нан, -да, мен.
    Nasal,
    /// з ғ: -ға, -дан, -да, бен.
    VoicedObstruent,
    /// ж: voiceless for case endings (-қа, -тан, -та) but "бен" for "and".
    Zhe,
    /// к қ п с т ф х ц ч ш щ, and б в г д at a word's end: -қа, -тан, -та, пен.
    Voiceless,
    /// Not a Cyrillic letter (Latin, punctuation, empty word): the voiced rules, мен.
    Unknown,
}

/// The two facts about a word that decide every ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Sound {
    harmony: Harmony,
    class: Class,
}

impl Sound {
    fn of(word: &str) -> Sound {
        let lower: Vec<char> = word.chars().map(lower).collect();
        let ends_soft = matches!(lower.last(), Some('ь'));
        // Signs carry no sound of their own: the letter before them decides the class.
        let last_sound = lower.iter().rev().copied().find(|&c| c != 'ь' && c != 'ъ');
        let class = last_sound.map_or(Class::Unknown, class_of);
        let harmony = if ends_soft {
            Harmony::Front
        } else {
            harmony_of(&lower)
        };
        Sound { harmony, class }
    }
}

/// Lower-cases one letter (all Kazakh Cyrillic letters map to exactly one lower-case letter).
fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// Harmony from the last vowel that decides; `у`/`ю` default to back and `и` to front when no
/// earlier vowel decides; a word with no Cyrillic vowel at all is back.
fn harmony_of(lower: &[char]) -> Harmony {
    let mut undecided: Option<Harmony> = None;
    for &c in lower.iter().rev() {
        match c {
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => return Harmony::Back,
            'ә' | 'е' | 'і' | 'ө' | 'ү' | 'э' => return Harmony::Front,
            'у' | 'ю' => {
                undecided.get_or_insert(Harmony::Back);
            }
            'и' => {
                undecided.get_or_insert(Harmony::Front);
            }
            _ => {}
        }
    }
    undecided.unwrap_or(Harmony::Back)
}

fn class_of(c: char) -> Class {
    match c {
        'а' | 'ә' | 'е' | 'ё' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'я' => {
            Class::Vowel
        }
        'р' | 'л' | 'й' | 'у' | 'и' | 'ю' => Class::Sonorant,
        'м' | 'н' | 'ң' => Class::Nasal,
        'з' | 'ғ' => Class::VoicedObstruent,
        'ж' => Class::Zhe,
        'к' | 'қ' | 'п' | 'с' | 'т' | 'ф' | 'х' | 'ц' | 'ч' | 'ш' | 'щ' | 'б' | 'в' | 'г' | 'д' => {
            Class::Voiceless
        }
        _ => Class::Unknown,
    }
}

/// The ending for a word with this sound in this case.
fn ending(sound: Sound, case: Case) -> &'static str {
    let voiceless = matches!(sound.class, Class::Voiceless | Class::Zhe);
    let nasal = sound.class == Class::Nasal;
    let back = sound.harmony == Harmony::Back;
    match case {
        Case::Dative => match (voiceless, back) {
            (true, true) => "қа",
            (true, false) => "ке",
            (false, true) => "ға",
            (false, false) => "ге",
        },
        Case::Ablative => match (nasal, voiceless, back) {
            (true, _, true) => "нан",
            (true, _, false) => "нен",
            (false, true, true) => "тан",
            (false, true, false) => "тен",
            (false, false, true) => "дан",
            (false, false, false) => "ден",
        },
        Case::Locative => match (voiceless, back) {
            (true, true) => "та",
            (true, false) => "те",
            (false, true) => "да",
            (false, false) => "де",
        },
        Case::Dated => match (voiceless, back) {
            (true, true) => "тағы",
            (true, false) => "тегі",
            (false, true) => "дағы",
            (false, false) => "дегі",
        },
        Case::Genitive => {
            let n = matches!(sound.class, Class::Vowel | Class::Nasal);
            match (n, voiceless, back) {
                (true, _, true) => "ның",
                (true, _, false) => "нің",
                (false, true, true) => "тың",
                (false, true, false) => "тің",
                (false, false, true) => "дың",
                (false, false, false) => "дің",
            }
        }
        Case::Instrumental => instrumental(sound.class),
    }
}

/// The part of `word` after its last hyphen, dash or space: only that part is inflected.
fn last_part(word: &str) -> &str {
    word.rsplit(|c: char| c == '-' || c == '–' || c == '—' || c.is_whitespace())
        .next()
        .unwrap_or(word)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// The last numeral word spoken when reading the ASCII digits `digits` aloud.
///
/// Works on the digit string itself, so numbers of any length are handled without overflow.
fn spoken_last_word(digits: &str) -> &'static str {
    const UNITS: [&str; 10] = [
        "нөл",
        "бір",
        "екі",
        "үш",
        "төрт",
        "бес",
        "алты",
        "жеті",
        "сегіз",
        "тоғыз",
    ];
    const TENS: [&str; 10] = [
        "",
        "он",
        "жиырма",
        "отыз",
        "қырық",
        "елу",
        "алпыс",
        "жетпіс",
        "сексен",
        "тоқсан",
    ];
    const SCALES: [&str; 11] = [
        "мың",
        "миллион",
        "миллиард",
        "триллион",
        "квадриллион",
        "квинтиллион",
        "секстиллион",
        "септиллион",
        "октиллион",
        "нониллион",
        "дециллион",
    ];
    // Position (0 = units) and value of the last non-zero digit.
    let Some((position, digit)) = digits
        .bytes()
        .rev()
        .enumerate()
        .find(|&(_, b)| b != b'0')
        .map(|(i, b)| (i, usize::from(b - b'0')))
    else {
        return UNITS[0];
    };
    match position {
        0 => UNITS[digit],
        1 => TENS[digit],
        2 => "жүз",
        p => SCALES[(p / 3 - 1).min(SCALES.len() - 1)],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (month, dative, ablative, dated, "and") exactly as in kazakh-dates.md.
    const MONTHS: [(&str, &str, &str, &str, &str); 12] = [
        ("қаңтар", "қаңтарға", "қаңтардан", "қаңтардағы", "мен"),
        ("ақпан", "ақпанға", "ақпаннан", "ақпандағы", "мен"),
        ("наурыз", "наурызға", "наурыздан", "наурыздағы", "бен"),
        ("сәуір", "сәуірге", "сәуірден", "сәуірдегі", "мен"),
        ("мамыр", "мамырға", "мамырдан", "мамырдағы", "мен"),
        ("маусым", "маусымға", "маусымнан", "маусымдағы", "мен"),
        ("шілде", "шілдеге", "шілдеден", "шілдедегі", "мен"),
        ("тамыз", "тамызға", "тамыздан", "тамыздағы", "бен"),
        (
            "қыркүйек",
            "қыркүйекке",
            "қыркүйектен",
            "қыркүйектегі",
            "пен",
        ),
        ("қазан", "қазанға", "қазаннан", "қазандағы", "мен"),
        ("қараша", "қарашаға", "қарашадан", "қарашадағы", "мен"),
        (
            "желтоқсан",
            "желтоқсанға",
            "желтоқсаннан",
            "желтоқсандағы",
            "мен",
        ),
    ];

    /// (value, spoken last word, dative ending, ablative ending) exactly as in kazakh-dates.md.
    const NUMBERS: [(&str, &str, &str, &str); 20] = [
        ("1", "бір", "ге", "ден"),
        ("2", "екі", "ге", "ден"),
        ("3", "үш", "ке", "тен"),
        ("4", "төрт", "ке", "тен"),
        ("5", "бес", "ке", "тен"),
        ("6", "алты", "ға", "дан"),
        ("7", "жеті", "ге", "ден"),
        ("8", "сегіз", "ге", "ден"),
        ("9", "тоғыз", "ға", "дан"),
        ("10", "он", "ға", "нан"),
        ("20", "жиырма", "ға", "дан"),
        ("30", "отыз", "ға", "дан"),
        ("40", "қырық", "қа", "тан"),
        ("50", "елу", "ге", "ден"),
        ("60", "алпыс", "қа", "тан"),
        ("70", "жетпіс", "ке", "тен"),
        ("80", "сексен", "ге", "нен"),
        ("90", "тоқсан", "ға", "нан"),
        ("100", "жүз", "ге", "ден"),
        ("1000", "мың", "ға", "нан"),
    ];

    #[test]
    fn months_dative() {
        for (month, dative, _, _, _) in MONTHS {
            assert_eq!(inflect(month, Case::Dative), dative, "{month}");
        }
    }

    #[test]
    fn months_ablative() {
        for (month, _, ablative, _, _) in MONTHS {
            assert_eq!(inflect(month, Case::Ablative), ablative, "{month}");
        }
    }

    #[test]
    fn months_dated() {
        for (month, _, _, dated, _) in MONTHS {
            assert_eq!(inflect(month, Case::Dated), dated, "{month}");
        }
    }

    #[test]
    fn months_locative_is_dated_without_suffix() {
        for (month, _, _, dated, _) in MONTHS {
            let expected = dated
                .strip_suffix("ғы")
                .or_else(|| dated.strip_suffix("гі"))
                .unwrap();
            assert_eq!(inflect(month, Case::Locative), expected, "{month}");
        }
        assert_eq!(inflect("сәуір", Case::Locative), "сәуірде");
        assert_eq!(inflect("маусым", Case::Locative), "маусымда");
        assert_eq!(inflect("қыркүйек", Case::Locative), "қыркүйекте");
    }

    #[test]
    fn months_and() {
        for (month, _, _, _, and) in MONTHS {
            assert_eq!(and_after(month), and, "{month}");
        }
    }

    #[test]
    fn numeral_words_follow_the_general_rule() {
        for (_, word, dative, ablative) in NUMBERS {
            assert_eq!(inflect(word, Case::Dative), format!("{word}{dative}"));
            assert_eq!(inflect(word, Case::Ablative), format!("{word}{ablative}"));
        }
    }

    #[test]
    fn spoken_last_word_by_rule() {
        for (digits, word, _, _) in NUMBERS {
            assert_eq!(spoken_last_word(digits), word, "{digits}");
        }
        assert_eq!(spoken_last_word("0"), "нөл");
        assert_eq!(spoken_last_word("000"), "нөл");
        assert_eq!(spoken_last_word("2022"), "екі");
        assert_eq!(spoken_last_word("1100"), "жүз");
        assert_eq!(spoken_last_word("3000"), "мың");
        assert_eq!(spoken_last_word("250000"), "мың");
        assert_eq!(spoken_last_word("1000000"), "миллион");
        assert_eq!(spoken_last_word("5000000000"), "миллиард");
        assert_eq!(spoken_last_word("1000000000000"), "триллион");
        assert_eq!(spoken_last_word("07"), "жеті");
    }

    #[test]
    fn numbers_table_dative_and_ablative() {
        for (digits, _, dative, ablative) in NUMBERS {
            assert_eq!(inflect(digits, Case::Dative), format!("{digits}-{dative}"));
            assert_eq!(
                inflect(digits, Case::Ablative),
                format!("{digits}-{ablative}")
            );
        }
    }

    #[test]
    fn years() {
        assert_eq!(inflect("2022", Case::Dative), "2022-ге");
        assert_eq!(inflect("2022", Case::Ablative), "2022-ден");
        assert_eq!(inflect("2022", Case::Locative), "2022-де");
        assert_eq!(inflect("2022", Case::Dated), "2022-дегі");
        assert_eq!(inflect("2026", Case::Dative), "2026-ға");
        assert_eq!(inflect("2026", Case::Ablative), "2026-дан");
        assert_eq!(inflect("2026", Case::Dated), "2026-дағы");
        assert_eq!(inflect("2030", Case::Dative), "2030-ға");
        assert_eq!(inflect("2030", Case::Ablative), "2030-дан");
        assert_eq!(inflect("2000", Case::Dative), "2000-ға");
        assert_eq!(inflect("2000", Case::Ablative), "2000-нан");
        assert_eq!(inflect("2000", Case::Locative), "2000-да");
    }

    #[test]
    fn days() {
        assert_eq!(inflect("31", Case::Dative), "31-ге");
        assert_eq!(inflect("31", Case::Ablative), "31-ден");
        assert_eq!(inflect("15", Case::Dative), "15-ке");
        assert_eq!(inflect("15", Case::Ablative), "15-тен");
        assert_eq!(inflect("16", Case::Dative), "16-ға");
        assert_eq!(inflect("16", Case::Ablative), "16-дан");
        assert_eq!(inflect("13", Case::Dative), "13-ке");
        assert_eq!(inflect("13", Case::Ablative), "13-тен");
        assert_eq!(inflect("26", Case::Dative), "26-ға");
        assert_eq!(inflect("26", Case::Ablative), "26-дан");
        assert_eq!(inflect("10", Case::Dative), "10-ға");
        assert_eq!(inflect("10", Case::Ablative), "10-нан");
        assert_eq!(inflect("10", Case::Dated), "10-дағы");
        assert_eq!(inflect("30", Case::Dative), "30-ға");
        assert_eq!(inflect("30", Case::Ablative), "30-дан");
    }

    #[test]
    fn round_and_large_numbers() {
        assert_eq!(inflect("200", Case::Dative), "200-ге");
        assert_eq!(inflect("200", Case::Ablative), "200-ден");
        assert_eq!(inflect("3000", Case::Dative), "3000-ға");
        assert_eq!(inflect("3000", Case::Ablative), "3000-нан");
        assert_eq!(inflect("1000000", Case::Dative), "1000000-ға");
        assert_eq!(inflect("1000000", Case::Ablative), "1000000-нан");
        // миллиард ends in д, which counts as voiceless at a word's end.
        assert_eq!(inflect("1000000000", Case::Dative), "1000000000-қа");
        assert_eq!(inflect("1000000000", Case::Ablative), "1000000000-тан");
        assert_eq!(inflect("0", Case::Dative), "0-ге");
        assert_eq!(inflect("0", Case::Ablative), "0-ден");
        // Longer than any integer type: still by rule, no overflow.
        let huge = format!("1{}", "0".repeat(60));
        assert_eq!(inflect(&huge, Case::Dative), format!("{huge}-ға"));
    }

    #[test]
    fn and_after_numbers() {
        assert_eq!(and_after("13"), "пен");
        assert_eq!(and_after("26"), "мен");
        assert_eq!(and_after("8"), "бен");
        assert_eq!(and_after("10"), "мен");
        assert_eq!(and_after("40"), "пен");
        assert_eq!(and_after("2022"), "мен");
        assert_eq!(and_after("1000000000"), "пен");
    }

    #[test]
    fn hyphenated_words_inflect_their_last_part() {
        assert_eq!(inflect("4-тоқсан", Case::Dated), "4-тоқсандағы");
        assert_eq!(inflect("4-тоқсан", Case::Dative), "4-тоқсанға");
        assert_eq!(inflect("5-күн", Case::Dative), "5-күнге");
        assert_eq!(inflect("сәуір–мамыр", Case::Dative), "сәуір–мамырға");
        assert_eq!(inflect("2022–2026", Case::Dative), "2022–2026-ға");
        assert_eq!(inflect("COVID-19", Case::Ablative), "COVID-19-дан");
        assert_eq!(and_after("4-тоқсан"), "мен");
    }

    #[test]
    fn uppercase_keeps_its_stem() {
        assert_eq!(inflect("СӘУІР", Case::Dative), "СӘУІРге");
        assert_eq!(inflect("Қыркүйек", Case::Ablative), "Қыркүйектен");
        assert_eq!(inflect("ЖЕЛТОҚСАН", Case::Dated), "ЖЕЛТОҚСАНдағы");
        assert_eq!(inflect("ШІЛДЕ", Case::Locative), "ШІЛДЕде");
        assert_eq!(and_after("ТАМЫЗ"), "бен");
        assert_eq!(and_after("ҚЫРКҮЙЕК"), "пен");
    }

    #[test]
    fn ambiguous_vowels_and_loanwords() {
        // у looks back for a deciding vowel, else back.
        assert_eq!(inflect("елу", Case::Dative), "елуге");
        assert_eq!(inflect("оқу", Case::Dative), "оқуға");
        assert_eq!(inflect("су", Case::Dative), "суға");
        assert_eq!(inflect("институт", Case::Dative), "институтқа");
        // и looks back for a deciding vowel, else front.
        assert_eq!(inflect("би", Case::Dative), "биге");
        assert_eq!(inflect("тарихи", Case::Dative), "тарихиға");
        assert_eq!(inflect("министр", Case::Dative), "министрге");
        // A final soft sign: front, class of the letter before it.
        assert_eq!(inflect("рубль", Case::Dative), "рубльге");
        assert_eq!(inflect("рубль", Case::Ablative), "рубльден");
        // Final б в г д count as voiceless; ж is voiceless for cases but takes бен.
        assert_eq!(inflect("клуб", Case::Dative), "клубқа");
        assert_eq!(inflect("клуб", Case::Ablative), "клубтан");
        assert_eq!(and_after("клуб"), "пен");
        assert_eq!(inflect("гараж", Case::Dative), "гаражқа");
        assert_eq!(and_after("гараж"), "бен");
        assert_eq!(inflect("май", Case::Ablative), "майдан");
        assert_eq!(and_after("май"), "мен");
    }

    #[test]
    fn fallback_for_words_without_cyrillic_vowels() {
        assert_eq!(inflect("", Case::Dative), "ға");
        assert_eq!(inflect("ABC", Case::Dative), "ABCға");
        assert_eq!(inflect("ABC", Case::Ablative), "ABCдан");
        assert_eq!(inflect("ABC", Case::Locative), "ABCда");
        assert_eq!(inflect("ABC", Case::Dated), "ABCдағы");
        assert_eq!(and_after("ABC"), "мен");
        assert_eq!(and_after(""), "мен");
    }

    /// (noun, genitive, instrumental, ablative, dated): the nouns the amendment formulas use and
    /// words of every ending class.
    const NOUNS: [(&str, &str, &str, &str, &str); 22] = [
        ("жол", "жолдың", "жолмен", "жолдан", "жолдағы"),
        ("бөлім", "бөлімнің", "бөліммен", "бөлімнен", "бөлімдегі"),
        (
            "ескертпе",
            "ескертпенің",
            "ескертпемен",
            "ескертпеден",
            "ескертпедегі",
        ),
        (
            "тақырып",
            "тақырыптың",
            "тақырыппен",
            "тақырыптан",
            "тақырыптағы",
        ),
        (
            "жоспар",
            "жоспардың",
            "жоспармен",
            "жоспардан",
            "жоспардағы",
        ),
        ("кесте", "кестенің", "кестемен", "кестеден", "кестедегі"),
        (
            "қысқартулар",
            "қысқартулардың",
            "қысқартулармен",
            "қысқартулардан",
            "қысқартулардағы",
        ),
        ("қала", "қаланың", "қаламен", "қаладан", "қаладағы"),
        ("адам", "адамның", "адаммен", "адамнан", "адамдағы"),
        ("күн", "күннің", "күнмен", "күннен", "күндегі"),
        ("су", "судың", "сумен", "судан", "судағы"),
        ("ел", "елдің", "елмен", "елден", "елдегі"),
        ("үй", "үйдің", "үймен", "үйден", "үйдегі"),
        ("тау", "таудың", "таумен", "таудан", "таудағы"),
        ("қыз", "қыздың", "қызбен", "қыздан", "қыздағы"),
        ("сөз", "сөздің", "сөзбен", "сөзден", "сөздегі"),
        (
            "мектеп",
            "мектептің",
            "мектеппен",
            "мектептен",
            "мектептегі",
        ),
        ("кітап", "кітаптың", "кітаппен", "кітаптан", "кітаптағы"),
        ("ағаш", "ағаштың", "ағашпен", "ағаштан", "ағаштағы"),
        (
            "мерзім",
            "мерзімнің",
            "мерзіммен",
            "мерзімнен",
            "мерзімдегі",
        ),
        ("шарт", "шарттың", "шартпен", "шарттан", "шарттағы"),
        ("бағ", "бағдың", "бағбен", "бағдан", "бағдағы"),
    ];

    #[test]
    fn nouns_genitive_instrumental_ablative_dated() {
        for (noun, genitive, instrumental, ablative, dated) in NOUNS {
            assert_eq!(inflect(noun, Case::Genitive), genitive, "{noun}");
            assert_eq!(inflect(noun, Case::Instrumental), instrumental, "{noun}");
            assert_eq!(inflect(noun, Case::Ablative), ablative, "{noun}");
            assert_eq!(inflect(noun, Case::Dated), dated, "{noun}");
        }
    }

    /// (value, genitive ending, instrumental ending), by the last spoken numeral word.
    const NUMBER_FORMS: [(&str, &str, &str); 20] = [
        ("1", "дің", "мен"),
        ("2", "нің", "мен"),
        ("3", "тің", "пен"),
        ("4", "тің", "пен"),
        ("5", "тің", "пен"),
        ("6", "ның", "мен"),
        ("7", "нің", "мен"),
        ("8", "дің", "бен"),
        ("9", "дың", "бен"),
        ("10", "ның", "мен"),
        ("20", "ның", "мен"),
        ("30", "дың", "бен"),
        ("40", "тың", "пен"),
        ("50", "дің", "мен"),
        ("60", "тың", "пен"),
        ("70", "тің", "пен"),
        ("80", "нің", "мен"),
        ("90", "ның", "мен"),
        ("100", "дің", "бен"),
        ("1000", "ның", "мен"),
    ];

    #[test]
    fn numbers_genitive_and_instrumental() {
        for (digits, genitive, instrumental) in NUMBER_FORMS {
            assert_eq!(
                inflect(digits, Case::Genitive),
                format!("{digits}-{genitive}")
            );
            assert_eq!(
                inflect(digits, Case::Instrumental),
                format!("{digits}-{instrumental}")
            );
            // The instrumental ending is the form of «and» after the same number.
            assert_eq!(instrumental, and_after(digits));
        }
        assert_eq!(inflect("2022", Case::Genitive), "2022-нің");
        assert_eq!(inflect("1000000000", Case::Genitive), "1000000000-тың");
    }

    /// «5-жол», «5-1-жолмен», «3-жолдағы», «2-бөлімнің»: after a number and a hyphen only the
    /// noun decides the ending, whatever the number, however many parts it has.
    #[test]
    fn numbered_nouns_take_the_nouns_ending_for_every_number() {
        for (noun, genitive, instrumental, ablative, dated) in NOUNS {
            for n in 0..=300 {
                for number in [n.to_string(), format!("{n}-1"), format!("{n}-12")] {
                    let word = format!("{number}-{noun}");
                    let forms = [
                        (Case::Genitive, genitive),
                        (Case::Instrumental, instrumental),
                        (Case::Ablative, ablative),
                        (Case::Dated, dated),
                    ];
                    for (case, form) in forms {
                        assert_eq!(inflect(&word, case), format!("{number}-{form}"), "{word}");
                    }
                }
            }
        }
        assert_eq!(inflect("5-1-жол", Case::Instrumental), "5-1-жолмен");
        assert_eq!(inflect("3-жол", Case::Dated), "3-жолдағы");
        assert_eq!(inflect("2-бөлім", Case::Genitive), "2-бөлімнің");
    }

    #[test]
    fn possessive_nouns_take_na_ne_in_the_dative() {
        let cases = [
            ("жоспары", "жоспарына"),
            ("кестесі", "кестесіне"),
            ("бағдарламасы", "бағдарламасына"),
            ("тізбесі", "тізбесіне"),
            ("қағидалары", "қағидаларына"),
            ("ережесі", "ережесіне"),
            ("тәртібі", "тәртібіне"),
            ("картасы", "картасына"),
            ("ЖОСПАРЫ", "ЖОСПАРЫна"),
            // Not in the possessive: the ordinary dative.
            ("жоспар", "жоспарға"),
            ("кесте", "кестеге"),
            ("тізім", "тізімге"),
        ];
        for (word, dative) in cases {
            assert_eq!(possessive_dative(word), dative, "{word}");
        }
        assert_eq!(
            possessive_dative(
                "«Үлгі» АҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары"
            ),
            "«Үлгі» АҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспарына"
        );
        assert_eq!(
            possessive_dative("2026 жылғы 13 сәуір мен 26 мамыр аралығында … жұмыс кестесі"),
            "2026 жылғы 13 сәуір мен 26 мамыр аралығында … жұмыс кестесіне"
        );
        // Punctuation after the noun stays after the ending.
        assert_eq!(possessive_dative("«жұмыс кестесі»"), "«жұмыс кестесіне»");
        assert_eq!(possessive_dative("(жоспары)."), "(жоспарына).");
        for odd in ["", " ", "»", "...", "ABC", "2022"] {
            assert!(possessive_dative(odd).len() > odd.trim_end().len() || odd.is_empty());
        }
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        let odd = [
            "",
            " ",
            "-",
            "--",
            "4-",
            "-4",
            "–",
            "...",
            "!?",
            "ь",
            "ъ",
            "ьь",
            "й",
            "x",
            "Hello, world",
            "12a",
            "a12",
            "٣",
            "１２",
            "\u{0}",
            "\u{301}",
            "🙂",
            "ß",
            "İ",
            "2022 жыл",
            "00000",
            "99999999999999999999999999999999999999999999999999",
        ];
        let cases = [
            Case::Dative,
            Case::Ablative,
            Case::Locative,
            Case::Dated,
            Case::Genitive,
            Case::Instrumental,
        ];
        for word in odd {
            for case in cases {
                let out = inflect(word, case);
                assert!(out.starts_with(word), "{word:?} -> {out:?}");
                assert!(out.len() > word.len(), "{word:?} -> {out:?}");
            }
            assert!(["мен", "бен", "пен"].contains(&and_after(word)));
            let _ = possessive_dative(word);
        }
    }
}
