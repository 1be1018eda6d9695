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
    assert "import" in code[2], "the third cell imports what the lesson uses"
    markdown = [_source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert "What you will learn" in markdown[0]
    everything = "\n".join(code)
    assert "Figures.image(" in everything, "every lesson shows and saves at least one figure"
    assert "javacompat" not in everything and "spencerpark" not in everything


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


def test_04_numerical_gradient(lesson):
    nb = lesson("04-numerical-gradient")
    text = text_of(nb)
    assert number(r"at h = 1e-4: forward error \S+, central error (\S+)\n", text) < 1e-8
    assert "extrapolated" in text
    assert number(r"the full gradient \(39760 partial derivatives\) would take about (\d+) s", text) > 1
    assert number(r"largest \|naive − fast\| over the sample: (\S+) ", text) <= 1e-9
    assert number(r"largest \|naive − fast\| over all 39760 entries, batch of 3: (\S+)\n", text) <= 1e-9
    assert "Vector API not used" in text or "Vector API used" in text
    fast_ms = number(r"fast numerical: (\d+\.\d+) ms per gradient", text)
    assert fast_ms * 1000 < number(r"the naive loop, extrapolated: (\d+) ms", text)
    assert any("ms per gradient" in t and "how measured" in t and "fast numerical" in t for t in html_of(nb))
    assert number(r"after 20 steps: \((-?\d+\.\d+),", text) == pytest.approx(0, abs=0.1)
    assert len(images_of(nb)) >= 3  # error vs h, gradient field, W1 gradient tiles


def test_05_gradient_descent(lesson):
    nb = lesson("05-gradient-descent")
    text = text_of(nb)
    before = number(r"loss of batch_0 is (\d+\.\d+)", text)
    after = number(r"loss of result is (\d+\.\d+)", text)
    assert after < before
    assert number(r"batch of 100 \(\w+\): loss before (\d+\.\d+)", text) > number(r"after (\d+\.\d+), in", text)
    first = number(r"mean loss of the first 100 iterations: (\d+\.\d+)", text)
    last = number(r"of the last 100: (\d+\.\d+)", text)
    assert last < first / 4
    assert number(r"final: train accuracy \S+, test accuracy (\d\.\d+)", text) >= 0.90
    assert "trained with the fast gradient" in text
    assert "batch of 100 (fast)" in text
    assert re.search(r"done: 10,000 iterations in \S+ s with the fast gradient", text)  # the live display, as it ended
    training = number(r"seconds: (\d+\.\d) in all", text)
    naive_days = number(r"naive loop, extrapolated: \d+ s per gradient, (\d+\.\d) days", text)
    assert training * 1000 < naive_days * 86400
    assert any("fast numerical training" in t and "9.55 s" in t for t in html_of(nb))
    assert any("5.19" in t and "0.4092" in t for t in html_of(nb))
    assert len(images_of(nb)) >= 3  # learning rate, loss curve, accuracy


def test_06_backprop_and_gradient_check(lesson):
    nb = lesson("06-backprop-and-gradient-check")
    text = text_of(nb)
    assert "gradient check passed" in text
    check = next(t for t in html_of(nb) if "Gradient check" in t)
    rows = re.findall(r"<tr>(.*?)</tr>", check, flags=re.S)
    by_pair = {}
    for row in rows:
        cells = re.findall(r"<td[^>]*>([^<]*)</td>", row)
        if len(cells) == 5:
            by_pair.setdefault(cells[0], []).append([float(c) for c in cells[2:]])
    assert set(by_pair) == {"backprop vs naive", "fast vs naive", "fast vs backprop"}
    assert all(len(v) == 4 for v in by_pair.values())  # W1, b1, W2, b2
    assert max(max(r) for v in by_pair.values() for r in v) < 1e-6
    assert max(r[0] for r in by_pair["fast vs naive"]) <= 1e-9
    assert number(r"backprop is (\d+) times faster", text) > 1000
    assert number(r"fast numerical is (\d+) times faster", text) > 1000
    speed = next(t for t in html_of(nb) if "ms per gradient" in t)
    methods = re.findall(r"<tr><td[^>]*>([^<]*)</td>", speed)
    assert methods == ["naive numerical", "fast numerical", "backprop"]
    assert "extrapolated" in speed
    assert any("Confusion matrix" in t for t in html_of(nb))
    assert number(r"test accuracy (\d\.\d+)\n", text) > 0.85
    assert len(images_of(nb)) >= 3  # speed, W1 tiles, mistakes
