//! What a user finds in the output folder after a render that went wrong: two plans of one
//! name, a file that cannot be replaced, Ctrl-C or SIGTERM while writing, a killed render, two
//! renders at once; and plans or templates that are not files, and `init`'s writes. Each test
//! checks the exit code, the message and the folder, byte for byte.
//!
//! The injected faults (the Nth rename failing, a kill after every single step) are unit tests
//! of `src/output`; here the failures are real.

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::{qujat, sample, scratch};

/// A guard against a hang (a FIFO opened for reading, a lock never released), not a speed
/// measure.
const LIMIT: Duration = Duration::from_secs(60);

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Every entry of `dir`, hidden ones included: name → bytes. A folder inside fails the test.
fn folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let e = e.unwrap();
            assert!(e.file_type().unwrap().is_file(), "{:?}", e.path());
            (
                e.file_name().into_string().unwrap(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn names(set: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    set.keys().map(String::as_str).collect()
}

/// Whether two sets are the same files with the same bytes (the message shows only names).
fn assert_same(what: &str, got: &BTreeMap<String, Vec<u8>>, expected: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(names(got), names(expected), "{what}: file names");
    for (name, bytes) in expected {
        assert!(got[name] == *bytes, "{what}: {name} differs");
    }
}

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Run {
    let out = qujat(args);
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

impl Run {
    fn expect(&self, what: &str, code: i32) -> &Run {
        assert_eq!(self.code, Some(code), "{what}: exit code\n{}", self.stderr);
        assert!(!self.stderr.contains("panicked"), "{what}\n{}", self.stderr);
        self
    }

    fn says(&self, what: &str, words: &str) -> &Run {
        assert!(
            self.stderr.contains(words),
            "{what}: stderr should contain {words:?}\n{}",
            self.stderr
        );
        self
    }
}

fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_qujat"))
        .env("LC_ALL", "C.UTF-8")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("qujat starts")
}

/// Waits for `child`, killing it and failing the test if it takes longer than [`LIMIT`].
fn finish(what: &str, mut child: Child) -> Run {
    let started = Instant::now();
    while child.try_wait().expect("waits").is_none() {
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {LIMIT:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().expect("output");
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn sample_text(name: &str) -> String {
    std::fs::read_to_string(sample(name)).expect("sample")
}

/// The action-plan sample with another annex number: a second version whose files all differ.
fn amended(text: &str) -> String {
    let amended = text.replacen("annex: 4", "annex: 5", 1);
    assert_ne!(amended, text, "the sample has `annex: 4`");
    amended
}

/// The files a plan gives, rendered alone into a fresh folder: what a folder must hold after a
/// render of it, whatever else happened.
fn reference(name: &str, plan_text: &str, extra: &[&str]) -> BTreeMap<String, Vec<u8>> {
    let dir = scratch(name);
    let plan = dir.join("plan.yaml");
    std::fs::write(&plan, plan_text).unwrap();
    let out = dir.join("out");
    let mut args = vec!["render", s(&plan), "-o", s(&out), "-q"];
    args.extend(extra);
    run(&args).expect(name, 0);
    folder(&out)
}

// ---------------------------------------------------------------------------------------------
// Two plans, one path

#[test]
fn same_named_plans_into_one_folder_are_refused_before_anything_is_written() {
    let dir = scratch("output-same-names");
    for (sub, sample_name) in [
        ("A", "anticorruption-plan-2022.yaml"),
        ("B", "vakr-schedule-2026.yaml"),
    ] {
        std::fs::create_dir(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("plan.yaml"), sample_text(sample_name)).unwrap();
    }
    let (a, b) = (dir.join("A/plan.yaml"), dir.join("B/plan.yaml"));
    // Into a folder that does not exist: it is not even created.
    let out = dir.join("out");
    for combined in [false, true] {
        let mut args = vec!["render", s(&a), s(&b), "-o", s(&out)];
        let first = if combined {
            args.push("--combined");
            "plan.kk-ru.docx"
        } else {
            "plan.kk.docx"
        };
        let what = format!("combined: {combined}");
        let r = run(&args);
        r.expect(&what, 2);
        assert_eq!(
            r.stderr,
            format!(
                "error: {} and {} would both write {}: render them into separate folders (-o) \
                 or rename one of the plans; nothing was written\n",
                a.display(),
                b.display(),
                out.join(first).display()
            )
        );
        assert!(r.stdout.is_empty(), "{what}");
        assert!(!out.exists(), "{what}: the output folder was created");
    }
    // Into a folder with earlier files: they stay as they were.
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("plan.kk.docx"), b"earlier").unwrap();
    run(&["render", s(&a), s(&b), "-o", s(&out), "--manifest"]).expect("earlier files", 2);
    assert_same(
        "earlier files",
        &folder(&out),
        &BTreeMap::from([("plan.kk.docx".to_string(), b"earlier".to_vec())]),
    );

    // Each into its own folder, as the message says: both render.
    let r = run(&["render", s(&a), s(&b)]);
    r.expect("separate folders", 0);
    r.says("separate folders", "2 plans: 8 files written");
    for sub in ["A", "B"] {
        assert_eq!(
            names(&folder(&dir.join(sub))),
            [
                "plan.kk.docx",
                "plan.kk.pdf",
                "plan.ru.docx",
                "plan.ru.pdf",
                "plan.yaml"
            ]
        );
    }
}

/// A plan named twice (directly and through its folder) is one plan: rendered once, listed
/// once in the manifest. One folder named two ways gets one manifest, listing both plans. The
/// manifest lists exactly the files on disk, with their sizes and digests.
#[test]
fn a_plan_named_twice_is_rendered_once_and_the_manifest_matches_the_disk() {
    let dir = scratch("output-named-twice");
    let plans = dir.join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::write(
        plans.join("a.yaml"),
        sample_text("anticorruption-plan-2022.yaml"),
    )
    .unwrap();
    std::fs::write(plans.join("b.yaml"), sample_text("vakr-schedule-2026.yaml")).unwrap();
    let a = plans.join("a.yaml");
    let b_other_way = plans.join(".").join("b.yaml");
    let a_other_way = plans.join(".").join("a.yaml");
    for (what, args) in [
        ("named twice", vec![s(&plans), s(&a_other_way)]),
        ("one folder two ways", vec![s(&a), s(&b_other_way)]),
    ] {
        for file in ["a.kk.docx", "a.kk.pdf", "b.ru.pdf", "manifest.json"] {
            let _ = std::fs::remove_file(plans.join(file));
        }
        let mut args = args;
        args.splice(0..0, ["render"]);
        args.extend(["--manifest", "-q"]);
        let r = run(&args);
        r.expect(what, 0);
        // Quiet: nothing at all on success, the manifest is on disk.
        assert_eq!(r.stderr, "", "{what}");
        assert_eq!(r.stdout, "", "{what}");
        manifest_matches(what, &folder(&plans));
    }
}

/// The manifest.json of `on_disk` lists two plans and exactly the DOCX and PDF files there.
fn manifest_matches(what: &str, on_disk: &BTreeMap<String, Vec<u8>>) {
    let manifest: serde_json::Value =
        serde_json::from_slice(&on_disk["manifest.json"]).expect("manifest is JSON");
    let mut listed = Vec::new();
    for plan in manifest["plans"].as_array().unwrap() {
        for file in plan["files"].as_array().unwrap() {
            let name = file["file"].as_str().unwrap().to_string();
            let bytes = &on_disk[&name];
            assert_eq!(
                file["bytes"].as_u64(),
                Some(bytes.len() as u64),
                "{what}: {name}"
            );
            let digest: String = {
                use sha2::Digest;
                sha2::Sha256::digest(bytes)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect()
            };
            assert_eq!(
                file["sha256"].as_str(),
                Some(digest.as_str()),
                "{what}: {name}"
            );
            listed.push(name);
        }
    }
    listed.sort();
    let written: Vec<&str> = names(on_disk)
        .into_iter()
        .filter(|n| n.ends_with(".docx") || n.ends_with(".pdf"))
        .collect();
    assert_eq!(
        listed, written,
        "{what}: the manifest lists exactly the files on disk"
    );
    assert_eq!(manifest["plans"].as_array().unwrap().len(), 2, "{what}");
}

// ---------------------------------------------------------------------------------------------
// A file that cannot be replaced

/// Clears the immutable attribute again even when the test fails, so that the scratch folder
/// can be removed by the next run.
struct Immutable(PathBuf);

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
    }
}

/// The last of a plan's four files is immutable (`chattr +i`), so a new version replaces
/// three files and then cannot keep the fourth's earlier version: every replaced file must be
/// put back. Needs root and a file system with the attribute (ext4, xfs, btrfs); skipped
/// otherwise.
#[test]
fn a_file_that_cannot_be_replaced_part_way_leaves_the_earlier_set() {
    let dir = scratch("output-immutable");
    let plan = dir.join("plan.yaml");
    let out = dir.join("out");
    let text = sample_text("anticorruption-plan-2022.yaml");
    std::fs::write(&plan, &text).unwrap();
    run(&["render", s(&plan), "-o", s(&out), "-q"]).expect("first version", 0);
    let earlier = folder(&out);
    let last = out.join("plan.ru.pdf");
    let set = Command::new("chattr").arg("+i").arg(&last).output();
    let _guard = Immutable(last.clone());
    // An immutable file cannot be given a second name: if it can, the attribute did not take.
    let probe = dir.join("probe");
    if !set.as_ref().is_ok_and(|o| o.status.success()) || std::fs::hard_link(&last, &probe).is_ok()
    {
        let _ = std::fs::remove_file(&probe);
        eprintln!(
            "SKIPPED: cannot make a file immutable here (chattr +i needs root and ext4, xfs or \
             btrfs): {set:?}"
        );
        return;
    }
    std::fs::write(&plan, amended(&text)).unwrap();
    let r = run(&["render", s(&plan), "-o", s(&out)]);
    r.expect("immutable", 3);
    assert_eq!(
        r.stderr,
        format!(
            "error: {}: cannot keep the earlier version of {}: Operation not permitted (os \
             error 1); no file was changed\n1 plan: 0 files written, 0 warnings, 1 failed\n",
            plan.display(),
            last.display()
        )
    );
    assert_same("immutable", &folder(&out), &earlier);
}

// ---------------------------------------------------------------------------------------------
// Signals

fn signal(child: &Child, signal: i32) {
    // SAFETY: kill(2) has no memory effects; the pid is that of a child not yet waited for.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, signal) };
    assert_eq!(sent, 0, "kill {signal}");
}

/// A plan large enough that writing its files takes a while (four files, 250 KB in all:
/// about 10 ms with the syncs, against a poll every 0.2 ms).
fn large_plan(seed: u64) -> String {
    qujat::generate::plan_yaml(100, seed)
}

/// Starts rendering `plan` into `out` and freezes the process (SIGSTOP) while it is writing:
/// one of its new files is in the folder under its hidden name, and no file of the folder's
/// `earlier` set is replaced yet. The stop is sent as soon as a hidden new file is seen, but
/// it lands a little later, and the render may have got to its renames meanwhile: that is
/// told from the folder, read while the render is stopped (a kept earlier version, the mark of
/// a finished write, a file that differs from `earlier`), and the render is then let finish.
/// `None` then, as when the render ended before a hidden file was seen: the caller puts the
/// earlier files back and tries again. Each language's files are staged as soon as they are
/// made, so with `-j 1` (one language after the other) the first language's hidden files are
/// there while the second is made: the stop usually lands well before the renames.
fn stopped_while_writing(
    plan: &Path,
    out: &Path,
    earlier: &BTreeMap<String, Vec<u8>>,
) -> Option<(Child, Vec<String>)> {
    stopped_once(plan, out, earlier, ".qujat-new")
}

/// As [`stopped_while_writing`], but stopped as soon as a hidden file whose name ends with
/// `sign` is seen: `.qujat.journal` stops the render as soon as its write has begun, usually
/// while it is still laying out its pages.
fn stopped_once(
    plan: &Path,
    out: &Path,
    earlier: &BTreeMap<String, Vec<u8>>,
    sign: &str,
) -> Option<(Child, Vec<String>)> {
    let child = spawn(&["render", s(plan), "-o", s(out), "-q", "-j", "1"]);
    let mut child = child;
    loop {
        let hidden: Vec<String> = std::fs::read_dir(out)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.starts_with('.') && n != ".qujat.lock")
            .collect();
        if hidden.iter().any(|n| n.ends_with(sign)) {
            signal(&child, libc::SIGSTOP);
            // What it had written when it stopped, read while it cannot change.
            let now = folder(out);
            let replacing = now.keys().any(|n| n.ends_with(".qujat-old"))
                || now.contains_key(".qujat.done")
                || !now.contains_key(".qujat.journal")
                || earlier
                    .iter()
                    .any(|(name, bytes)| now.get(name) != Some(bytes));
            if replacing {
                signal(&child, libc::SIGCONT);
                finish("a render stopped too late", child).expect("let finish", 0);
                return None;
            }
            let hidden = names(&now)
                .into_iter()
                .filter(|n| n.starts_with('.'))
                .map(String::from)
                .collect();
            return Some((child, hidden));
        }
        if child.try_wait().unwrap().is_some() {
            return None;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// Ctrl-C or SIGTERM while a render writes its files: it exits 130 or 143, says that it undid
/// the write, and the folder holds the earlier files byte for byte and nothing else.
#[cfg(unix)]
#[test]
fn a_render_stopped_while_writing_leaves_the_earlier_files() {
    let dir = scratch("output-signal");
    let (v1, v2) = (dir.join("v1/plan.yaml"), dir.join("v2/plan.yaml"));
    for (plan, seed) in [(&v1, 1), (&v2, 2)] {
        std::fs::create_dir(plan.parent().unwrap()).unwrap();
        std::fs::write(plan, large_plan(seed)).unwrap();
    }
    let out = dir.join("out");
    let first = |what: &str| {
        run(&["render", s(&v1), "-o", s(&out), "-q"])
            .expect(what, 0)
            .code
    };
    first("first version");
    let earlier = folder(&out);
    for (sig, name, code) in [
        (libc::SIGTERM, "SIGTERM", 143),
        (libc::SIGINT, "SIGINT", 130),
    ] {
        let mut caught = false;
        for _attempt in 0..5 {
            let Some((child, hidden)) = stopped_while_writing(&v2, &out, &earlier) else {
                // It finished before it could be stopped: start again from the earlier files.
                first("the earlier files again");
                continue;
            };
            assert!(
                !hidden.iter().any(|n| n == ".qujat.done"),
                "stopped after the write was complete: {hidden:?}"
            );
            signal(&child, sig);
            signal(&child, libc::SIGCONT);
            let r = finish(name, child);
            r.expect(name, code);
            assert_eq!(
                r.stderr,
                format!(
                    "qujat: stopped by {name}\nqujat: {}: the unfinished write was undone; its \
                     files are as they were\n",
                    out.display()
                ),
                "stopped with {hidden:?} in the folder"
            );
            assert_same(name, &folder(&out), &earlier);
            caught = true;
            break;
        }
        assert!(
            caught,
            "{name}: the render was never caught writing in 5 tries"
        );
    }
}

/// SIGTERM while a render is still making its files, its write begun (the folder locked, the
/// journal written, maybe a language's files staged): the write is undone as at any later
/// point, and the folder holds the earlier files byte for byte and nothing else.
#[cfg(unix)]
#[test]
fn a_render_stopped_while_it_renders_leaves_the_earlier_files() {
    let dir = scratch("output-signal-rendering");
    let (v1, v2) = (dir.join("v1/plan.yaml"), dir.join("v2/plan.yaml"));
    for (plan, seed) in [(&v1, 1), (&v2, 2)] {
        std::fs::create_dir(plan.parent().unwrap()).unwrap();
        std::fs::write(plan, large_plan(seed)).unwrap();
    }
    let out = dir.join("out");
    let first = || {
        run(&["render", s(&v1), "-o", s(&out), "-q"]).expect("first version", 0);
        folder(&out)
    };
    let earlier = first();
    let (child, hidden) = (0..5)
        .find_map(|_| {
            stopped_once(&v2, &out, &earlier, ".qujat.journal").or_else(|| {
                assert_same("the earlier files again", &first(), &earlier);
                None
            })
        })
        .expect("the render was caught with its write begun");
    assert!(hidden.iter().any(|n| n == ".qujat.journal"), "{hidden:?}");
    signal(&child, libc::SIGTERM);
    signal(&child, libc::SIGCONT);
    let r = finish("SIGTERM", child);
    r.expect("SIGTERM", 143);
    assert_eq!(
        r.stderr,
        format!(
            "qujat: stopped by SIGTERM\nqujat: {}: the unfinished write was undone; its files \
             are as they were\n",
            out.display()
        ),
        "stopped with {hidden:?} in the folder"
    );
    assert_same("SIGTERM", &folder(&out), &earlier);
}

/// A render killed (SIGKILL: nothing can be undone) while writing leaves its hidden new files;
/// the next render into the folder removes them and writes its files whole.
#[cfg(unix)]
#[test]
fn the_next_render_cleans_up_after_a_killed_one() {
    let dir = scratch("output-killed");
    let (v1, plan) = (dir.join("v1/plan.yaml"), dir.join("v2/plan.yaml"));
    let text = large_plan(2);
    for (path, text) in [(&v1, &large_plan(1)), (&plan, &text)] {
        std::fs::create_dir(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let out = dir.join("out");
    let first = || {
        run(&["render", s(&v1), "-o", s(&out), "-q"]).expect("first version", 0);
        folder(&out)
    };
    let earlier = first();
    let expected = reference("output-killed-reference", &text, &[]);
    let (child, hidden) = (0..5)
        .find_map(|_| {
            stopped_while_writing(&plan, &out, &earlier).or_else(|| {
                // It finished (or got to its renames) before it could be stopped: start again
                // from the earlier files.
                assert_same("the earlier files again", &first(), &earlier);
                None
            })
        })
        .expect("the render was caught writing");
    signal(&child, libc::SIGKILL);
    let killed = finish("SIGKILL", child);
    assert_eq!(killed.code, None, "killed by a signal");
    // The killed render left its hidden files, and the earlier files are all there.
    let left = folder(&out);
    assert!(
        hidden.iter().all(|h| left.contains_key(h)),
        "{hidden:?} in {:?}",
        names(&left)
    );
    for (name, bytes) in &earlier {
        assert!(left[name] == *bytes, "{name} changed");
    }
    let r = run(&["render", s(&plan), "-o", s(&out)]);
    r.expect("after the kill", 0);
    assert_eq!(r.stderr, "1 plan: 4 files written, 0 warnings, 0 failed\n");
    assert_same("after the kill", &folder(&out), &expected);
}

/// Two renders of two versions of one plan into one folder at once: both succeed, and the
/// folder holds every file of one version, never kk of one and ru of the other.
#[test]
fn two_renders_into_one_folder_at_once_leave_one_whole_set() {
    let dir = scratch("output-at-once");
    let text = sample_text("anticorruption-plan-2022.yaml");
    let versions = [text.clone(), amended(&text)];
    let refs = [
        reference("output-at-once-ref-1", &versions[0], &[]),
        reference("output-at-once-ref-2", &versions[1], &[]),
    ];
    let out = dir.join("out");
    std::fs::create_dir(&out).unwrap();
    let mut plans = Vec::new();
    for (i, text) in versions.iter().enumerate() {
        let sub = dir.join(format!("v{}", i + 1));
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("plan.yaml"), text).unwrap();
        plans.push(sub.join("plan.yaml"));
    }
    let mut seen = [0, 0];
    for round in 0..8 {
        let children: Vec<Child> = plans
            .iter()
            .map(|p| spawn(&["render", s(p), "-o", s(&out), "-q", "-j", "1"]))
            .collect();
        for (i, child) in children.into_iter().enumerate() {
            finish(&format!("round {round}, version {}", i + 1), child).expect("at once", 0);
        }
        let now = folder(&out);
        let which = refs.iter().position(|r| *r == now).unwrap_or_else(|| {
            panic!(
                "round {round}: the folder holds neither version whole: {:?}",
                names(&now)
            )
        });
        seen[which] += 1;
    }
    eprintln!("versions left in the folder over 8 rounds: {seen:?}");
}

// ---------------------------------------------------------------------------------------------
// Plans and templates that are not files

#[cfg(unix)]
fn fifo(path: &Path) {
    let made = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A FIFO opened for reading waits for a writer: as a plan or a template it hung `check` and
/// `render`. Both must refuse it at once with exit 2 (the test fails, not hangs, if they wait).
#[cfg(unix)]
#[test]
fn a_fifo_as_plan_or_template_is_refused_without_waiting() {
    let dir = scratch("output-fifo");
    let plan_fifo = dir.join("fifo.yaml");
    fifo(&plan_fifo);
    for command in ["check", "render"] {
        let what = format!("{command} a FIFO plan");
        let r = finish(&what, spawn(&[command, s(&plan_fifo)]));
        r.expect(&what, 2);
        r.says(&what, &format!("{}:1:1", plan_fifo.display()));
        r.says(
            &what,
            "cannot read the plan: it is a named pipe (FIFO), not a regular file",
        );
    }
    // A template that is a FIFO, and one that is a folder.
    let starter =
        std::fs::read_to_string(support::root().join("templates/starters/action-plan.yaml"))
            .expect("starter");
    let line = starter
        .lines()
        .position(|l| l.starts_with("template: action-plan"))
        .expect("the starter names its template")
        + 1;
    fifo(&dir.join("pipe.yaml"));
    std::fs::create_dir(dir.join("folder.yaml")).unwrap();
    for (template, kind) in [
        ("pipe.yaml", "a named pipe (FIFO)"),
        ("folder.yaml", "a folder"),
    ] {
        let plan = dir.join("plan.yaml");
        std::fs::write(
            &plan,
            starter.replacen("template: action-plan", &format!("template: {template}"), 1),
        )
        .unwrap();
        for command in ["check", "render"] {
            let what = format!("{command} with template {template}");
            let r = finish(&what, spawn(&[command, s(&plan)]));
            r.expect(&what, 2);
            r.says(&what, &format!("{}:{line}:11", plan.display()));
            r.says(&what, "[cannot-read-template]");
            r.says(&what, &format!("it is {kind}, not a regular file"));
        }
    }
    // A folder named as a plan to `check` (render reads the plans inside a folder).
    let r = run(&["check", s(&dir.join("folder.yaml"))]);
    r.expect("check a folder", 2);
    r.says("check a folder", "it is a folder, not a regular file");
    let mut expected = vec!["fifo.yaml", "folder.yaml", "pipe.yaml", "plan.yaml"];
    expected.sort();
    let mut listed: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    listed.sort();
    assert_eq!(listed, expected, "nothing written");
}

// ---------------------------------------------------------------------------------------------
// init

#[test]
fn init_creates_missing_folders() {
    let dir = scratch("output-init-folders");
    let plan = dir.join("new/sub/plan.yaml");
    let r = run(&["init", s(&plan)]);
    r.expect("init into new folders", 0);
    let schema = dir.join("new/sub/plan.schema.json");
    assert_eq!(
        r.stdout,
        format!("{}\n{}\n", plan.display(), schema.display())
    );
    // The starter with its comments in the language of the run (English here).
    let starter = qujat::app::starter("action-plan", qujat::ui::UiLang::En)
        .unwrap()
        .into_bytes();
    let written = folder(&dir.join("new/sub"));
    assert_eq!(names(&written), ["plan.schema.json", "plan.yaml"]);
    assert!(written["plan.yaml"] == starter);
    let text = String::from_utf8(written["plan.schema.json"].clone()).unwrap();
    assert!(
        text.starts_with('{') && text.contains("\"$schema\""),
        "the schema"
    );
    run(&["check", s(&plan)]).expect("the starter passes check", 0);
}

#[test]
fn init_never_writes_a_plan_over_its_own_schema() {
    let dir = scratch("output-init-schema-name");
    let plan = dir.join("plan.schema.json");
    let r = run(&["init", s(&plan)]);
    r.expect("init plan.schema.json", 2);
    assert_eq!(
        r.stderr,
        format!(
            "error: {} is the name of the JSON Schema init writes beside the plan: name the \
             plan something else, such as plan.yaml; nothing was written\n",
            plan.display()
        )
    );
    assert!(r.stdout.is_empty());
    assert!(folder(&dir).is_empty(), "nothing written");
}

#[test]
fn init_that_cannot_write_exits_3() {
    let dir = scratch("output-init-cannot-write");
    let file = dir.join("a-file");
    std::fs::write(&file, b"mine").unwrap();
    // A folder cannot be made under a file.
    let plan = file.join("plan.yaml");
    let r = run(&["init", s(&plan)]);
    r.expect("under a file", 3);
    r.says(
        "under a file",
        &format!("error: cannot create the folder {}: ", file.display()),
    );
    r.says("under a file", "; nothing was written");
    assert_same(
        "under a file",
        &folder(&dir),
        &BTreeMap::from([("a-file".to_string(), b"mine".to_vec())]),
    );
    // A folder nobody may write in, root included.
    let sys = Path::new("/sys");
    if sys.is_dir() && std::fs::write(sys.join("qujat-probe"), b"").is_err() {
        let r = run(&["init", "/sys/plan.yaml"]);
        r.expect("/sys", 3);
        r.says(
            "/sys",
            "cannot lock the folder /sys against other qujat runs",
        );
        r.says("/sys", "no file was changed");
    } else {
        eprintln!("SKIPPED: /sys is missing or writable here");
    }
}
