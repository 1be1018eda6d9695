#!/usr/bin/env python3
"""The private Jupyter folders under build/: the one definition for the scripts and the tests.

    eval "$(python3 scripts/jupyter_env.py [--hide-user-jupyter])"    (scripts/lib/common.sh)
    os.environ.update(private_jupyter_env(hide_user_jupyter=...))        (tests/conftest.py)

build/jupyter comes first on JUPYTER_PATH, so the kernelspecs built there are found, and
connection files go to build/jupyter-runtime. With --hide-user-jupyter (runs on the bundled
test kernel) the user's own Jupyter data and configuration (~/.local/share/jupyter, ~/.jupyter)
are neither read nor written: JUPYTER_PATH alone would still use them.
"""
import os
import shlex
import sys
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent.parent / "build"
KERNELS_HOME = BUILD_DIR / "jupyter"


def private_jupyter_env(hide_user_jupyter):
    """The environment variables to set; their folders are created."""
    path = [str(KERNELS_HOME)] + [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep)
                                  if p and p != str(KERNELS_HOME)]
    env = {"JUPYTER_PATH": os.pathsep.join(path),
           "JUPYTER_RUNTIME_DIR": str(BUILD_DIR / "jupyter-runtime")}
    if hide_user_jupyter:
        env["JUPYTER_DATA_DIR"] = str(BUILD_DIR / "jupyter-data")
        env["JUPYTER_CONFIG_DIR"] = str(BUILD_DIR / "jupyter-config")
    for name, value in env.items():
        if name != "JUPYTER_PATH":
            Path(value).mkdir(parents=True, exist_ok=True)
    return env


if __name__ == "__main__":
    for name, value in private_jupyter_env("--hide-user-jupyter" in sys.argv[1:]).items():
        print(f"export {name}={shlex.quote(value)}")
