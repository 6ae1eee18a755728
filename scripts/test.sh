#!/usr/bin/env bash
# The whole ClinicLink test suite on a Debian 12 machine: installs the packages it needs
# (idempotent), runs the DICOM conformance suite under AddressSanitizer + UBSan, then builds
# with the "ci" preset and runs every test (unit, GUI offscreen and under Xvfb, integration,
# conformance, packaging). This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

cmake --preset asan
cmake --build --preset asan --target tst_conformance tst_jpegls
ctest --preset asan -L conformance

cmake --preset ci
cmake --build --preset ci
ctest --preset ci
