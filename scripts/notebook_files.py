"""Which notebooks there are, and the exact form they are committed in."""
from pathlib import Path

import nbformat


def notebook_paths(folder):
    """Every .ipynb under folder, subfolders included (a translation in notebooks/zh/ is
    found like the lessons), sorted by path; Jupyter's checkpoints are not notebooks."""
    folder = Path(folder)
    return sorted(p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def saved_form(nb):
    """The text Jupyter writes when it saves nb (nbformat.write: writes plus a final newline).
    Committing notebooks in this form means opening and saving one gives no diff."""
    return nbformat.writes(nb) + "\n"


def read_notebook(path):
    return nbformat.read(str(path), as_version=4)
