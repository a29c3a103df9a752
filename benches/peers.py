#!/usr/bin/env python3
"""qujat beside its peers and beside the floor, for docs/performance.md.

    python3 benches/peers.py [PLAN] [--runs N]

For one plan (default: the action-plan sample), in one run and interleaved (each round runs
every contender once, in turn, so that a busy moment of the machine hits them all alike):

- qujat: `qujat render PLAN`, the whole process, all four files (kk/ru x DOCX/PDF);
- floor: `target/release/examples/floor` (benches/floor/floor.rs), a process that only deflates and
  writes four files of the same content, as qujat does;
- typst: ONE PDF of the same table (the Kazakh document's cells, read from qujat's DOCX with
  python-docx) with the same bundled Liberation Serif faces, untagged, compiled by the `typst`
  package from PyPI in a fresh Python process. Two figures: the compile alone, timed inside that
  process (kinder to typst: no interpreter start), and the whole process;
- LibreOffice: ONE conversion of qujat's Kazakh DOCX to PDF (`soffice --headless
  --convert-to pdf`), with a profile made once beforehand.

A contender whose tool is absent is skipped with a plain message. Medians are printed as a
Markdown table, with the issue's ratios. Needs qujat built (`cargo build --release`) and the
floor (`cargo build --release --example floor`); CARGO_TARGET_DIR is honoured.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
QUJAT = TARGET / "release" / "qujat"
FLOOR = TARGET / "release" / "examples" / "floor"
FONTS = ROOT / "templates" / "fonts"


def wall(cmd, **kw):
    """Seconds one command takes, start to exit; its failure stops the benchmark."""
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)
    return time.perf_counter() - start


def docx_payload(docx, out):
    """The DOCX's parts, uncompressed, one after the other: what its zip deflates."""
    with zipfile.ZipFile(docx) as z, open(out, "wb") as f:
        for name in z.namelist():
            f.write(z.read(name))


def pdf_payload(pdf, out):
    """The PDF with every stream inflated (qpdf), or as it is when qpdf is absent."""
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--stream-data=uncompress", str(pdf), str(out)], check=True)
    else:
        shutil.copy(pdf, out)


def typ_escape(text):
    out = []
    for c in text:
        if c in '\\#*_`$<>@[]"/~=-+':
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out).replace("\n", " \\\n")


def typst_source(docx):
    """A .typ document of the DOCX's paragraphs before the table and of its table: the same
    texts in the same faces on the same landscape A4, in typst's own table layout."""
    import docx as python_docx

    d = python_docx.Document(str(docx))
    sec = d.sections[0]
    mm = lambda length: f"{length.mm:.1f}mm"
    lines = [
        f"#set page(width: {mm(sec.page_width)}, height: {mm(sec.page_height)}, margin: "
        f"(left: {mm(sec.left_margin)}, right: {mm(sec.right_margin)}, "
        f"top: {mm(sec.top_margin)}, bottom: {mm(sec.bottom_margin)}))",
        '#set text(font: "Liberation Serif", size: 12pt, lang: "kk")',
        "#set par(justify: false)",
        "#set table(inset: (x: 5.4pt, y: 1pt))",
        "#show table: set text(size: 11pt)",
    ]
    for p in d.paragraphs:
        if p.text.strip():
            lines.append(typ_escape(p.text) + "\n")
    for table in d.tables:
        widths = ", ".join(f"{c.width.pt:.2f}pt" for c in table.columns)
        lines.append(f"#table(columns: ({widths}), stroke: 0.5pt,")
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                # python-docx repeats a merged cell for every grid column it spans.
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                span = sum(1 for c in row.cells if c._tc is cell._tc)
                body = typ_escape(cell.text)
                if span > 1:
                    lines.append(f"  table.cell(colspan: {span})[{body}],")
                else:
                    lines.append(f"  [{body}],")
        lines.append(")")
    return "\n".join(lines) + "\n"


TYPST_TIMED = """
import sys, time, typst
start = time.perf_counter()
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]], ignore_system_fonts=True, pdf_tags=False)
print(time.perf_counter() - start)
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("plan", nargs="?", default=str(ROOT / "samples" / "anticorruption-plan-2022.yaml"))
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--no-libreoffice", action="store_true", help="skip the LibreOffice conversion")
    ap.add_argument("--baseline", metavar="QUJAT", help="another qujat binary to time beside (before/after)")
    args = ap.parse_args()
    plan = Path(args.plan).resolve()
    stem = plan.stem
    for tool, how in [(QUJAT, "cargo build --release"), (FLOOR, "cargo build --release --example floor")]:
        if not tool.exists():
            sys.exit(f"{tool} is missing: run `{how}` first")

    work = Path(tempfile.mkdtemp(prefix="qujat-peers-"))
    ref = work / "ref"
    subprocess.run([QUJAT, "render", plan, "-q", "-o", ref], check=True)
    outputs = sorted(ref.glob(f"{stem}.*.*"))
    payloads = work / "payloads"
    payloads.mkdir()
    for f in outputs:
        (docx_payload if f.suffix == ".docx" else pdf_payload)(f, payloads / f.name)
    kk_docx = ref / f"{stem}.kk.docx"

    contenders = {}
    qujat_out = work / "qujat"
    contenders["qujat, 4 files"] = lambda: wall([QUJAT, "render", plan, "-q", "-o", qujat_out])
    if args.baseline:
        base_out = work / "baseline"
        base_cmd = [args.baseline, "render", plan, "-q", "-o", base_out]
        contenders["qujat baseline, 4 files"] = lambda: wall(base_cmd)
    floor_out = work / "floor"
    floor_out.mkdir()
    floor_args = [FLOOR, *sorted(payloads.iterdir()), floor_out]
    contenders["floor, 4 files"] = lambda: wall(floor_args)

    try:
        import typst  # noqa: F401

        typ = work / f"{stem}.kk.typ"
        typ.write_text(typst_source(kk_docx), encoding="utf-8")
        typst_pdf = work / "typst.pdf"
        compile_times = []

        def run_typst():
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", TYPST_TIMED, typ, typst_pdf, FONTS],
                check=True, capture_output=True, text=True)
            whole = time.perf_counter() - start
            compile_times.append(float(done.stdout.strip()))
            return whole

        run_typst()  # compiles once, so that an error in the .typ shows before timing
        compile_times.clear()
        contenders["typst, 1 PDF (whole Python process)"] = run_typst
    except ImportError:
        print("typst: skipped, the `typst` Python package is not installed (pip install typst)")
        compile_times = None

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice and not args.no_libreoffice:
        profile = work / "lo-profile"
        lo_out = work / "lo"
        lo_cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                  "--convert-to", "pdf", "--outdir", lo_out, kk_docx]
        wall(lo_cmd)  # the first start builds the profile
        contenders["LibreOffice, 1 conversion"] = lambda: wall(lo_cmd)
    elif not soffice:
        print("LibreOffice: skipped, soffice is not installed")

    times = {name: [] for name in contenders}
    for name, run in contenders.items():
        run()  # warm the page cache
    for _ in range(args.runs):
        for name, run in contenders.items():
            times[name].append(run())

    med = {name: statistics.median(t) * 1000 for name, t in times.items()}
    if compile_times:
        med["typst, 1 PDF (compile alone, in a fresh process)"] = statistics.median(compile_times) * 1000
    print(f"\n{plan.name}: medians of {args.runs} interleaved runs\n")
    print("| contender | median |")
    print("|---|---|")
    for name, ms in med.items():
        print(f"| {name} | {ms:.1f} ms |")
    q = med["qujat, 4 files"]
    print()
    print(f"qujat / floor: {q / med['floor, 4 files']:.2f} (target <= 1.3)")
    for name in med:
        if name.startswith("typst"):
            print(f"qujat / {name}: {q / med[name]:.2f} (target <= 0.35)")
    if "LibreOffice, 1 conversion" in med:
        print(f"qujat / LibreOffice: {q / med['LibreOffice, 1 conversion']:.4f} (target <= 0.01)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
