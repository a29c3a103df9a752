//! Checks on a well-formed plan: the likely mistakes that hand-kept plans show (warnings).
//! Whether every character can be drawn is checked as each string is read (plan::load),
//! where the place of the character is known.

use super::model::*;
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use std::collections::HashMap;
use std::hash::{DefaultHasher, Hasher};

/// Whether `c` is one of the letters that Kazakh has and Russian does not. A `match`, not a
/// search of a string of them: it is asked of every letter of every text.
fn kazakh_letter(c: char) -> bool {
    matches!(
        c,
        'ә' | 'ғ'
            | 'қ'
            | 'ң'
            | 'ө'
            | 'ұ'
            | 'ү'
            | 'һ'
            | 'і'
            | 'Ә'
            | 'Ғ'
            | 'Қ'
            | 'Ң'
            | 'Ө'
            | 'Ұ'
            | 'Ү'
            | 'Һ'
            | 'І'
    )
}

/// The fewest texts from which the steps are checked on a thread of their own beside the
/// other texts: a thread costs about 0.1 ms to start, the checks of 10,000 items 0.1 s of the
/// loading thread, before any language can start.
const SIDE_BY_SIDE_MIN_TEXTS: usize = 2_000;

pub fn check(plan: &Plan, report: &mut Report) {
    check_with(plan, report, SIDE_BY_SIDE_MIN_TEXTS);
}

/// [`check`], the steps on a thread of their own from `side_by_side` texts on.
fn check_with(plan: &Plan, report: &mut Report, side_by_side: usize) {
    let texts = texts(plan);
    let others = || {
        let mut report = Report::default();
        let mut words = Words::default();
        for text in &texts {
            language_looks_right(text, &mut report);
            doubled_phrase(text, &mut words, &mut report, |_| {});
        }
        report
    };
    let steps = || {
        let mut report = Report::default();
        step_texts(plan, &mut Words::default(), &mut report);
        report
    };
    // The two parts read nothing of each other; their warnings are joined in the order one
    // thread would have made them, so that the report sorts into the same order.
    let (others, steps) = if texts.len() >= side_by_side {
        crate::parallel::join(others, steps)
    } else {
        (others(), steps())
    };
    report.diagnostics.extend(others.diagnostics);
    report.diagnostics.extend(steps.diagnostics);
}

/// The warnings about one text: the wrong language, a phrase written twice.
pub fn text_warnings(text: &Text, report: &mut Report) {
    language_looks_right(text, report);
    doubled_phrase(text, &mut Words::default(), report, |_| {});
}

/// Every human-language text of the plan but the steps' own (see [`step_texts`]).
fn texts(plan: &Plan) -> Vec<&Text> {
    let mut out = vec![
        &plan.organization.name,
        &plan.organization.short,
        &plan.title,
    ];
    out.extend(plan.headers.iter().map(|h| &h.text));
    match &plan.approval {
        Approval::Decision { body, .. } => out.push(body),
        Approval::Official { position, name, .. } => out.extend([position, name]),
    }
    for section in &plan.sections {
        out.push(&section.title);
        for item in &section.items {
            out.extend(item.text.iter().chain(&item.result));
            match &item.body {
                ItemBody::Steps(steps) => {
                    for step in steps {
                        task_texts(&step.task, &mut out);
                    }
                }
                ItemBody::Own(task) => task_texts(task, &mut out),
            }
        }
    }
    out.extend(&plan.notes);
    out
}

fn task_texts<'p>(task: &'p Task, out: &mut Vec<&'p Text>) {
    if let Deadline::Free(t) = &task.due {
        out.push(t);
    }
    for r in &task.responsible {
        if let Responsible::Free(t) = r {
            out.push(t);
        }
    }
}

/// Words and numbers: «Этап 1» and «Этап 2» are different steps.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !alphanumeric(c) && c != '-')
        .filter(|w| w.chars().any(alphanumeric))
}

/// `char::is_alphanumeric`, answered at once for ASCII and the letters of the Cyrillic block
/// (the Russian alphabet and every Kazakh letter), which nearly every letter of a plan is:
/// outside ASCII the standard library searches Unicode tables for every letter.
fn alphanumeric(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7f}' => false,
        // U+0482..U+0489 (a sign and combining marks) are not letters.
        '\u{400}'..='\u{481}' | '\u{48A}'..='\u{4FF}' => true,
        _ => c.is_alphanumeric(),
    }
}

fn is_cyrillic(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c)
}

/// Catches text of the wrong language: a Russian heading in the Kazakh column, or a Kazakh
/// letter in the Russian one.
fn language_looks_right(text: &Text, report: &mut Report) {
    if text.kk == text.ru {
        return;
    }
    // The cheap conditions first: a Kazakh text nearly always has a Kazakh letter.
    if !text.kk.chars().any(kazakh_letter)
        && text.kk.chars().filter(|&c| is_cyrillic(c)).count() >= 25
        && words(&text.kk)
            .filter(|w| w.chars().all(|c| is_cyrillic(c) || c == '-'))
            .count()
            >= 3
    {
        report.push(
            Diagnostic::warning("kk-looks-russian", text.pos, msg!("kk-looks-russian"))
                .help(msg!("help-kk-looks-russian")),
        );
    }
    if let Some(c) = text.ru.chars().find(|&c| kazakh_letter(c)) {
        report.push(
            Diagnostic::warning(
                "ru-has-kazakh",
                text.pos,
                msg!("ru-has-kazakh", letter = format!("{c:?}")),
            )
            .help(msg!("help-ru-has-kazakh")),
        );
    }
}

/// «в деятельности в деятельности»: the same one to three words written twice in a row.
/// `read` is given each language's words as they are read (the Russian only when it differs
/// from the Kazakh), for a check that needs them too.
fn doubled_phrase(text: &Text, w: &mut Words, report: &mut Report, mut read: impl FnMut(&Words)) {
    for (lang, s) in [("kk", &text.kk), ("ru", &text.ru)] {
        w.read(s);
        read(w);
        if let Some(phrase) = w.doubled() {
            report.push(
                Diagnostic::warning(
                    "doubled-phrase",
                    text.pos,
                    msg!("doubled-phrase", lang = lang, phrase = phrase),
                )
                .help(msg!("help-doubled-phrase")),
            );
        }
        if text.kk == text.ru {
            break;
        }
    }
}

/// The steps' texts: the warnings every text gets, and the same step text under two items,
/// which is how copy-paste drift between rows shows. Each language of a step is read once for
/// both.
fn step_texts(plan: &Plan, w: &mut Words, report: &mut Report) {
    let mut seen = SeenSteps::default();
    for (number, item) in plan.items().enumerate() {
        let ItemBody::Steps(steps) = &item.body else {
            continue;
        };
        for step in steps {
            language_looks_right(&step.text, report);
            // Lowercase, the words joined by one space. A step the same in both languages
            // has one: its second would only find the first.
            let mut keys = Vec::with_capacity(2);
            doubled_phrase(&step.text, w, report, |w| keys.push(w.joined()));
            for (key, text) in keys.iter().zip([&step.text.kk, &step.text.ru]) {
                match seen.first_item(key, text, number) {
                    Some(other) if other != number => {
                        report.push(
                            Diagnostic::warning(
                                "repeated-step",
                                step.text.pos,
                                msg!("repeated-step", first = other + 1, second = number + 1),
                            )
                            .help(msg!("help-repeated-step")),
                        );
                        break;
                    }
                    _ => {}
                }
            }
        }
    }
}

/// The step keys seen so far ([`Words::joined`] of a step's text), each kept as its hash and
/// the text it was read from, with the item it stands under. Keeping the keys themselves, a
/// lowercased copy of every step text, was most of the memory of the checks (10 MB at 10,000
/// items). Texts whose hashes meet are read again and compared in full, so a collision of
/// hashes never makes a warning.
#[derive(Default)]
struct SeenSteps<'p> {
    /// The first step with each hash, by its index in `steps`.
    first: HashMap<u64, usize>,
    /// Each key's item number, text, and the next step with the same hash (`NO_MORE` if none).
    steps: Vec<(usize, &'p str, usize)>,
    /// The words of a text read again, apart from the caller's.
    again: Words,
}

const NO_MORE: usize = usize::MAX;

impl<'p> SeenSteps<'p> {
    /// The item under which `key`, read from `text`, was first seen; `None`, and it is
    /// recorded under item `number`, when it is new.
    fn first_item(&mut self, key: &[u8], text: &'p str, number: usize) -> Option<usize> {
        // SipHash with fixed keys: the same on every run (only equality is asked of it).
        let mut hasher = DefaultHasher::new();
        hasher.write(key);
        self.first_item_hashed(hasher.finish(), key, text, number)
    }

    fn first_item_hashed(
        &mut self,
        hash: u64,
        key: &[u8],
        text: &'p str,
        number: usize,
    ) -> Option<usize> {
        let mut next = self.first.get(&hash).copied();
        let mut last = None;
        while let Some(i) = next {
            let (item, seen, after) = self.steps[i];
            self.again.read(seen);
            if self.again.joined() == key {
                return Some(item);
            }
            last = Some(i);
            next = (after != NO_MORE).then_some(after);
        }
        let index = self.steps.len();
        self.steps.push((number, text, NO_MORE));
        match last {
            Some(last) => self.steps[last].2 = index,
            None => {
                self.first.insert(hash, index);
            }
        }
        None
    }
}

/// A text lowercased and cut into its [`words`], in one pass and in buffers kept from one
/// text to the next: these checks read every text of the plan, and lowercasing, splitting and
/// allocating for each were most of the time of loading a plan after its parse. Letter by
/// letter, so a Greek final sigma is not special-cased: no plan text depends on it.
#[derive(Default)]
struct Words {
    /// The lowercased text, UTF-8. Bytes and not a `String`: `String::push` copies each
    /// letter outside ASCII with a call to `memcpy`, which was most of the time here.
    lower: Vec<u8>,
    /// Where each word of `lower` starts and ends, in bytes.
    bounds: Vec<(usize, usize)>,
    /// Where the piece under way starts (after the last separator) …
    start: usize,
    /// … and whether it has a letter or digit, which makes it a word.
    alphanumeric: bool,
}

impl Words {
    fn read(&mut self, s: &str) {
        self.lower.clear();
        self.lower.reserve(s.len());
        self.bounds.clear();
        self.start = 0;
        self.alphanumeric = false;
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            match (b, bytes.get(i + 1)) {
                // ASCII, a byte a character.
                (0..=0x7F, _) => {
                    let lower = b.to_ascii_lowercase();
                    let separator = self.separator(lower.is_ascii_alphanumeric(), lower == b'-');
                    self.lower.push(lower);
                    self.after(separator);
                    i += 1;
                }
                // The Cyrillic block, U+0400..U+04FF: two bytes, lead byte D0 to D3.
                (0xD0..=0xD3, Some(&next)) => {
                    let c = (u32::from(b & 0x1F) << 6) | u32::from(next & 0x3F);
                    let lower = cyrillic_lowercase(c);
                    // U+0482..U+0489 (a sign and combining marks) are not letters.
                    let separator = self.separator(!(0x482..=0x489).contains(&lower), false);
                    self.lower.push(0xC0 | (lower >> 6) as u8);
                    self.lower.push(0x80 | (lower & 0x3F) as u8);
                    self.after(separator);
                    i += 2;
                }
                _ => {
                    let c = s[i..].chars().next().unwrap_or(' ');
                    for lower in c.to_lowercase() {
                        let separator = self.separator(alphanumeric(lower), lower == '-');
                        let mut utf8 = [0; 4];
                        self.lower
                            .extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
                        self.after(separator);
                    }
                    i += c.len_utf8();
                }
            }
        }
        self.end_piece();
    }

    /// Whether the next character of the lowercased text, before it is added, separates
    /// words: neither a letter, a digit nor a hyphen. A separator ends the piece before it.
    fn separator(&mut self, alphanumeric: bool, hyphen: bool) -> bool {
        if alphanumeric {
            self.alphanumeric = true;
        }
        let separator = !alphanumeric && !hyphen;
        if separator {
            self.end_piece();
        }
        separator
    }

    /// After a character is added: the next piece starts after a separator.
    fn after(&mut self, separator: bool) {
        if separator {
            self.start = self.lower.len();
        }
    }

    fn end_piece(&mut self) {
        if self.alphanumeric {
            self.bounds.push((self.start, self.lower.len()));
        }
        self.alphanumeric = false;
    }

    fn word(&self, i: usize) -> &[u8] {
        let (start, end) = self.bounds[i];
        &self.lower[start..end]
    }

    /// The first phrase of one word written twice in a row, else of two, else of three; one
    /// of its words longer than two letters («и и» is not a slip worth a warning).
    fn doubled(&self) -> Option<String> {
        let count = self.bounds.len();
        (1..=3).find_map(|n| {
            let first = (0..(count + 1).saturating_sub(2 * n)).find(|&i| {
                (0..n).all(|k| self.word(i + k) == self.word(i + n + k))
                    && (0..n).any(|k| letters(self.word(i + k)) > 2)
            })?;
            let phrase: Vec<&[u8]> = (first..first + n).map(|i| self.word(i)).collect();
            Some(String::from_utf8_lossy(&phrase.join(&b' ')).into_owned())
        })
    }

    /// The words joined by one space.
    fn joined(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.lower.len());
        for i in 0..self.bounds.len() {
            if i > 0 {
                out.push(b' ');
            }
            out.extend_from_slice(self.word(i));
        }
        out
    }
}

/// The characters of UTF-8 text: its bytes but those that continue a character.
fn letters(utf8: &[u8]) -> usize {
    utf8.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// The lowercase of a character of the Cyrillic block (U+0400..U+04FF), as Unicode maps it:
/// Ѐ..Џ and А..Я by a fixed distance, the letters after them in pairs (capital, small), Ӏ
/// (palochka) to ӏ.
fn cyrillic_lowercase(n: u32) -> u32 {
    match n {
        0x400..=0x40F => n + 0x50,
        0x410..=0x42F => n + 0x20,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if n.is_multiple_of(2) => n + 1,
        0x4C1..=0x4CE if !n.is_multiple_of(2) => n + 1,
        0x4C0 => 0x4CF,
        _ => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The steps checked beside the other texts give the warnings one thread gives, in its
    /// order: a grown plan has hundreds of them, of every kind the checks make.
    #[test]
    fn the_checks_side_by_side_warn_as_one_thread_does() {
        let sample = include_str!("../../samples/anticorruption-plan-2022.yaml");
        let mut yaml = crate::generate::grow(sample, 17, 340).expect("the sample has sections");
        // A doubled phrase and a Russian text in the Kazakh column, for the other texts' part.
        yaml = yaml.replacen("kk: Сыбайлас", "kk: в работе в работе Сыбайлас", 3);
        let loaded = crate::app::load_text(std::path::Path::new("plan.yaml"), yaml)
            .unwrap_or_else(|_| panic!("the grown plan loads"));
        let rendered = |side_by_side| {
            let mut report = Report::default();
            check_with(&loaded.plan, &mut report, side_by_side);
            report.diagnostics
        };
        let (one, two) = (rendered(usize::MAX), rendered(0));
        let codes = |d: &[Diagnostic], code| d.iter().filter(|d| d.code == code).count();
        assert!(codes(&one, "repeated-step") > 100, "{}", one.len());
        assert!(codes(&one, "doubled-phrase") >= 3, "{}", one.len());
        assert_eq!(one, two);
    }

    /// Two different step texts whose hashes meet are told apart; the same text is found
    /// behind another one with its hash.
    #[test]
    fn seen_steps_compare_texts_whose_hashes_meet() {
        let mut seen = SeenSteps::default();
        let mut w = Words::default();
        let mut key = |text: &str| {
            w.read(text);
            w.joined()
        };
        let (a, b) = ("Жұмыс тобын құру", "Ішкі талдау жүргізу");
        assert_eq!(seen.first_item_hashed(7, &key(a), a, 0), None);
        assert_eq!(seen.first_item_hashed(7, &key(b), b, 1), None);
        assert_eq!(
            seen.first_item_hashed(7, &key("ІШКІ  талдау, жүргізу"), b, 2),
            Some(1)
        );
        assert_eq!(seen.first_item_hashed(7, &key(a), a, 3), Some(0));
        assert_eq!(seen.first_item(&key(a), a, 4), None);
        assert_eq!(seen.first_item(&key(a), a, 5), Some(4));
    }

    #[test]
    fn kazakh_letters_are_the_nine_pairs() {
        let letters: String = ('\0'..='\u{10FFFF}')
            .filter(|&c| kazakh_letter(c))
            .collect();
        let mut expected: Vec<char> = "әғқңөұүһіӘҒҚҢӨҰҮҺІ".chars().collect();
        expected.sort_unstable();
        assert_eq!(letters, expected.into_iter().collect::<String>());
    }

    #[test]
    fn alphanumeric_agrees_with_the_standard_library() {
        for c in '\0'..='\u{24FF}' {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn cyrillic_lowercase_agrees_with_the_standard_library() {
        for c in '\u{400}'..='\u{4FF}' {
            let lower = char::from_u32(cyrillic_lowercase(c as u32)).unwrap();
            assert_eq!(lower.to_string(), c.to_lowercase().to_string(), "{c:?}");
        }
    }

    /// Lowercase letter by letter, as `Words` does in its one pass.
    fn lowercase(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                'A'..='Z' => out.push(c.to_ascii_lowercase()),
                '\0'..='\u{7f}' => out.push(c),
                '\u{400}'..='\u{4FF}' => {
                    out.push(char::from_u32(cyrillic_lowercase(c as u32)).unwrap())
                }
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    #[test]
    fn words_are_read_as_the_lowercase_text_split() {
        for s in [
            "в деятельности в деятельности",
            "ЖЕМҚОРЛЫҚ Ёлка, ӘҒҚҢӨҰҮҺІ - бір-екі «№ 5» -- a-",
            "İstanbul ΣΑΣ ǅ x",
            "",
            " - , ",
            "Этап 1 и Этап 2",
        ] {
            let mut w = Words::default();
            w.read(s);
            let lower = lowercase(s);
            let expected: Vec<&str> = words(&lower).collect();
            let got: Vec<&str> = (0..w.bounds.len())
                .map(|i| std::str::from_utf8(w.word(i)).unwrap())
                .collect();
            assert_eq!(got, expected, "{s:?}");
            assert_eq!(w.joined(), expected.join(" ").into_bytes(), "{s:?}");
        }
    }

    #[test]
    fn doubled_phrases_of_one_to_three_words() {
        for (s, doubled) in [
            ("в деятельности В Деятельности", Some("в деятельности")),
            ("план план", Some("план")),
            ("и и", None),
            ("а б в а б в", None),
            ("раз два три раз два три", Some("раз два три")),
            ("Этап 1 и Этап 2", None),
            ("", None),
        ] {
            let mut w = Words::default();
            w.read(s);
            assert_eq!(w.doubled().as_deref(), doubled, "{s:?}");
        }
    }

    #[test]
    fn lowercase_agrees_with_the_standard_library() {
        for s in [
            "ЖЕМҚОРЛЫҚ Ёлка ӘҒҚҢӨҰҮҺІ",
            "ABC Xyz 123 «№»",
            "İ",
            "сЫбАйЛаС",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }
}
