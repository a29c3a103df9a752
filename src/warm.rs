//! Heap memory faulted in ahead of time by a thread that has nothing else to do.
//!
//! The first touch of every fresh page of a malloc heap is a page fault (about 1.2 µs on the
//! development VM), taken by whichever thread touches it. Of the action-plan sample's 940 page
//! faults, about 380 were fresh heap on the two threads of its critical path: the main
//! thread's heap grows while it loads the plan and renders one language, and the other
//! language's thread grows the heap it is handed. Both heaps can be given their room before
//! it is needed and have it faulted in on the `prepare` thread, which otherwise idles while
//! the plan loads (docs/performance.md, "Start-up (issue 14, fifth session)").
//!
//! Only glibc on Linux: its malloc keeps a freed block at the top of a heap (below
//! `M_TRIM_THRESHOLD`, set in `main`) instead of giving it back, and Linux 5.14 faults a
//! range in without writing to it (`MADV_POPULATE_WRITE`). Elsewhere, or on an older kernel,
//! these functions do nothing and pages are faulted in as they are touched, as before.

/// The room made in the main thread's heap before the plan loads: the action-plan sample's
/// loading and one language touch about 700 KB of fresh heap there. Below glibc's mmap
/// threshold (1 MiB, `main`), or the block would be mapped apart and the heap not grow.
pub const MAIN_ROOM: usize = 768 * 1024;

/// The room left faulted in in the `prepare` thread's heap for the thread that takes it
/// next: the sample's second language touches about 800 KB of fresh heap.
pub const THREAD_ROOM: usize = 768 * 1024;

/// A range of the calling thread's heap that malloc keeps for its next allocations.
#[derive(Clone, Copy, Debug)]
pub struct Room {
    start: usize,
    len: usize,
}

/// Grows the calling thread's heap by about `bytes` (below glibc's mmap threshold, so that the
/// block comes from the heap) and frees the block again: the heap keeps the room, untouched,
/// for the thread's next allocations. Returns where the room is, for [`fault_in`].
pub fn make_room(bytes: usize) -> Room {
    let block: Vec<u8> = Vec::with_capacity(bytes);
    // Only the address is kept: the block is never read or written.
    let start = block.as_ptr() as usize;
    drop(block);
    Room { start, len: bytes }
}

/// Faults `room`'s pages in from the calling thread, without changing what they hold: a
/// thread allocating in it meanwhile is unaffected, and a page it touched first is skipped.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn fault_in(room: Room) {
    const PAGE: usize = 4096;
    let start = room.start.next_multiple_of(PAGE);
    let end = (room.start + room.len) / PAGE * PAGE;
    if end <= start {
        return;
    }
    // SAFETY: MADV_POPULATE_WRITE only maps pages in, as a write would, and writes nothing,
    // so no memory anyone holds changes, whatever is mapped there by now. The range lies in
    // the heap the block came from, which glibc keeps mapped (it is below the trim
    // threshold); where it is not mapped or not writable, madvise fails and does nothing.
    // Any failure (a kernel before 5.14 answers EINVAL) leaves the pages to be faulted in
    // when touched, as without this call.
    unsafe {
        libc::madvise(
            start as *mut libc::c_void,
            end - start,
            libc::MADV_POPULATE_WRITE,
        );
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn fault_in(_room: Room) {}

/// Asks which instructions the CPU has, as std (memchr's searches) and sha2 (the outputs'
/// SHA-256) will, so that both have the answer cached before the threads on the critical path
/// ask: each answer takes several `cpuid` instructions, which a virtual machine traps (13–19
/// µs each on the development VM, about 0.15 ms for both).
pub fn cpu_features() {
    #[cfg(any(target_arch = "x86", target_arch = "x86_64"))]
    let _ = std::arch::is_x86_feature_detected!("avx2");
    use sha2::Digest;
    let _ = sha2::Sha256::digest([]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faulted_in_room_is_still_usable_and_unchanged() {
        // A block allocated in the room after it was made keeps what is written into it while
        // the room is faulted in: the call changes no memory.
        let room = make_room(512 * 1024);
        let data: Vec<u8> = (0..400_000u32).map(|i| (i % 251) as u8).collect();
        fault_in(room);
        assert!(data.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8));
    }

    #[test]
    fn an_empty_room_is_nothing_to_do() {
        fault_in(make_room(0));
        fault_in(make_room(100));
    }
}
