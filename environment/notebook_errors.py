#!/usr/bin/python3
"""Prints every error output of executed notebooks as 'notebook: cell N (first line of code): error' and exits 1 if any.

Usage: notebook_errors.py NOTEBOOK.ipynb [...]
"""
import re
import sys

import nbformat

ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def errors(path):
    nb = nbformat.read(path, as_version=4)
    code_index = 0
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        code_index += 1
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                first = next((l for l in cell.source.splitlines() if l.strip()), "").strip()
                trace = ANSI.sub("", "\n".join(out.get("traceback", [])[:3]))
                yield (f"{path}: code cell {code_index} ({first[:70]!r}): "
                       f"{out.get('ename')}: {ANSI.sub('', out.get('evalue', ''))}\n    " + trace.replace("\n", "\n    "))


if __name__ == "__main__":
    found = [e for p in sys.argv[1:] for e in errors(p)]
    for e in found:
        print(e)
    sys.exit(1 if found else 0)
