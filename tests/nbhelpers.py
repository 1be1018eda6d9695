"""Reading executed notebooks: small helpers shared by the notebook tests.

Every helper takes an nbformat notebook node (as returned by the ``executed_notebook``
fixture in conftest.py) and looks only at code cell outputs. Notebooks run through
scripts/notebook_run.py, which joins split prints with nbconvert's coalesce_streams, so a
printf that a kernel sent as several messages reads as the one text Jupyter shows.
"""
import re

from notebook_outputs import code_cells, images_by_cell, joined as _text

ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


def strip_ansi(text):
    """Kernels colour their tracebacks; tests compare plain text."""
    return ANSI_ESCAPE.sub("", text)


def _outputs(nb):
    for number, cell in code_cells(nb):
        for output in cell.get("outputs", []):
            yield number, output


def _plain_text(outputs):
    """Each output's plain text, one after the other, each on its own line."""
    parts = []
    for output in outputs:
        if output.output_type == "stream":
            parts.append(_text(output.text))
        elif output.output_type in ("execute_result", "display_data"):
            parts.append(_text(output.data.get("text/plain", "")))
        elif output.output_type == "error":
            parts.append("\n".join(output.traceback))
    return strip_ansi("\n".join(parts))


def outputs_text(nb):
    """Everything the notebook printed or showed as plain text, ANSI colours removed."""
    return "\n".join(_plain_text(cell.get("outputs", [])) for _, cell in code_cells(nb))


def cell_text(nb, number):
    """Plain text output of one code cell (numbered from 1, markdown cells not counted)."""
    cells = dict(code_cells(nb))
    if number not in cells:
        raise IndexError(f"notebook has {len(cells)} code cells, there is no code cell {number}")
    return _plain_text(cells[number].get("outputs", []))


def image_outputs(nb, mime="image/png"):
    """The decoded bytes of every image output of the given MIME type, in order."""
    return [image for _, _, image in images_by_cell(nb, mime)]


def html_outputs(nb):
    """The text/html of every rich output, in order."""
    return [_text(output.data["text/html"]) for _, output in _outputs(nb)
            if output.output_type in ("execute_result", "display_data") and "text/html" in output.data]


def error_outputs(nb):
    """Every error output as (code cell number, ename, evalue, plain traceback text)."""
    return [(number, output.ename, output.evalue, strip_ansi("\n".join(output.traceback)))
            for number, output in _outputs(nb) if output.output_type == "error"]


def describe_errors(nb, name):
    """A readable report of a notebook's errors, for assertion messages."""
    lines = []
    for number, ename, evalue, traceback in error_outputs(nb):
        cell = dict(code_cells(nb))[number]
        first_line = _text(cell.source).strip().splitlines()[0] if _text(cell.source).strip() else ""
        lines.append(f"{name}: code cell {number} ({first_line!r}) failed with {ename}: {evalue}\n"
                     + "\n".join("    " + line for line in traceback.splitlines()[:15]))
    return "\n".join(lines)


def committed_outputs(nb):
    """Code cells that carry outputs or an execution count, as (number, problem) pairs."""
    problems = []
    for number, cell in code_cells(nb):
        if cell.get("outputs"):
            problems.append((number, f"{len(cell.outputs)} output(s)"))
        if cell.get("execution_count") is not None:
            problems.append((number, f"execution_count {cell.execution_count}"))
    return problems


PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def is_png(data):
    return data.startswith(PNG_SIGNATURE)
