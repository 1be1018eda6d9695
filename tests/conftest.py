"""Shared set-up for the notebook, kernel and browser tests.

Options:
  --kernel NAME   the Jupyter kernel to run notebooks on (default: java-compat, the test kernel
                  built into build/jupyter; use --kernel java for an installed IJava or JJava).

Fixtures for notebook tests (see tests/test_notebooks.py for use):
  executed_notebook(name) -> nbformat node: notebooks/<name>.ipynb ("01-mnist-data", or
      "zh/01-mnist-data" for a subfolder) run top to bottom in a fresh kernel, once per session
      (later calls return the cached result). Errors do not stop the run; check them with
      nbhelpers.error_outputs / describe_errors.
  execute_notebook_file(path, cwd) -> nbformat node: run any notebook (e.g. a fixture) uncached.
Notebooks run exactly as command 1 runs them (scripts/notebook_run.py). Helpers for reading
outputs live in tests/nbhelpers.py (outputs_text, image_outputs, html_outputs, ...).
"""
import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT / "scripts"))  # the scripts' Python modules, shared with tests

from jupyter_env import private_jupyter_env  # noqa: E402
from notebook_files import notebook_paths  # noqa: E402
from notebook_run import execute  # noqa: E402

BUILD_DIR = REPO_ROOT / "build"
NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
TEST_KERNEL = "java-compat"
CELL_TIMEOUT_SECONDS = int(os.environ.get("NOTEBOOK_CELL_TIMEOUT", "600"))


def pytest_addoption(parser):
    parser.addoption("--kernel", default=os.environ.get("NOTEBOOK_KERNEL", TEST_KERNEL),
                     help="Jupyter kernel for the notebooks (default: %(default)s; 'java' = IJava)")


def pytest_configure(config):
    kernel = config.getoption("--kernel")
    os.environ["NOTEBOOK_KERNEL"] = kernel  # read by the kernel conformance test class
    # A real IJava may live in the user's data dir, so only hide it for the test kernel.
    os.environ.update(private_jupyter_env(hide_user_jupyter=kernel == TEST_KERNEL))
    # Figures saved by notebooks during tests go here, not over the main job's build/figures.
    os.environ.setdefault("MNIST_MLP_FIGURES", str(BUILD_DIR / "test-figures"))
    Path(os.environ["MNIST_MLP_FIGURES"]).mkdir(parents=True, exist_ok=True)
    _require_kernel(kernel)


def _require_kernel(kernel):
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel
    try:
        KernelSpecManager().get_kernel_spec(kernel)
    except NoSuchKernel:
        hint = ("build it with: bash scripts/test-all.sh (or bash scripts/run-all.sh)"
                if kernel == TEST_KERNEL else "install IJava, or use the default --kernel java-compat")
        raise pytest.UsageError(f"Jupyter kernel '{kernel}' is not installed; {hint}")


@pytest.fixture(scope="session")
def kernel_name(pytestconfig):
    return pytestconfig.getoption("--kernel")


def notebook_names():
    """The lessons in notebooks/ and its subfolders, as paths without .ipynb ("01-mnist-data",
    "zh/01-mnist-data"), sorted; empty if there are none."""
    return [p.relative_to(NOTEBOOKS_DIR).with_suffix("").as_posix() for p in notebook_paths(NOTEBOOKS_DIR)]


def run_notebook(path, kernel, cwd=None):
    """Executes a notebook in a fresh kernel and returns it with its outputs (errors included).
    Figures it saves go to $MNIST_MLP_FIGURES, in the notebook's subfolder of notebooks/ if any."""
    path = Path(path)
    figures = Path(os.environ["MNIST_MLP_FIGURES"])
    if path.resolve().is_relative_to(NOTEBOOKS_DIR):
        figures = figures / path.resolve().parent.relative_to(NOTEBOOKS_DIR)
    return execute(path, kernel, figures, CELL_TIMEOUT_SECONDS, cwd=cwd)


@pytest.fixture(scope="session")
def executed_notebook(kernel_name):
    cache = {}

    def execute_once(name):
        name = name[:-len(".ipynb")] if name.endswith(".ipynb") else name
        if name not in cache:
            path = NOTEBOOKS_DIR / f"{name}.ipynb"
            if not path.is_file():
                raise FileNotFoundError(f"no notebook {path.relative_to(REPO_ROOT)}")
            cache[name] = run_notebook(path, kernel_name)
        return cache[name]

    return execute_once


@pytest.fixture(scope="session")
def execute_notebook_file(kernel_name):
    def execute_uncached(path, cwd=None):
        return run_notebook(path, kernel_name, cwd)

    return execute_uncached
