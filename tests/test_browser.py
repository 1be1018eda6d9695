"""What a reader sees: every lesson page and the lesson site, opened in Debian's Chromium.

The pages are made exactly as command 1 makes them (scripts/publish.py), from the notebooks this
test session executed, into build/test-web/; the site is then copied to a folder of its own and
opened from there over file://, so nothing can come from the build machine or the network.
tests/browser/check-pages.js (puppeteer-core) reports what the browser shows; full-page
screenshots go to build/screenshots/.
"""
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import BUILD_DIR, NOTEBOOKS_DIR, REPO_ROOT, notebook_names
from nbhelpers import image_outputs
from publish import html_exporter, install_mathjax, write_page, write_site

WEB_ROOT = BUILD_DIR / "test-web"
SCREENSHOTS = BUILD_DIR / "screenshots"
NODE_MODULES = BUILD_DIR / "node" / "node_modules"
CHECK_PAGES = REPO_ROOT / "tests" / "browser" / "check-pages.js"
SITE_INDEX = "site-index"
SITE_INDEX_ZH = "zh/site-index"
INDEXES = [SITE_INDEX] + ([SITE_INDEX_ZH] if any(n.startswith("zh/") for n in notebook_names()) else [])
PAGES = notebook_names() + INDEXES


def node_env():
    """The environment for the browser scripts: puppeteer-core from build/node."""
    if not (NODE_MODULES / "puppeteer-core").is_dir():
        pytest.fail(f"puppeteer-core is not installed in {NODE_MODULES}: bash scripts/test-all.sh "
                    "installs it (npm ci from scripts/web/package-lock.json)")
    return {**os.environ, "NODE_PATH": str(NODE_MODULES)}


@pytest.fixture(scope="session")
def published_site(executed_notebook):
    """The pages and the lesson site, built from this session's runs; returns the site folder."""
    lessons = [(name, executed_notebook(name)) for name in notebook_names()]
    install_mathjax(WEB_ROOT / "html")
    exporter = html_exporter()
    for name, nb in lessons:
        write_page(exporter, nb, WEB_ROOT / "html", f"{name}.html")
    write_site(lessons, WEB_ROOT / "html", os.environ["MNIST_MLP_FIGURES"], WEB_ROOT / "site", NOTEBOOKS_DIR)
    return WEB_ROOT / "site"


@pytest.fixture(scope="session")
def copied_site(published_site, tmp_path_factory):
    """The site copied to an unrelated folder, as a reader would copy it."""
    copy = tmp_path_factory.mktemp("elsewhere") / "site"
    shutil.copytree(published_site, copy)
    return copy


def page_file(site, page):
    return site / (page.replace("site-index", "index.html") if page in INDEXES else f"{page}.html")


def lessons_of(index):
    """The lessons a site index lists: its own edition's."""
    chinese = index == SITE_INDEX_ZH
    return [name for name in notebook_names() if name.startswith("zh/") == chinese]


@pytest.fixture(scope="session")
def seen_in_chromium(copied_site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    args = ["node", str(CHECK_PAGES), str(SCREENSHOTS)]
    for page in PAGES:
        args += [str(page_file(copied_site, page)), page.replace("/", "--")]
    done = subprocess.run(args, env=node_env(), capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"check-pages.js failed:\n{done.stderr[-3000:]}"
    return {page: json.loads(done.stdout)[page.replace("/", "--")] for page in PAGES}


def has_maths(page):
    """Whether the lesson's markdown has TeX in it (the site index always shows summaries)."""
    if page in INDEXES:
        return False
    nb = json.loads((NOTEBOOKS_DIR / f"{page}.ipynb").read_text(encoding="utf-8"))
    return any("$" in "".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.mark.parametrize("page", PAGES)
def test_mathjax_typesets_every_formula(page, seen_in_chromium):
    seen = seen_in_chromium[page]
    assert seen["mathjax"], f"{page}: MathJax did not load"
    assert not seen["rawTex"], f"{page}: raw TeX left in the visible text: {seen['rawTex'][:5]}"
    assert not seen["mathErrors"], f"{page}: MathJax could not typeset: {seen['mathErrors'][:5]}"
    if has_maths(page):
        assert seen["formulas"] > 0, f"{page}: the markdown has TeX but nothing was typeset"


@pytest.mark.parametrize("page", PAGES)
def test_every_image_loads(page, seen_in_chromium, executed_notebook):
    seen = seen_in_chromium[page]
    shown = len(lessons_of(page)) if page in INDEXES else len(image_outputs(executed_notebook(page)))
    assert seen["images"] >= shown, f"{page} has {seen['images']} images, expected at least {shown}"
    assert not seen["brokenImages"], f"{page}: images that did not load: {seen['brokenImages']}"


@pytest.mark.parametrize("page", PAGES)
def test_no_console_errors(page, seen_in_chromium):
    assert not seen_in_chromium[page]["consoleErrors"], seen_in_chromium[page]["consoleErrors"]


@pytest.mark.parametrize("page", PAGES)
def test_full_page_screenshot_is_saved(page, seen_in_chromium):
    shot = Path(seen_in_chromium[page]["screenshot"])
    assert shot.read_bytes().startswith(b"\x89PNG"), f"no screenshot at {shot}"


@pytest.mark.parametrize("page", PAGES)
def test_loads_nothing_from_the_machine_or_the_network(page, copied_site):
    """Scripts, styles and images are relative paths or data: URLs (links in prose may point anywhere)."""
    text = page_file(copied_site, page).read_text(encoding="utf-8")
    loaded = re.findall(r'<(?:script|img)\b[^>]*\bsrc="([^"]*)"', text) + \
        re.findall(r'<link\b[^>]*\bhref="([^"]*)"', text)
    absolute = [url for url in loaded
                if not url.startswith("data:") and re.match(r"^(?:[a-z][a-z0-9+.-]*:|/)", url)]
    assert not absolute, f"{page} loads from absolute places: {absolute}"
    assert str(REPO_ROOT) not in text, f"{page} names the build machine's folder {REPO_ROOT}"


@pytest.mark.parametrize("index", INDEXES)
def test_site_links_every_lesson_and_its_main_figure(index, copied_site):
    page = page_file(copied_site, index)
    text = page.read_text(encoding="utf-8")
    for name in lessons_of(index):
        link = name.split("/")[-1] + ".html"
        assert f'href="{link}"' in text, f"{index} does not link {link}"
        assert (page.parent / link).is_file()
    assert text.count('class="thumb"') == len(lessons_of(index)), "a lesson has no thumbnail"
    assert 'id="gallery"' in text


@pytest.mark.parametrize("index", INDEXES)
def test_site_has_a_language_switch(index, copied_site):
    if len(INDEXES) < 2:
        pytest.skip("one edition only")
    text = page_file(copied_site, index).read_text(encoding="utf-8")
    other = "../index.html" if index == SITE_INDEX_ZH else "zh/index.html"
    assert f'href="{other}"' in text, f"{index} has no link to the other edition"
    assert (page_file(copied_site, index).parent / other).is_file()


@pytest.mark.parametrize("page", [p for p in PAGES if p.startswith("zh/")])
def test_chinese_pages_draw_chinese(page, seen_in_chromium):
    assert seen_in_chromium[page]["drawsChinese"], f"{page}: Chinese is drawn as empty boxes"
