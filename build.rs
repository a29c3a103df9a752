//! Links GCC's unwinder statically on GNU/Linux (as `gcc -static-libgcc` does), so that the
//! process does not load libgcc_s.so.1 at every start.
//!
//! Rust's standard library unwinds panics with libgcc's unwinder, which it takes from
//! libgcc_s.so.1 unless glibc itself is linked statically. Loading that library runs its
//! constructor, which asks the CPU's model and features through a dozen `cpuid`
//! instructions; on a virtual machine that traps them (13–19 µs each on the development VM)
//! that is 0.15–0.25 ms of every `qujat` process, before `main`. The same unwinder linked from
//! libgcc_eh.a, which GCC installs for static links, comes before libgcc_s on the link line,
//! so the linker (with `--as-needed`, as rustc links) no longer needs libgcc_s and leaves it
//! out; panics unwind and are caught as before. docs/performance.md, "Start-up (issue 14,
//! fifth session)", has the figures.
//!
//! Only for a native build whose C compiler (the linker driver rustc calls, `cc`) has
//! libgcc_eh.a; anywhere else nothing changes.

use std::env;
use std::path::Path;
use std::process::Command;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    if static_unwinder_available() {
        println!("cargo::rustc-link-lib=static:-bundle=gcc_eh");
    }
}

/// A GNU/Linux target built on itself, whose `cc` finds libgcc_eh.a.
fn static_unwinder_available() -> bool {
    let var = |name: &str| env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return false;
    }
    // A cross build links with another toolchain, whose libraries `cc` here does not show.
    if var("TARGET") != var("HOST") {
        return false;
    }
    // The compiler driver prints the library's full path when it has it, else just its name.
    let Ok(out) = Command::new("cc")
        .arg("-print-file-name=libgcc_eh.a")
        .output()
    else {
        return false;
    };
    let path = String::from_utf8_lossy(&out.stdout);
    let path = Path::new(path.trim());
    out.status.success() && path.is_absolute() && path.is_file()
}
