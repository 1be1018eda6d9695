#!/usr/bin/env python3
"""Execute every notebook headlessly and write the results for readers under one folder.

    /usr/bin/python3 scripts/run_notebooks.py [--kernel java] [--notebooks notebooks] [--out build]

For each <notebooks>/<name>.ipynb, subfolders included (run with its folder as working directory):
  <out>/notebooks/<name>.ipynb          the executed notebook, outputs included
  <out>/html/<name>.html                its HTML page (MathJax in <out>/html/mathjax/, offline)
  <figures>/<folder>/outputs/<stem>-cell<N>-<k>.png
                                        every image/png it displayed (code cell N from 1, k-th image)
  <out>/site/index.html                 the lesson site: contents, summaries, run times, gallery
Figures the notebooks save themselves go to <figures>/<folder>, where <figures> is
$MNIST_MLP_FIGURES (default <out>/figures) and <folder> the notebook's subfolder, if any.

Every file is written to a temporary name and renamed, so a second run, or an interrupted one,
never leaves a half-written file. Exit status 1 if any notebook failed.
"""
import argparse
import os
import sys
from pathlib import Path, PurePosixPath


from atomic_files import write_atomically
from notebook_files import notebook_paths, saved_form
from notebook_outputs import images_by_cell
from notebook_run import execute, first_error, run_info
from publish import html_exporter, install_mathjax, output_image_name, write_page, write_site


def write_displayed_images(nb, outputs_dir, stem):
    """Writes every image nb displayed; removes images an older run of it left behind."""
    written = set()
    for number, k, png in images_by_cell(nb):
        target = outputs_dir / output_image_name(stem, number, k)
        write_atomically(target, png)
        written.add(target)
    for stale in outputs_dir.glob(f"{stem}-cell*.png"):
        if stale not in written:
            stale.unlink()
    return len(written)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernel", default="java", help="Jupyter kernel name (default: %(default)s)")
    parser.add_argument("--notebooks", default="notebooks", type=Path, help="folder of .ipynb files")
    parser.add_argument("--out", default="build", type=Path, help="output folder (default: %(default)s)")
    parser.add_argument("--timeout", default=600, type=int, help="seconds allowed per cell (default: %(default)s)")
    args = parser.parse_args()

    root = args.notebooks.resolve()
    paths = notebook_paths(root)
    if not paths:
        print(f"No notebooks in {args.notebooks}/ - nothing to run.")
        return 0
    out = args.out.resolve()
    figures_root = Path(os.environ.get("MNIST_MLP_FIGURES", out / "figures"))
    install_mathjax(out / "html")
    exporter = html_exporter()
    lessons, failures = [], []

    print(f"Running {len(paths)} notebook(s) on kernel '{args.kernel}'")
    for path in paths:
        rel = PurePosixPath(path.relative_to(root).with_suffix("").as_posix())
        figures = figures_root / rel.parent
        try:
            nb = execute(path, args.kernel, figures, args.timeout)
            error = first_error(nb)
        except Exception as e:  # the kernel died or a cell timed out: nothing to publish
            print(f"  {str(rel) + '.ipynb':<40} FAILED\n      {type(e).__name__}: {e}")
            failures.append(str(rel))
            continue
        write_atomically(out / "notebooks" / f"{rel}.ipynb", saved_form(nb))
        write_page(exporter, nb, out / "html", f"{rel}.html")
        images = write_displayed_images(nb, figures / "outputs", rel.name)
        lessons.append((str(rel), nb))

        status = "ok" if error is None else "FAILED"
        print(f"  {str(rel) + '.ipynb':<40} {status:<6} {run_info(nb)['run_seconds']:7.1f} s   "
              f"{images} image(s), {len(run_info(nb)['saved_figures'])} saved")
        if error:
            print(f"      {error}")
            failures.append(str(rel))

    write_site(lessons, out / "html", figures_root, out / "site", root)
    print(f"\nExecuted notebooks: {out / 'notebooks'}")
    print(f"HTML pages:         {out / 'html'} (offline; MathJax in html/mathjax)")
    print(f"Lesson site:        {out / 'site' / 'index.html'}")
    print(f"Saved figures:      {figures_root}")
    print(f"Displayed images:   {figures_root / 'outputs'}")
    if failures:
        print(f"\n{len(failures)} notebook(s) failed: {', '.join(failures)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
