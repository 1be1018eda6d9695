#!/usr/bin/env python3
"""Execute every notebook headlessly and write the results under one output folder.

    /usr/bin/python3 scripts/run_notebooks.py [--kernel java-compat] [--notebooks notebooks] [--out build]

For each notebooks/<name>.ipynb (run with notebooks/ as the working directory):
  <out>/notebooks/<name>.ipynb          the executed notebook, outputs included
  <out>/html/<name>.html                its HTML export
  <out>/figures/outputs/<name>-cell<N>-<k>.png
                                        every image/png the notebook displayed
                                        (code cell N counted from 1, k-th image of that cell)
Figures the notebooks save themselves, under stable names, go to $MNIST_MLP_FIGURES
(the main job sets it to <out>/figures); they are listed at the end.

Every file is written to a temporary name first and then renamed, so a second run, or an
interrupted one, never leaves a half-written file. Exit status 1 if any notebook failed.
"""
import argparse
import base64
import os
import sys
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter
from nbconvert.preprocessors.coalescestreams import coalesce_streams


def write_atomically(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def execute(path, kernel, timeout):
    """Runs the notebook in a fresh kernel; returns (notebook, error message or None)."""
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, kernel_name=kernel, timeout=timeout, startup_timeout=120,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
        return tidy(nb), None
    except CellExecutionError as e:
        return tidy(nb), str(e).strip().splitlines()[-1] if str(e).strip() else repr(e)
    except Exception as e:  # kernel died, timeout, ...: still write what ran
        return nb, f"{type(e).__name__}: {e}"


def tidy(nb):
    """Joins the pieces a cell printed with several writes (printf flushes each one), as
    JupyterLab shows them, so that the saved notebook and its HTML read line by line."""
    nb, _ = coalesce_streams(nb, {})
    return nb


def image_outputs(nb):
    """(code cell number from 1, index within the cell from 1, PNG bytes) for each image/png."""
    code_cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    for number, cell in enumerate(code_cells, start=1):
        k = 0
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if "image/png" in data:
                k += 1
                yield number, k, base64.b64decode("".join(data["image/png"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernel", default="java-compat", help="Jupyter kernel name (default: %(default)s)")
    parser.add_argument("--notebooks", default="notebooks", type=Path, help="folder of .ipynb files")
    parser.add_argument("--out", default="build", type=Path, help="output folder (default: %(default)s)")
    parser.add_argument("--timeout", default=600, type=int, help="seconds allowed per cell (default: %(default)s)")
    args = parser.parse_args()

    notebooks = sorted(args.notebooks.resolve().glob("*.ipynb"))
    if not notebooks:
        print(f"No notebooks in {args.notebooks}/ - nothing to run.")
        return 0
    out = args.out.resolve()
    figures_dir = Path(os.environ.get("MNIST_MLP_FIGURES", out / "figures"))
    exporter = HTMLExporter()
    failures = []

    print(f"Running {len(notebooks)} notebook(s) on kernel '{args.kernel}'")
    for path in notebooks:
        started = time.monotonic()
        nb, error = execute(path, args.kernel, args.timeout)
        seconds = time.monotonic() - started

        write_atomically(out / "notebooks" / path.name, nbformat.writes(nb))
        html, _ = exporter.from_notebook_node(nb)
        write_atomically(out / "html" / f"{path.stem}.html", html)
        written = set()
        for number, k, png in image_outputs(nb):
            target = figures_dir / "outputs" / f"{path.stem}-cell{number}-{k}.png"
            write_atomically(target, png)
            written.add(target)
        for stale in (figures_dir / "outputs").glob(f"{path.stem}-cell*.png"):
            if stale not in written:  # left from an earlier run of an older version
                stale.unlink()
        images = len(written)

        status = "ok" if error is None else "FAILED"
        print(f"  {path.name:<40} {status:<6} {seconds:7.1f} s   {images} image(s)")
        if error:
            print(f"      {error}")
            failures.append(path.name)

    saved = sorted(p for p in figures_dir.glob("*.png"))
    print(f"\nExecuted notebooks: {out / 'notebooks'}")
    print(f"HTML exports:       {out / 'html'}")
    print(f"Figures saved by the notebooks ({len(saved)}): {figures_dir}")
    for p in saved:
        print(f"    {p.name}")
    print(f"Every displayed image: {figures_dir / 'outputs'}")
    if failures:
        print(f"\n{len(failures)} notebook(s) failed: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
