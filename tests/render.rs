//! `qujat render` as the secretary, the compliance officer and the web team use it: batches,
//! combined files, the manifest, watch mode, and the same bytes every time.

mod support;

use sha2::Digest;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::{qujat, root, sample, scratch};

fn copy_samples(dir: &Path) {
    for s in support::SAMPLES {
        std::fs::copy(sample(s), dir.join(s)).unwrap();
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The same files, in the same order, with the same bytes and pages.
fn assert_same_outputs(a: &[qujat::render::Produced], b: &[qujat::render::Produced]) {
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(b) {
        assert_eq!(x.output.name, y.output.name);
        assert!(
            x.output.bytes == y.output.bytes,
            "{} differs",
            x.output.name
        );
        assert_eq!(x.pages, y.pages, "{}", x.output.name);
    }
}

#[test]
fn same_plans_give_byte_identical_files_across_processes() {
    let (a, b) = (scratch("same-a"), scratch("same-b"));
    for dir in [&a, &b] {
        let out = qujat(&[
            "render",
            "-q",
            root().join("samples").to_str().unwrap(),
            "-o",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut names: Vec<_> = std::fs::read_dir(&a)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8, "{names:?}");
    for name in names {
        assert!(
            read(&a.join(&name)) == read(&b.join(&name)),
            "{name:?} differs between runs"
        );
    }
}

#[test]
fn same_plan_gives_the_same_bytes_twice_in_one_process() {
    let loaded = qujat::app::load(&sample("anticorruption-plan-2022.yaml"))
        .ok()
        .unwrap();
    let options = qujat::render::Options::default();
    let first = qujat::render::outputs(&loaded, &options).unwrap();
    let second = qujat::render::outputs(&loaded, &options).unwrap();
    assert_eq!(first.len(), 4);
    assert_same_outputs(&first, &second);
}

#[test]
fn languages_side_by_side_give_the_files_of_one_thread_in_the_same_order() {
    let loaded = qujat::app::load(&sample("vakr-schedule-2026.yaml"))
        .ok()
        .unwrap();
    let one = qujat::render::Options::default();
    let two = qujat::render::Options {
        threads: 2,
        ..one.clone()
    };
    let serial = qujat::render::outputs(&loaded, &one).unwrap();
    let parallel = qujat::render::outputs(&loaded, &two).unwrap();
    let names = |o: &[qujat::render::Produced]| -> Vec<String> {
        o.iter().map(|p| p.output.name.clone()).collect()
    };
    assert_eq!(names(&serial), names(&parallel));
    assert_eq!(serial.len(), 4);
    assert_same_outputs(&serial, &parallel);
}

/// A generated plan of `items` items, loaded as if from `samples/generated-large.yaml`.
fn generated(items: usize) -> qujat::app::Loaded {
    let path = root().join("samples/generated-large.yaml");
    qujat::app::load_text(&path, qujat::generate::plan_yaml(items, 3))
        .ok()
        .expect("the generated plan loads")
}

#[test]
fn a_streamed_layout_gives_the_files_of_the_whole_layout() {
    // The renderer hands each page to both writers as it is laid out and drops the cells no
    // later page shows; a plan of many pages must give the bytes of its layout held whole.
    let loaded = generated(300);
    let two = qujat::render::Options {
        threads: 2,
        ..Default::default()
    };
    let streamed = qujat::render::outputs(&loaded, &two).unwrap();
    assert_eq!(streamed.len(), 4);
    for lang in qujat::lang::Lang::ALL {
        let doc = qujat::document::build(&loaded.plan, &loaded.template, lang).unwrap();
        let laid = qujat::layout::lay_out(&doc).unwrap();
        assert!(laid.pages() > 10, "{lang}: {} pages", laid.pages());
        let whole = [
            qujat::docx::write_laid(&doc, &laid).unwrap(),
            qujat::pdf::write_drawn(&doc, qujat::layout::draw(&laid)).unwrap(),
        ];
        for (ext, bytes) in ["docx", "pdf"].iter().zip(whole) {
            let name = format!("generated-large.{lang}.{ext}");
            let file = streamed.iter().find(|p| p.output.name == name).unwrap();
            assert_eq!(file.pages, laid.pages(), "{name}");
            assert!(
                file.output.bytes == bytes,
                "{name} differs from the whole layout's"
            );
        }
    }
}

#[test]
fn a_large_plan_gives_the_files_of_one_thread() {
    // Above the threshold a language's rows are built as its pages reach them, and on two
    // threads the languages are laid out side by side: the files must be those of one thread.
    let items = qujat::render::STREAMED_ROWS_MIN_ITEMS + 1;
    let loaded = generated(items);
    let one = qujat::render::Options::default();
    let two = qujat::render::Options {
        threads: 2,
        ..one.clone()
    };
    let serial = qujat::render::outputs(&loaded, &one).unwrap();
    let parallel = qujat::render::outputs(&loaded, &two).unwrap();
    assert_eq!(serial.len(), 4);
    assert_same_outputs(&serial, &parallel);
    // A large plan's table rows are built as the paginator reaches them: the files are those
    // of its document built whole and laid out whole.
    for lang in qujat::lang::Lang::ALL {
        let doc = qujat::document::build(&loaded.plan, &loaded.template, lang).unwrap();
        let laid = qujat::layout::lay_out(&doc).unwrap();
        let whole = [
            qujat::docx::write_laid(&doc, &laid).unwrap(),
            qujat::pdf::write_drawn(&doc, qujat::layout::draw(&laid)).unwrap(),
        ];
        for (ext, bytes) in ["docx", "pdf"].iter().zip(whole) {
            let name = format!("generated-large.{lang}.{ext}");
            let file = serial.iter().find(|p| p.output.name == name).unwrap();
            assert_eq!(file.pages, laid.pages(), "{name}");
            assert!(
                file.output.bytes == bytes,
                "{name} differs from the whole layout's"
            );
        }
    }
}

#[test]
fn one_broken_plan_does_not_stop_the_others() {
    let dir = scratch("batch");
    copy_samples(&dir);
    std::fs::copy(
        root().join("tests/plans/invalid/impossible-date.yaml"),
        dir.join("broken.yaml"),
    )
    .unwrap();
    let out_dir = dir.join("out");
    let out = qujat(&[
        "render",
        dir.to_str().unwrap(),
        "-o",
        out_dir.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("broken.yaml:17:23"), "{stderr}");
    assert!(
        stderr.contains("3 plans: 8 files written, 0 warnings, 1 failed"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 8);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        8,
        "one line per file written"
    );
}

#[test]
fn quiet_prints_nothing_on_success() {
    let dir = scratch("quiet");
    let out = qujat(&[
        "render",
        "-q",
        sample("vakr-schedule-2026.yaml").to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A failure still speaks, with its summary.
    let bad = root().join("tests/plans/invalid/impossible-date.yaml");
    let out = qujat(&[
        "render",
        "-q",
        bad.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("1 plan: 0 files written, 0 warnings, 1 failed"),
        "{stderr}"
    );
}

#[test]
fn languages_and_formats_can_be_chosen() {
    let dir = scratch("choose");
    let out = qujat(&[
        "render",
        "--lang",
        "ru",
        "--format",
        "pdf",
        sample("vakr-schedule-2026.yaml").to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["vakr-schedule-2026.ru.pdf"]);
    let bad = qujat(&[
        "render",
        "--lang",
        "en",
        sample("vakr-schedule-2026.yaml").to_str().unwrap(),
    ]);
    // A language qujat does not write is a wrong command line, not an invalid plan.
    assert_eq!(bad.status.code(), Some(64));
}

#[test]
fn combined_files_hold_both_languages_in_the_templates_order() {
    let dir = scratch("combined");
    let out = qujat(&[
        "render",
        "--combined",
        "-q",
        sample("vakr-schedule-2026.yaml").to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pdf = dir.join("vakr-schedule-2026.ru-kk.pdf");
    let docx = dir.join("vakr-schedule-2026.ru-kk.docx");
    assert!(docx.exists() && pdf.exists());
    let Some(pdftotext) = support::tool("pdftotext") else {
        return;
    };
    let text = Command::new(pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap()
        .stdout;
    let text = String::from_utf8_lossy(&text);
    let (ru, kk) = (
        text.find("УТВЕРЖДАЮ").expect("Russian grif"),
        text.find("БЕКІТЕМІН").expect("Kazakh grif"),
    );
    assert!(ru < kk, "the schedule's template puts Russian first");
    // The Kazakh part starts on a new page: a form feed comes between the two grifs.
    assert!(text[ru..kk].contains('\u{c}'));
    if let Some(validator) = support::tool(support::OOXML_VALIDATOR) {
        let v = Command::new(validator)
            .arg(&docx)
            .arg("Office2019")
            .output()
            .unwrap();
        assert!(v.status.success(), "{}", String::from_utf8_lossy(&v.stdout));
    }
}

#[test]
fn manifest_lists_every_file_with_its_digest_and_pages() {
    let dir = scratch("manifest");
    let out = qujat(&[
        "render",
        "-q",
        "--manifest",
        root().join("samples").to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let manifest: serde_json::Value =
        serde_json::from_slice(&read(&dir.join("manifest.json"))).unwrap();
    let plans = manifest["plans"].as_array().unwrap();
    assert_eq!(plans.len(), 2);
    assert!(
        plans[0]["title"]["kk"]
            .as_str()
            .unwrap()
            .contains("жоспары")
    );
    assert!(
        plans[0]["title"]["ru"]
            .as_str()
            .unwrap()
            .starts_with("План мероприятий")
    );
    let mut seen = 0;
    for plan in plans {
        for f in plan["files"].as_array().unwrap() {
            let bytes = read(&dir.join(f["file"].as_str().unwrap()));
            assert_eq!(f["bytes"], bytes.len());
            let digest: String = sha2::Sha256::digest(&bytes)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(f["sha256"], digest.as_str());
            assert!(["kk", "ru"].contains(&f["languages"][0].as_str().unwrap()));
            assert!(f["pages"].as_u64().unwrap() >= 2);
            if f["format"] == "pdf"
                && let Some(pdfinfo) = support::tool("pdfinfo")
            {
                let info = Command::new(pdfinfo)
                    .arg(dir.join(f["file"].as_str().unwrap()))
                    .output()
                    .unwrap();
                let info = String::from_utf8_lossy(&info.stdout);
                assert!(
                    info.contains(&format!("Pages:           {}", f["pages"])),
                    "{info}"
                );
            }
            seen += 1;
        }
    }
    assert_eq!(seen, 8);
    let again = scratch("manifest-again");
    qujat(&[
        "render",
        "-q",
        "--manifest",
        root().join("samples").to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert!(
        read(&dir.join("manifest.json")) == read(&again.join("manifest.json")),
        "no timestamps"
    );
}

#[test]
fn watch_renders_again_when_the_plan_changes() {
    let dir = scratch("watch");
    let plan = dir.join("plan.yaml");
    std::fs::copy(sample("vakr-schedule-2026.yaml"), &plan).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_qujat"))
        .env("LC_ALL", "C.UTF-8")
        .args([
            "render",
            "--watch",
            "--format",
            "pdf",
            "-q",
            plan.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let pdf = dir.join("plan.kk.pdf");
    let started = Instant::now();
    while !pdf.exists() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(1100));
    let before = read(&pdf);
    let text = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("dates: numeric", "dates: words");
    std::fs::write(&plan, text).unwrap();
    let line = rx.recv_timeout(Duration::from_secs(20));
    let _ = child.kill();
    let _ = child.wait();
    let line = line.expect("a line for the new render");
    assert!(
        line.starts_with("rendered ") && line.contains("plan.yaml: 2 files"),
        "{line}"
    );
    assert!(read(&pdf) != before, "the PDF was rendered again");
}
