"""Reading what an executed notebook shows: the one place images are taken out of outputs."""
import base64


def code_cells(nb):
    """The code cells, in order, as (number, cell) pairs; numbers start at 1 and skip markdown."""
    cells = [cell for cell in nb.cells if cell.cell_type == "code"]
    return list(enumerate(cells, start=1))


def joined(value):
    """nbformat stores long strings as lists of lines; this gives the one string."""
    return "".join(value) if isinstance(value, list) else str(value)


def images_by_cell(nb, mime="image/png"):
    """(code cell number, index of the image within the cell from 1, decoded bytes) for every
    rich output of the given MIME type, in order."""
    found = []
    for number, cell in code_cells(nb):
        k = 0
        for output in cell.get("outputs", []):
            if output.output_type in ("execute_result", "display_data") and mime in output.data:
                k += 1
                found.append((number, k, base64.b64decode(joined(output.data[mime]))))
    return found
