"""Accepts every revision of a redline DOCX, as Word's and LibreOffice's "Accept All" do, and
prints what the document then says.

    python3 revisions.py REDLINE.docx [PLAN.docx]

Accepting: an inserted run (`w:ins`) stays, unwrapped; a deleted run (`w:del`) goes; a row
marked deleted (`w:trPr/w:del`) goes whole; a row marked inserted stays, unmarked.

Prints one JSON object: the number of `w:ins` and `w:del` elements found, and the words of the
accepted document in reading order (every paragraph of the body, tables included). With a
second file, also the words of that document, for the caller to compare.
"""

import json
import sys

import docx
from docx.oxml.ns import qn


def accept(body):
    counts = {"ins": 0, "del": 0}
    for row in list(body.iter(qn("w:tr"))):
        pr = row.find(qn("w:trPr"))
        if pr is None:
            continue
        if pr.find(qn("w:del")) is not None:
            counts["del"] += 1
            row.getparent().remove(row)
            continue
        mark = pr.find(qn("w:ins"))
        if mark is not None:
            counts["ins"] += 1
            pr.remove(mark)
    for deleted in list(body.iter(qn("w:del"))):
        counts["del"] += 1
        deleted.getparent().remove(deleted)
    for inserted in list(body.iter(qn("w:ins"))):
        counts["ins"] += 1
        parent = inserted.getparent()
        at = parent.index(inserted)
        for child in list(inserted):
            parent.insert(at, child)
            at += 1
        parent.remove(inserted)
    return counts


def words(body):
    out = []
    for p in body.iter(qn("w:p")):
        text = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                text.append(el.text or "")
            elif el.tag == qn("w:noBreakHyphen"):
                text.append("-")
            elif el.tag == qn("w:delText"):
                raise SystemExit("deleted text left after accepting")
        out.extend("".join(text).split())
    return out


def main():
    redline = docx.Document(sys.argv[1]).element.body
    result = accept(redline)
    result["accepted"] = words(redline)
    if len(sys.argv) > 2:
        result["plan"] = words(docx.Document(sys.argv[2]).element.body)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
