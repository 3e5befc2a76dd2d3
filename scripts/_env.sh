# Shared set-up for scripts/run and scripts/test: find Python >= 3.12, make .venv, install the project.
# Sourced, not executed. Sets NR_ROOT and NR_PY (the venv's python).

NR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NR_VENV="${NR_VENV:-$NR_ROOT/.venv}"

_nr_ok_python() {
    # True when "$1" runs and is CPython >= 3.12.
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

nr_find_python() {
    local candidate
    for candidate in python3.13 python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 && _nr_ok_python "$candidate"; then
            command -v "$candidate"; return 0
        fi
    done
    # pyenv installs that are not on PATH (the shims refuse versions that are not selected).
    local root="${PYENV_ROOT:-}"
    if [ -z "$root" ] && command -v pyenv >/dev/null 2>&1; then root="$(pyenv root 2>/dev/null)"; fi
    [ -z "$root" ] && root="$HOME/.pyenv"
    if [ -d "$root/versions" ]; then
        for candidate in $(ls -1 "$root/versions" 2>/dev/null | grep -E '^3\.(1[2-9]|[2-9][0-9])(\.[0-9]+)?$' | sort -t. -k1,1n -k2,2n -k3,3n -r); do
            if _nr_ok_python "$root/versions/$candidate/bin/python3"; then
                echo "$root/versions/$candidate/bin/python3"; return 0
            fi
        done
    fi
    return 1
}

nr_setup() {
    # nr_setup [extras]: create/refresh .venv and install the project (editable) with the given extras.
    local extras="${1:-}"
    if [ ! -x "$NR_VENV/bin/python" ] || ! _nr_ok_python "$NR_VENV/bin/python"; then
        local base
        if ! base="$(nr_find_python)"; then
            echo "newsreader needs Python 3.12 or newer, and none was found." >&2
            echo "Looked for python3.13, python3.12 and python3 on PATH and under pyenv (${PYENV_ROOT:-~/.pyenv}/versions)." >&2
            echo "Install one (for example: pyenv install 3.12) and run this again." >&2
            exit 3
        fi
        echo "Creating $NR_VENV with $("$base" --version 2>&1) ($base)" >&2
        rm -rf "$NR_VENV"
        "$base" -m venv "$NR_VENV" || { echo "Could not create $NR_VENV" >&2; exit 3; }
    fi
    NR_PY="$NR_VENV/bin/python"
    local spec="."
    [ -n "$extras" ] && spec=".[$extras]"
    local stamp="$NR_VENV/.newsreader-installed"
    local hash want
    hash="$(sha256sum < "$NR_ROOT/pyproject.toml" | cut -c1-16)"
    want="$hash-$extras"
    # An install with the test extras also serves plain runs, so run/test don't reinstall in turn.
    if [ ! -f "$stamp" ] || { ! grep -qx -- "$want" "$stamp" && ! { [ -z "$extras" ] && grep -q -- "^$hash-" "$stamp"; }; }; then
        echo "Installing newsreader${extras:+ with $extras} into $NR_VENV ..." >&2
        (cd "$NR_ROOT" && "$NR_PY" -m pip install --quiet --disable-pip-version-check -e "$spec" 2>&1 \
            | grep -v "is ignored: it is neither a file nor a directory" >&2) 
        if ! "$NR_PY" -c 'import newsreader' >/dev/null 2>&1; then
            echo "Installing the project failed; see the pip output above." >&2
            exit 3
        fi
        echo "$want" > "$stamp"
    fi
}
