//! Messages in the user's language: the three catalogues (locales/{en,kk,ru}/cli.ftl) define
//! the same messages with the same variables, every message the code makes is in them, and
//! the binary speaks the language of `--ui-lang` or of the environment, with the same codes
//! and places in each.

mod support;

use fluent_syntax::ast;
use qujat::message::{Arg, Message};
use qujat::ui::{self, UiLang};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::{Command, Output};
use support::{root, scratch};

/// A catalogue: each message's variables (an attribute variable `$what-in` counted as `what`,
/// the argument it comes with) and each message's attributes.
struct Catalogue {
    variables: BTreeMap<String, BTreeSet<String>>,
    attributes: BTreeMap<String, BTreeSet<String>>,
    /// Every variable as written, `what-in` included.
    written: BTreeMap<String, BTreeSet<String>>,
}

fn catalogue(lang: UiLang) -> Catalogue {
    let (_, source) = ui::SOURCES[lang as usize];
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: {errors:?}"));
    let mut c = Catalogue {
        variables: BTreeMap::new(),
        attributes: BTreeMap::new(),
        written: BTreeMap::new(),
    };
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let mut vars = BTreeSet::new();
        if let Some(p) = &m.value {
            pattern_variables(p, &mut vars);
        }
        for a in &m.attributes {
            pattern_variables(&a.value, &mut vars);
        }
        let id = m.id.name.to_string();
        let base = vars
            .iter()
            .map(|v| v.split_once('-').map_or(v.clone(), |(b, _)| b.to_string()))
            .collect();
        c.variables.insert(id.clone(), base);
        c.written.insert(id.clone(), vars);
        c.attributes.insert(
            id,
            m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
        );
    }
    c
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(inline) => inline_variables(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                pattern_variables(&v.value, out);
            }
        }
    }
}

fn inline_variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn the_three_catalogues_define_the_same_messages_with_the_same_variables() {
    let en = catalogue(UiLang::En);
    assert!(en.variables.len() > 300, "{}", en.variables.len());
    for lang in [UiLang::Kk, UiLang::Ru] {
        let other = catalogue(lang);
        let missing: Vec<_> = en
            .variables
            .keys()
            .filter(|k| !other.variables.contains_key(*k))
            .collect();
        let extra: Vec<_> = other
            .variables
            .keys()
            .filter(|k| !en.variables.contains_key(*k))
            .collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?}: missing {missing:?}, not in English {extra:?}"
        );
        for (id, vars) in &en.variables {
            assert_eq!(vars, &other.variables[id], "{lang:?}: variables of `{id}`");
        }
    }
}

/// `$context-in` needs the attribute `.in` on every message that can be the context: the
/// parts of the plan (`ctx-*`) and the texts (`what-*` that have attributes) agree in each
/// language.
#[test]
fn attribute_variables_have_their_attributes() {
    for lang in UiLang::ALL {
        let c = catalogue(lang);
        let family = |prefix: &str| -> Vec<(&String, &BTreeSet<String>)> {
            c.attributes
                .iter()
                .filter(|(id, a)| id.starts_with(prefix) && (prefix == "ctx-" || !a.is_empty()))
                .collect()
        };
        for (argument, prefix) in [("context", "ctx-"), ("what", "what-")] {
            let members = family(prefix);
            let used: BTreeSet<&str> = c
                .written
                .values()
                .flatten()
                .filter_map(|v| v.strip_prefix(argument)?.strip_prefix('-'))
                .collect();
            for attribute in &used {
                for (id, attributes) in &members {
                    assert!(
                        attributes.contains(*attribute),
                        "{lang:?}: `{id}` has no `.{attribute}`, which `${argument}-{attribute}` needs"
                    );
                }
            }
        }
        for vars in c.written.values() {
            for v in vars.iter().filter(|v| v.contains('-')) {
                assert!(
                    v.starts_with("context-") || v.starts_with("what-"),
                    "{lang:?}: `${v}`: only `context` and `what` bring attributes"
                );
            }
        }
    }
}

/// Every `msg!("id", name = …)` of the code, with the names of its arguments; and the ids the
/// code names as data (`"ctx-plan"`, `"unit-mm"`, `"what-page-width"`), given as arguments.
fn messages_in_code() -> (BTreeMap<String, BTreeSet<String>>, BTreeSet<String>) {
    let mut made = BTreeMap::new();
    let mut named = BTreeSet::new();
    for file in rust_files(&root().join("src")) {
        let text = std::fs::read_to_string(&file).unwrap();
        // Comments show the macro without making a message.
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = code.as_str();
        while let Some(i) = rest.find("msg!(") {
            let body = &rest[i + 5..];
            let end = closing(body);
            let (id, names) = invocation(&body[..end]);
            made.entry(id).or_insert_with(BTreeSet::new).extend(names);
            rest = &body[end..];
        }
        // Ids given as data are in the files that make messages (a diff's change codes such
        // as `unit-renamed` elsewhere are not messages).
        let makes = code.contains("msg!(") || code.contains("Message::new(");
        for literal in code.split('"').skip(1).step_by(2).filter(|_| makes) {
            let data = ["ctx-", "unit-", "what-"]
                .iter()
                .any(|p| literal.starts_with(p))
                && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            if data {
                named.insert(literal.to_string());
            }
        }
    }
    // The comments of the starter plans, `#= id`.
    for file in std::fs::read_dir(root().join("templates/starters")).unwrap() {
        let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((_, id)) = line.split_once("#= ") {
                named.insert(id.trim().to_string());
            }
        }
    }
    // An id made by `msg!` is not also named as data.
    named.retain(|id| !made.contains_key(id));
    (made, named)
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// The length of a macro's arguments up to its closing parenthesis.
fn closing(body: &str) -> usize {
    let mut depth = 1;
    let mut quoted = false;
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        match (quoted, c) {
            (true, _) if escaped => escaped = false,
            (true, '\\') => escaped = true,
            (true, '"') => quoted = false,
            (true, _) => {}
            (false, '"') => quoted = true,
            (false, '(' | '[' | '{') => depth += 1,
            (false, ')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    panic!("unclosed msg!({body}");
}

/// The id and the argument names of `"id", a = …, b = …`.
fn invocation(args: &str) -> (String, BTreeSet<String>) {
    let args = args.trim_start();
    let id_end = args[1..].find('"').expect("msg! takes the id as a literal") + 1;
    let id = args[1..id_end].to_string();
    let mut names = BTreeSet::new();
    let (mut depth, mut quoted, mut part) = (0, false, String::new());
    for c in args[id_end + 1..].chars().chain([',']) {
        match c {
            '"' => quoted = !quoted,
            '(' | '[' | '{' if !quoted => depth += 1,
            ')' | ']' | '}' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                if let Some((name, _)) = part.split_once('=') {
                    names.insert(name.trim().to_string());
                }
                part.clear();
                continue;
            }
            _ => {}
        }
        part.push(c);
    }
    (id, names)
}

#[test]
fn every_message_of_the_code_is_in_the_catalogues_with_its_variables() {
    let (made, named) = messages_in_code();
    assert!(made.len() > 250, "{}", made.len());
    let en = catalogue(UiLang::En);
    for (id, names) in &made {
        let vars = en
            .variables
            .get(id)
            .unwrap_or_else(|| panic!("the code makes `{id}`, which cli.ftl does not define"));
        assert_eq!(
            names, vars,
            "the arguments of `{id}` in the code and in cli.ftl"
        );
    }
    for id in &named {
        let vars = en
            .variables
            .get(id)
            .unwrap_or_else(|| panic!("the code names `{id}`, which cli.ftl does not define"));
        assert!(vars.is_empty(), "`{id}` is named without arguments");
    }
    let unused: Vec<&String> = en
        .variables
        .keys()
        .filter(|id| !made.contains_key(*id) && !named.contains(*id))
        .collect();
    assert!(unused.is_empty(), "messages no code makes: {unused:?}");
}

/// A message with every variable given: a part of the plan and a text as the messages the
/// code passes, a unit as a unit, any other as a number (which also selects a plural).
fn with_arguments(id: &str, vars: &BTreeSet<String>, n: i64) -> Message {
    let mut m = Message {
        id: Box::leak(id.to_string().into_boxed_str()),
        args: Vec::new(),
    };
    for v in vars {
        let name: &'static str = Box::leak(v.clone().into_boxed_str());
        let arg = match name {
            "context" => Arg::Msg(Box::new(Message::new("ctx-organization"))),
            "what" => Arg::Msg(Box::new(Message {
                id: "what-header",
                args: vec![("column", Arg::Str("deadline".into()))],
            })),
            "unit" => Arg::Msg(Box::new(Message::new("unit-mm"))),
            _ => Arg::Num(n),
        };
        m.args.push((name, arg));
    }
    m
}

#[test]
fn every_message_resolves_in_every_language() {
    let en = catalogue(UiLang::En);
    for (id, vars) in &en.variables {
        for n in [1, 3, 5, 21] {
            let m = with_arguments(id, vars, n);
            for lang in UiLang::ALL {
                ui::try_format(&m, lang).unwrap_or_else(|e| panic!("{e}"));
            }
        }
    }
}

/// Kazakh and Russian say every sentence in their own words: only the messages that are
/// nothing but a value or the words of a library are the same as the English.
#[test]
fn kazakh_and_russian_are_translations() {
    let neutral = [
        "found-bool",
        "found-verbatim",
        "serde-found",
        "serde-expected",
        "io-other",
        "init-write",
        "unit-none",
        "diff-nothing",
        "import-list",
        "import-remark-in",
        "import-value-differs",
    ];
    let en = catalogue(UiLang::En);
    for (id, vars) in &en.variables {
        let m = with_arguments(id, vars, 5);
        let english = ui::format(&m, UiLang::En);
        for lang in [UiLang::Kk, UiLang::Ru] {
            let text = ui::format(&m, lang);
            if !neutral.contains(&id.as_str()) {
                assert_ne!(text, english, "{lang:?}: `{id}` is not translated");
                assert!(
                    text.chars().any(|c| matches!(
                        c,
                        'а'..='я' | 'ә' | 'і' | 'ң' | 'ғ' | 'ү' | 'ұ' | 'қ' | 'ө' | 'һ'
                    )) || id.starts_with("unit-"),
                    "{lang:?}: `{id}` has no Cyrillic word: {text}"
                );
            }
        }
    }
}

// ---- The binary, in each language ----

/// Runs qujat with `env` set (and no other locale variable of the machine), from the
/// repository's root.
fn qujat_in(env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_qujat"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        command.env_remove(var);
    }
    command
        .envs(env.iter().copied())
        .args(args)
        .current_dir(root())
        .output()
        .expect("qujat runs")
}

/// A starter plan with five mistakes: a field that does not exist, a day February lacks, a
/// unit never defined, a title without its Russian text, a deadline word misspelt.
fn broken_plan() -> std::path::PathBuf {
    let starter = std::fs::read_to_string(root().join("templates/starters/action-plan.yaml"))
        .expect("the starter plan");
    let broken = starter
        .replacen("qujat: 1 ", "qujat: 1\ncolour: red ", 1)
        .replacen("due: {by: 2027-04-16}", "due: {by: 2027-02-30}", 1)
        .replacen("responsible: [hr]", "responsible: [hrr]", 1)
        .replacen(
            "- title: {kk: Оқыту, ru: Обучение}",
            "- title: {kk: Оқыту}",
            1,
        )
        .replacen("due: quarterly", "due: quartrly", 1);
    assert_ne!(broken, starter);
    let dir = scratch("ui-lang");
    let path = dir.join("plan.yaml");
    std::fs::write(&path, broken).unwrap();
    path
}

/// Where a diagnostic is and what it is: code, line, column, severity.
type Place = (String, u64, u64, String);

/// The diagnostics of `check --message-format json`: (code, line, column, severity) and the
/// messages with their help.
fn diagnostics(out: &Output) -> (Vec<Place>, Vec<String>) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut places = Vec::new();
    let mut words = Vec::new();
    for line in stdout.lines() {
        let d: serde_json::Value = serde_json::from_str(line).expect("a JSON diagnostic");
        // The closing record counts the diagnostics; it is not one.
        if d["type"] == "summary" {
            continue;
        }
        places.push((
            d["code"].as_str().unwrap().to_string(),
            d["line"].as_u64().unwrap(),
            d["column"].as_u64().unwrap(),
            d["severity"].as_str().unwrap().to_string(),
        ));
        words.push(format!(
            "{} | {}",
            d["message"].as_str().unwrap(),
            d["help"].as_str().unwrap_or("")
        ));
    }
    (places, words)
}

#[test]
fn the_same_invalid_plan_in_russian_kazakh_and_english() {
    let plan = broken_plan();
    let plan = plan.to_str().unwrap();
    let run = |lang: &str| {
        let out = qujat_in(
            &[("LANG", lang)],
            &["check", "--message-format", "json", plan],
        );
        assert_eq!(out.status.code(), Some(2), "{lang}");
        diagnostics(&out)
    };
    let (en_places, en) = run("C");
    let (ru_places, ru) = run("ru_RU.UTF-8");
    let (kk_places, kk) = run("kk_KZ.UTF-8");
    let codes: Vec<&str> = en_places.iter().map(|p| p.0.as_str()).collect();
    for code in [
        "unknown-field",
        "impossible-date",
        "unknown-unit",
        "missing-translation",
        "unknown-deadline",
    ] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
    assert_eq!(ru_places, en_places);
    assert_eq!(kk_places, en_places);
    let date = |words: &[String]| {
        let i = codes.iter().position(|c| *c == "impossible-date").unwrap();
        words[i].clone()
    };
    assert_eq!(
        date(&en),
        "2027-02-30 is not a date that exists | check the day and month: February 2027 has 28 days"
    );
    assert_eq!(
        date(&ru),
        "даты 2027-02-30 не существует | Проверьте день и месяц: в феврале 2027 года 28 дней."
    );
    assert_eq!(
        date(&kk),
        "2027-02-30 деген күн жоқ | Күн мен айды тексеріңіз: 2027 жылғы ақпанда 28 күн бар."
    );
    let cyrillic = |s: &str| s.chars().any(|c| matches!(c, 'а'..='я'));
    for (i, code) in codes.iter().enumerate() {
        assert!(
            cyrillic(&ru[i]) && cyrillic(&kk[i]),
            "{code}: {} / {}",
            ru[i],
            kk[i]
        );
        assert!(ru[i] != kk[i] && ru[i] != en[i], "{code}");
    }
    let missing = |words: &[String]| {
        let i = codes
            .iter()
            .position(|c| *c == "missing-translation")
            .unwrap();
        words[i].clone()
    };
    assert!(
        missing(&en).starts_with("the section title has no `ru` text"),
        "{}",
        missing(&en)
    );
    assert!(
        missing(&ru).starts_with("в заголовке раздела нет текста `ru`"),
        "{}",
        missing(&ru)
    );
    assert!(
        missing(&kk).starts_with("бөлім тақырыбында `ru` мәтіні жоқ"),
        "{}",
        missing(&kk)
    );
}

#[test]
fn ui_lang_overrides_the_environment_and_lc_all_overrides_lang() {
    let plan = broken_plan();
    let plan = plan.to_str().unwrap();
    let stderr = |out: Output| String::from_utf8_lossy(&out.stderr).into_owned();
    let flag = stderr(qujat_in(
        &[("LC_ALL", "kk_KZ.UTF-8")],
        &["--ui-lang", "ru", "check", plan],
    ));
    assert!(flag.contains("даты 2027-02-30 не существует"), "{flag}");
    // The flag is global: after the subcommand as well.
    let after = stderr(qujat_in(
        &[("LANG", "ru_RU.UTF-8")],
        &["check", plan, "--ui-lang", "en"],
    ));
    assert!(
        after.contains("2027-02-30 is not a date that exists"),
        "{after}"
    );
    let all = stderr(qujat_in(
        &[("LC_ALL", "kk_KZ.UTF-8"), ("LANG", "ru_RU.UTF-8")],
        &["check", plan],
    ));
    assert!(all.contains("2027-02-30 деген күн жоқ"), "{all}");
    let messages = stderr(qujat_in(
        &[("LC_MESSAGES", "ru_RU.UTF-8"), ("LANG", "C")],
        &["check", plan],
    ));
    assert!(
        messages.contains("даты 2027-02-30 не существует"),
        "{messages}"
    );
    let other = stderr(qujat_in(&[("LANG", "de_DE.UTF-8")], &["check", plan]));
    assert!(
        other.contains("2027-02-30 is not a date that exists"),
        "{other}"
    );
    // Codes and the summary line's place are the same in every language.
    for text in [&flag, &after, &all, &messages, &other] {
        assert!(text.contains("[impossible-date]"), "{text}");
        assert!(text.contains("plan.yaml:"), "{text}");
    }
    let wrong = qujat_in(&[], &["--ui-lang", "de", "check", plan]);
    assert_ne!(wrong.status.code(), Some(0));
}

#[test]
fn the_check_summary_counts_in_each_language() {
    let sample = root().join("samples/anticorruption-plan-2022.yaml");
    let sample = sample.to_str().unwrap();
    let summary = |lang: &str| {
        let out = qujat_in(&[("LANG", lang)], &["check", sample]);
        assert!(out.status.success(), "{lang}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert!(
        summary("C").contains(
            "ok: template action-plan, 6 sections, 17 items, 35 steps, languages kk+ru, 0 warnings"
        ),
        "{}",
        summary("C")
    );
    assert!(
        summary("ru_RU.UTF-8").contains("ошибок нет: шаблон action-plan, 6 разделов, 17 пунктов, 35 действий, языки kk+ru, 0 предупреждений"),
        "{}",
        summary("ru_RU.UTF-8")
    );
    assert!(
        summary("kk_KZ.UTF-8").contains(
            "қате жоқ: action-plan үлгісі, 6 бөлім, 17 тармақ, 35 іс-шара, kk+ru тілдері, 0 ескерту"
        ),
        "{}",
        summary("kk_KZ.UTF-8")
    );
}

#[test]
fn init_writes_the_starters_comments_in_the_users_language() {
    let dir = scratch("ui-lang-init");
    for template in ["action-plan", "schedule"] {
        for (lang, locale, word) in [
            ("en", "C", "# format version"),
            ("ru", "ru_RU.UTF-8", "# версия формата"),
            ("kk", "kk_KZ.UTF-8", "# формат нұсқасы"),
        ] {
            let plan = dir.join(format!("{template}-{lang}/plan.yaml"));
            let plan = plan.to_str().unwrap();
            let out = qujat_in(&[("LANG", locale)], &["init", "--template", template, plan]);
            assert!(out.status.success(), "{template} {lang}");
            let text = std::fs::read_to_string(plan).unwrap();
            assert!(text.contains(word), "{template} {lang}:\n{text}");
            assert!(!text.contains("#="), "{template} {lang}: a marker left");
            let english = qujat::app::starter(template, UiLang::En).unwrap();
            // The same plan: only the comments differ, line for line.
            let data = |t: &str| -> Vec<String> {
                t.lines()
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .map(|l| l.split(" #").next().unwrap().trim_end().to_string())
                    .collect()
            };
            assert_eq!(data(&text), data(&english), "{template} {lang}");
            if lang != "en" {
                assert_ne!(text, english, "{template} {lang}");
            }
            let check = qujat_in(&[("LANG", locale)], &["check", plan]);
            assert!(
                check.status.success(),
                "{template} {lang}: the starter passes check"
            );
        }
    }
}

#[test]
fn help_describes_the_commands_in_the_users_language() {
    let help = |env: &[(&str, &str)], args: &[&str]| {
        let out = qujat_in(env, args);
        assert!(out.status.success(), "{args:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let en = help(&[("LANG", "C")], &["--help"]);
    assert!(
        en.contains("One YAML plan in, parallel Kazakh and Russian documents out"),
        "{en}"
    );
    assert!(
        en.contains("Validate plans and print a one-line summary of each"),
        "{en}"
    );
    let ru = help(&[("LANG", "ru_RU.UTF-8")], &["--help"]);
    assert!(
        ru.contains("Проверить планы и вывести по строке итога на каждый"),
        "{ru}"
    );
    assert!(ru.contains("Коды выхода: 0 — успешно"), "{ru}");
    let kk = help(&[("LANG", "C")], &["--ui-lang=kk", "check", "--help"]);
    assert!(
        kk.contains("Жоспарларды тексеріп, әрқайсысына бір жол қорытынды шығару"),
        "{kk}"
    );
}

#[test]
fn diff_says_its_changes_in_the_users_language() {
    let dir = scratch("ui-lang-diff");
    let old = root().join("samples/anticorruption-plan-2022.yaml");
    let text = std::fs::read_to_string(&old).unwrap();
    let first = text.find("by: 20").expect("a dated deadline");
    let mut changed = text.clone();
    changed.replace_range(first..first + "by: 2022-00-00".len(), "by: 2022-12-31");
    let new = dir.join("plan.yaml");
    std::fs::write(&new, changed).unwrap();
    let diff = |lang: &str| {
        let out = qujat_in(
            &[("LANG", lang)],
            &["diff", old.to_str().unwrap(), new.to_str().unwrap()],
        );
        assert!(out.status.success(), "{lang}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(
        diff("C"),
        "item 1 `risk-analysis`, step 1: changed: deadline [kk, ru]\n\
         1 change: 0 added, 0 removed, 1 changed, 0 moved\n"
    );
    assert_eq!(
        diff("ru_RU.UTF-8"),
        "пункт 1 `risk-analysis`, действие 1: изменено: срок [kk, ru]\n\
         1 изменение: добавлено 0, удалено 0, изменено 1, перемещено 0\n"
    );
    assert_eq!(
        diff("kk_KZ.UTF-8"),
        "1-тармақ `risk-analysis`, 1-іс-шара: өзгертілгені: мерзім [kk, ru]\n\
         1 өзгеріс: 0 қосылды, 0 алынып тасталды, 1 өзгертілді, 0 орны ауыстырылды\n"
    );
}

#[test]
fn import_reports_in_the_users_language_and_writes_the_same_plan() {
    let dir = scratch("ui-lang-import");
    let sample = root().join("samples/anticorruption-plan-2022.yaml");
    let out = qujat_in(
        &[("LANG", "C")],
        &[
            "render",
            "-q",
            "--format",
            "docx",
            "-o",
            dir.to_str().unwrap(),
            sample.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "render");
    let kk = dir.join("anticorruption-plan-2022.kk.docx");
    let ru = dir.join("anticorruption-plan-2022.ru.docx");
    let mut plans = Vec::new();
    for (lang, locale, words) in [
        ("en", "C", "6 sections, 17 items, 35 steps"),
        (
            "ru",
            "ru_RU.UTF-8",
            "разделов: 6, пунктов: 17, действий: 35",
        ),
        ("kk", "kk_KZ.UTF-8", "6 бөлім, 17 тармақ, 35 іс-шара"),
    ] {
        let plan = dir.join(format!("{lang}.yaml"));
        let out = qujat_in(
            &[("LANG", locale)],
            &[
                "import",
                kk.to_str().unwrap(),
                ru.to_str().unwrap(),
                "-o",
                plan.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "import {lang}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(words), "{lang}: {stderr}");
        plans.push(std::fs::read(&plan).unwrap());
    }
    assert!(
        plans[0] == plans[1] && plans[1] == plans[2],
        "the same YAML in every language"
    );
}
