#!/usr/bin/env python3
"""Rewrites notebooks in the exact form Jupyter saves them, so opening one changes nothing.

    /usr/bin/python3 scripts/normalize-notebooks.py [NOTEBOOK_OR_FOLDER ...]   (default: notebooks/)

Only the form changes (key order, indentation, final newline); cells and outputs stay as they
are. Prints each file it changed. tests/test_notebooks.py checks that nothing is left to change.
"""
import sys
from pathlib import Path

from atomic_files import write_atomically
from notebook_files import notebook_paths, read_notebook, saved_form

REPO_ROOT = Path(__file__).resolve().parent.parent


def targets(args):
    for arg in args or [REPO_ROOT / "notebooks"]:
        path = Path(arg)
        yield from notebook_paths(path) if path.is_dir() else [path]


def main(args):
    changed = 0
    for path in targets(args):
        text = path.read_text(encoding="utf-8")
        normal = saved_form(read_notebook(path))
        if text != normal:
            write_atomically(path, normal)
            print(f"normalized {path}")
            changed += 1
    print(f"{changed} notebook(s) rewritten")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
