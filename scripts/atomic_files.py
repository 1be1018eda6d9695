"""The one way the Python scripts write a file: to a temporary name beside it, then renamed.

A second run, or an interrupted one, never leaves a half-written file behind.
"""
import os
import tempfile
from pathlib import Path


def write_atomically(path, data):
    """Writes bytes or text (as UTF-8) to path, creating its folder, replacing it in one rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        os.chmod(tmp, 0o644)  # mkstemp makes it private; these are files for readers
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
