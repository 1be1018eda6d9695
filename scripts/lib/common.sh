# Shared helpers for scripts/run-all.sh and scripts/test-all.sh. Source it; don't run it.
# Every path here is relative to the repository root, which the scripts cd into first.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="$REPO_ROOT/build"
JAR="$REPO_ROOT/lib/target/mnist-mlp.jar"
KERNEL_PROJECT="$REPO_ROOT/tests/kernel"
KERNEL_NAME="java-compat"
KERNELSPEC_DIR="$BUILD_DIR/jupyter/kernels/$KERNEL_NAME"
# Debian's Jupyter lives under the system Python, not whatever python3 is first on PATH.
SYSTEM_PYTHON="${SYSTEM_PYTHON:-/usr/bin/python3}"

APT_PACKAGES=(
  jupyter-client python3-nbclient jupyter-nbconvert python3-nbformat
  python3-jupyter-kernel-test python3-pytest
  fontconfig fonts-dejavu-core dataset-fashion-mnist
)

log() { printf '\n==> %s\n' "$*"; }
die() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

# Makes build/jupyter's kernels visible and keeps connection files under build/.
see_private_kernels() {
  case ":${JUPYTER_PATH:-}:" in *":$BUILD_DIR/jupyter:"*) ;; *)
    export JUPYTER_PATH="$BUILD_DIR/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" ;; esac
  export JUPYTER_RUNTIME_DIR="$BUILD_DIR/jupyter-runtime"
  mkdir -p "$JUPYTER_RUNTIME_DIR"
}

# For runs on the test kernel: keep Jupyter out of the home directory entirely. JUPYTER_PATH
# alone would still read (and write) ~/.local/share/jupyter and ~/.jupyter.
use_private_jupyter_dirs() {
  see_private_kernels
  export JUPYTER_DATA_DIR="$BUILD_DIR/jupyter-data"
  export JUPYTER_CONFIG_DIR="$BUILD_DIR/jupyter-config"
  mkdir -p "$JUPYTER_DATA_DIR" "$JUPYTER_CONFIG_DIR"
}

is_debian_root() { [[ "$(id -u)" == 0 && -x /usr/bin/apt-get && -r /etc/debian_version ]]; }

missing_apt_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

# Installs the Debian packages the notebooks and tests need, when we are root on Debian.
ensure_apt_packages() {
  local missing
  missing="$(missing_apt_packages | tr '\n' ' ')"
  if [[ -z "${missing// }" ]]; then
    echo "Debian packages: all present."
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

# Builds the test kernel and writes its kernelspec into build/jupyter (never into ~ or /usr).
install_test_kernel() {
  log "Building the java-compat test kernel (tests/kernel)"
  mvn_plain -q -f "$KERNEL_PROJECT/pom.xml" package
  local java_bin tmp
  java_bin="$(command -v java)"
  java_bin="$(readlink -f "$java_bin")"
  tmp="$(mktemp -d "$BUILD_DIR/.kernelspec.XXXXXX")"
  chmod 755 "$tmp"  # mktemp makes it private; Jupyter run by another user must read it
  cp "$KERNEL_PROJECT/target/java-compat-kernel.jar" "$tmp/java-compat-kernel.jar"
  cat > "$tmp/kernel.json" <<JSON
{
  "argv": [
    "$java_bin",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-jar", "$KERNELSPEC_DIR/java-compat-kernel.jar",
    "{connection_file}"
  ],
  "display_name": "Java (java-compat test kernel)",
  "language": "java",
  "interrupt_mode": "message",
  "metadata": {"debugger": false}
}
JSON
  # Swap in the new kernelspec in one move so a half-written one is never seen.
  mkdir -p "$(dirname "$KERNELSPEC_DIR")"
  rm -rf "$KERNELSPEC_DIR.old"
  [[ -d "$KERNELSPEC_DIR" ]] && mv "$KERNELSPEC_DIR" "$KERNELSPEC_DIR.old"
  mv "$tmp" "$KERNELSPEC_DIR"
  rm -rf "$KERNELSPEC_DIR.old"
  echo "Kernelspec: $KERNELSPEC_DIR/kernel.json (use it with JUPYTER_PATH=$BUILD_DIR/jupyter)"
}
