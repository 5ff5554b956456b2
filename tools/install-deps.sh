#!/bin/sh
# install-deps.sh - install drvlint's build and test dependencies on Debian.
#
# Installs only what is missing, so it is cheap to run before every build.
# Used by `make deps`, `make run` and .ci/run. Needs root or sudo.
set -eu

PACKAGES="gcc make git libclang-19-dev libsqlite3-dev libcjson-dev sqlite3 python3 python3-jsonschema"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    exit 0
fi

echo "drvlint: installing missing packages:$missing" >&2
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "drvlint: need root or sudo to install:$missing" >&2
    exit 2
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
