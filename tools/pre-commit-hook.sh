#!/bin/sh
# pre-commit-hook.sh - the `drvlint` hook of .pre-commit-hooks.yaml.
#
# Runs from the repository being committed to; this script lives in the
# pre-commit framework's clone of drvlint, where drvlint is built on first
# use (needs the packages of tools/install-deps.sh). Arguments from the
# hook's `args:` are passed to `drvlint check --staged`.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -x "$here/bin/drvlint" ]; then
    echo "drvlint: building drvlint in $here (first use)" >&2
    make -C "$here" -s bin/drvlint >&2
fi
exec "$here/bin/drvlint" check --staged "$@"
