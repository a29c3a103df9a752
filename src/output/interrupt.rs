//! Ctrl-C (SIGINT), SIGTERM and SIGHUP while files are being written: the unfinished write is
//! undone exactly as a failed one (see `recover`), so the folder keeps its earlier files and no
//! hidden file, and the process exits with the conventional 128 + the signal's number (130,
//! 143, 129).
//!
//! One place knows the writes under way: `LIVE`, the folders being written and their outputs'
//! names. A render's write is under way from the moment its plan has loaded until its files
//! are in place (it stages each file as soon as it is made: see `commit`), so a signal while
//! it still lays out its pages undoes its journal and the files staged so far; a signal
//! before its plan has loaded finds nothing of it to undo. Every change to a folder (see `fs::Disk`) is made while holding it, so the signal
//! thread, which takes it once and never gives it back, sees each folder between two changes,
//! never in the middle of one. A change that starts after the signal arrived waits for the
//! process to end instead.

use super::fs::Disk;
use super::recover::recover;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

/// A write under way.
struct Active {
    id: u64,
    dir: PathBuf,
    names: Vec<String>,
    /// The folder's lock file, removed with the rest.
    lock: Option<PathBuf>,
}

static LIVE: Mutex<Vec<Active>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);
/// Set by the signal handler itself, at once, before the signal thread wakes up.
static STOP: AtomicBool = AtomicBool::new(false);

fn live() -> MutexGuard<'static, Vec<Active>> {
    LIVE.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Makes one change to a folder, unless a signal arrived: then waits for the process to end.
pub fn step<T>(change: impl FnOnce() -> io::Result<T>) -> io::Result<T> {
    let guard = live();
    if STOP.load(Ordering::SeqCst) {
        drop(guard);
        loop {
            std::thread::park();
        }
    }
    change()
}

/// A write under way, known to the signal thread until dropped.
pub struct Registration(u64);

pub fn register(dir: &Path, names: &[String], lock: Option<&Path>) -> Registration {
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    live().push(Active {
        id,
        dir: dir.to_path_buf(),
        names: names.to_vec(),
        lock: lock.map(Path::to_path_buf),
    });
    Registration(id)
}

impl Drop for Registration {
    fn drop(&mut self) {
        live().retain(|a| a.id != self.0);
    }
}

/// Handles SIGINT, SIGTERM and SIGHUP for the rest of the process, on a thread of its own.
#[cfg(unix)]
pub fn install() -> io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let signals = [SIGINT, SIGTERM, SIGHUP];
    let mut incoming = signal_hook::iterator::Signals::new(signals)?;
    std::thread::Builder::new()
        .name("qujat-signals".into())
        .spawn(move || {
            if let Some(signal) = incoming.forever().next() {
                stop(signal);
            }
        })?;
    // Only once the thread that ends the process runs: a change that sees the flag waits for
    // that thread. (A signal arriving before this is handled all the same, a step later.)
    for signal in signals {
        signal_hook::flag::register(signal, &STOP)?;
    }
    Ok(())
}

/// Elsewhere the default stays: Ctrl-C ends the process at once.
#[cfg(not(unix))]
pub fn install() -> io::Result<()> {
    Ok(())
}

/// Undoes every unfinished write and ends the process.
#[cfg(unix)]
fn stop(signal: i32) -> ! {
    use std::io::Write;
    let name = match signal {
        signal_hook::consts::SIGINT => "SIGINT",
        signal_hook::consts::SIGTERM => "SIGTERM",
        _ => "SIGHUP",
    };
    // Held until the end: no change to any folder follows.
    let active = live();
    // Printing must not fail (a closed stderr would panic `eprintln!`, and the threads waiting
    // for this one would wait for ever).
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "qujat: {}", crate::msg!("stopped-by", signal = name));
    for a in active.iter() {
        let recovery = recover(&Disk::UNGUARDED, &a.dir, &a.names);
        let dir = a.dir.display().to_string();
        let said = if !recovery.left.is_empty() {
            for left in &recovery.left {
                let m = crate::msg!("stopped-not-put-back", path = &dir, left = left.to_string());
                let _ = writeln!(err, "qujat: {m}");
            }
            crate::msg!("stopped-retry", path = &dir)
        } else if recovery.finished {
            crate::msg!("stopped-kept", path = &dir)
        } else if recovery.undone {
            crate::msg!("stopped-undone", path = &dir)
        } else {
            crate::msg!("stopped-nothing", path = &dir)
        };
        let _ = writeln!(err, "qujat: {said}");
        if let Some(lock) = &a.lock {
            let _ = std::fs::remove_file(lock);
        }
    }
    std::process::exit(128 + signal)
}
