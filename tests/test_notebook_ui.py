"""The learner's path: the lessons run through Debian's classic Jupyter Notebook, in Chromium.

A Notebook server is started on 127.0.0.1 (a free port, a random token) on a COPY of notebooks/
(the repository is never changed), with the bundled test kernel under the name the notebooks ask
for, "java", as command 1 and scripts/open-lessons.sh provide it where no IJava is installed.
tests/browser/notebook-ui.js clicks the menus; screenshots go to build/screenshots/.
"""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import BUILD_DIR, NOTEBOOKS_DIR, REPO_ROOT
from notebook_files import read_notebook, saved_form
from test_browser import SCREENSHOTS, node_env

UI_ROOT = BUILD_DIR / "ui-test"
NOTEBOOK_UI = REPO_ROOT / "tests" / "browser" / "notebook-ui.js"
TEST_KERNELSPEC = BUILD_DIR / "jupyter" / "kernels" / "java-compat" / "kernel.json"
START = "00-start-here.ipynb"
LONG_LESSON = "05-gradient-descent.ipynb"  # its training cell runs for many seconds
LONG_CELL_SECONDS = 5


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare_copy():
    """UI_ROOT/notebooks: a copy of the lessons, with ../lib pointing at the real jar, and a
    Jupyter of its own whose only kernel is the test kernel named "java"."""
    shutil.rmtree(UI_ROOT, ignore_errors=True)
    shutil.copytree(NOTEBOOKS_DIR, UI_ROOT / "notebooks")
    (UI_ROOT / "lib").symlink_to(REPO_ROOT / "lib")
    spec = json.loads(TEST_KERNELSPEC.read_text(encoding="utf-8"))
    spec["display_name"] = "Java"  # as install_test_kernel in scripts/lib/common.sh writes it
    kernel_dir = UI_ROOT / "jupyter" / "kernels" / "java"
    kernel_dir.mkdir(parents=True)
    (kernel_dir / "kernel.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    env = {**os.environ, "JUPYTER_PATH": str(UI_ROOT / "jupyter")}
    for name, folder in [("JUPYTER_DATA_DIR", "data"), ("JUPYTER_CONFIG_DIR", "config"),
                         ("JUPYTER_RUNTIME_DIR", "runtime")]:
        env[name] = str(UI_ROOT / folder)
        (UI_ROOT / folder).mkdir()
    return env


def wait_until_up(url, server, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"jupyter notebook exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    pytest.fail(f"jupyter notebook did not answer at {url} within {seconds} s")


@pytest.fixture(scope="module")
def committed_notebooks():
    """The repository's notebooks as they were before the UI was used."""
    return {p: p.read_bytes() for p in NOTEBOOKS_DIR.rglob("*.ipynb")}


@pytest.fixture(scope="module")
def notebook_server(committed_notebooks):
    """(base URL, token) of a classic Notebook server; stopped, kernels and all, afterwards."""
    command = shutil.which("jupyter-notebook")
    if command is None:
        pytest.fail("jupyter-notebook is not installed (Debian: apt-get install jupyter-notebook)")
    if not TEST_KERNELSPEC.is_file():
        pytest.fail(f"{TEST_KERNELSPEC} is missing: bash scripts/test-all.sh builds the test kernel")
    env = prepare_copy()
    port, token = free_port(), secrets.token_hex(16)
    log = open(UI_ROOT / "server.log", "wb")
    server = subprocess.Popen(
        [command, "--no-browser", "--ip=127.0.0.1", f"--port={port}", "--port-retries=0",
         f"--NotebookApp.token={token}", f"--notebook-dir={UI_ROOT / 'notebooks'}", "--allow-root"],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/api/status?token={token}", server)
        yield base, token
    finally:
        server.send_signal(signal.SIGTERM)  # the server shuts its kernels down on the way out
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)  # its own session: the server and its kernels
            server.wait()
        log.close()


def drive(server, *args):
    base, token = server
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["node", str(NOTEBOOK_UI), base, token, str(SCREENSHOTS), *args],
                          env=node_env(), capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, f"notebook-ui.js {args} failed:\n{done.stderr[-3000:]}"
    (UI_ROOT / f"{args[0]}.json").write_text(done.stdout, encoding="utf-8")  # for a reader of a failure
    return json.loads(done.stdout)


def assert_opened_on_java(result):
    """No kernel dialog and no switch. (The page may still count as changed: every kernel
    reports its own metadata.language_info, which the Notebook writes in.)"""
    opened = result["onOpen"]
    assert opened["kernelName"] == "java", f"the notebook switched to kernel {opened['kernelName']}"
    assert not opened["dialogs"], f"a dialog appeared on opening: {opened['dialogs']}"


@pytest.fixture(scope="module")
def start_here_run(notebook_server):
    return drive(notebook_server, "run-all", START)


def test_start_here_opens_on_the_java_kernel(start_here_run):
    assert_opened_on_java(start_here_run)


def test_start_here_runs_all_through_the_menu(start_here_run):
    seen = start_here_run["seen"]
    assert not seen["errors"], seen["errors"]
    assert all(isinstance(p, int) for p in start_here_run["afterRun"]["prompts"]), start_here_run["afterRun"]
    assert seen["images"] and min(seen["images"]) > 0, f"the chart image did not load: {seen['images']}"
    assert seen["tables"] >= 1, "no HTML table appeared"
    assert "Counted to 5 of 5" in seen["text"], "the live counter did not reach its final value"
    assert not start_here_run["consoleErrors"], start_here_run["consoleErrors"]


@pytest.fixture(scope="module")
def stopped_lesson_run(notebook_server):
    if not (NOTEBOOKS_DIR / LONG_LESSON).is_file():
        pytest.fail(f"notebooks/{LONG_LESSON} is missing; name another lesson with a long cell")
    return drive(notebook_server, "stop-long", LONG_LESSON, str(LONG_CELL_SECONDS))


def test_lesson_opens_on_the_java_kernel(stopped_lesson_run):
    assert_opened_on_java(stopped_lesson_run)


def test_a_long_cell_can_be_stopped(stopped_lesson_run):
    assert stopped_lesson_run["stoppedCell"] is not None, \
        f"no cell of {LONG_LESSON} ran for {LONG_CELL_SECONDS} s"
    stopped = stopped_lesson_run["stoppedCell"]
    shown = [error["text"] for error in stopped_lesson_run["seen"]["errors"] if error["cell"] == stopped]
    assert any("nterrupt" in text for text in shown), \
        f"the stopped code cell {stopped} shows no interruption: {shown}"


def test_stopping_a_cell_aborts_the_queued_ones(stopped_lesson_run):
    """As ipykernel does: after an interrupt the cells queued by Run All are answered as aborted,
    so none of them runs (no number in its prompt) and the stopped cell shows the one error."""
    stopped = stopped_lesson_run["stoppedCell"]
    prompts = stopped_lesson_run["afterRun"]["prompts"]
    ran_after = [number for number, prompt in enumerate(prompts, start=1)
                 if number > stopped and isinstance(prompt, int)]
    assert not ran_after, f"code cells {ran_after} still ran after cell {stopped} was stopped"
    errors = stopped_lesson_run["seen"]["errors"]
    assert [error["cell"] for error in errors] == [stopped], f"error outputs after one interrupt: {errors}"


def without_outputs_and_language_info(nb):
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nb.metadata.pop("language_info", None)
    return saved_form(nb)


def test_saving_changes_nothing_but_outputs_and_language_info(stopped_lesson_run):
    assert stopped_lesson_run["saved"]
    saved = read_notebook(UI_ROOT / "notebooks" / LONG_LESSON)
    committed = read_notebook(NOTEBOOKS_DIR / LONG_LESSON)
    assert without_outputs_and_language_info(saved) == without_outputs_and_language_info(committed)


def test_the_repository_is_left_alone(stopped_lesson_run, committed_notebooks):
    changed = [str(p) for p, data in committed_notebooks.items() if p.read_bytes() != data]
    assert not changed, f"using the UI changed the repository's notebooks: {changed}"
