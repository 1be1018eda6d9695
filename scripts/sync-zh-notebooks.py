#!/usr/bin/env python3
"""Gives the Chinese edition the English lessons' code, keeping its own Chinese prose.

    /usr/bin/python3 scripts/sync-zh-notebooks.py [--check]

The code of notebooks/NN-*.ipynb is the code of notebooks/zh/NN-*.ipynb, cell for cell, except
  - the first cell, `%classpath ../../lib/target/mnist-mlp.jar` (one folder deeper), and
  - the language cell, `mnistmlp.text.Texts.use("zh_CN")` instead of `...use("en")`.
So after changing a lesson's code, run this and translate only what changed in its markdown.
Markdown cells are matched by position: both editions must have the same sequence of markdown
and code cells, or this stops and says where they part. Cell metadata (a collapsed solution,
say) follows the English. With --check nothing is written; exit status 1 if a file would change.
"""
import argparse
import copy
import sys
from pathlib import Path

from atomic_files import write_atomically
from notebook_files import read_notebook, saved_form

REPO_ROOT = Path(__file__).resolve().parent.parent
ENGLISH = REPO_ROOT / "notebooks"
CHINESE = ENGLISH / "zh"
LANGUAGE_CALL = 'mnistmlp.text.Texts.use("en")'


def chinese_code(source):
    """The Chinese edition's version of an English code cell."""
    if source.startswith("%classpath ../lib/"):
        return source.replace("%classpath ../lib/", "%classpath ../../lib/", 1)
    if source.startswith(LANGUAGE_CALL):
        return 'mnistmlp.text.Texts.use("zh_CN")   // 本版本的语言；English edition: "en"'
    return source


def synced(english, chinese, name):
    """chinese with english's code cells and cell metadata, keeping chinese's markdown."""
    own = list(chinese.cells)
    kinds_en = [c.cell_type for c in english.cells]
    kinds_zh = [c.cell_type for c in own]
    if kinds_en != kinds_zh:
        at = next((i for i, (a, b) in enumerate(zip(kinds_en, kinds_zh)) if a != b),
                  min(len(kinds_en), len(kinds_zh)))
        raise SystemExit(f"notebooks/zh/{name}: cell {at + 1} is {kinds_zh[at:at + 1] or 'missing'}"
                         f" but the English cell {at + 1} is {kinds_en[at:at + 1] or 'missing'}"
                         f" ({len(kinds_zh)} cells against {len(kinds_en)}): add or remove the"
                         f" Chinese markdown cell so both editions have the same sequence")
    result = copy.deepcopy(english)
    for cell, mine in zip(result.cells, own):
        if cell.cell_type == "code":
            cell.source = chinese_code(cell.source)
        else:
            cell.source = mine.source
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report, write nothing")
    args = parser.parse_args()
    stale = 0
    for path in sorted(CHINESE.glob("*.ipynb")):
        english = ENGLISH / path.name
        if not english.is_file():
            raise SystemExit(f"notebooks/zh/{path.name} has no English lesson {english}")
        text = saved_form(synced(read_notebook(english), read_notebook(path), path.name))
        if text != path.read_text(encoding="utf-8"):
            stale += 1
            print(f"{'out of step' if args.check else 'synced'}: notebooks/zh/{path.name}")
            if not args.check:
                write_atomically(path, text)
    print(f"{stale} Chinese notebook(s) {'out of step' if args.check else 'rewritten'}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
