#!/usr/bin/env bash
# Installs every Debian 12 package ClinicLink needs to build, test and run. Idempotent.
set -euo pipefail
PKGS=(
  # toolchain
  cmake g++ ninja-build pkg-config git file dpkg-dev fakeroot
  # Qt 6 (Widgets UI, translations, HTTP server for the platform)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-httpserver-dev qt6-websockets-dev libqt6opengl6-dev
  # crypto and encrypted store
  libsqlcipher-dev libssl-dev libargon2-dev libexpected-dev libicu-dev
  # DICOM
  libdcmtk-dev libopenjp2-7-dev
  # GUI tests and screenshots with Chinese text
  xvfb xauth fonts-wqy-microhei libgl1-mesa-dri
  # rendering printed PDFs to PNG and text in the print tests
  poppler-utils
  # platform integration tests
  postgresql libpq-dev zlib1g-dev
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
