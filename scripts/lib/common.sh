# Shared helpers for scripts/run-all.sh, test-all.sh and open-lessons.sh. Source it; don't run it.
# Every path here is relative to the repository root, which the scripts cd into first.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="$REPO_ROOT/build"
JAR="$REPO_ROOT/lib/target/mnist-mlp.jar"
KERNEL_PROJECT="$REPO_ROOT/tests/kernel"
KERNEL_NAME="java-compat"
KERNELSPEC_DIR="$BUILD_DIR/jupyter/kernels/$KERNEL_NAME"
# The same kernel under the name the notebooks ask for, written only where no IJava/JJava is.
BUNDLED_JAVA_DIR="$BUILD_DIR/jupyter/kernels/java"
# Debian's Jupyter lives under the system Python, not whatever python3 is first on PATH.
SYSTEM_PYTHON="${SYSTEM_PYTHON:-/usr/bin/python3}"

APT_PACKAGES=(
  jupyter-client python3-nbclient jupyter-nbconvert python3-nbformat jupyter-notebook
  python3-jupyter-kernel-test python3-pytest
  fontconfig fonts-dejavu-core fonts-noto-cjk  # chart text; Chinese terms in pages and charts
  dataset-fashion-mnist
  python3-numpy  # only for the check against the notes' own NumPy code
)
# Only command 2 needs a browser: it checks the pages in Chromium.
APT_BROWSER_PACKAGES=(chromium)
WEB_TOOLS_SOURCE="$REPO_ROOT/scripts/web"
WEB_TOOLS_DIR="$BUILD_DIR/node"   # npm ci installs MathJax and puppeteer-core here

log() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# Puts build/jupyter first on JUPYTER_PATH and connection files under build/
# (scripts/jupyter_env.py is the one definition, shared with tests/conftest.py).
see_private_kernels() {
  local exports
  exports="$("$PYTHON" "$REPO_ROOT/scripts/jupyter_env.py")"
  eval "$exports"
}

# For runs on the test kernel: keep Jupyter out of the home directory entirely.
use_private_jupyter_dirs() {
  local exports
  exports="$("$PYTHON" "$REPO_ROOT/scripts/jupyter_env.py" --hide-user-jupyter)"
  eval "$exports"
}

is_debian_root() { [[ "$(id -u)" == 0 && -x /usr/bin/apt-get && -r /etc/debian_version ]]; }

missing_apt_packages() {  # missing_apt_packages <package...>
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# Installs the given Debian packages (default: APT_PACKAGES) where missing, when root on Debian.
ensure_apt_packages() {
  local wanted=("$@") missing
  [[ $# -gt 0 ]] || wanted=("${APT_PACKAGES[@]}")
  command -v npm >/dev/null || wanted+=(npm)  # for MathJax and puppeteer-core
  missing="$(missing_apt_packages "${wanted[@]}" | tr '\n' ' ')"
  if [[ -z "${missing// }" ]]; then
    echo "Debian packages: all ${#wanted[@]} present (${wanted[*]})."
    return
  fi
  if ! is_debian_root; then
    die "missing packages: $missing
  Install them with:  sudo apt-get install -y $missing
  (or create the conda environment: conda env create -f environment.yml)"
  fi
  log "Installing Debian packages: $missing"
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing \
    || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing; }
}

# MathJax (for the offline pages) and puppeteer-core (for the browser tests), from the
# committed lockfile, into build/node; reinstalled only when the lockfile changed.
install_web_tools() {
  command -v npm >/dev/null || die "npm not found (Debian: apt-get install npm; conda: nodejs)."
  if cmp -s "$WEB_TOOLS_SOURCE/package-lock.json" "$WEB_TOOLS_DIR/package-lock.json" \
      && [[ -d "$WEB_TOOLS_DIR/node_modules/mathjax" ]]; then
    return
  fi
  log "Installing MathJax and puppeteer-core (npm ci in $WEB_TOOLS_DIR)"
  mkdir -p "$WEB_TOOLS_DIR"
  cp "$WEB_TOOLS_SOURCE/package.json" "$WEB_TOOLS_SOURCE/package-lock.json" "$WEB_TOOLS_DIR/"
  (cd "$WEB_TOOLS_DIR" && npm ci --ignore-scripts --no-audit --no-fund)
}

# Maven without colour codes (Debian's Maven 3.8 prints some even in batch mode).
# The caller's "set -o pipefail" keeps Maven's exit status.
mvn_plain() {
  mvn -B -Dstyle.color=never "$@" 2>&1 | sed -u 's/\x1b\[[0-9;]*m//g'
}

require_java_and_maven() {
  command -v java >/dev/null || die "java not found. Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless)."
  command -v mvn >/dev/null || die "mvn not found. Install Maven (Debian: apt-get install maven)."
  local major
  major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
  [[ "${major%%.*}" -ge 17 ]] || die "java on PATH is version $major; the project needs Java 17 or newer."
}

# Builds lib/target/mnist-mlp.jar. Pass "-DskipTests" to skip the jar's unit tests.
build_jar() {
  log "Building the helper jar (mvn -f lib/pom.xml package $*)"
  mvn_plain -q -f "$REPO_ROOT/lib/pom.xml" package "$@"
  [[ -f "$JAR" ]] || die "the build finished but $JAR is missing"
}

# write_kernelspec <dir> <display name>: the test kernel's kernelspec, swapped in with one
# move so a half-written one is never seen. The jar stays in $KERNELSPEC_DIR.
write_kernelspec() {
  local dir="$1" display_name="$2" java_bin tmp
  local about="java-compat, the bundled test kernel (tests/kernel), not IJava or JJava"
  java_bin="$(readlink -f "$(command -v java)")"
  mkdir -p "$(dirname "$dir")"
  tmp="$(mktemp -d "$(dirname "$dir")/.kernelspec.XXXXXX")"
  chmod 755 "$tmp"  # mktemp makes it private; Jupyter run by another user must read it
  [[ "$dir" == "$KERNELSPEC_DIR" ]] && cp "$KERNEL_PROJECT/target/java-compat-kernel.jar" "$tmp/"
  cat > "$tmp/kernel.json" <<JSON
{
  "argv": [
    "$java_bin",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Djava.security.manager=allow",
    "-jar", "$KERNELSPEC_DIR/java-compat-kernel.jar",
    "{connection_file}"
  ],
  "display_name": "$display_name",
  "language": "java",
  "interrupt_mode": "message",
  "metadata": {"debugger": false, "description": "$about"}
}
JSON
  rm -rf "$dir.old"
  [[ -d "$dir" ]] && mv "$dir" "$dir.old"
  mv "$tmp" "$dir"
  rm -rf "$dir.old"
}

# Prints the folder of an installed IJava or JJava kernelspec named "java", if there is one
# (anywhere Jupyter looks, except our own build/jupyter).
real_java_kernel() {
  "$PYTHON" - "$BUILD_DIR/jupyter" <<'PY'
import os, sys
from jupyter_core.paths import jupyter_path
ours = os.path.realpath(sys.argv[1])
for kernels in jupyter_path("kernels"):
    spec = os.path.join(kernels, "java")
    if not os.path.realpath(kernels).startswith(ours) and os.path.isfile(os.path.join(spec, "kernel.json")):
        print(spec)
        break
PY
}

# Builds the test kernel and writes its kernelspec "java-compat" (what the tests ask for) into
# build/jupyter (never into ~ or /usr), then provides the kernel "java".
install_test_kernel() {
  log "Building the java-compat test kernel (tests/kernel)"
  mvn_plain -q -f "$KERNEL_PROJECT/pom.xml" package
  write_kernelspec "$KERNELSPEC_DIR" "Java (java-compat test kernel)"
  echo "Kernelspec: $KERNELSPEC_DIR/kernel.json (use it with JUPYTER_PATH=$BUILD_DIR/jupyter)"
  provide_java_kernel
}

# "java" is the name every notebook asks for. Where no IJava or JJava is installed, the test
# kernel is also written under that name, so opening a lesson switches no kernel; its display
# name is "Java", as in the notebooks, because the classic Notebook writes the display name
# into a notebook it opens, and any other would change every lesson on saving.
provide_java_kernel() {
  local real
  real="$(real_java_kernel)"
  if [[ -n "$real" ]]; then
    rm -rf "$BUNDLED_JAVA_DIR"  # never hide the real one
    echo "Kernel 'java': the installed IJava/JJava in $real."
  else
    write_kernelspec "$BUNDLED_JAVA_DIR" "Java"
    echo "Kernel 'java': no IJava or JJava installed, so it is the bundled test kernel ($BUNDLED_JAVA_DIR)."
  fi
}

# The options both commands take: sets KERNEL_ARG (from --kernel NAME, --kernel=NAME or
# $NOTEBOOK_KERNEL; empty if none) and EXTRA_ARGS (everything else); -h/--help prints the
# calling script's header comment and exits.
parse_args() {
  KERNEL_ARG="${NOTEBOOK_KERNEL:-}"
  EXTRA_ARGS=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --kernel) KERNEL_ARG="${2:?--kernel needs a kernel name}"; shift 2 ;;
      --kernel=*) KERNEL_ARG="${1#--kernel=}"; shift ;;
      -h|--help) sed -n '2,/^set -euo pipefail/{/^set /d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
      *) EXTRA_ARGS+=("$1"); shift ;;
    esac
  done
}
