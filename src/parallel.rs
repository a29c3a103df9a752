//! Work spread over a few threads: the plans of a batch, or the languages of one plan.
//!
//! Plain scoped threads taking the next item from a shared counter: the items are few and
//! coarse (a plan, a language), so a work-stealing pool would add a dependency and nothing else.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to every item on at most `threads` threads (the calling thread is one of them),
/// results in the order of `items`. An item whose `f` panicked comes back as `None`.
pub fn map<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<Option<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    map_on(items, threads, true, f)
}

/// As [`map`], but on `threads` new threads while the calling thread only waits: so that the
/// work allocates in heaps of its own, not among whatever the caller allocated and freed
/// before (see `render::outputs_into`). Where no thread is to be had, the calling thread
/// does the work.
pub fn map_spawned<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<Option<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    map_on(items, threads, false, f)
}

/// [`map`] with the calling thread working (`caller_works`) or only waiting.
fn map_on<T, R, F>(items: &[T], threads: usize, caller_works: bool, f: F) -> Vec<Option<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    // A panic loses only its own item; every other item still gets its result.
    let run = |item: &T| std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(item))).ok();
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 && caller_works {
        return items.iter().map(run).collect();
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    let work = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            let result = run(item);
            // Panics are caught before the lock is taken, so it cannot be poisoned.
            if let Ok(mut r) = results.lock() {
                r[i] = result;
            }
        }
    };
    std::thread::scope(|scope| {
        let spawned = (usize::from(caller_works)..threads)
            .filter(|_| {
                std::thread::Builder::new()
                    .spawn_scoped(scope, work)
                    .is_ok()
            })
            .count();
        // The calling thread works too instead of waiting, which saves a thread start; and
        // where no thread is to be had (a process at its limit), it does all the work.
        if caller_works || spawned == 0 {
            work();
        }
    });
    results.into_inner().unwrap_or_default()
}

/// `a` on the calling thread and `b` beside it on a new one, both results. Where no thread is
/// to be had, `b` runs after `a`. A panic in `b` goes on in the caller, as if `b` had run there.
pub fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA,
    B: Fn() -> RB + Sync,
    RB: Send,
{
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new().spawn_scoped(scope, &b);
        let ra = a();
        let rb = match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => b(),
        };
        (ra, rb)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_order_of_the_items() {
        let items: Vec<u64> = (0..50).collect();
        for threads in [1, 2, 7, 100] {
            let squares = map(&items, threads, |n| n * n);
            let expected: Vec<Option<u64>> = items.iter().map(|n| Some(n * n)).collect();
            assert_eq!(squares, expected, "{threads} threads");
        }
    }

    #[test]
    fn no_items_give_no_results() {
        assert!(map(&[] as &[u8], 4, |_| 0).is_empty());
    }

    #[test]
    fn a_panic_loses_only_its_own_item() {
        let items = [1, 0, 2];
        for threads in [1, 2] {
            let got = map(&items, threads, |n| {
                assert!(*n != 0, "a deliberate panic");
                n * 10
            });
            assert_eq!(got, vec![Some(10), None, Some(20)], "{threads} threads");
        }
    }

    #[test]
    fn spawned_work_keeps_order_and_never_runs_on_the_caller() {
        let caller = std::thread::current().id();
        let items: Vec<u64> = (0..20).collect();
        for threads in [1, 2, 7] {
            let got = map_spawned(&items, threads, |n| {
                assert_ne!(
                    std::thread::current().id(),
                    caller,
                    "ran on the calling thread"
                );
                assert!(*n != 13, "a deliberate panic");
                n * n
            });
            let expected: Vec<Option<u64>> =
                items.iter().map(|&n| (n != 13).then_some(n * n)).collect();
            assert_eq!(got, expected, "{threads} threads");
        }
    }

    #[test]
    fn work_runs_on_several_threads_at_once() {
        // Two items that each wait for the other to start can finish only if they run at once.
        let started = AtomicUsize::new(0);
        let done = map(&[0, 1], 2, |_| {
            started.fetch_add(1, Ordering::SeqCst);
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while started.load(Ordering::SeqCst) < 2 {
                assert!(
                    std::time::Instant::now() < deadline,
                    "the items ran one after the other"
                );
                std::thread::yield_now();
            }
            true
        });
        assert_eq!(done, vec![Some(true), Some(true)]);
    }

    #[test]
    fn join_runs_the_second_on_another_thread_and_gives_both_results() {
        let caller = std::thread::current().id();
        let (a, b) = join(
            || std::thread::current().id(),
            || std::thread::current().id(),
        );
        assert_eq!(a, caller);
        assert_ne!(b, caller);
    }

    #[test]
    fn a_panic_in_the_second_of_a_join_goes_on_in_the_caller() {
        let got =
            std::panic::catch_unwind(|| join(|| 1, || -> u8 { panic!("a deliberate panic") }));
        assert!(got.is_err());
    }
}
