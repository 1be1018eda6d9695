#!/usr/bin/env bash
# Opens the lessons in Jupyter, with a Java kernel named "java" as every notebook asks for.
#
#   bash scripts/open-lessons.sh [jupyter options...]
#
# Uses an installed IJava or JJava when there is one; otherwise the bundled test kernel,
# built into build/jupyter (with the helper jar) the first time. Starts the classic Notebook
# (or JupyterLab where only that is installed) on notebooks/, on this machine only. Your own
# Jupyter settings are kept; nothing outside build/ is written but what Jupyter itself saves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
source scripts/lib/python.sh

parse_args "$@"
find_or_install_jupyter_python
require_java_and_maven
[[ -f "$JAR" ]] || build_jar -DskipTests
if [[ -f "$KERNELSPEC_DIR/kernel.json" ]]; then provide_java_kernel; else install_test_kernel; fi
see_private_kernels
jupyter_app="$(command -v jupyter-notebook || command -v jupyter-lab || true)"
[[ -n "$jupyter_app" ]] || die "neither jupyter-notebook nor jupyter-lab found (Debian: apt-get install jupyter-notebook)."
echo "Starting $(basename "$jupyter_app") on notebooks/ (stop it with Ctrl+C)."
exec "$jupyter_app" --notebook-dir=notebooks --ip=127.0.0.1 "${EXTRA_ARGS[@]}"
