//! The all-or-nothing promise under injected faults: a step failing, a file system without
//! hard links, an undo that fails too, and a process killed after any one step (including
//! while it recovers from an earlier kill). After each, the folder holds one whole set.

use super::fs::{Disk, Fs};
use super::*;
use std::collections::BTreeMap;
use std::io;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

fn out(name: &str, bytes: &[u8]) -> Output {
    Output {
        name: name.into(),
        bytes: bytes.to_vec(),
    }
}

/// A version of the files `names`, each file's bytes its name and `tag`.
fn version(tag: &str, names: &[&str]) -> Vec<Output> {
    names
        .iter()
        .map(|n| out(n, format!("{n} {tag}").as_bytes()))
        .collect()
}

const NAMES: [&str; 4] = ["p.kk.docx", "p.kk.pdf", "p.ru.docx", "p.ru.pdf"];

/// Every entry of the folder, name → bytes (a folder inside fails the test).
fn folder(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            assert!(e.file_type().unwrap().is_file(), "{:?}", e.path());
            let name = e.file_name().into_string().unwrap();
            (name, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn set(outputs: &[Output]) -> BTreeMap<String, Vec<u8>> {
    outputs
        .iter()
        .map(|o| (o.name.clone(), o.bytes.clone()))
        .collect()
}

/// A folder holding `outputs`, written as a plain run would.
fn folder_with(outputs: &[Output]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    if !outputs.is_empty() {
        write_with(&Disk::UNSYNCED, dir.path(), outputs).unwrap();
    }
    dir
}

#[derive(Clone, Copy, Debug)]
enum Fault {
    None,
    /// The Nth rename (from 1) fails.
    NthRename(usize),
    /// The Nth rename and every later one fail: the undo cannot put files back either.
    RenamesFrom(usize),
    /// Hard links fail, as on FAT.
    NoLinks,
    /// The process is killed after N changes: the next one (a file being created is left
    /// half written) and all later ones do not happen.
    KillAfter(usize),
    /// The Nth file created (from 1; the journal is the first) fails, as on a full disk.
    NthCreate(usize),
}

/// The real file system with a fault, and a log of the changes made (shareable between
/// threads, as a write's staging is).
struct Faulty {
    fault: Fault,
    no_links: bool,
    changes: AtomicUsize,
    renames: AtomicUsize,
    creates: AtomicUsize,
    log: Mutex<Vec<String>>,
}

impl Faulty {
    fn new(fault: Fault) -> Faulty {
        Faulty {
            fault,
            no_links: matches!(fault, Fault::NoLinks),
            changes: AtomicUsize::new(0),
            renames: AtomicUsize::new(0),
            creates: AtomicUsize::new(0),
            log: Mutex::new(Vec::new()),
        }
    }

    fn without_links(mut self) -> Faulty {
        self.no_links = true;
        self
    }

    /// Whether the next change is killed; counts it otherwise.
    fn killed(&self, what: String) -> bool {
        if let Fault::KillAfter(n) = self.fault
            && self.changes.load(Ordering::SeqCst) >= n
        {
            return true;
        }
        self.changes.fetch_add(1, Ordering::SeqCst);
        self.log.lock().unwrap().push(what);
        false
    }
}

fn injected() -> io::Error {
    io::Error::other("injected fault")
}

fn name(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().into_owned()
}

impl Fs for Faulty {
    fn create(&self, path: &Path, bytes: &[u8], sync: bool) -> io::Result<()> {
        if self.killed(format!("create {}", name(path))) {
            // Killed while writing: the file is there with half its bytes.
            if self.changes.load(Ordering::SeqCst) == self.kill_point() {
                std::fs::write(path, &bytes[..bytes.len() / 2])?;
                self.changes.fetch_add(1, Ordering::SeqCst);
            }
            return Err(injected());
        }
        let n = self.creates.fetch_add(1, Ordering::SeqCst) + 1;
        if matches!(self.fault, Fault::NthCreate(k) if k == n) {
            // Failing part-way: the hidden file is there, cut short.
            std::fs::write(path, &bytes[..bytes.len() / 2])?;
            return Err(injected());
        }
        Disk::UNSYNCED.create(path, bytes, sync)
    }

    fn sync_file(&self, path: &Path) -> io::Result<()> {
        if self.killed(format!("sync {}", name(path))) {
            return Err(injected());
        }
        Ok(())
    }

    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        if self.killed(format!("link {} {}", name(original), name(link))) || self.no_links {
            return Err(injected());
        }
        Disk::UNSYNCED.hard_link(original, link)
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        if self.killed(format!("rename {} {}", name(from), name(to))) {
            return Err(injected());
        }
        let n = self.renames.fetch_add(1, Ordering::SeqCst) + 1;
        match self.fault {
            Fault::NthRename(k) if k == n => return Err(injected()),
            Fault::RenamesFrom(k) if n >= k => return Err(injected()),
            _ => {}
        }
        Disk::UNSYNCED.rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        if self.killed(format!("remove {}", name(path))) {
            return Err(injected());
        }
        Disk::UNSYNCED.remove(path)
    }

    fn sync_dir(&self, _dir: &Path) -> io::Result<()> {
        if self.killed("sync".into()) {
            return Err(injected());
        }
        Ok(())
    }
}

impl Faulty {
    fn kill_point(&self) -> usize {
        match self.fault {
            Fault::KillAfter(n) => n,
            _ => usize::MAX,
        }
    }
}

#[test]
fn writes_all_files_and_leaves_no_hidden_file() {
    let dir = tempfile::tempdir().unwrap();
    let files = write_all(dir.path(), &[out("a.pdf", b"A"), out("b.pdf", b"B")]).unwrap();
    assert_eq!(files, [dir.path().join("a.pdf"), dir.path().join("b.pdf")]);
    assert_eq!(
        folder(dir.path()),
        set(&[out("a.pdf", b"A"), out("b.pdf", b"B")])
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode();
        // As any file the user saves: 0644 less the umask, as a plain create shows it.
        let probe = dir.path().join("probe");
        std::fs::write(&probe, b"").unwrap();
        let plain = std::fs::metadata(&probe).unwrap().permissions().mode();
        std::fs::remove_file(&probe).unwrap();
        assert_eq!(mode & 0o777, 0o644 & plain);
    }
    // Again, over the first files.
    write_all(dir.path(), &[out("a.pdf", b"A2"), out("b.pdf", b"B2")]).unwrap();
    assert_eq!(
        folder(dir.path()),
        set(&[out("a.pdf", b"A2"), out("b.pdf", b"B2")])
    );
}

#[test]
fn a_folder_in_the_way_changes_nothing() {
    let old = [out("a.pdf", b"old A")];
    let dir = folder_with(&old);
    std::fs::create_dir(dir.path().join("b.pdf")).unwrap();
    let err = write_all(
        dir.path(),
        &[out("a.pdf", b"new A"), out("b.pdf", b"new B")],
    )
    .expect_err("b.pdf is a folder");
    assert_eq!(err.step, Step::InTheWay);
    let message = err.to_string();
    assert!(message.ends_with("b.pdf: a folder of that name is in the way; no file was changed"));
    assert_eq!(std::fs::read(dir.path().join("a.pdf")).unwrap(), b"old A");
    std::fs::remove_dir(dir.path().join("b.pdf")).unwrap();
    assert_eq!(folder(dir.path()), set(&old));
}

#[test]
fn names_must_be_plain_and_distinct() {
    let dir = tempfile::tempdir().unwrap();
    for names in [["a", "a"], ["a", "../b"], ["a", ".qujat.journal"]] {
        let outputs: Vec<Output> = names.iter().map(|n| out(n, b"x")).collect();
        let err = write_all(dir.path(), &outputs).expect_err("refused");
        assert_eq!(err.error.kind(), io::ErrorKind::InvalidInput, "{names:?}");
    }
    assert!(folder(dir.path()).is_empty());
}

/// The Nth rename fails, for every N: the four replacements, then the journal's renaming to
/// the mark of a finished write. Three files had an earlier version, the fourth is new.
#[test]
fn a_rename_failing_part_way_puts_every_earlier_file_back() {
    let old = version("v1", &NAMES[..3]);
    let new = version("v2", &NAMES);
    for n in 1..=5 {
        let dir = folder_with(&old);
        let fs = Faulty::new(Fault::NthRename(n));
        let err = write_with(&fs, dir.path(), &new).expect_err("the rename fails");
        let expected_step = if n <= 4 { Step::Replace } else { Step::Sync };
        assert_eq!(err.step, expected_step, "rename {n}");
        assert!(err.left.is_empty(), "rename {n}: {err}");
        let message = err.to_string();
        assert!(
            message.ends_with("injected fault; no file was changed"),
            "rename {n}: {message}"
        );
        if n <= 4 {
            assert!(
                message.starts_with(&format!(
                    "cannot replace {}",
                    dir.path().join(NAMES[n - 1]).display()
                )),
                "{message}"
            );
        }
        assert_eq!(folder(dir.path()), set(&old), "rename {n}: {:#?}", fs.log);
    }
}

#[test]
fn without_hard_links_the_earlier_files_are_kept_by_renaming() {
    let old = version("v1", &NAMES[..3]);
    let new = version("v2", &NAMES);
    let dir = folder_with(&old);
    write_with(&Faulty::new(Fault::NoLinks), dir.path(), &new).unwrap();
    assert_eq!(folder(dir.path()), set(&new));
    // And a rename failing part-way there too.
    for n in 1..=5 {
        let dir = folder_with(&old);
        let fs = Faulty::new(Fault::NthRename(n)).without_links();
        let err = write_with(&fs, dir.path(), &new).expect_err("the rename fails");
        assert!(err.changed_nothing(), "{err}");
        assert_eq!(folder(dir.path()), set(&old), "rename {n}: {:#?}", fs.log);
    }
}

/// The third file cannot be replaced and then no rename works at all, so the first two cannot
/// be put back: the message names each, with where its earlier version is, and the next run
/// puts them back.
#[test]
fn an_undo_that_fails_too_says_what_the_folder_holds() {
    let old = version("v1", &NAMES);
    let new = version("v2", &NAMES);
    let dir = folder_with(&old);
    let err = write_with(&Faulty::new(Fault::RenamesFrom(3)), dir.path(), &new)
        .expect_err("the rename fails");
    assert!(!err.changed_nothing());
    let d = dir.path().display();
    assert_eq!(
        err.to_string(),
        format!(
            "cannot replace {d}/p.ru.docx: injected fault; the earlier files could not all be \
             put back; {d}/p.kk.docx holds the new version, its earlier one is \
             {d}/.p.kk.docx.qujat-old (injected fault); {d}/p.kk.pdf holds the new version, its \
             earlier one is {d}/.p.kk.pdf.qujat-old (injected fault); the next qujat run into \
             this folder tries again to put them back"
        )
    );
    // As the message says: two new files, two earlier ones, the journal kept.
    let now = folder(dir.path());
    assert_eq!(now["p.kk.docx"], b"p.kk.docx v2");
    assert_eq!(now[".p.kk.docx.qujat-old"], b"p.kk.docx v1");
    assert_eq!(now["p.ru.docx"], b"p.ru.docx v1");
    assert!(now.contains_key(names::JOURNAL));
    // The next run, whatever it writes, first puts the earlier set back.
    let other = [out("other.pdf", b"other")];
    write_with(&Disk::UNSYNCED, dir.path(), &other).unwrap();
    let mut expected = set(&old);
    expected.extend(set(&other));
    assert_eq!(folder(dir.path()), expected);
}

/// The changes a whole write makes, in order.
fn changes_of_a_write(old: &[Output], new: &[Output], no_links: bool) -> Vec<String> {
    let dir = folder_with(old);
    let mut fs = Faulty::new(Fault::None);
    fs.no_links = no_links;
    write_with(&fs, dir.path(), new).unwrap();
    fs.log.into_inner().unwrap()
}

/// A run killed after any number of changes, then the next run: the folder holds the earlier
/// set if the kill came before the write was marked done, the new set after, byte for byte
/// and with nothing else; and a third version written next is written whole.
#[test]
fn a_run_killed_at_any_point_is_recovered_by_the_next() {
    let cases = [
        ("earlier set whole", version("v1", &NAMES)),
        ("earlier set partial", version("v1", &NAMES[1..3])),
        ("no earlier set", Vec::new()),
    ];
    let new = version("v2", &NAMES);
    let third = version("v3", &NAMES);
    for (case, old) in &cases {
        for no_links in [false, true] {
            let log = changes_of_a_write(old, &new, no_links);
            let done = log
                .iter()
                .position(|c| c.ends_with(names::DONE))
                .expect("the write is marked done");
            for kill in 0..=log.len() {
                let what = format!("{case}, no links {no_links}, killed after {kill} changes");
                let expected = if kill > done { set(&new) } else { set(old) };
                // The next run recovers...
                let dir = killed(old, &new, kill, no_links);
                let own: Vec<String> = NAMES.iter().map(|n| n.to_string()).collect();
                let recovery = recover::recover(&Disk::UNSYNCED, dir.path(), &own);
                assert!(recovery.left.is_empty(), "{what}");
                assert_eq!(folder(dir.path()), expected, "{what}: {:#?}", log);
                // ... and writes its own set whole.
                let dir = killed(old, &new, kill, no_links);
                write_with(&Disk::UNSYNCED, dir.path(), &third).unwrap();
                assert_eq!(folder(dir.path()), set(&third), "{what}, then v3");
                // A run killed while recovering is recovered by the one after it.
                for again in 0..8 {
                    let dir = killed(old, &new, kill, no_links);
                    let fs = Faulty::new(Fault::KillAfter(again));
                    let _ = recover::recover(&fs, dir.path(), &own);
                    recover::recover(&Disk::UNSYNCED, dir.path(), &own);
                    let what = format!("{what}, recovery killed after {again}");
                    assert_eq!(folder(dir.path()), expected, "{what}");
                }
            }
        }
    }
}

/// A folder with `old` where a write of `new` was killed after `kill` changes.
fn killed(old: &[Output], new: &[Output], kill: usize, no_links: bool) -> tempfile::TempDir {
    let dir = folder_with(old);
    let mut fs = Faulty::new(Fault::KillAfter(kill));
    fs.no_links = no_links;
    // A killed write may also have got to the end, if the kill came after its last change.
    let _ = write_with(&fs, dir.path(), new);
    dir
}

/// Stale files of a run's own outputs are removed, those of other outputs and anything else
/// left alone; a kept earlier version whose file is missing is put back, not removed.
#[test]
fn only_own_stale_files_are_removed() {
    let dir = tempfile::tempdir().unwrap();
    let keep = [
        ("notes.txt", "mine"),
        (".hidden", "mine"),
        (".other.pdf.AbC123.tmp", "another output's"),
        (".other.pdf.qujat-new", "another output's"),
        (".a.pdf.AbC12.tmp", "not the pattern"),
        ("a.pdf.AbC123.tmp", "not hidden"),
    ];
    for (name, text) in keep {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    std::fs::write(dir.path().join(".a.pdf.x1Y2z3.tmp"), "stale, qujat 0.1").unwrap();
    std::fs::write(dir.path().join(".a.pdf.qujat-new"), "stale").unwrap();
    std::fs::write(dir.path().join(".b.pdf.qujat-old"), "b v1").unwrap();
    let own: Vec<String> = vec!["a.pdf".into(), "b.pdf".into()];
    let recovery = recover::recover(&Disk::UNSYNCED, dir.path(), &own);
    assert!(recovery.left.is_empty());
    let mut expected: BTreeMap<String, Vec<u8>> = keep
        .iter()
        .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
        .collect();
    expected.insert("b.pdf".into(), b"b v1".to_vec());
    assert_eq!(folder(dir.path()), expected);
}

/// Threads writing two versions into one folder at once: each write is whole, so the folder
/// ends holding one version, all four files of it.
#[test]
fn writes_into_one_folder_at_once_take_turns() {
    let dir = tempfile::tempdir().unwrap();
    let versions = [version("v1", &NAMES), version("v2", &NAMES)];
    std::thread::scope(|s| {
        for v in &versions {
            let dir = dir.path();
            s.spawn(move || {
                for _ in 0..25 {
                    write_with(&Disk::UNSYNCED, dir, v).unwrap();
                }
            });
        }
    });
    let now = folder(dir.path());
    assert!(now == set(&versions[0]) || now == set(&versions[1]));
}

// ---------------------------------------------------------------------------------------------
// A write staged file by file, as a render makes its files

fn own_names() -> Vec<String> {
    NAMES.iter().map(|n| n.to_string()).collect()
}

/// What a render does: begins with the names, stages each language's pair on its own thread,
/// commits. The folder then holds the new set whole, in the order the write began with.
#[test]
fn files_staged_from_two_threads_are_committed_whole() {
    let old = version("v1", &NAMES[..3]);
    let new = version("v2", &NAMES);
    let dir = folder_with(&old);
    let staging = begin_waiting(&Disk::UNSYNCED, dir.path(), &own_names()).unwrap();
    // The journal is on disk before any hidden file.
    assert!(dir.path().join(names::JOURNAL).exists());
    std::thread::scope(|s| {
        for pair in new.chunks(2).rev() {
            let staging = &staging;
            s.spawn(move || staging.stage(pair).unwrap());
        }
    });
    let now = folder(dir.path());
    for n in NAMES {
        assert!(now.contains_key(&names::staged(n)), "{n} staged");
    }
    let paths = staging.commit().unwrap();
    assert_eq!(paths, NAMES.map(|n| dir.path().join(n)));
    assert_eq!(folder(dir.path()), set(&new));
}

/// A write given up after any number of its files were staged (a render error, a panic): the
/// folder holds the earlier files and nothing else, no journal, no hidden file, no lock.
#[test]
fn a_write_given_up_before_its_commit_leaves_the_folder_as_it_was() {
    let new = version("v2", &NAMES);
    for old in [version("v1", &NAMES[1..]), Vec::new()] {
        for staged in 0..=NAMES.len() {
            let dir = folder_with(&old);
            let staging = begin(dir.path(), &own_names()).unwrap();
            for out in &new[..staged] {
                staging.stage(std::slice::from_ref(out)).unwrap();
            }
            drop(staging);
            assert_eq!(folder(dir.path()), set(&old), "{staged} staged");
        }
    }
}

/// A file failing to stage on one thread: the other thread's files are staged or not, and
/// `fail` undoes all of them once both are done, saying that no file was changed.
#[test]
fn a_file_failing_to_stage_undoes_the_whole_write() {
    let old = version("v1", &NAMES);
    let new = version("v2", &NAMES);
    for n in 2..=5 {
        let dir = folder_with(&old);
        let fs = Faulty::new(Fault::NthCreate(n));
        let staging = begin_waiting(&fs, dir.path(), &own_names()).unwrap();
        let results: Vec<Result<(), WriteError>> = std::thread::scope(|s| {
            let handles: Vec<_> = new
                .chunks(2)
                .map(|pair| {
                    let staging = &staging;
                    s.spawn(move || staging.stage(pair))
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let error = results
            .into_iter()
            .find_map(Result::err)
            .expect("one file failed");
        let error = staging.fail(error);
        assert_eq!(error.step, Step::Stage);
        assert!(
            error
                .to_string()
                .ends_with("injected fault; no file was changed"),
            "create {n}: {error}"
        );
        assert_eq!(folder(dir.path()), set(&old), "create {n}");
    }
}

/// Only the names the write began with, each once; and a write missing a file does not commit.
#[test]
fn a_staging_takes_only_its_own_names_and_all_of_them() {
    let old = version("v1", &NAMES[..2]);
    let new = version("v2", &NAMES);
    let dir = folder_with(&old);
    let staging = begin(dir.path(), &own_names()).unwrap();
    let err = staging.stage(&[out("other.pdf", b"x")]).unwrap_err();
    assert_eq!(err.error.kind(), io::ErrorKind::InvalidInput);
    staging.stage(&new[..1]).unwrap();
    let err = staging.stage(&new[..1]).unwrap_err();
    assert_eq!(err.error.kind(), io::ErrorKind::InvalidInput);
    staging.stage(&new[1..3]).unwrap();
    let err = staging.commit().expect_err("p.ru.pdf was never staged");
    assert_eq!(err.path, dir.path().join("p.ru.pdf"));
    assert!(err.changed_nothing(), "{err}");
    assert_eq!(folder(dir.path()), set(&old));
}

/// Another program creates or removes a file of the set while the files are made: the commit
/// stops rather than replace a file no journal knows of (or undo into a missing one), and the
/// folder keeps what that program did.
#[test]
fn a_file_created_or_removed_meanwhile_stops_the_commit() {
    let old = version("v1", &NAMES[..2]);
    let new = version("v2", &NAMES);
    for (name, change) in [("p.ru.pdf", "created"), ("p.kk.pdf", "removed")] {
        let dir = folder_with(&old);
        let staging = begin(dir.path(), &own_names()).unwrap();
        staging.stage(&new).unwrap();
        let path = dir.path().join(name);
        let mut expected = set(&old);
        if change == "created" {
            std::fs::write(&path, b"someone else's").unwrap();
            expected.insert(name.into(), b"someone else's".to_vec());
        } else {
            std::fs::remove_file(&path).unwrap();
            expected.remove(name);
        }
        let err = staging.commit().expect_err(change);
        assert_eq!((err.step, &err.path), (Step::InTheWay, &path), "{change}");
        assert!(err.changed_nothing(), "{change}: {err}");
        assert_eq!(folder(dir.path()), expected, "{change}");
    }
}

/// A folder another write holds is busy: `try_begin` says so at once and changes nothing.
#[test]
fn trying_a_busy_folder_changes_nothing() {
    let old = version("v1", &NAMES);
    let dir = folder_with(&old);
    let first = begin(dir.path(), &own_names()).unwrap();
    let before = folder(dir.path());
    assert!(try_begin(dir.path(), &own_names()).unwrap().is_none());
    assert_eq!(folder(dir.path()), before);
    drop(first);
    let second = try_begin(dir.path(), &own_names()).unwrap().expect("free");
    drop(second);
    assert_eq!(folder(dir.path()), set(&old));
}
