#!/usr/bin/env bash
# The whole ClinicLink test suite on a Debian 12 machine: installs the packages it needs
# (idempotent), builds with the "ci" preset and runs every test (unit, GUI offscreen and under
# Xvfb, integration, packaging). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
