//! The organisation's name: from the file's own properties when the text uses them, else
//! where the grif and the title agree, else by its legal form («АО «…»», ««…» АҚ»); and the
//! short name the title defines («(далее — Общество)», «(бұдан әрі – Қоғам)»).

use super::synth::norm;

/// Legal forms that stand before («АО «…»») or after («…» АҚ) an organisation's name.
const LEGAL_FORMS: [&str; 29] = [
    "АҚ", "КЕАҚ", "ЖШС", "ЖАҚ", "МКК", "РМК", "ШЖҚ", "ММ", "ҰК", "ҚБ", "АО", "НАО", "ТОО", "ЗАО",
    "ОАО", "ПАО", "РГП", "ГКП", "ГУ", "КГУ", "РГУ", "НК", "ИП", "ЧУ", "ОО", "ОЮЛ", "JSC", "LLP",
    "LLC",
];

fn is_legal_form(token: &str) -> bool {
    let letters: String = token.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && LEGAL_FORMS.contains(&letters.as_str())
}

/// Words compared without quotes, case or spacing.
fn bare(s: &str) -> Vec<String> {
    norm(s).split_whitespace().map(str::to_string).collect()
}

const OPENING: [char; 4] = ['«', '“', '„', '"'];
const CLOSING: [char; 3] = ['»', '”', '"'];

/// The first organisation name in `text` by its legal form and quotes.
pub fn find_in(text: &str) -> Option<String> {
    let t: Vec<&str> = text.split_whitespace().collect();
    for i in 0..t.len() {
        if !is_legal_form(t[i]) {
            continue;
        }
        // «АО «Социально-предпринимательская корпорация «Алматы»»: up to the first closing quote.
        if t.get(i + 1).is_some_and(|n| n.starts_with(OPENING)) {
            let end = (i + 1..t.len()).find(|&j| {
                let w = t[j];
                let w = if j == i + 1 {
                    &w[w.chars().next().map_or(0, char::len_utf8)..]
                } else {
                    w
                };
                w.contains(CLOSING)
            })?;
            let mut words = t[i..=end].to_vec();
            let last = words.len() - 1;
            let w = words[last];
            let cut = w
                .char_indices()
                .rfind(|(_, c)| CLOSING.contains(c))
                .map_or(w.len(), |(k, c)| k + c.len_utf8());
            words[last] = &w[..cut];
            return Some(words.join(" "));
        }
        // «"Алматы" ӘКК» АҚ»: back to the quote that opens the name.
        if i > 0 && t[i - 1].ends_with(CLOSING) {
            let start = (i.saturating_sub(10)..i)
                .rev()
                .find(|&j| t[j].starts_with(OPENING))?;
            return Some(
                t[start..=i]
                    .join(" ")
                    .trim_end_matches([',', '.', ';'])
                    .to_string(),
            );
        }
    }
    None
}

/// Splits the grif's «{organisation} {body}» (Kazakh) or «{body} {organisation}» (Russian):
/// at a name already known, at the longest part the title also names, or at a legal form.
/// Returns (organisation, body, how it was found).
pub fn split_names(
    names: &str,
    org_first: bool,
    known: &[String],
    title: Option<&str>,
) -> (Option<String>, Option<String>, &'static str) {
    let words: Vec<&str> = names.split_whitespace().collect();
    let n = words.len();
    let piece = |range: std::ops::Range<usize>| words[range].join(" ");
    // The organisation takes `k` words at its end of `names`.
    let split_at = |k: usize| {
        if org_first {
            (piece(0..k), piece(k..n))
        } else {
            (piece(n - k..n), piece(0..n - k))
        }
    };
    for name in known {
        let want = bare(name);
        let k = want.len();
        if k == 0 || k >= n {
            continue;
        }
        let (org, body) = split_at(k);
        if bare(&org) == want {
            return (Some(org), Some(body), "file properties");
        }
    }
    // A grif line is a few words; a longer one is compared by legal form only.
    if let Some(title) = title.filter(|_| n <= 60) {
        let title_words = bare(title);
        for k in (1..n).rev() {
            let (org, body) = split_at(k);
            let org_words = bare(&org);
            if org_words.len() >= 2 && title_words.windows(org_words.len()).any(|w| w == org_words)
            {
                return (Some(org), Some(body), "title");
            }
        }
    }
    let legal = if org_first {
        (0..n.saturating_sub(1))
            .rev()
            .find(|&i| is_legal_form(words[i]))
            .map(|i| i + 1)
    } else {
        (1..n).find(|&i| is_legal_form(words[i])).map(|i| n - i)
    };
    if let Some(k) = legal {
        let (org, body) = split_at(k);
        return (Some(org), Some(body), "legal form");
    }
    (
        None,
        Some(names.to_string()).filter(|s| !s.is_empty()),
        "none",
    )
}

/// The form of `name` the title writes, when the title names it with other quotes or spaces.
pub fn as_in(title: &str, name: &str) -> Option<String> {
    let want = bare(name);
    let words: Vec<&str> = title.split_whitespace().collect();
    (0..words.len()).find_map(|i| {
        (i + 1..=words.len().min(i + want.len() + 8))
            .find(|&j| bare(&words[i..j].join(" ")) == want)
            .map(|j| words[i..j].join(" "))
    })
}

/// The short name a title defines: «(далее — Общество)», «(бұдан әрі – Қоғам …)».
pub fn short_in(title: &str) -> Option<String> {
    for marker in ["далее", "бұдан әрі"] {
        let lower = title.to_lowercase();
        let Some(at) = lower.find(marker) else {
            continue;
        };
        let rest = &title[at + marker.len()..];
        let word = rest
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '–' | '-' | ':'))
            .split(|c: char| c.is_whitespace() || c == ')' || c == ',')
            .next()?;
        if word.chars().next().is_some_and(char::is_uppercase) {
            return Some(word.to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_by_legal_form() {
        assert_eq!(
            find_in("План-график работ в деятельности АО «Социально-предпринимательская корпорация «Алматы» (далее — Общество)").as_deref(),
            Some("АО «Социально-предпринимательская корпорация «Алматы»")
        );
        assert_eq!(
            find_in("«Алматы» әлеуметтік-кәсіпкерлік корпорациясы» АҚ және оның").as_deref(),
            Some("«Алматы» әлеуметтік-кәсіпкерлік корпорациясы» АҚ")
        );
        assert_eq!(
            find_in("“Үлгі” АҚ жұмыс кестесі").as_deref(),
            Some("“Үлгі” АҚ")
        );
    }

    #[test]
    fn grif_names_split() {
        let title = "2022 жылға арналған «Азаматтық бастамаларды қолдау орталығы» КЕАҚ Сыбайлас жемқорлыққа қарсы";
        let (org, body, _) = split_names(
            "Азаматтық бастамаларды\" қолдау орталығы \" КЕАҚ директорлар кеңесінің",
            true,
            &[],
            Some(title),
        );
        assert_eq!(body.as_deref(), Some("директорлар кеңесінің"));
        assert_eq!(
            as_in(title, &org.unwrap()).as_deref(),
            Some("«Азаматтық бастамаларды қолдау орталығы» КЕАҚ")
        );
        let (org, body, _) =
            split_names("Совета директоров НАО «Центр поддержки»", false, &[], None);
        assert_eq!(
            (org.as_deref(), body.as_deref()),
            (Some("НАО «Центр поддержки»"), Some("Совета директоров"))
        );
    }

    #[test]
    fn short_names() {
        assert_eq!(
            short_in("… (далее — Общество) и его …").as_deref(),
            Some("Общество")
        );
        assert_eq!(
            short_in("(бұдан әрі – Қоғам және оның ұйымдары)").as_deref(),
            Some("Қоғам")
        );
    }
}
