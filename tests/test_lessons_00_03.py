"""Per-lesson expectations for notebooks 00-03: the outputs their prose relies on.

Helpers shared with tests/test_lessons_04_06.py come from tests/test_lessons.py. Each notebook is
executed once per session (conftest.py), and what it printed is parsed: the tests assert what the
notebook computed, never a literal it prints from a constant of its own.
"""
import math
import re

import pytest

from conftest import NOTEBOOKS_DIR
from nbhelpers import html_outputs
from test_lessons import (_read, _source, check_exercises_pass, exercise_structure_problems,
                          images_of, loader_lines, number, readability_problems,
                          reference_comparisons, text_of)

LESSONS = ["00-start-here", "01-mnist-data", "02-activation-and-loss", "03-forward-pass"]
WITH_EXERCISES = LESSONS[1:]
# The Chinese term goes with the first markdown cell (in lesson order) that names the concept.
TERMS = {"neural network": "神经网络", "multilayer perceptron": "多层感知机",
         "hidden layer": "隐藏层", "output layer": "输出层", "supervised data": "监督数据"}


def _markdown(name):
    return [_source(c) for c in _read(name)["cells"] if c["cell_type"] == "markdown"]


# ---------------------------------------------------------------- static: no kernel needed


@pytest.mark.parametrize("name", LESSONS)
def test_readable_code_cells(name):
    assert not readability_problems(name)


@pytest.mark.parametrize("name", WITH_EXERCISES)
def test_exercises_solutions_and_key_points_are_in_place(name):
    assert not exercise_structure_problems(name)


@pytest.mark.parametrize("english, chinese", TERMS.items())
def test_chinese_terms_where_each_first_appears(english, chinese):
    cells = [cell for name in LESSONS for cell in _markdown(name)]
    first = next((cell for cell in cells if english in cell.lower()), None)
    assert first is not None, f"no lesson names the {english}"
    assert chinese in first, f"the first cell that names the {english} lacks {chinese}:\n{first}"


@pytest.mark.parametrize("name", LESSONS)
def test_no_sample_wording(name):
    nb = _read(name)
    assert "sample" not in "\n".join(_source(c) for c in nb["cells"]).lower()


def test_start_here_names_the_menus_of_both_uis():
    first = _markdown("00-start-here")[0]
    assert "Cell → Run All" in first and "Run → Run All Cells" in first


@pytest.mark.parametrize("name", LESSONS)
def test_committed_in_the_form_jupyter_saves(name):
    # nbformat.write, which Jupyter's save uses, is nbformat.writes plus a final newline.
    import nbformat
    path = NOTEBOOKS_DIR / f"{name}.ipynb"
    text = path.read_text(encoding="utf-8")
    assert text == nbformat.writes(nbformat.reads(text, as_version=4)) + "\n", (
        f"{path} is not in nbformat's form: run nbformat.write(nbformat.read(p, 4), p) on it")


@pytest.mark.parametrize("name", LESSONS)
def test_charts_go_through_the_jars_helpers(name):
    # Figures.image draws at 2x with round ticks and checks the font; XChart's own encoder does not.
    code = "\n".join(_source(c) for c in _read(name)["cells"] if c["cell_type"] == "code")
    assert "BitmapEncoder" not in code and "ChartBuilder" not in code
    assert "Figures.image(" in code


def test_03_preactivations_each_on_their_own_axis():
    cells = [_source(c) for c in _read("03-forward-pass")["cells"] if c["cell_type"] == "code"]
    cell = next(c for c in cells if "03-hidden-preactivations" in c)
    # Two panels, each binned over its own values: the book's narrow start keeps its shape.
    assert "Panels.row(" in cell and cell.count("Charts.histogram(") == 2
    assert not re.search(r"addHistogram\([^;]*,\s*-?\d+,\s*-?\d+\)", cell)


# ---------------------------------------------------------------- executed on the kernel


def test_00_start_here_shows_no_display_ids(executed_notebook):
    text = text_of(executed_notebook("00-start-here"))
    assert not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", text), text


def test_01_mnist_data(executed_notebook):
    nb = executed_notebook("01-mnist-data")
    text = text_of(nb)
    loaded = loader_lines(nb)
    assert len(loaded) == 1 and "60000 train, 10000 test" in loaded[0], loaded
    assert "sample" not in text.lower()
    n = int(number(r"x_train \((\d+), 784\)", text))
    assert n == 60000 and f"t_train ({n},)" in text
    assert len(images_of(nb)) >= 3  # the digit grid, the class counts, the pixel histogram
    assert any("Images per class" in t for t in html_outputs(nb))
    assert number(r"ratio (\d\.\d+)", text) >= 0.6
    assert number(r"pixels: (\d+\.\d)% are 0", text) > 50
    assert "one-hot puts a single 1 at the label" in text
    check_exercises_pass(text)


def test_02_activation_and_loss(executed_notebook):
    nb = executed_notebook("02-activation-and-loss")
    text = text_of(nb)
    compared = reference_comparisons(text)
    assert {"sigmoid", "softmax", "cross-entropy, labels as indices",
            "cross-entropy, one-hot labels"} <= set(compared), compared
    assert all(difference <= bound <= 1e-12 for difference, bound in compared.values())
    assert len(images_of(nb)) >= 2  # sigmoid with derivative, −log y
    assert number(r"x =\s+0\.0\s+σ\(x\) = \S+\s+σ'\(x\) = (\S+)", text) == 0.25
    assert "unshifted: [NaN, NaN, NaN]" in text
    right = re.search(r"y_2 = 0\.6 → E = (\S+) \(index\), (\S+) \(one-hot\)", text).groups()
    wrong = re.search(r"y_2 = 0\.1 → E = (\S+) \(index\), (\S+) \(one-hot\)", text).groups()
    assert right[0] == right[1] and wrong[0] == wrong[1]
    assert float(right[0]) < float(wrong[0])
    assert number(r"-log\(0 \+ 1e-7\) = (\d+\.\d+)", text) == pytest.approx(-math.log(1e-7))
    assert "-log(0)        = Infinity" in text
    plain, guarded = re.search(r"-log\(0\.6\)\s+= (\S+), -log\(0\.6 \+ 1e-7\) = (\S+)", text).groups()
    assert 1e-7 < float(plain) - float(guarded) < 1e-6  # the seventh decimal, as the prose says
    assert "softmax(-1000, 0, 1000) = [0.0, " in text  # the probability that the guard caps
    by_index = number(r"t \(3,\) → loss (\S+)", text)
    assert by_index == number(r"t one-hot \(3, 3\) → loss (\S+)", text)
    assert "batch loss = mean of the row losses" in text
    assert number(r"uniformLoss = (\S+),", text) == pytest.approx(math.log(10), abs=1e-5)
    check_exercises_pass(text)


def test_03_forward_pass(executed_notebook):
    nb = executed_notebook("03-forward-pass")
    text = text_of(nb)
    assert len(loader_lines(nb)) == 1
    compared = reference_comparisons(text)
    assert {"forward, batch of 100", "loss, batch of 100"} <= set(compared), compared
    assert all(difference <= bound <= 1e-12 for difference, bound in compared.values())
    assert any("(784, 50)" in t and "39760" in t for t in html_outputs(nb))
    label, predicted = re.search(r"label (\d), predicted (\d), probabilities sum to", text).groups()
    first_y = [float(v) for v in re.search(r"y = \[(.*)\]", text).group(1).split(", ")]
    assert label != predicted and max(first_y) > 0.5  # confidently wrong about the first image
    randn_loss = number(r"notes: randn .* loss (\d+\.\d+)", text)
    book_loss = number(r"book: 0\.01·randn .* loss (\d+\.\d+)", text)
    assert book_loss == pytest.approx(number(r"ln 10 = (\d\.\d+)", text), abs=0.01)
    assert book_loss == pytest.approx(math.log(10), abs=0.01)
    assert randn_loss > 1.5 * math.log(10)
    slopes = re.findall(r"mean σ'\(a1\) (\d\.\d+)", text)
    assert len(slopes) == 2 and float(slopes[0]) < float(slopes[1]) / 5, slopes
    assert randn_loss == pytest.approx(number(r"loss on the batch: (\S+)", text), abs=1e-4)
    assert number(r"notes: randn\s+saturated\s+(\d+\.\d)%", text) > 50
    assert number(r"book: 0\.01·randn\s+saturated\s+(\d+\.\d)%", text) == 0
    assert number(r"notes' init (\d+\.\d)%", text) < 30
    assert number(r"book's init (\d+\.\d)%", text) < 30
    assert len(images_of(nb)) >= 4  # the network, output bars, two histograms
    check_exercises_pass(text)

