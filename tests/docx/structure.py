"""Checks DOCX files the way python-docx users see them: one table, whose first row is marked
to repeat on every page (w:tblHeader) and whose merged cells are single cells.

Usage: structure.py FILE.docx SPEC.txt [FILE.docx SPEC.txt ...]

SPEC lines: `cell R C ROWS COLS`: the grid cell at row R, column C (row 0 is the header) covers
ROWS rows and COLS columns. python-docx gives every grid position of a merged cell the same
`_tc`, so the positions inside the rectangle must share it and the ones just outside must not.

Prints every problem and exits 1, or prints one `ok` line per file.
"""

import sys

import docx
from docx.oxml.ns import qn


def check(path, spec):
    problems = []
    document = docx.Document(path)
    if len(document.tables) != 1:
        return [f"{len(document.tables)} tables, expected 1"]
    table = document.tables[0]
    columns = len(table.columns)
    cells = table._cells  # one per grid position, merged positions repeated
    rows = len(cells) // columns
    for r, row in enumerate(table.rows):
        trpr = row._tr.trPr
        marked = trpr is not None and trpr.find(qn("w:tblHeader")) is not None
        if marked != (r == 0):
            problems.append(f"row {r}: w:tblHeader is {'set' if marked else 'missing'}")
    count = 0
    with open(spec, encoding="utf-8") as f:
        for line in f:
            _, r, c, h, w = line.split()
            r, c, h, w = int(r), int(c), int(h), int(w)
            count += 1
            tc = cells[r * columns + c]._tc
            for i in range(h):
                for j in range(w):
                    if cells[(r + i) * columns + c + j]._tc is not tc:
                        problems.append(f"cell {r},{c}: {r + i},{c + j} is not merged into it")
            if r + h < rows and cells[(r + h) * columns + c]._tc is tc:
                problems.append(f"cell {r},{c}: merged further down than {h} rows")
            if c + w < columns and cells[r * columns + c + w]._tc is tc:
                problems.append(f"cell {r},{c}: merged further right than {w} columns")
    if count == 0:
        problems.append("the spec lists no cells")
    if not problems:
        print(f"ok {path}: {rows} rows, {count} cells")
    return problems


def main(args):
    failed = False
    for path, spec in zip(args[::2], args[1::2]):
        for p in check(path, spec):
            print(f"{path}: {p}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
