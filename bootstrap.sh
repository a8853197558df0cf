#!/usr/bin/env bash
# Watchkeeper's two commands:
#   ./bootstrap.sh demo   build Release and start the console on the built-in demo platform
#   ./bootstrap.sh test   build (warnings are errors) and run every test through ctest
# Both install the Debian/Ubuntu packages the build needs when they are missing.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake pkg-config git
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6svg6 qt6-translations-l10n
  libsqlite3-dev libgl-dev libxkbcommon-dev qtkeychain-qt6-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
  fonts-dejavu-core fonts-noto-cjk
  ffmpeg xvfb xauth
  dpkg-dev desktop-file-utils appstream
)
# clang and libFuzzer for the decoder fuzz test; optional: the test is skipped without them.
OPTIONAL_PACKAGES=(clang libclang-rt-14-dev)

usage() {
  sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'
  echo "Environment: JOBS (parallel build jobs), WK_PRESET (test preset: ci by default, asan for sanitizers)."
}

install_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "This is not a Debian/Ubuntu system. Install the equivalents of these packages yourself:"
    printf '  %s\n' "${PACKAGES[@]}"
    echo "(Qt >= 6.4 with Charts, Multimedia, HttpServer, LinguistTools; SQLite >= 3.35 with FTS5; CMake >= 3.25)"
    return 0
  fi
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing missing packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

case "${1:-}" in
  demo)
    install_packages
    cmake --preset release -DWK_BUILD_TESTS=OFF
    cmake --build --preset release -j "$jobs" --target watchkeeper watchkeeper-platform
    shift
    exec ./build/release/app/console/watchkeeper --demo "$@"
    ;;
  test)
    preset="${WK_PRESET:-ci}"
    install_packages "${OPTIONAL_PACKAGES[@]}"
    cmake --preset "$preset"
    cmake --build --preset "$preset" -j "$jobs"
    ctest --preset "$preset" -j "$jobs"
    ;;
  -h|--help|help|"")
    usage
    ;;
  *)
    echo "Unknown command: $1" >&2
    usage >&2
    exit 2
    ;;
esac
