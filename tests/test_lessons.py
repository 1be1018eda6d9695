"""The six lessons: committed clean, following the conventions, and, executed on the test
kernel, showing the outputs their prose relies on.

Each notebook is executed once per session (the fixture caches it); the tests then read its
outputs. Numbers are parsed from the lines the notebooks print, so a test fails when a claim in
the prose stops being true.
"""
import json
import math
import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LESSONS = [
    "01-mnist-data",
    "02-activation-and-loss",
    "03-forward-pass",
    "04-numerical-gradient",
    "05-gradient-descent",
    "06-backprop-and-gradient-check",
]


def load(name):
    return json.loads((NOTEBOOKS / f"{name}.ipynb").read_text(encoding="utf-8"))


def code_cells(nb):
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def source(cell):
    return "".join(cell["source"])


# ---------------------------------------------------------------- static: no kernel needed


@pytest.mark.parametrize("name", LESSONS)
def test_committed_without_outputs(name):
    for cell in code_cells(load(name)):
        assert cell["outputs"] == [], f"{name}: a code cell was committed with outputs"
        assert cell["execution_count"] is None, f"{name}: a code cell was committed with an execution count"


@pytest.mark.parametrize("name", LESSONS)
def test_follows_the_notebook_conventions(name):
    nb = load(name)
    assert nb["nbformat"] == 4
    assert nb["metadata"]["kernelspec"] == {"name": "java", "display_name": "Java", "language": "java"}
    assert nb["metadata"]["language_info"]["name"] == "java"
    assert nb["metadata"]["language_info"]["file_extension"] == ".jshell"
    cells = code_cells(nb)
    assert source(cells[0]) == "%classpath ../lib/target/mnist-mlp.jar"
    assert "import" in source(cells[1])
    markdown = [source(c) for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert "What you will learn" in markdown[0]
    assert "## Exercises" in markdown[-1]
    everything = "\n".join(source(c) for c in cells)
    assert "Figures.image(" in everything, "every lesson shows at least one figure"
    assert "IJava" not in everything and "jupyter" not in everything.lower()


# ---------------------------------------------------------------- executed on the test kernel


def outputs(nb):
    for cell in code_cells(nb):
        for out in cell.get("outputs", []):
            yield cell, out


def text_of(nb):
    """All plain text a notebook printed or displayed, in order. A kernel may send one print as
    several stream messages, so consecutive stream outputs are joined without separators."""
    parts = []
    for cell in code_cells(nb):
        previous_was_stream = False
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream":
                text = "".join(out["text"]) if isinstance(out["text"], list) else out["text"]
                if previous_was_stream:
                    parts[-1] += text
                else:
                    parts.append(text)
                previous_was_stream = True
                continue
            previous_was_stream = False
            if "data" in out and "text/plain" in out["data"]:
                data = out["data"]["text/plain"]
                parts.append("".join(data) if isinstance(data, list) else data)
    return "\n".join(parts)


def html_of(nb):
    tables = []
    for _, out in outputs(nb):
        if "data" in out and "text/html" in out["data"]:
            data = out["data"]["text/html"]
            tables.append("".join(data) if isinstance(data, list) else data)
    return tables


def images_of(nb):
    return [out for _, out in outputs(nb) if "data" in out and "image/png" in out["data"]]


def number(pattern, text):
    match = re.search(pattern, text)
    assert match, f"expected output matching {pattern!r}"
    return float(match.group(1))


KERNEL = "java-compat"


def execute(path):
    """Runs a notebook top to bottom on the test kernel, with notebooks/ as working directory."""
    import time

    import nbformat
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    from nbclient import NotebookClient

    try:
        KernelSpecManager().get_kernel_spec(KERNEL)
    except NoSuchKernel:
        pytest.skip(f"the {KERNEL} kernel is not installed (set JUPYTER_PATH to where it was built)")
    nb = nbformat.read(path, as_version=4)
    start = time.monotonic()
    NotebookClient(nb, kernel_name=KERNEL, timeout=600, resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()
    print(f"{path.stem}: {time.monotonic() - start:.1f} s")
    keep = os.environ.get("LESSONS_EXECUTED_DIR")  # to look at the executed notebooks afterwards
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, str(Path(keep) / path.name))
    return json.loads(nbformat.writes(nb))


@pytest.fixture(scope="session")
def lesson():
    """Executes a lesson once per session on the test kernel and returns the executed notebook."""
    cache = {}

    def run(name):
        if name not in cache:
            cache[name] = execute(NOTEBOOKS / f"{name}.ipynb")
        return cache[name]

    return run


@pytest.mark.parametrize("name", LESSONS)
def test_runs_without_errors_and_shows_figures(lesson, name):
    nb = lesson(name)
    errors = [out for _, out in outputs(nb) if out["output_type"] == "error"]
    assert not errors, f"{name}: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    assert len(images_of(nb)) >= 1


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


def test_04_numerical_gradient(lesson):
    nb = lesson("04-numerical-gradient")
    text = text_of(nb)
    assert number(r"at h = 1e-4: forward error \S+, central error (\S+)\n", text) < 1e-8
    assert "extrapolated" in text
    assert number(r"the full gradient \(39760 partial derivatives\) would take about (\d+) s", text) > 1
    assert number(r"largest \|naive − \w+\| over the sample: (\S+) ", text) < 1e-6
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
    assert number(r"final: train accuracy \S+, test accuracy (\d\.\d+)", text) > 0.85
    assert "done: 10,000 iterations" in text  # the live progress display, as it ended
    assert any("5.19" in t and "0.4092" in t for t in html_of(nb))
    assert len(images_of(nb)) >= 3  # learning rate, loss curve, accuracy


def test_06_backprop_and_gradient_check(lesson):
    nb = lesson("06-backprop-and-gradient-check")
    text = text_of(nb)
    assert "gradient check passed" in text
    check = next(t for t in html_of(nb) if "Gradient check" in t)
    cells = re.findall(r"<td[^>]*>([^<]*)</td>", check)
    differences = [float(c) for c in cells if re.fullmatch(r"[-+0-9.e]+", c)]
    assert len(differences) == 12 and max(differences) < 1e-6
    assert number(r"backprop is (\d+) times faster", text) > 1000
    assert any("Confusion matrix" in t for t in html_of(nb))
    assert number(r"test accuracy (\d\.\d+)\n", text) > 0.85
    assert len(images_of(nb)) >= 3  # speed, W1 tiles, mistakes
