#!/usr/bin/env bash
# README command 1: set up everything and regenerate every notebook's results.
#
#   bash scripts/run-all.sh [--kernel NAME]
#
# Builds the helper jar, makes sure Jupyter and a Java kernel are there, fetches the data,
# executes every notebook headlessly and writes, under build/:
#   notebooks/*.ipynb   executed notebooks      html/*.html   their HTML export
#   figures/*.png       figures the notebooks saved          figures/outputs/*.png  every displayed image
# It prefers an installed IJava (kernel "java") and otherwise uses the bundled test kernel
# (build/jupyter/kernels/java-compat). Running it again is safe.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
source scripts/lib/python.sh

kernel="${NOTEBOOK_KERNEL:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --kernel) kernel="${2:?--kernel needs a kernel name}"; shift 2 ;;
    --kernel=*) kernel="${1#--kernel=}"; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) die "unknown argument '$1' (usage: bash scripts/run-all.sh [--kernel NAME])" ;;
  esac
done

started=$SECONDS
mkdir -p "$BUILD_DIR"
find_or_install_jupyter_python
is_debian_root && ensure_apt_packages   # fonts for chart text, the offline data sample
require_java_and_maven
build_jar -DskipTests
install_test_kernel
see_private_kernels

if [[ -z "$kernel" ]]; then
  if kernel_names | grep -qx java; then
    kernel=java
    echo "Using the installed IJava kernel 'java'."
  else
    kernel="$KERNEL_NAME"
    echo "No IJava kernel ('java') installed: using the bundled test kernel '$KERNEL_NAME'."
  fi
else
  echo "Using kernel '$kernel' (chosen with --kernel / NOTEBOOK_KERNEL)."
fi

[[ "$kernel" == "$KERNEL_NAME" ]] && use_private_jupyter_dirs

log "Fetching the data (java -jar lib/target/mnist-mlp.jar data fetch)"
# The jar lists its commands in --help; "data" appears there once the data command exists.
if java -jar "$JAR" --help 2>/dev/null | grep -Eq '^[[:space:]]+data([[:space:]]|$)'; then
  java -jar "$JAR" data fetch
else
  echo "data fetch not available in this jar yet: skipping (notebooks use whatever data they find)."
fi

log "Executing the notebooks"
export MNIST_MLP_FIGURES="$BUILD_DIR/figures"
mkdir -p "$MNIST_MLP_FIGURES"
status=0
"$PYTHON" scripts/run_notebooks.py --kernel "$kernel" --notebooks notebooks --out "$BUILD_DIR" || status=$?

echo
if [[ $status -eq 0 ]]; then
  echo "run-all: OK in $((SECONDS - started)) s, kernel '$kernel'. Results are in $BUILD_DIR/{notebooks,html,figures}."
else
  echo "run-all: FAILED (a notebook failed, see above) after $((SECONDS - started)) s, kernel '$kernel'."
fi
exit "$status"
