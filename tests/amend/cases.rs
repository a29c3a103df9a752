//! The pairs of plans the amendment tests compare: a sample, and the sample with clear edits
//! (every edit names a piece of YAML that occurs exactly once, so it cannot land elsewhere).

pub const ACTION: &str = include_str!("../../samples/anticorruption-plan-2022.yaml");
pub const SCHEDULE: &str = include_str!("../../samples/vakr-schedule-2026.yaml");

/// `text` with every (from, to) applied; `from` must occur exactly once.
pub fn edit(text: &str, edits: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (from, to) in edits {
        assert_eq!(
            out.matches(from).count(),
            1,
            "the edit must match once: {from}"
        );
        out = out.replacen(from, to, 1);
    }
    out
}

/// The YAML of the item with `id` (from its `- id:` line to the next item, section or the
/// notes), and the text without it.
pub fn cut_item(text: &str, id: &str) -> (String, String) {
    let start = text
        .find(&format!("      - id: {id}\n"))
        .unwrap_or_else(|| panic!("no item {id}"));
    let rest = &text[start + 1..];
    let end = ["      - id: ", "  - title:", "\nnotes:"]
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .map_or(text.len(), |e| start + 1 + e);
    let block = text[start..end].trim_end().to_string() + "\n\n";
    let without = format!("{}{}", &text[..start], &text[end..]);
    (block, without)
}

/// The item `id` moved to just before the line `before` (which must occur once).
pub fn move_item(text: &str, id: &str, before: &str) -> String {
    let (block, without) = cut_item(text, id);
    edit(&without, &[(before, &format!("{block}{before}"))])
}

/// Every item's `id:` line removed: a plan whose items are matched by wording and place.
pub fn without_ids(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("- id: "))
        .map(|l| match l.strip_prefix("        text:") {
            Some(rest) => format!("      - text:{rest}"),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

pub struct Case {
    pub name: &'static str,
    /// The version in force.
    pub old: fn() -> String,
    /// The new version, from the old.
    pub make: fn(&str) -> String,
    /// The lines `qujat diff` prints, before its summary.
    pub diff: &'static [&'static str],
    /// The instructions of the changes document, as `Instruction::line` writes them.
    pub kk: &'static [&'static str],
    pub ru: &'static [&'static str],
}

pub const CASES: &[Case] = &[
    Case {
        name: "deadline moved",
        old: || ACTION.into(),
        make: |t| edit(t, &[("due: {by: 2022-04-16}", "due: {by: 2022-04-30}")]),
        diff: &["item 1 `risk-analysis`, step 1: changed: deadline [kk, ru]"],
        kk: &[
            "1) реттік нөмірі 1-жолдағы «16 сәуірге» деген сөздер «30 сәуірге» деген сөздермен ауыстырылсын.",
        ],
        ru: &["1) в строке, порядковый номер 1, слова «16 апреля» заменить словами «30 апреля»."],
    },
    Case {
        name: "step added in the middle of an item",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "            responsible: [secretary, compliance]\n",
                    "            responsible: [secretary, compliance]
          - text:
              kk: Сыбайлас жемқорлыққа қарсы іс-қимыл саясатын құрылымдық бөлімшелермен келісу
              ru: Согласование антикоррупционной политики со структурными подразделениями
            due: {by: 2022-06-20}
            responsible: [compliance]
",
                )],
            )
        },
        diff: &["item 6 `anticorruption-policy`: step 3 (new) added"],
        kk: &[
            "1) реттік нөмірі 6-жол мынадай редакцияда жазылсын: [Row { item: 6, number: \"6\" }].",
        ],
        ru: &[
            "1) строку, порядковый номер 6, изложить в следующей редакции: [Row { item: 6, number: \"6\" }].",
        ],
    },
    Case {
        name: "item inserted",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "      - id: complaints\n",
                    "      - id: hotline
        text:
          kk: Сенім телефонының жұмысын қамтамасыз ету
          ru: Обеспечение работы телефона доверия
        result:
          kk: Сыбайлас жемқорлық фактілері туралы хабарламаларды уақтылы алу
          ru: Своевременное получение сообщений о фактах коррупции
        steps:
          - text: {kk: Сенім телефонының нөмірін жариялау, ru: Опубликование номера телефона доверия}
            due: {by: 2022-05-01}
            responsible: [compliance, press]

      - id: complaints
",
                )],
            )
        },
        diff: &["item 3 (new) `hotline`: added in section 1, numbered 2-1"],
        kk: &[
            "1) мынадай мазмұндағы реттік нөмірі 2-1-жолмен толықтырылсын: [Row { item: 3, number: \"2-1\" }].",
        ],
        ru: &[
            "1) дополнить строкой, порядковый номер 2-1, следующего содержания: [Row { item: 3, number: \"2-1\" }].",
        ],
    },
    Case {
        name: "item removed",
        old: || ACTION.into(),
        make: |t| cut_item(t, "employee-instruction").1,
        diff: &["item 8 `employee-instruction`: removed"],
        kk: &["1) реттік нөмірі 8-жол алып тасталсын."],
        ru: &["1) строку, порядковый номер 8, исключить."],
    },
    Case {
        name: "item moved to another section",
        old: || ACTION.into(),
        make: |t| move_item(t, "consulting", "      - id: website-section\n"),
        diff: &["item 14 `consulting`: moved from section 5 to section 6, numbered 13-1"],
        kk: &[
            "1) 6-бөлім мынадай мазмұндағы реттік нөмірі 13-1-жолмен толықтырылсын: [Row { item: 14, number: \"13-1\" }];",
            "2) реттік нөмірі 14-жол алып тасталсын.",
        ],
        ru: &[
            "1) раздел 6 дополнить строкой, порядковый номер 13-1, следующего содержания: [Row { item: 14, number: \"13-1\" }];",
            "2) строку, порядковый номер 14, исключить.",
        ],
    },
    Case {
        name: "section renamed",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "  - title: Мониторинг\n",
                    "  - title: {kk: Мониторинг және бақылау, ru: Мониторинг и контроль}\n",
                )],
            )
        },
        diff: &["section 2: renamed [kk, ru]"],
        kk: &["1) 2-бөлімнің тақырыбы мынадай редакцияда жазылсын: [Heading { section: 2 }]."],
        ru: &["1) заголовок раздела 2 изложить в следующей редакции: [Heading { section: 2 }]."],
    },
    Case {
        name: "result edited inside a long sentence",
        old: || ACTION.into(),
        make: |t| {
            let (item, _) = cut_item(t, "conflict-of-interest-policy");
            let edited = edit(
                &item,
                &[
                    ("сауаттылығын арттыру", "сауаттылығын жүйелі арттыру"),
                    ("за счёт повышения", "за счёт систематического повышения"),
                ],
            );
            edit(t, &[(item.trim_end(), edited.trim_end())])
        },
        diff: &["item 9 `conflict-of-interest-policy`: changed: result [kk, ru]"],
        kk: &[
            "1) реттік нөмірі 9-жолдағы «арттыру» деген сөз «жүйелі арттыру» деген сөздермен ауыстырылсын.",
        ],
        ru: &[
            "1) в строке, порядковый номер 9, слово «повышения» заменить словами «систематического повышения».",
        ],
    },
    Case {
        name: "responsible changed",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "due: {months: [2022-09, 2022-10]}\n            responsible: [okp]",
                    "due: {months: [2022-09, 2022-10]}\n            responsible: [zhbd]",
                )],
            )
        },
        diff: &["item 4 `surveillance-audit`, step 1: changed: responsible [kk, ru]"],
        kk: &["1) реттік нөмірі 4-жолдағы «ОҚП» деген сөз «ЖБД» деген сөзбен ауыстырылсын."],
        ru: &["1) в строке, порядковый номер 4, слово «ДОД» заменить словом «ДУП»."],
    },
    Case {
        name: "note added",
        old: || ACTION.into(),
        make: |t| {
            t.to_string()
                + "  - kk: Жоспардың орындалуы туралы ақпарат директорлар кеңесіне жыл сайын ұсынылады.
    ru: Информация об исполнении плана ежегодно представляется Совету директоров.
"
        },
        diff: &["note 2 (new): added"],
        kk: &["1) ескертпе мынадай редакцияда жазылсын: [Notes]."],
        ru: &["1) примечание изложить в следующей редакции: [Notes]."],
    },
    Case {
        name: "schedule: numeric date moved (the row is restated)",
        old: || SCHEDULE.into(),
        make: |t| edit(t, &[("due: {on: 2026-04-06}", "due: {on: 2026-04-08}")]),
        diff: &["item 2 `approve-order`: changed: deadline [kk, ru]"],
        kk: &[
            "1) реттік нөмірі 2-жол мынадай редакцияда жазылсын: [Row { item: 2, number: \"2\" }].",
        ],
        ru: &[
            "1) строку, порядковый номер 2, изложить в следующей редакции: [Row { item: 2, number: \"2\" }].",
        ],
    },
    Case {
        name: "schedule: item inserted at the start of a section",
        old: || SCHEDULE.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "      - id: analysis\n",
                    "      - id: briefing
        text:
          kk: Жұмыс тобының мүшелеріне нұсқама беру
          ru: Инструктаж членов рабочей группы
        due: {on: 2026-04-13}
        responsible: [compliance-service]

      - id: analysis
",
                )],
            )
        },
        diff: &["item 4 (new) `briefing`: added in section 2, numbered 3-1"],
        kk: &[
            "1) 2-бөлім мынадай мазмұндағы реттік нөмірі 3-1-жолмен толықтырылсын: [Row { item: 4, number: \"3-1\" }].",
        ],
        ru: &[
            "1) раздел 2 дополнить строкой, порядковый номер 3-1, следующего содержания: [Row { item: 4, number: \"3-1\" }].",
        ],
    },
    Case {
        name: "schedule: one language's wording changed",
        old: || SCHEDULE.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "ru: Публичное обсуждение результатов ВАКР",
                    "ru: Публичное обсуждение итогов ВАКР",
                )],
            )
        },
        diff: &["item 6 `public-discussion`: changed: text [ru]"],
        kk: &["1) реттік нөмірі 6-жолдағы қазақ тіліндегі мәтін өзгермейді."],
        ru: &["1) в строке, порядковый номер 6, слово «результатов» заменить словом «итогов»."],
    },
    Case {
        name: "schedule: title changed with the period",
        old: || SCHEDULE.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "period: {from: 2026-04-13, to: 2026-05-26}",
                    "period: {from: 2026-04-13, to: 2026-05-29}",
                )],
            )
        },
        diff: &["title: changed [kk, ru]"],
        kk: &["1) тақырыбы мынадай редакцияда жазылсын: [Title]."],
        ru: &["1) заголовок изложить в следующей редакции: [Title]."],
    },
    Case {
        name: "schedule: note added to a plan without notes",
        old: || SCHEDULE.into(),
        make: |t| {
            t.to_string()
                + "\nnotes:\n  - {kk: Кесте жұмыс тобының шешімімен нақтылануы мүмкін., ru: График может уточняться решением рабочей группы.}\n"
        },
        diff: &["note 1 (new): added"],
        kk: &["1) мынадай мазмұндағы ескертпемен толықтырылсын: [Notes]."],
        ru: &["1) дополнить примечанием следующего содержания: [Notes]."],
    },
    Case {
        name: "unit renamed in one language",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "ru: [ДОД, департамент операционной деятельности]",
                    "ru: [ДЭД, департамент эксплуатационной деятельности]",
                )],
            )
        },
        diff: &["unit `okp`: short name changed [ru], full name changed [ru]"],
        kk: &[
            "1) бүкіл мәтін бойынша қазақ тіліндегі мәтін өзгермейді;",
            "2) қысқартулардағы қазақ тіліндегі мәтін өзгермейді.",
        ],
        ru: &[
            "1) по всему тексту слово «ДОД» заменить словом «ДЭД»;",
            "2) в сокращениях слова «департамент операционной деятельности» заменить словами «департамент эксплуатационной деятельности».",
        ],
    },
    Case {
        name: "section removed",
        old: || ACTION.into(),
        make: |t| {
            let (_, t) = cut_item(t, "citizens-reception");
            let (_, t) = cut_item(&t, "consulting");
            edit(
                &t,
                &[(
                    "  - title: {kk: Өзара іс-қимыл, ru: Взаимодействие}\n    items:\n",
                    "",
                )],
            )
        },
        diff: &[
            "section 5: removed",
            "item 13 `citizens-reception`: removed",
            "item 14 `consulting`: removed",
        ],
        kk: &["1) 5-бөлім алып тасталсын."],
        ru: &["1) раздел 5 исключить."],
    },
    Case {
        name: "section added",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "\nnotes:\n",
                    "
  - title: {kk: Бақылау, ru: Контроль}
    items:
      - id: plan-review
        text: {kk: Жоспардың орындалуын талдау, ru: Анализ исполнения плана}
        result: {kk: Жоспарды түзету, ru: Корректировка плана}
        due: {quarter: 4, year: 2022}
        responsible: [compliance]

notes:
",
                )],
            )
        },
        diff: &[
            "section 7 (new): added, numbered 6-1",
            "item 18 (new) `plan-review`: added in section 7, numbered 17-1",
        ],
        kk: &[
            "1) мынадай мазмұндағы 6-1-бөліммен толықтырылсын: [Section { section: 7, number: \"6-1\", rows: [(18, \"17-1\")] }].",
        ],
        ru: &[
            "1) дополнить разделом 6-1 следующего содержания: [Section { section: 7, number: \"6-1\", rows: [(18, \"17-1\")] }].",
        ],
    },
    Case {
        name: "items without ids: matched by wording, a guess",
        old: || without_ids(ACTION),
        make: |t| {
            edit(
                t,
                &[(
                    "ru: Составление карты коррупционных рисков",
                    "ru: Составление и актуализация карты коррупционных рисков",
                )],
            )
        },
        diff: &["item 2: changed: text [ru] (matched by similarity 85%: a guess)"],
        kk: &["1) реттік нөмірі 2-жолдағы қазақ тіліндегі мәтін өзгермейді."],
        ru: &[
            "1) в строке, порядковый номер 2, слова «карты коррупционных» заменить словами «и актуализация карты коррупционных».",
        ],
    },
    Case {
        name: "legend gains an entry",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[
                    (
                        "  compliance: комплаенс-офицер\n",
                        "  compliance: комплаенс-офицер
  hr:
    kk: [АРБ, адам ресурстарын басқару бөлімі]
    ru: [ОУЧР, отдел управления человеческими ресурсами]
",
                    ),
                    (
                        "due: {by: 2022-08-01}\n            responsible: [okp]",
                        "due: {by: 2022-08-01}\n            responsible: [hr]",
                    ),
                ],
            )
        },
        diff: &[
            "item 11 `iso-37001-training`, step 1: changed: responsible [kk, ru]",
            "legend of abbreviations: changed [kk, ru]",
        ],
        kk: &[
            "1) реттік нөмірі 11-жолдағы «ОҚП» деген сөз «АРБ» деген сөзбен ауыстырылсын;",
            "2) қысқартулар мынадай редакцияда жазылсын: [Legend].",
        ],
        ru: &[
            "1) в строке, порядковый номер 11, слово «ДОД» заменить словом «ОУЧР»;",
            "2) сокращения изложить в следующей редакции: [Legend].",
        ],
    },
    Case {
        name: "notes removed",
        old: || ACTION.into(),
        make: |t| t[..t.find("\nnotes:").unwrap() + 1].to_string(),
        diff: &["note 1: removed"],
        kk: &["1) ескертпе алып тасталсын."],
        ru: &["1) примечание исключить."],
    },
    Case {
        name: "section heading and title changed in one language",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[
                    (
                        "title: {kk: Оқыту, ru: Обучение}",
                        "title: {kk: Оқыту, ru: Обучение работников}",
                    ),
                    (
                        "жөніндегі іс-шаралар жоспары\"\n",
                        "жөніндегі іс-шаралар жоспары (жаңа редакция)\"\n",
                    ),
                ],
            )
        },
        diff: &["title: changed [kk]", "section 4: renamed [ru]"],
        kk: &[
            "1) тақырыбы мынадай редакцияда жазылсын: [Title];",
            "2) 4-бөлімнің тақырыбындағы қазақ тіліндегі мәтін өзгермейді.",
        ],
        ru: &[
            "1) в заголовке текст на русском языке не изменяется;",
            "2) заголовок раздела 4 изложить в следующей редакции: [Heading { section: 4 }].",
        ],
    },
    Case {
        name: "step removed",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "          - text:
              kk: Қызметкерлерді сыбайлас жемқорлыққа қарсы іс-қимыл саясатымен таныстыру
              ru: Ознакомление работников с антикоррупционной политикой
            due: {by: 2022-06-10}
            responsible: [compliance]
",
                    "",
                )],
            )
        },
        diff: &["item 6 `anticorruption-policy`: step 3 removed"],
        kk: &[
            "1) реттік нөмірі 6-жол мынадай редакцияда жазылсын: [Row { item: 6, number: \"6\" }].",
        ],
        ru: &[
            "1) строку, порядковый номер 6, изложить в следующей редакции: [Row { item: 6, number: \"6\" }].",
        ],
    },
    Case {
        name: "note changed in one language",
        old: || ACTION.into(),
        make: |t| {
            edit(
                t,
                &[(
                    "директоров, Правлением.",
                    "директоров, Правлением Общества.",
                )],
            )
        },
        diff: &["note 1: changed [ru] (matched by similarity 95%: a guess)"],
        kk: &["1) ескертпедегі қазақ тіліндегі мәтін өзгермейді."],
        ru: &["1) примечание изложить в следующей редакции: [Notes]."],
    },
];
