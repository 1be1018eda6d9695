"""Running a notebook the one way command 1 and the tests both use.

A notebook runs in a fresh kernel with its own folder as working directory (so its
`%classpath ../lib/...` resolves), every cell runs even after an error (the error stays in the
outputs), and split prints are joined as Jupyter shows them. What the run did is kept in the
notebook's metadata under "mnist_mlp": the kernel, the seconds it took, and the figures it saved.
"""
import os
import time
from pathlib import Path

from nbclient import NotebookClient
from nbconvert.preprocessors.coalescestreams import coalesce_streams

from notebook_files import read_notebook

RUN_METADATA = "mnist_mlp"


def _pngs(folder):
    """{file name: modification time} of the PNG files directly in folder."""
    return {p.name: p.stat().st_mtime_ns for p in Path(folder).glob("*.png")}


def execute(path, kernel, figures_dir, timeout=600, cwd=None):
    """Returns notebook `path` executed on `kernel` in cwd (default: its folder), its figures
    saved into figures_dir (the notebooks' MNIST_MLP_FIGURES). A dead kernel or a timeout
    raises; cell errors do not."""
    path = Path(path)
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    nb = read_notebook(path)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=120,
                            allow_errors=True, resources={"metadata": {"path": str(cwd or path.parent)}})
    before = _pngs(figures_dir)
    started = time.monotonic()
    client.execute(env={**os.environ, "MNIST_MLP_FIGURES": str(figures_dir)})
    seconds = time.monotonic() - started
    after = _pngs(figures_dir)
    saved = sorted((name for name in after if before.get(name) != after[name]), key=after.get)
    nb, _ = coalesce_streams(nb, {})
    nb.metadata[RUN_METADATA] = {"kernel": kernel, "run_seconds": round(seconds, 1),
                                 "saved_figures": saved}
    return nb


def run_info(nb):
    """The metadata execute() recorded, or an empty dict for a notebook it did not run."""
    return nb.metadata.get(RUN_METADATA, {})


def first_error(nb):
    """'ename: evalue' of the first error output, or None when the notebook ran cleanly."""
    for cell in nb.cells:
        for output in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if output.output_type == "error":
                return f"{output.ename}: {output.evalue}"
    return None
