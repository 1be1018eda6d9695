"""Per-lesson expectations for notebooks 01-03: the outputs their prose relies on.

Lessons 04-06 have theirs in tests/test_lessons_04_06.py.

tests/test_notebooks.py already checks, for every notebook, that it is committed without
outputs, uses IJava's kernelspec, loads the jar first, and runs without an error. Here each
lesson is read once more (the executed_notebook fixture of conftest.py runs it once per session)
and the numbers it prints are parsed, so a test fails when a claim in the prose stops being true.
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
    assert "## Exercises" in markdown[-1]
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


def test_01_mnist_data(lesson):
    nb = lesson("01-mnist-data")
    text = text_of(nb)
    assert "MNIST from" in text
    n = int(number(r"x_train \((\d+), 784\)", text))
    assert f"t_train ({n},)" in text
    if "offline sample" in text:
        assert n == 8000 and "Running on the offline MNIST sample" in text
    assert len(images_of(nb)) >= 3  # the digit grid, the class counts, the pixel histogram
    assert any("Images per class" in t for t in html_of(nb))
    assert number(r"ratio (\d\.\d+)", text) >= 0.6
    assert "one-hot puts a single 1 at the label" in text


def test_02_activation_and_loss(lesson):
    nb = lesson("02-activation-and-loss")
    text = text_of(nb)
    assert len(images_of(nb)) >= 2  # sigmoid with derivative, −log y
    assert "unshifted: [NaN, NaN, NaN]" in text
    assert number(r"-log\(0 \+ 1e-7\) = (\d+\.\d+)", text) == pytest.approx(-math.log(1e-7))
    assert "-log(0)        = Infinity" in text
    assert "batch loss = mean of the row losses" in text


def test_03_forward_pass(lesson):
    nb = lesson("03-forward-pass")
    text = text_of(nb)
    assert any("(784, 50)" in t and "39760" in t for t in html_of(nb))
    randn_loss = number(r"notes: randn .* loss (\d+\.\d+)", text)
    book_loss = number(r"book: 0\.01·randn .* loss (\d+\.\d+)", text)
    assert book_loss == pytest.approx(math.log(10), abs=0.01)
    assert randn_loss > 2 * math.log(10)
    assert number(r"notes: randn\s+saturated\s+(\d+\.\d)%", text) > 50
    assert number(r"notes' init (\d+\.\d)%", text) < 30
    assert len(images_of(nb)) >= 3  # output bars, two histograms
