//! Who is responsible: a cell's parties split at the separators plans use («,», «;», «/»),
//! the legend of abbreviations («ОҚП – операциялық қызмет департаменті») read as short and
//! full forms, and keys for units made from their names.

use super::docx_reader::Para;
use super::markdown;

/// The parties of a responsible cell: each paragraph, split at «,», «;» and «/» outside
/// brackets and quotes.
pub fn split(paras: &[Para]) -> Vec<String> {
    let mut out = Vec::new();
    for p in paras {
        let text = markdown::plain(std::slice::from_ref(p));
        let mut depth = 0i32;
        let mut quoted = 0i32;
        let mut current = String::new();
        for c in text.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth -= 1,
                '«' | '“' => quoted += 1,
                '»' | '”' => quoted -= 1,
                _ => {}
            }
            if matches!(c, ',' | ';' | '/') && depth <= 0 && quoted <= 0 {
                push_party(&mut out, &current);
                current.clear();
            } else {
                current.push(c);
            }
        }
        push_party(&mut out, &current);
    }
    out
}

fn push_party(out: &mut Vec<String>, s: &str) {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let s = s.trim_end_matches(',').trim().to_string();
    if !s.is_empty() {
        out.push(s);
    }
}

/// «ОҚП – операциялық қызмет департаменті», «ОҚП -операциялық…», «ДжЫД—даму…»: (short, full)
/// when the part before the dash is an abbreviation; any «X – Y» under a legend heading.
pub fn legend_entry(line: &str, under_heading: bool) -> Option<(String, String)> {
    let line = line.trim();
    let (at, dash) = line.char_indices().find(|&(i, c)| {
        matches!(c, '–' | '—' | '-') && i > 0 && {
            // A hyphen inside a word («іс-қимыл») is no separator: one side must be a space.
            let before = line[..i].ends_with(' ');
            let after = line[i + c.len_utf8()..].starts_with(' ');
            c != '-' || before || after
        }
    })?;
    let short = line[..at].trim().to_string();
    let full = line[at + dash.len_utf8()..]
        .trim()
        .trim_end_matches([';', '.'])
        .trim()
        .to_string();
    if short.is_empty() || full.is_empty() {
        return None;
    }
    (under_heading || is_abbreviation(&short)).then_some((short, full))
}

/// «ОҚП», «ДжЫД», «ВАКР», «АО СПК»: short words mostly in capitals.
pub fn is_abbreviation(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 3
        && words.iter().all(|w| {
            let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
            let upper = letters.iter().filter(|c| c.is_uppercase()).count();
            letters.len() >= 2 && letters.len() <= 10 && upper >= 2 && upper * 2 >= letters.len()
        })
}

/// A unit key from a name: Latin letters, digits and hyphens («ОҚП» → `oqp`,
/// «комплаенс-офицер» → `komplaens-ofitser`), at most three words.
pub fn key(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match latin(c) {
            Some(l) => out.push_str(l),
            None if c.is_ascii_alphanumeric() => out.push(c),
            None => out.push('-'),
        }
    }
    let all: Vec<&str> = out.split('-').filter(|w| !w.is_empty()).collect();
    // Prepositions and conjunctions («по», «и», «мен») say little in a key.
    let long: Vec<&str> = all
        .iter()
        .copied()
        .filter(|w| w.chars().count() > 2)
        .collect();
    let words = if long.is_empty() { all } else { long };
    let key = words.into_iter().take(3).collect::<Vec<_>>().join("-");
    if key.is_empty() { "unit".into() } else { key }
}

fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::docx_reader::Run;

    fn p(t: &str) -> Para {
        Para {
            runs: vec![Run {
                text: t.into(),
                ..Run::default()
            }],
            ..Para::default()
        }
    }

    #[test]
    fn parties_split_outside_brackets() {
        assert_eq!(
            split(&[p("комплаенс-офицер/комиссия немесе жауапты орындаушы")]),
            ["комплаенс-офицер", "комиссия немесе жауапты орындаушы"]
        );
        assert_eq!(split(&[p(" ОҚП, ЖБД, ДжЫД")]), ["ОҚП", "ЖБД", "ДжЫД"]);
        assert_eq!(
            split(&[p(
                "Қызметкерлердің 20% (оның ішінде комплаенс-офицер, хатшы)"
            )]),
            ["Қызметкерлердің 20% (оның ішінде комплаенс-офицер, хатшы)"]
        );
        assert_eq!(
            split(&[p("Корпоративтік хатшы / комплаенс-офицер"), p("")]).len(),
            2
        );
    }

    #[test]
    fn legend_entries() {
        assert_eq!(
            legend_entry("ОҚП -операциялық қызмет департаменті", false),
            Some(("ОҚП".into(), "операциялық қызмет департаменті".into()))
        );
        assert_eq!(
            legend_entry("ДжЫД – даму және ынтымақтастық департаменті", false),
            Some(("ДжЫД".into(), "даму және ынтымақтастық департаменті".into()))
        );
        assert_eq!(
            legend_entry("Іс-шаралар жоспарына өзгерістер енгізілуі мүмкін", false),
            None
        );
        assert_eq!(legend_entry("Жоспар – бұл құжат", false), None);
    }

    #[test]
    fn keys() {
        assert_eq!(key("ОҚП"), "oqp");
        assert_eq!(key("ДжЫД"), "dzhyd");
        assert_eq!(key("комплаенс-офицер"), "komplaens-ofitser");
        assert_eq!(key("«CERT International» s.r.o."), "cert-international");
        assert_eq!(key("Рабочая группа по ВАКР"), "rabochaya-gruppa-vakr");
    }
}
