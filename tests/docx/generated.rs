//! A plan of 300 items, written as YAML here so the writer is tried on a long table: 30
//! sections, items with and without steps, every kind of deadline, bullets and bold in cells.

use std::fmt::Write;

pub const ITEMS: usize = 300;
const PER_SECTION: usize = 10;

/// Deadlines of every kind the plan format has.
const DUE: [&str; 12] = [
    "{by: 2027-04-16}",
    "{on: 2027-03-30}",
    "{from: 2027-04-15, to: 2027-05-31}",
    "{from: 2027-12-15, to: 2028-01-31}",
    "{between: 2027-04-13, and: 2027-05-26}",
    "{month: 2027-11}",
    "{months: [2027-09, 2027-10]}",
    "{quarter: 3, year: 2027}",
    "{every: quarter, day: 5}",
    "quarterly",
    "as-received",
    "{text: {kk: келісім бойынша, ru: по согласованию}}",
];

pub fn yaml() -> String {
    let mut y = String::from(HEAD);
    for s in 0..ITEMS / PER_SECTION {
        let _ = writeln!(
            y,
            "  - title: {{kk: Бөлім {n} жұмыстары, ru: Работы раздела {n}}}",
            n = s + 1
        );
        y.push_str("    items:\n");
        for i in 0..PER_SECTION {
            item(&mut y, s * PER_SECTION + i + 1);
        }
    }
    y
}

/// Every third item has its own deadline; the others have one to three steps. Texts carry
/// the item's number so each can be found in the printed text.
fn item(y: &mut String, n: usize) {
    let _ = writeln!(
        y,
        "      - text: {{kk: \"№{n} іс-шара: **тәуекелдерді** бағалау\", ru: \"Мероприятие №{n}: оценка **рисков**\"}}"
    );
    let _ = writeln!(
        y,
        "        result: {{kk: \"№{n} нәтиже: тәуекелдер азаяды\", ru: \"Результат №{n}: риски снижены\"}}"
    );
    if n.is_multiple_of(3) {
        let _ = writeln!(y, "        due: {}", DUE[n % DUE.len()]);
        y.push_str("        responsible: [hr]\n");
        return;
    }
    y.push_str("        steps:\n");
    for k in 0..(n % 3 + n % 2).max(1) {
        step(y, n, k);
    }
}

fn step(y: &mut String, n: usize, k: usize) {
    if (n + k).is_multiple_of(7) {
        // A step with a bulleted list, written in block style as authors do.
        let _ = write!(
            y,
            "          - text:\n              kk: |\n                №{n}.{k} қадам:\n                - құжаттарды жинау\n                - талдау жүргізу\n              ru: |\n                Шаг №{n}.{k}:\n                - сбор документов\n                - проведение анализа\n"
        );
    } else {
        let _ = writeln!(
            y,
            "          - text: {{kk: \"№{n}.{k} қадам: құжаттарды дайындау\", ru: \"Шаг №{n}.{k}: подготовка документов\"}}"
        );
    }
    let _ = writeln!(y, "            due: {}", DUE[(n + k) % DUE.len()]);
    let who = ["[hr]", "[compliance]", "[hr, compliance]"][(n + k) % 3];
    let _ = writeln!(y, "            responsible: {who}");
}

const HEAD: &str = "\
qujat: 1
template: action-plan
organization:
  name: {kk: «Үлгі» АҚ, ru: АО «Образец»}
  short: {kk: Қоғам, ru: Общество}
annex: 2
approval:
  by: decision
  body: {kk: Басқарманың, ru: Правления}
  date: 2027-01-20
  protocol: \"7\"
title:
  kk: «Үлгі» АҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары
  ru: План мероприятий АО «Образец» по противодействию коррупции
period: {year: 2027}
units:
  hr:
    kk: [ПБД, персоналды басқару департаменті]
    ru: [ДУП, департамент управления персоналом]
  compliance: комплаенс-офицер
notes:
  - {kk: Жоспарға өзгерістер енгізілуі мүмкін., ru: В план могут вноситься изменения.}
sections:
";
