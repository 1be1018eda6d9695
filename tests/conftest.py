"""Shared set-up for the notebook and kernel tests.

Options:
  --kernel NAME   the Jupyter kernel to run notebooks on (default: java-compat, the test kernel
                  built into build/jupyter; use --kernel java for an installed IJava).

Fixtures for notebook tests (see tests/test_notebooks.py for use):
  executed_notebook(name) -> nbformat node: notebooks/<name>.ipynb run top to bottom in a fresh
      kernel, once per session (later calls return the cached result). Errors do not stop the
      run; check them with nbhelpers.error_outputs / describe_errors.
  execute_notebook_file(path, cwd) -> nbformat node: run any notebook (e.g. a fixture) uncached.
Helpers for reading outputs live in tests/nbhelpers.py (outputs_text, image_outputs,
html_outputs, error_outputs, cell_text, ...).
"""
import os
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
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
    _use_private_jupyter_dirs(kernel)
    # Figures saved by notebooks during tests go here, not over the main job's build/figures.
    os.environ.setdefault("MNIST_MLP_FIGURES", str(BUILD_DIR / "test-figures"))
    Path(os.environ["MNIST_MLP_FIGURES"]).mkdir(parents=True, exist_ok=True)
    _require_kernel(kernel)


def _use_private_jupyter_dirs(kernel):
    """Keep Jupyter out of the home directory. JUPYTER_PATH alone is not enough."""
    private = BUILD_DIR / "jupyter"
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        p for p in [str(private), os.environ.get("JUPYTER_PATH", "")] if p)
    os.environ["JUPYTER_RUNTIME_DIR"] = str(BUILD_DIR / "jupyter-runtime")
    if kernel == TEST_KERNEL:
        # A real IJava may live in the user's data dir, so only hide it for the test kernel.
        os.environ["JUPYTER_DATA_DIR"] = str(BUILD_DIR / "jupyter-data")
        os.environ["JUPYTER_CONFIG_DIR"] = str(BUILD_DIR / "jupyter-config")
    for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR"):
        if name in os.environ:
            Path(os.environ[name]).mkdir(parents=True, exist_ok=True)


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
    """Names (without .ipynb) of the lessons in notebooks/, sorted; empty if there are none."""
    return sorted(p.stem for p in NOTEBOOKS_DIR.glob("*.ipynb"))


def run_notebook(path, kernel, cwd):
    """Executes a notebook in a fresh kernel and returns it with its outputs (errors included)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=CELL_TIMEOUT_SECONDS,
                            allow_errors=True, startup_timeout=120,
                            resources={"metadata": {"path": str(cwd)}})
    started = time.monotonic()
    client.execute()
    nb.metadata["test_run_seconds"] = round(time.monotonic() - started, 1)
    return nb


@pytest.fixture(scope="session")
def executed_notebook(kernel_name):
    cache = {}

    def execute(name):
        name = name[:-len(".ipynb")] if name.endswith(".ipynb") else name
        if name not in cache:
            path = NOTEBOOKS_DIR / f"{name}.ipynb"
            if not path.is_file():
                raise FileNotFoundError(f"no notebook {path.relative_to(REPO_ROOT)}")
            cache[name] = run_notebook(path, kernel_name, NOTEBOOKS_DIR)
        return cache[name]

    return execute


@pytest.fixture(scope="session")
def execute_notebook_file(kernel_name):
    def execute(path, cwd=None):
        path = Path(path)
        return run_notebook(path, kernel_name, cwd or path.parent)

    return execute
