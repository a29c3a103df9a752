#!/usr/bin/env python3
"""Two or more qujat binaries side by side, for docs/performance.md ("Start-up").

    python3 benches/startup.py [--rounds N] [--args="render PLAN -q -o {out}"] NAME=BINARY ...
    python3 benches/startup.py --threads [--rounds N] [--args ...] NAME=BINARY ...

Interleaved (each round runs every binary once, the order alternating), so that a busy moment
of a shared machine hits them all alike. For each binary: the median, lower quartile and
fastest wall time (spawn to exit), and the medians of the process's CPU time (user + system)
and minor page faults, from `wait4`'s resource usage. `{out}` in the arguments becomes a
folder of the binary's own under /dev/shm (tmpfs: no syncs to wait for), so that the outputs
can be compared afterwards (`diff -r`). Default arguments: the action-plan sample's render.

With --threads, instead: the CPU time of each of the process's threads (the main thread, the
other language's thread, `prepare`), medians over the rounds, from the scheduler's run time
events (`perf sched record`; needs perf and permission to trace). The main thread's CPU time
is the critical path of a sample's render on two cores.
"""

import argparse
import collections
import os
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "anticorruption-plan-2022.yaml"


def argv_of(binary, args, name):
    out = Path("/dev/shm/qujat-startup") / name
    return [binary] + shlex.split(args.replace("{out}", str(out)))


def interleaved(bins, args, rounds):
    results = {name: ([], [], []) for name, _ in bins}
    devnull = os.open(os.devnull, os.O_WRONLY)
    for r in range(rounds):
        for name, binary in bins if r % 2 == 0 else bins[::-1]:
            argv = argv_of(binary, args, name)
            start = time.perf_counter()
            pid = os.posix_spawn(binary, argv, os.environ, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1)])
            _, status, usage = os.wait4(pid, 0)
            wall = time.perf_counter() - start
            if status != 0:
                sys.exit(f"{name}: {' '.join(argv)} failed ({status})")
            results[name][0].append(wall * 1e3)
            results[name][1].append((usage.ru_utime + usage.ru_stime) * 1e3)
            results[name][2].append(usage.ru_minflt)
    print(f"{rounds} interleaved rounds of: {args}")
    for name, (wall, cpu, faults) in results.items():
        wall.sort()
        print(
            f"{name:12} wall median {statistics.median(wall):7.3f} ms (p25 {wall[len(wall) // 4]:7.3f},"
            f" fastest {wall[0]:7.3f})  CPU median {statistics.median(cpu):7.3f} ms"
            f"  minor faults {statistics.median(faults):.0f}"
        )


def threads(bins, args, rounds):
    for name, binary in bins:
        with tempfile.TemporaryDirectory() as tmp:
            data = Path(tmp) / "sched.data"
            script = "; ".join([shlex.join(argv_of(binary, args, name)) + " >/dev/null"] * rounds)
            subprocess.run(
                ["perf", "sched", "record", "-q", "-o", str(data), "--", "sh", "-c", script],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            trace = subprocess.run(
                ["perf", "script", "-i", str(data), "-F", "comm,tid,event,trace"],
                check=True, capture_output=True, text=True,
            ).stdout
        per_thread(name, Path(binary).name[:15], trace)


def per_thread(name, comm_of_binary, trace):
    parent, run, comm, order = {}, collections.Counter(), {}, []
    for line in trace.splitlines():
        fork = re.search(r"sched_process_fork: comm=.* pid=(\d+) child_comm=.* child_pid=(\d+)", line)
        if fork:
            parent[int(fork.group(2))] = int(fork.group(1))
            order.append(int(fork.group(2)))
            continue
        runtime = re.search(r"sched_stat_runtime: comm=(.*) pid=(\d+) runtime=(\d+)", line)
        if runtime:
            tid = int(runtime.group(2))
            run[tid] += int(runtime.group(3)) / 1e6
            comm[tid] = runtime.group(1)
    children = collections.defaultdict(list)
    for tid in order:
        children[parent[tid]].append(tid)
    rows = []
    for pid, tids in children.items():
        if comm.get(pid) != comm_of_binary:
            continue
        named = [(comm.get(t, "?"), run[t]) for t in tids]
        prepare = sum(r for n, r in named if n == "prepare")
        others = sorted((r for n, r in named if n not in ("prepare", "qujat-signals")), reverse=True)
        rows.append((run[pid], others[0] if others else 0.0, prepare, run[pid] + sum(r for _, r in named)))
    if not rows:
        print(f"{name}: no process of {comm_of_binary} traced")
        return
    main, other, prepare, total = (statistics.median(c) for c in zip(*rows))
    print(
        f"{name:12} {len(rows)} runs, CPU medians: main thread {main:.2f} ms, other language's thread"
        f" {other:.2f} ms, prepare {prepare:.2f} ms, all threads {total:.2f} ms"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binaries", nargs="+", metavar="NAME=BINARY")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--args", default=f"render {SAMPLE} -q -o {{out}}")
    parser.add_argument("--threads", action="store_true")
    options = parser.parse_args()
    bins = [tuple(b.split("=", 1)) for b in options.binaries]
    if any(len(b) != 2 for b in bins):
        parser.error("each binary is NAME=PATH")
    if options.threads:
        threads(bins, options.args, options.rounds)
    else:
        interleaved(bins, options.args, options.rounds)


if __name__ == "__main__":
    main()
