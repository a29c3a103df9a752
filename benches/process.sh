#!/usr/bin/env bash
# Whole-process figures for docs/performance.md: wall time of `qujat render` (hyperfine, medians),
# peak memory (/usr/bin/time -v), batch rendering on one core and on two, and an instruction
# profile of a 1,000-item render (callgrind).
#
#   bash benches/process.sh            # time, memory, batch (a few minutes)
#   bash benches/process.sh profile    # also the callgrind profile (about 2 more minutes)
#   bash benches/process.sh time|memory|batch|profile   # one part only
#   bash benches/process.sh peers      # also qujat beside the floor, typst and LibreOffice
#
# Needs hyperfine, GNU time (/usr/bin/time) and, for the profile, valgrind:
#   apt-get install -y hyperfine time valgrind
# The peers need the `typst` Python package (pip install typst), LibreOffice and qpdf; each
# missing one is skipped with a message.
# Take the figures on an otherwise idle machine: the targets are about wall time.
set -euo pipefail

cd "$(dirname "$0")/.."
what=${1:-default}
work=${QUJAT_BENCH_DIR:-/tmp/qujat-bench}
bin=${CARGO_TARGET_DIR:-target}/release/qujat
out=$work/out
mkdir -p "$work" "$out"

want() { [[ $what == "$1" || ($what == default && $1 != profile && $1 != peers) || $what == all || ($what == profile && $1 == profile) ]]; }

echo "== build (release) and the generated plans in $work"
cargo build --release --quiet
cargo build --release --quiet --example floor
# The bench harness writes the plans it measures instead of benchmarking when asked to.
QUJAT_WRITE_PLANS=$work cargo bench --quiet --bench pipeline >/dev/null
samples=(samples/anticorruption-plan-2022.yaml samples/vakr-schedule-2026.yaml)

# The median of a hyperfine JSON export, in milliseconds.
median_ms() {
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.1f" % (r["median"]*1000))' "$1"
}

if want time; then
    echo
    echo "== wall time of one render, all four outputs (kk/ru x DOCX/PDF), median"
    for plan in "${samples[@]}" "$work"/generated-{10,100,1000,10000}.yaml "$work"/grown-{1000,10000}.yaml; do
        runs=20
        [[ $plan == *-1000.yaml ]] && runs=10
        [[ $plan == *-10000.yaml ]] && runs=5
        hyperfine -N -w 2 -r "$runs" --export-json "$work/t.json" \
            "$bin render $plan -q -o $out" >/dev/null
        printf '%-45s %10s ms\n' "$(basename "$plan")" "$(median_ms "$work/t.json")"
    done
fi

if want memory; then
    echo
    echo "== peak memory (maximum resident set size) of one render, all four outputs"
    for plan in "${samples[0]}" "$work"/generated-{1000,10000}.yaml "$work"/grown-{1000,10000}.yaml; do
        kb=$(/usr/bin/time -v "$bin" render "$plan" -q -o "$out" 2>&1 >/dev/null |
            awk -F': ' '/Maximum resident set size/ {print $2}')
        printf '%-45s %10.1f MB\n' "$(basename "$plan")" "$(awk -v k="$kb" 'BEGIN {print k / 1024}')"
    done
fi

if want batch; then
    echo
    echo "== batch: 100 sample-sized plans (50 copies of each sample), --jobs 1 vs --jobs 2"
    rm -rf "$work/batch" && mkdir -p "$work/batch"
    for i in $(seq -w 1 50); do
        cp "${samples[0]}" "$work/batch/a-$i.yaml"
        cp "${samples[1]}" "$work/batch/s-$i.yaml"
    done
    for jobs in 1 2; do
        hyperfine -N -w 1 -r 5 --export-json "$work/b$jobs.json" \
            "$bin render $work/batch -q -o $out/batch --jobs $jobs" >/dev/null
    done
    one=$(median_ms "$work/b1.json")
    two=$(median_ms "$work/b2.json")
    printf '%-45s %10s ms\n' "--jobs 1" "$one" "--jobs 2" "$two"
    printf '%-45s %10.2f\n' "ratio (jobs 2 / jobs 1)" "$(awk -v a="$two" -v b="$one" 'BEGIN {print a / b}')"
fi

if want fonts; then
    echo
    echo "== fonts: parses of the bundled faces in one process rendering 4 plans (8 PDFs), callgrind call counts"
    rm -rf "$work/four" && mkdir -p "$work/four"
    for i in 1 2; do
        cp "${samples[0]}" "$work/four/a-$i.yaml"
        cp "${samples[1]}" "$work/four/s-$i.yaml"
    done
    valgrind --tool=callgrind --callgrind-out-file="$work/fonts.out" \
        "$bin" render "$work/four" -q -o "$out/four" --jobs 1 >/dev/null 2>&1
    # Four faces (regular, bold, italic, bold italic): 4 calls of the parser means once a
    # process. (allsorts reads the face's table directory again for each subset it makes.)
    callgrind_annotate --tree=caller --inclusive=yes --threshold=100 "$work/fonts.out" 2>/dev/null |
        python3 -c '
import re, sys
# In a caller tree, "<" lines name the callers of the "*" function that follows them.
callers = []
for line in sys.stdin:
    m = re.search(r"<\s+(?:\S*/index\.crates\.io-[^/]+/)?(.+?) \((\d+)x\)", line)
    if m:
        callers.append((m.group(1), int(m.group(2))))
        continue
    m = re.search(r"\*\s+\S+?:(\S+) \[", line)
    if m and re.search(r"(ttf_parser::Face::parse)$", m.group(1)):
        for caller, n in callers:
            print(f"{n:6d} calls  {m.group(1)}  from {caller}")
    if not line.strip() or m:
        callers = []
'
fi

if want peers; then
    echo
    echo "== qujat beside the floor, typst and LibreOffice (interleaved runs, medians)"
    python3 benches/peers.py "${samples[0]}"
fi

if want profile; then
    echo
    echo "== callgrind: instructions of a 1,000-item render (one thread), top inclusive costs"
    # The release build carries no debug info; the `profiling` profile is release with line
    # tables, so callgrind can name the functions.
    cargo build --profile profiling --quiet
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
        "${CARGO_TARGET_DIR:-target}/profiling/qujat" render "$work/generated-1000.yaml" -q -o "$out" --jobs 1 2>&1 | grep 'refs'
    callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null | python3 -c '
import re, sys
# One line per function of interest: its inclusive instructions and share of the run.
wanted = re.compile(r"(qujat::(app::load|plan::read|plan::validate::check"
    r"|document::build::build|layout::lay_out|layout::draw|docx::write_combined_laid"
    r"|docx::package::Package::(add|stream)|pdf::writer::Writer::(page|finish)"
    r"|pdf::draw::content|pdf::fonts::embed|pdf::finish::save|pdf::finish::pack"
    r"|output::write_all|render::sha256)"
    r"|allsorts::subset::subset|zlib_rs::deflate::deflate|libdeflate_zlib_compress"
    r"|flate2::mem::Compress::new|std::sync::once_lock::OnceLock<T>::initialize)"
    r" \[")
seen = {}
for line in sys.stdin:
    m = re.match(r"\s*([\d,]+) \(\s*([\d.]+)%\)\s+\S*?:(.*)$", line)
    if m and wanted.search(m.group(3)):
        name = m.group(3).split(" [")[0]
        seen.setdefault(name, (int(m.group(1).replace(",", "")), m.group(2)))
for name, (ir, pct) in sorted(seen.items(), key=lambda kv: -kv[1][0]):
    print(f"{ir / 1e6:10.0f} M  {pct:>6}%  {name}")
'
    echo "(full data: callgrind_annotate --inclusive=yes $work/callgrind.out)"
fi
