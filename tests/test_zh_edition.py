"""The Chinese edition (notebooks/zh/) runs the English lessons' code and says what they say.

Static: each lesson has a Chinese edition with the same cell sequence and the same code, except
the first cell (one folder deeper) and the language cell; every number in a Chinese markdown
cell is a number of its English cell (the English claims are checked in test_lessons*.py).
Executed: the Chinese run shows Chinese, computes the same numbers as the English run (cells
that measure time aside), and saves the same figures, all drawn with a font that displays them
(Figures.image fails the run otherwise, and test_notebooks.py requires runs without errors).
"""
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NOTEBOOKS_DIR, REPO_ROOT
from nbhelpers import image_outputs, outputs_text
from notebook_files import read_notebook
from notebook_outputs import code_cells

ENGLISH = sorted(p.stem for p in NOTEBOOKS_DIR.glob("*.ipynb"))
CHINESE = sorted(p.stem for p in (NOTEBOOKS_DIR / "zh").glob("*.ipynb"))
LANGUAGE_CELL = {"en": 'mnistmlp.text.Texts.use("en")', "zh": 'mnistmlp.text.Texts.use("zh_CN")'}
# The fixed words the lesson tests look for, and their Chinese counterparts.
HEADINGS = {"What you will learn": "本课你将学到", "## Exercises": "## 练习",
            "## Worked solutions": "## 参考解答", "## Key points · 本课要点": "## 本课要点"}
CJK = re.compile(r"[\u4e00-\u9fff]")
NUMBER = re.compile(r"(?<![\w.])[-−]?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?")
# Cells that time something print different numbers in every run, in either language.
TIMED = re.compile(r"nanoTime|currentTimeMillis|Timings|seconds|millis|ms\[|perParameter", re.I)
# Three English words in a row: a sentence the jar or a cell forgot to translate.
ENGLISH_PHRASE = re.compile(r"\b[A-Za-z]{3,} [a-z]{2,} [a-z]{3,}\b")
# Lesson 05 prints the notes' own program output the way the notes print it, in English.
NOTES_OUTPUT = re.compile(r"^(Neural Start\.|loss of (batch_0|result) is |cost of time is )")


def _cells(name, kind):
    return ["".join(c.source) for c in read_notebook(NOTEBOOKS_DIR / f"{name}.ipynb").cells
            if c.cell_type == kind]


EXERCISE_LABEL = re.compile(r"练习\s*\d+\.\d+")


def numbers(text):
    return {n.replace(",", "").replace("−", "-") for n in NUMBER.findall(text)}


def prose_numbers(markdown):
    """The numbers of a markdown cell; a label like 练习 6.3 names an exercise, not a result."""
    return numbers(EXERCISE_LABEL.sub("", markdown))


def test_every_lesson_has_a_chinese_edition():
    assert CHINESE == ENGLISH


def test_the_top_readme_points_chinese_readers_to_their_guide():
    first_lines = "\n".join((REPO_ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:8])
    assert "notebooks/zh/README.md" in first_lines
    guide = (NOTEBOOKS_DIR / "zh" / "README.md").read_text(encoding="utf-8")
    assert len(CJK.findall(guide)) > 500, "the Chinese guide should be written in Chinese"
    for command in ("bash scripts/run-all.sh", "bash scripts/test-all.sh", "environment.yml"):
        assert command in guide
    for name in CHINESE:
        assert f"({name}.ipynb)" in guide, f"the guide does not link {name}.ipynb"


@pytest.mark.parametrize("name", CHINESE)
def test_same_code_but_the_language_cell(name):
    english, chinese = _cells(name, "code"), _cells(f"zh/{name}", "code")
    assert len(chinese) == len(english)
    differ = [i for i, (a, b) in enumerate(zip(english, chinese)) if a != b]
    language = [i for i, cell in enumerate(english) if cell.startswith(LANGUAGE_CELL["en"])]
    assert language and language[0] <= 3, "the language cell is one of the first code cells"
    assert differ == [0] + language, (
        f"code cells {[i + 1 for i in differ]} of zh/{name} differ from the English; only the"
        f" first cell and the language cell may (run scripts/sync-zh-notebooks.py)")
    assert chinese[language[0]].startswith(LANGUAGE_CELL["zh"])


def test_the_sync_script_finds_both_editions_in_step():
    result = subprocess.run([sys.executable, str(REPO_ROOT / "scripts" / "sync-zh-notebooks.py"),
                             "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", CHINESE)
def test_prose_is_chinese_with_the_fixed_headings(name):
    for i, (english, chinese) in enumerate(zip(_cells(name, "markdown"),
                                               _cells(f"zh/{name}", "markdown"))):
        if len(english) > 80:
            assert CJK.search(chinese), f"untranslated markdown cell in zh/{name}:\n{chinese[:200]}"
        for words, chinese_words in HEADINGS.items():
            if _has(english, words):
                assert _has(chinese, chinese_words), f"zh/{name}, markdown cell {i + 1}: no {chinese_words}"


def _has(markdown, words):
    """Headings at the start of a line; other fixed words anywhere."""
    return bool(re.search(("^" if words[0] == "#" else "") + re.escape(words), markdown, re.M))


@pytest.mark.parametrize("name", CHINESE)
def test_every_number_in_the_chinese_prose_is_in_the_english_cell(name):
    for i, (english, chinese) in enumerate(zip(_cells(name, "markdown"),
                                               _cells(f"zh/{name}", "markdown"))):
        extra = prose_numbers(chinese) - numbers(english)
        assert not extra, f"zh/{name}, markdown cell {i + 1}: {sorted(extra)} not in the English"


# ---------------------------------------------------------------- executed on the kernel


def _shown(output):
    """What an output shows, as text: images are left out (their plain text is an object name
    with a hash code), tables count by their HTML."""
    if output.output_type == "stream":
        return "".join(output.text)
    data = output.get("data", {})
    if "image/png" in data:
        return ""
    return "".join(data.get("text/html", data.get("text/plain", "")))


def _outputs_by_cell(nb):
    return {number: "\n".join(_shown(o) for o in cell.get("outputs", []))
            for number, cell in code_cells(nb)}


@pytest.mark.parametrize("name", CHINESE)
def test_the_chinese_run_shows_chinese(name, executed_notebook):
    text = outputs_text(executed_notebook(f"zh/{name}"))
    assert "简体中文" in text, "the language cell shows the language it chose"
    leftovers = [line for line in text.splitlines()
                 if ENGLISH_PHRASE.search(line) and not CJK.search(line)
                 and not NOTES_OUTPUT.match(line)]
    assert not leftovers, f"zh/{name} printed English:\n" + "\n".join(leftovers[:10])


@pytest.mark.parametrize("name", CHINESE)
def test_the_chinese_run_computes_what_the_english_run_does(name, executed_notebook):
    english = _outputs_by_cell(executed_notebook(name))
    chinese = _outputs_by_cell(executed_notebook(f"zh/{name}"))
    sources = dict((number, "".join(cell.source)) for number, cell in code_cells(
        read_notebook(NOTEBOOKS_DIR / f"{name}.ipynb")))
    for number, text in english.items():
        if TIMED.search(sources[number]) or sources[number].startswith(LANGUAGE_CELL["en"]):
            continue
        assert numbers(chinese[number]) == numbers(text), (
            f"zh/{name}, code cell {number}: numbers differ from the English run\n"
            f"en: {text[:300]}\nzh: {chinese[number][:300]}")


@pytest.mark.parametrize("name", CHINESE)
def test_the_chinese_run_saves_the_english_figures(name, executed_notebook):
    english, chinese = executed_notebook(name), executed_notebook(f"zh/{name}")
    saved = lambda nb: sorted(nb.metadata.get("mnist_mlp", {}).get("saved_figures", []))
    assert saved(chinese) == saved(english)
    assert len(image_outputs(chinese)) == len(image_outputs(english))
    folder = Path(os.environ["MNIST_MLP_FIGURES"]) / "zh"
    for figure in saved(chinese):
        assert (folder / figure).is_file(), f"{folder / figure} was not written"
