#!/usr/bin/env bash
# README command 2: run every test.
#
#   bash scripts/test-all.sh [--kernel NAME] [extra pytest arguments...]
#
# 1. installs what is missing (Debian packages, when root on Debian),
# 2. builds the helper jar and runs its JUnit tests (mvn -f lib/pom.xml package), then
#    checks its loss and gradients against the notes' own NumPy code (in the background,
#    beside steps 3 and 4),
# 3. builds the java-compat test kernel into build/jupyter/kernels/java-compat,
# 4. runs the kernel tests (tests/test_kernel_conformance.py, what every IJava-family kernel passes,
#    and tests/test_kernel_java_compat.py, the test kernel's own extras),
# 5. runs the notebook tests (every other tests/test_*.py; each notebook executed once),
#    with the browser tests: every page and the lesson site checked in Debian's Chromium,
#    and the lessons run through the classic Notebook UI (needs npm for puppeteer-core).
# Every step runs even if an earlier one failed (unless it needs that one); the last line
# says what passed and what failed. Exit status 0 only if everything passed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
source scripts/lib/python.sh

parse_args "$@"
kernel="${KERNEL_ARG:-$KERNEL_NAME}"
pytest_args=("${EXTRA_ARGS[@]}")

started=$SECONDS
mkdir -p "$BUILD_DIR"
passed=()
failed=()
record() {  # record <step> <exit status>
  if [[ "$2" -eq 0 ]]; then passed+=("$1"); else failed+=("$1"); fi
}

# pytest exits 5 when it collected no tests: that is a failure of the run, not a pass.
run_pytest() {  # run_pytest <step> <pytest args...>
  local step="$1" status=0
  shift
  "$PYTHON" -m pytest -c tests/pytest.ini --rootdir tests --kernel "$kernel" "$@" || status=$?
  if [[ $status -eq 5 ]]; then
    echo "$step: pytest collected no tests"
  fi
  record "$step" "$status"
}

if is_debian_root; then ensure_apt_packages "${APT_PACKAGES[@]}" "${APT_BROWSER_PACKAGES[@]}"; fi
find_or_install_jupyter_python
require_java_and_maven
web_status=0
(install_web_tools) || web_status=$?  # a subshell: its die must not end the run
record "web tools (npm ci)" "$web_status"

log "Jar: build and unit tests (mvn -B -f lib/pom.xml package)"
jar_status=0
mvn_plain -f lib/pom.xml package || jar_status=$?
record "jar tests" "$jar_status"

# An independent implementation: the notes' own NumPy code, against the jar's loss and gradient.
# It runs on one core while the test kernel is built and checked on the other; its output is
# shown when it is done.
notes_pid=""
notes_log="$BUILD_DIR/notes-reference.log"
if [[ $jar_status -eq 0 ]] && "$SYSTEM_PYTHON" -c "import numpy" 2>/dev/null; then
  log "The notes' NumPy code against the jar (lib/src/test/python/notes_reference.py), in the background"
  "$SYSTEM_PYTHON" lib/src/test/python/notes_reference.py --jar "$JAR" >"$notes_log" 2>&1 &
  notes_pid=$!
else
  echo "note: skipping the check against the notes' NumPy code (needs the jar and python3-numpy)."
fi
wait_for_notes_reference() {
  [[ -n "$notes_pid" ]] || return 0
  local status=0
  wait "$notes_pid" || status=$?
  log "The notes' NumPy code against the jar: its output"
  cat "$notes_log"
  record "notes reference" "$status"
  notes_pid=""
}

kernel_status=0
install_test_kernel || kernel_status=$?
record "test kernel build" "$kernel_status"

if [[ "$kernel" == "$KERNEL_NAME" ]]; then use_private_jupyter_dirs; else see_private_kernels; fi

if [[ $kernel_status -eq 0 || "$kernel" != "$KERNEL_NAME" ]]; then
  log "Kernel conformance suite (kernel '$kernel')"
  run_pytest "kernel conformance" tests/test_kernel_conformance.py tests/test_kernel_java_compat.py "${pytest_args[@]}"

  wait_for_notes_reference
  log "Notebook tests (kernel '$kernel')"
  if [[ $jar_status -ne 0 ]]; then
    echo "The jar did not build; notebooks would fail at their first cell. Skipping notebook tests."
    record "notebook tests (jar missing)" 1
  else
    run_pytest "notebook and browser tests" tests --ignore=tests/test_kernel_conformance.py \
      --ignore=tests/test_kernel_java_compat.py "${pytest_args[@]}"
  fi
else
  record "kernel conformance (no kernel)" 1
  record "notebook tests (no kernel)" 1
fi

wait_for_notes_reference  # when the kernel steps were skipped
join() { local IFS=","; echo "${*:-none}" | sed 's/,/, /g'; }
echo
summary="$((SECONDS - started)) s; passed: $(join "${passed[@]}")"
if [[ ${#failed[@]} -eq 0 ]]; then
  echo "test-all: ALL PASSED ($summary)"
else
  echo "test-all: FAILED: $(join "${failed[@]}") ($summary)"
  exit 1
fi
