"""Every notebook in notebooks/ runs top to bottom on a fresh kernel without an error.

Per-lesson expectations for 01-06 live in tests/test_lessons.py; the expectations for
00-start-here are at the end of this file. Each notebook is executed once per session
(the executed_notebook fixture in conftest.py caches it).
"""
import json
import os
import re

import pytest

from conftest import NOTEBOOKS_DIR, REPO_ROOT, notebook_names
from nbhelpers import (committed_outputs, describe_errors, error_outputs, html_outputs,
                       image_outputs, is_png, outputs_text)
from notebook_files import read_notebook, saved_form

NOTEBOOKS = notebook_names()
JAR = REPO_ROOT / "lib" / "target" / "mnist-mlp.jar"


def first_code_cell(name):
    """`%classpath ../lib/target/mnist-mlp.jar`, relative to the notebook's own folder."""
    folder = (NOTEBOOKS_DIR / name).parent
    return "%classpath " + os.path.relpath(JAR, folder).replace(os.sep, "/")


def _read(name):
    with open(NOTEBOOKS_DIR / f"{name}.ipynb", encoding="utf-8") as f:
        return json.load(f)


def test_there_are_notebooks():
    assert NOTEBOOKS, f"no notebooks found in {NOTEBOOKS_DIR}"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    import nbformat
    problems = committed_outputs(nbformat.read(str(NOTEBOOKS_DIR / f"{name}.ipynb"), as_version=4))
    assert not problems, (
        f"notebooks/{name}.ipynb is committed with outputs: "
        + ", ".join(f"code cell {number}: {problem}" for number, problem in problems) + "; "
        f"clear them (Jupyter: Edit > Clear All Outputs, or "
        f"jupyter nbconvert --clear-output --inplace notebooks/{name}.ipynb)")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_uses_ijavas_kernelspec_and_loads_the_jar_first(name):
    nb = _read(name)
    kernelspec = nb.get("metadata", {}).get("kernelspec", {})
    assert kernelspec.get("name") == "java" and kernelspec.get("language") == "java", (
        f"notebooks/{name}.ipynb: kernelspec must be IJava's (name 'java', language 'java'), got {kernelspec}")
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code, f"notebooks/{name}.ipynb has no code cells"
    first = "".join(code[0]["source"]).strip()
    assert first == first_code_cell(name), (
        f"notebooks/{name}.ipynb: the first code cell must be exactly '{first_code_cell(name)}', got {first!r}")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_in_the_form_jupyter_saves(name):
    """Opening and saving a lesson in Jupyter then changes no key order or indentation."""
    path = NOTEBOOKS_DIR / f"{name}.ipynb"
    assert path.read_text(encoding="utf-8") == saved_form(read_notebook(path)), (
        f"notebooks/{name}.ipynb is not in the form Jupyter saves; "
        f"run: /usr/bin/python3 scripts/normalize-notebooks.py")


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_runs_top_to_bottom_without_errors(name, executed_notebook):
    nb = executed_notebook(name)
    assert not error_outputs(nb), "\n" + describe_errors(nb, f"notebooks/{name}.ipynb")


# --- 00-start-here: the set-up works ------------------------------------------------------

START = "00-start-here"
needs_start = pytest.mark.skipif(START not in NOTEBOOKS, reason=f"notebooks/{START}.ipynb is missing")


@needs_start
def test_start_here_finds_the_jar_and_names_java(executed_notebook):
    text = outputs_text(executed_notebook(START))
    assert "mnist-mlp jar is loaded" in text, text
    assert re.search(r"Java version: \d+", text), text


@needs_start
def test_start_here_shows_a_chart(executed_notebook):
    images = image_outputs(executed_notebook(START))
    assert images, "00-start-here displayed no image/png"
    assert all(is_png(image) for image in images)
    assert max(len(image) for image in images) > 5000, "the chart PNG is suspiciously small"


@needs_start
def test_start_here_shows_an_html_table(executed_notebook):
    tables = [html for html in html_outputs(executed_notebook(START)) if "<table" in html]
    assert tables, "00-start-here displayed no HTML table"
    assert "<td" in tables[0]


@needs_start
def test_start_here_counter_ends_at_its_last_update(executed_notebook):
    # nbclient applies update_display_data in place: the one output shows the final value.
    text = outputs_text(executed_notebook(START))
    assert "Counted to 5 of 5" in text, text
    assert "Counted to 1 of 5" not in text
