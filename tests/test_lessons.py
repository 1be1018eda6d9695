"""What every lesson 01-06 shares, and helpers for the per-lesson expectations.

tests/test_notebooks.py already checks, for every notebook, that it is committed without
outputs, uses IJava's kernelspec, loads the jar first, and runs without an error. This file
checks the structure the lessons share; the per-lesson expectations live in
tests/test_lessons_00_03.py and tests/test_lessons_04_06.py, which use the helpers below. There
each lesson is read once more (the executed_notebook fixture of conftest.py runs it once per
session) and the numbers it prints are parsed, so a test fails when a claim in the prose stops
being true.
"""
import json
import math
import re

import pytest

from conftest import NOTEBOOKS_DIR
from nbhelpers import html_outputs, image_outputs, is_png, outputs_text

LESSONS = [
    "01-mnist-data",
    "02-activation-and-loss",
    "03-forward-pass",
    "04-numerical-gradient",
    "05-gradient-descent",
    "06-backprop-and-gradient-check",
]


# The one cell in which the Chinese edition differs (besides the %classpath folder).
LANGUAGE_CELL = 'mnistmlp.text.Texts.use("en")   // the language of the jar\'s texts; 中文版: "zh_CN"'
ALL_LESSONS = ["00-start-here"] + LESSONS
TEXTS_ZH = NOTEBOOKS_DIR.parent / "lib/src/main/resources/mnistmlp/text/texts_zh_CN.properties"


def _read(name):
    return json.loads((NOTEBOOKS_DIR / f"{name}.ipynb").read_text(encoding="utf-8"))


def _source(cell):
    return "".join(cell["source"])


# ---------------------------------------------------------------- static: no kernel needed


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_structure(name):
    nb = _read(name)
    assert nb["nbformat"] == 4
    assert nb["metadata"]["kernelspec"] == {"name": "java", "display_name": "Java", "language": "java"}
    assert nb["metadata"]["language_info"]["file_extension"] == ".jshell"
    code = [_source(c) for c in nb["cells"] if c["cell_type"] == "code"]
    assert "Class.forName(" in code[1], "the second cell checks that the jar is loaded"
    assert code[2] == LANGUAGE_CELL, "the third cell chooses the language of the jar's texts"
    assert "import" in code[3], "the fourth cell imports what the lesson uses"
    assert "import static mnistmlp.text.Texts.tr;" in code[3] and "import mnistmlp.text.Texts;" in code[3]
    markdown = [_source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert "What you will learn" in markdown[0]
    everything = "\n".join(code)
    assert "Figures.image(" in everything, "every lesson shows and saves at least one figure"
    assert "javacompat" not in everything and "spencerpark" not in everything


_LITERAL = r'"(?:[^"\\\n]|\\.)*"'
_JAVA_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "'": "'", "\\": "\\"}


def translated_texts(source):
    """The English texts a cell passes to tr(...) or Texts.format(...), as Java reads them
    (adjacent literals joined by +), and the calls whose text is not a literal."""
    texts, not_literal = [], []
    for call in re.finditer(r"(?:\btr|\bTexts\.format)\(", source):
        match = re.match(r"\s*(" + _LITERAL + r"(?:\s*\+\s*" + _LITERAL + r")*)\s*[,)]",
                         source[call.end():])
        if not match:
            not_literal.append(source[call.start():call.end() + 40])
            continue
        texts.append("".join(re.sub(r"\\(.)", lambda e: _JAVA_ESCAPES[e.group(1)], lit[1:-1])
                             for lit in re.findall(_LITERAL, match.group(1))))
    return texts, not_literal


def chinese_texts():
    """The keys of texts_zh_CN.properties, read as java.util.Properties reads them."""
    keys = set()
    for line in TEXTS_ZH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip()[0] in "#!":
            continue
        key = re.match(r"((?:[^\\=:\s]|\\.)*)", line.lstrip()).group(1)
        keys.add(re.sub(r"\\(.)", lambda e: {"n": "\n", "t": "\t"}.get(e.group(1), e.group(1)), key))
    return keys


@pytest.mark.parametrize("name", ALL_LESSONS)
def test_every_text_the_code_shows_has_a_chinese_entry(name):
    # Texts.tr throws on a missing entry, so a missing one would stop the Chinese edition's run.
    code = [_source(c) for c in _read(name)["cells"] if c["cell_type"] == "code"]
    assert code[2] == LANGUAGE_CELL, "the third cell chooses the language of the jar's texts"
    chinese = chinese_texts()
    texts, not_literal = translated_texts("\n".join(code))
    assert texts, f"{name} translates no text"
    assert not not_literal, f"tr/Texts.format with a text that is not a literal: {not_literal}"
    missing = [t for t in texts if t not in chinese]
    assert not missing, f"no entry in {TEXTS_ZH.name} for {missing}"


def test_translated_texts_reads_java_literals():
    texts, not_literal = translated_texts(
        'tr("a b: c"); Texts.format("%d of %d%n" + " more\\n", 1, 2); tr(kind + " x");')
    assert texts == ["a b: c", "%d of %d%n more\n"]
    assert len(not_literal) == 1


# ---------------------------------------------------------------- executed on the kernel


def text_of(nb):
    """Everything printed or shown as plain text, in order."""
    return outputs_text(nb)


def images_of(nb):
    images = image_outputs(nb)
    assert all(is_png(image) for image in images)
    return images


html_of = html_outputs


def number(pattern, text):
    match = re.search(pattern, text)
    assert match, f"expected output matching {pattern!r}"
    return float(match.group(1))


def readability_problems(name):
    """Code lines over 100 characters and code cells over 20 lines (issue 11, readability)."""
    problems = []
    code = [_source(c) for c in _read(name)["cells"] if c["cell_type"] == "code"]
    for number, source in enumerate(code, start=1):
        lines = source.split("\n")
        if len(lines) > 20:
            problems.append(f"{name} code cell {number}: {len(lines)} lines")
        problems += [f"{name} code cell {number}: a line of {len(line)} characters"
                     for line in lines if len(line) > 100]
    return problems


def exercise_structure_problems(name):
    """Exercises, then collapsed worked solutions that end with the summary, then the key points
    as the last cell (the notebook contract in notebooks/README.md)."""
    cells = _read(name)["cells"]
    kinds = [(c["cell_type"], _source(c), c.get("metadata", {})) for c in cells]
    problems = []
    exercises = [i for i, (t, s, _) in enumerate(kinds) if t == "markdown" and "## Exercises" in s]
    if not exercises:
        return [f"{name}: no '## Exercises' section"]
    hidden = [i for i, (t, _, m) in enumerate(kinds)
              if t == "code" and m.get("jupyter", {}).get("source_hidden") is True]
    if not hidden or hidden[0] < exercises[0]:
        problems.append(f"{name}: no collapsed solution cell after the exercises")
    elif "Exercises.summary()" not in kinds[hidden[-1]][1]:
        problems.append(f"{name}: the last solution cell does not print Exercises.summary()")
    last_type, last_source, _ = kinds[-1]
    if last_type != "markdown" or not last_source.startswith("## Key points · 本课要点"):
        problems.append(f"{name}: the last cell is not '## Key points · 本课要点'")
    return problems


def exercise_verdicts(text):
    """Every exercise check the notebook printed, as (exercise, verdict) pairs in order."""
    return re.findall(r"^Exercise (\S+): (passed|not yet right|not answered yet)", text, re.M)


def check_exercises_pass(text, at_least=3, at_most=5):
    """Unanswered, every exercise says so (and Run All goes on); the worked solutions pass them
    all, as the last summary counts."""
    verdicts = exercise_verdicts(text)
    exercises = list(dict.fromkeys(e for e, _ in verdicts))
    assert at_least <= len(exercises) <= at_most, f"expected 3-5 exercises, found {exercises}"
    first = {}
    for exercise, verdict in verdicts:
        first.setdefault(exercise, verdict)
    assert set(first.values()) == {"not answered yet"}, f"before the solutions: {first}"
    summaries = re.findall(r"Exercises: (\d+) passed, (\d+) failed, (\d+) not answered yet", text)
    assert summaries, "no Exercises.summary() line"
    assert tuple(map(int, summaries[-1])) == (len(exercises), 0, 0), summaries[-1]


def reference_comparisons(text):
    """What Reference.compare printed: {what: (largest difference, bound)}, yours against the
    jar's tested version. A difference above its bound stops the notebook with an error."""
    found = re.findall(r"^(.+): largest \|yours − jar\| = (\S+) \(bound (\S+)\) ✓$", text, re.M)
    return {what: (float(difference), float(bound)) for what, difference, bound in found}


def loader_lines(nb):
    """The output of the cell that loads MNIST: one line, from the full set (issue 9)."""
    from nbhelpers import cell_text, code_cells
    number = next(n for n, c in code_cells(nb) if "Datasets.mnist()" in _source(c))
    return cell_text(nb, number).strip().splitlines()


@pytest.fixture(scope="session")
def lesson(executed_notebook):
    return executed_notebook


@pytest.mark.parametrize("name", LESSONS)
def test_figures_are_saved_as_png_files(name, lesson):
    import os
    from pathlib import Path

    lesson(name)  # executing the notebook writes its figures
    names = re.findall(r'Figures\.image\([^;]*?"(\d\d-[a-z0-9-]+)"\)', "\n".join(
        _source(c) for c in _read(name)["cells"] if c["cell_type"] == "code"), flags=re.S)
    assert names, f"{name} saves no figure"
    folder = Path(os.environ["MNIST_MLP_FIGURES"])
    for figure in names:
        path = folder / f"{figure}.png"
        assert path.is_file(), f"{name} did not write {path}"
        assert is_png(path.read_bytes())


