#!/usr/bin/env bash
# README command 1: set up everything and regenerate every notebook's results.
#
#   bash scripts/run-all.sh [--kernel NAME]
#
# Builds the helper jar, makes sure Jupyter, a CJK font, MathJax and a Java kernel are there,
# fetches the data, executes every notebook headlessly and writes, under build/:
#   notebooks/*.ipynb   executed notebooks     html/*.html   their pages (offline, MathJax beside them)
#   site/index.html     the lesson site        figures/*.png figures the notebooks saved
#   figures/outputs/*.png  every displayed image
# The kernel is "java", the name every notebook asks for: an installed IJava or JJava if there
# is one, else the bundled test kernel under that name (build/jupyter/kernels/java).
# Running it again is safe.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
source scripts/lib/python.sh

parse_args "$@"
[[ ${#EXTRA_ARGS[@]} -eq 0 ]] || die "unknown argument '${EXTRA_ARGS[0]}' (usage: bash scripts/run-all.sh [--kernel NAME])"
kernel="${KERNEL_ARG:-java}"

started=$SECONDS
mkdir -p "$BUILD_DIR"
find_or_install_jupyter_python
if is_debian_root; then ensure_apt_packages; fi   # Jupyter, fonts, the offline data sample, npm
require_java_and_maven
build_jar -DskipTests
install_test_kernel
install_web_tools

if [[ "$kernel" == java && -d "$BUNDLED_JAVA_DIR" ]]; then
  echo "Using kernel 'java' = the bundled java-compat test kernel ($BUNDLED_JAVA_DIR)."
  use_private_jupyter_dirs
elif [[ "$kernel" == "$KERNEL_NAME" ]]; then
  echo "Using kernel '$kernel', the bundled test kernel."
  use_private_jupyter_dirs
else
  echo "Using kernel '$kernel' (an installed kernel, not the bundled one)."
  see_private_kernels
fi

log "Fetching the data (java -jar lib/target/mnist-mlp.jar data fetch)"
java -jar "$JAR" data fetch

log "Executing the notebooks"
export MNIST_MLP_FIGURES="$BUILD_DIR/figures"
status=0
"$PYTHON" scripts/run_notebooks.py --kernel "$kernel" --notebooks notebooks --out "$BUILD_DIR" || status=$?

echo
if [[ $status -eq 0 ]]; then
  echo "run-all: OK in $((SECONDS - started)) s, kernel '$kernel'. Results are in $BUILD_DIR/{notebooks,html,site,figures}."
else
  echo "run-all: FAILED (a notebook failed, see above) after $((SECONDS - started)) s, kernel '$kernel'."
fi
exit "$status"
