#!/usr/bin/env bash
# Installs everything ClinicLink needs on Debian 12, builds it (release) and starts the
# workstation on its embedded local store (~/.local/share/ClinicLink/store; the first start
# runs the set-up wizard). Extra arguments go to the workstation, e.g. --store DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/app/workstation/cliniclink "$@"
