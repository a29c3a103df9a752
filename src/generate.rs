//! A deterministic generator of realistic plans of any size, for benchmarks and tests: Kazakh
//! and Russian texts of varied length (one phrase to a long paragraph: 20 to 750 characters in
//! the samples), every deadline kind, sections and steps in the proportions of the samples (1 to
//! 5 items a section, 3 on average; 2 steps an item on average, one item in six with its own
//! deadline instead of steps), and now and then a step with a bulleted list or a bold word, as
//! in the real schedule.

use std::fmt::Write;

/// Phrase pairs the generated texts are built from: the vocabulary of real plans.
const PHRASES: [(&str, &str); 16] = [
    (
        "сыбайлас жемқорлық тәуекелдерін талдау",
        "анализ коррупционных рисков",
    ),
    (
        "ішкі нормативтік құжаттарды жаңарту",
        "актуализация внутренних нормативных документов",
    ),
    (
        "қызметкерлерді оқыту және хабардар ету",
        "обучение и информирование работников",
    ),
    (
        "мүдделер қақтығысын анықтау және реттеу",
        "выявление и урегулирование конфликта интересов",
    ),
    (
        "Қоғамның интернет-ресурсында орналастыру",
        "размещение на интернет-ресурсе Общества",
    ),
    (
        "ұсынымдардың орындалуын бақылау",
        "контроль исполнения рекомендаций",
    ),
    (
        "директорлар кеңесіне есеп беру",
        "представление отчёта Совету директоров",
    ),
    (
        "сатып алу рәсімдерін мониторингтеу",
        "мониторинг закупочных процедур",
    ),
    (
        "комплаенс-қызметінің жұмысын үйлестіру",
        "координация работы комплаенс-службы",
    ),
    (
        "шағымдар мен өтініштерді қарау",
        "рассмотрение жалоб и обращений",
    ),
    ("тәуекелдер картасын жасау", "составление карты рисков"),
    (
        "ақпараттық-түсіндіру іс-шараларын өткізу",
        "проведение информационно-разъяснительных мероприятий",
    ),
    (
        "сыбайлас жемқорлыққа қарсы саясатты әзірлеу",
        "разработка антикоррупционной политики",
    ),
    (
        "жұмыс тобының құрамын бекіту",
        "утверждение состава рабочей группы",
    ),
    (
        "аналитикалық анықтама дайындау",
        "подготовка аналитической справки",
    ),
    (
        "еншілес ұйымдармен өзара іс-қимыл",
        "взаимодействие с дочерними организациями",
    ),
];

/// Deadlines of every kind, as YAML.
const DEADLINES: [&str; 23] = [
    "{by: 2027-04-16}",
    "{on: 2027-03-30}",
    "{from: 2027-04-15, to: 2027-05-31}",
    "{from: 2027-12-15, to: 2028-01-31}",
    "{between: 2027-04-13, and: 2027-05-26}",
    "{month: 2027-11}",
    "{months: [2027-09, 2027-10]}",
    "{months: [2027-12, 2028-01]}",
    "{quarter: 4, year: 2027}",
    "{quarter: 2}",
    "{every: quarter, day: 5}",
    "{every: month, day: 10}",
    "{every: year, day: 20}",
    "daily",
    "monthly",
    "quarterly",
    "yearly",
    "ongoing",
    "as-received",
    "as-carried-out",
    "immediately",
    "none",
    "{text: {kk: орындау мерзімі өткеннен кейін, ru: после истечения срока исполнения}}",
];

/// A small deterministic generator (SplitMix64): the same seed gives the same plan.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A plan (`yaml`, of `per_copy` items) with its `sections:` repeated until it has at least
/// `items` items: the real texts, deadlines and units of a plan, at the size of a large one
/// (the benches' grown plans). Each copy's item ids get the copy's number (`risk-map-2`),
/// since ids are unique in a plan. `None` if the plan has no `sections:` line.
pub fn grow(yaml: &str, per_copy: usize, items: usize) -> Option<String> {
    let times = items.div_ceil(per_copy.max(1));
    let lines: Vec<&str> = yaml.lines().collect();
    let start = 1 + lines.iter().position(|l| *l == "sections:")?;
    let end = (start..lines.len())
        .find(|&i| !lines[i].is_empty() && !lines[i].starts_with([' ', '#']))
        .unwrap_or(lines.len());
    let mut out: Vec<String> = lines[..start].iter().map(|l| l.to_string()).collect();
    for copy in 1..=times {
        out.extend(lines[start..end].iter().map(|line| {
            let trimmed = line.trim_start().trim_start_matches("- ");
            match trimmed.strip_prefix("id: ") {
                Some(id) if copy > 1 => format!("{}{id}-{copy}", &line[..line.len() - id.len()]),
                _ => line.to_string(),
            }
        }));
    }
    out.extend(lines[end..].iter().map(|l| l.to_string()));
    Some(out.join("\n") + "\n")
}

/// A plan of `items` items as YAML text, valid for `qujat check`.
pub fn plan_yaml(items: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut y = String::with_capacity(items * 900 + 2000);
    y.push_str(HEADER);
    let mut number = 0;
    let mut section = 0;
    while number < items {
        section += 1;
        let _ = writeln!(
            y,
            "  - title: {{kk: {section}-бөлім, ru: Раздел {section}}}\n    items:"
        );
        let size = [1, 2, 3, 3, 4, 5][rng.below(6)];
        for _ in 0..size.min(items - number) {
            number += 1;
            item(&mut y, &mut rng, number);
        }
    }
    y
}

/// A text of 1 to `words` phrases; one in twelve is a long paragraph of 6 to 12 phrases.
fn text(rng: &mut Rng, number: usize, words: usize) -> String {
    let count = if rng.below(12) == 0 {
        6 + rng.below(7)
    } else {
        1 + rng.below(words)
    };
    let first = rng.below(PHRASES.len());
    // Consecutive phrases, so a text never repeats one.
    let picks: Vec<usize> = (0..count).map(|i| (first + i) % PHRASES.len()).collect();
    let kk: Vec<&str> = picks.iter().map(|&i| PHRASES[i].0).collect();
    let ru: Vec<&str> = picks.iter().map(|&i| PHRASES[i].1).collect();
    format!(
        "{{kk: \"{number}: {}\", ru: \"{number}: {}\"}}",
        kk.join(", "),
        ru.join(", ")
    )
}

fn item(y: &mut String, rng: &mut Rng, number: usize) {
    let _ = writeln!(y, "      - id: item-{number}");
    let _ = writeln!(y, "        text: {}", text(rng, number, 4));
    let _ = writeln!(y, "        result: {}", text(rng, number, 3));
    let steps = [0, 1, 2, 2, 3, 4][rng.below(6)];
    if steps == 0 {
        task(y, rng, "        ");
        return;
    }
    y.push_str("        steps:\n");
    for s in 0..steps {
        if rng.below(8) == 0 {
            bulleted(y, rng, number * 10 + s);
        } else {
            let _ = writeln!(y, "          - text: {}", text(rng, number * 10 + s, 3));
        }
        task(y, rng, "            ");
    }
}

/// A step whose text is a lead line and a bulleted list, in block style as authors write it,
/// with its first phrase in bold.
fn bulleted(y: &mut String, rng: &mut Rng, number: usize) {
    let first = rng.below(PHRASES.len());
    let count = 2 + rng.below(4);
    let _ = writeln!(y, "          - text:");
    for (lang, pick) in [("kk", 0), ("ru", 1)] {
        let phrase = |i: usize| {
            let p = PHRASES[(first + i) % PHRASES.len()];
            if pick == 0 { p.0 } else { p.1 }
        };
        let _ = writeln!(
            y,
            "              {lang}: |\n                {number}) **{}**:\n",
            phrase(0)
        );
        for i in 1..=count {
            let _ = writeln!(y, "                - {};", phrase(i));
        }
    }
}

fn task(y: &mut String, rng: &mut Rng, indent: &str) {
    let due = DEADLINES[rng.below(DEADLINES.len())];
    let who = [
        "[okp]",
        "[compliance]",
        "[okp, zhbd]",
        "[group]",
        "[{kk: жұмыс тобы, ru: рабочая группа}]",
    ][rng.below(5)];
    let _ = writeln!(y, "{indent}due: {due}\n{indent}responsible: {who}");
}

const HEADER: &str = "qujat: 1
template: action-plan
organization:
  name: {kk: «Үлгі» АҚ, ru: АО «Образец»}
  short: {kk: Қоғам, ru: Общество}
annex: 4
approval: {by: decision, body: {kk: директорлар кеңесінің, ru: Совета директоров}, date: null, year: 2027, protocol: null}
title: {kk: «Үлгі» АҚ сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі іс-шаралар жоспары, ru: План мероприятий АО «Образец» по противодействию коррупции}
period: {year: 2027}
units:
  okp: {kk: [ОҚП, операциялық қызмет департаменті], ru: [ДОД, департамент операционной деятельности]}
  zhbd: {kk: [ЖБД, жобаларды басқару департаменті], ru: [ДУП, департамент управления проектами]}
  compliance: комплаенс-офицер
  group: {kk: жұмыс тобы, ru: рабочая группа}
notes:
  - {kk: Іс-шаралар жоспарына өзгерістер енгізілуі мүмкін., ru: В план мероприятий могут вноситься изменения.}
sections:
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_plans_are_valid_and_deterministic() {
        for n in [1, 10, 100, 1000] {
            let yaml = plan_yaml(n, 7);
            assert_eq!(yaml, plan_yaml(n, 7));
            let (plan, report) = crate::plan::from_text(&yaml);
            let plan = plan.unwrap_or_else(|| panic!("{:?}", report.diagnostics));
            assert_eq!(plan.items().count(), n);
            assert_eq!(report.warnings(), 0, "{:?}", report.diagnostics);
        }
    }

    #[test]
    fn every_deadline_kind_appears() {
        let yaml = plan_yaml(300, 1);
        for due in DEADLINES {
            assert!(yaml.contains(due), "{due}");
        }
    }
}
