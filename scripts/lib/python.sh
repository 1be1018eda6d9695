# Finding (or installing) a Python that has Jupyter's client side. Source after common.sh.

JUPYTER_MODULES="nbclient, nbformat, nbconvert, jupyter_client"

python_has_jupyter() { [[ -x "$1" ]] && "$1" -c "import $JUPYTER_MODULES" 2>/dev/null; }

# Sets PYTHON to a Python with nbclient and nbconvert: the active conda environment's, the
# system one (Debian packages), or one we install. Stops with the exact commands otherwise.
find_or_install_jupyter_python() {
  local candidate
  for candidate in "${CONDA_PREFIX:+$CONDA_PREFIX/bin/python}" "$SYSTEM_PYTHON"; do
    if [[ -n "$candidate" ]] && python_has_jupyter "$candidate"; then PYTHON="$candidate"; return; fi
  done
  if is_debian_root; then
    ensure_apt_packages
    python_has_jupyter "$SYSTEM_PYTHON" || die "$SYSTEM_PYTHON still lacks $JUPYTER_MODULES after apt-get"
    PYTHON="$SYSTEM_PYTHON"
    return
  fi
  local conda
  conda="$(command -v mamba || command -v conda || true)"
  if [[ -n "$conda" ]]; then
    local env_dir="$BUILD_DIR/conda-env"
    if [[ ! -x "$env_dir/bin/python" ]]; then
      log "Creating the conda environment $env_dir from environment.yml"
      "$conda" env create -p "$env_dir" -f "$REPO_ROOT/environment.yml"
    fi
    python_has_jupyter "$env_dir/bin/python" || die "the conda environment $env_dir lacks $JUPYTER_MODULES"
    PYTHON="$env_dir/bin/python"
    export PATH="$env_dir/bin:$PATH"  # its java, mvn and jupyter come first
    return
  fi
  die "no Python with Jupyter ($JUPYTER_MODULES) found. Either:
  - with conda:   conda env create -f environment.yml && conda activate mnist-mlp-notebooks
  - on Debian:    sudo apt-get install -y ${APT_PACKAGES[*]}
then run this command again."
}

# The installed kernels Jupyter can see, one name per line.
kernel_names() {
  "$PYTHON" -c 'from jupyter_client.kernelspec import KernelSpecManager as M; print("\n".join(M().find_kernel_specs()))'
}
