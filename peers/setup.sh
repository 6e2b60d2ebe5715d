#!/usr/bin/env bash
# Builds peers/.venv, the Python environment of the JAX and Opacus peers, from the package index.
# Idempotent: a second run checks the environment and returns at once when it is complete.
#
#   bash peers/setup.sh            # PYTHON=python3.11 bash peers/setup.sh to choose the interpreter
#
# torch: the CPU build from https://download.pytorch.org/whl/cpu when that index answers, else
# PyPI's (the CUDA build, which runs on the CPU too but brings about 4 GB of CUDA wheels).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"
torch_version="2.15.0"
cpu_index="https://download.pytorch.org/whl/cpu"
stamp="$venv/.peers-setup-stamp"

want_stamp() {
    cat "$here/requirements.txt" "$here/requirements-torch.txt" | sha256sum | cut -d' ' -f1
}

check() {
    "$venv/bin/python" - <<'EOF'
import jax, torch, opacus  # noqa: F401  (fails if anything is missing or broken)
print("jax", jax.__version__, "| torch", torch.__version__, "| opacus", opacus.__version__)
EOF
}

if [[ -x "$venv/bin/python" && -f "$stamp" && "$(cat "$stamp")" == "$(want_stamp)" ]] && have="$(check 2>/dev/null)"; then
    echo "peers/.venv is up to date: $have"
    exit 0
fi

if ! "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    echo "setup.sh: need CPython >= 3.11 (jax 0.10 requires it); set PYTHON=/path/to/python3.11" >&2
    exit 2
fi

if [[ ! -x "$venv/bin/python" ]]; then
    echo "creating $venv with $("$python" --version)"
    "$python" -m venv "$venv"
fi
pip=(nice -n 10 "$venv/bin/python" -m pip install --disable-pip-version-check)

if "$venv/bin/python" -c "import torch, sys; sys.exit(0 if torch.__version__.split('+')[0] == '$torch_version' else 1)" 2>/dev/null; then
    echo "torch $torch_version already installed"
elif "$venv/bin/python" - "$cpu_index" <<'EOF' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(sys.argv[1] + "/torch/", timeout=15)
EOF
then
    echo "installing torch $torch_version+cpu from $cpu_index"
    "${pip[@]}" --index-url "$cpu_index" "torch==$torch_version+cpu" \
        || { echo "the CPU index has no torch $torch_version+cpu: using PyPI's"; "${pip[@]}" -r "$here/requirements-torch.txt"; }
else
    echo "$cpu_index unreachable: installing torch $torch_version from PyPI (CUDA build, ~4 GB of CUDA wheels)"
    "${pip[@]}" -r "$here/requirements-torch.txt"
fi

echo "installing jax, opacus and the rest from requirements.txt"
"${pip[@]}" -r "$here/requirements.txt"

check
want_stamp > "$stamp"
echo "peers/.venv ready: run peers/.venv/bin/python peers/equivalence.py"
