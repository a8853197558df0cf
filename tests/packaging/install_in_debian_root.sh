#!/usr/bin/env bash
# Tried as a new user would: installs the DEB (built by the package_deb test) with apt into a clean
# Debian 12 root and runs `watchkeeper --version` there. Needs root, debootstrap and the network
# (deb.debian.org); a few minutes. Not in the default test run (label "package-install").
#   install_in_debian_root.sh DEB_DIR ROOT_CACHE VERSION
# ROOT_CACHE keeps the pristine debootstrap result; every run installs into a fresh copy of it.
set -euo pipefail
deb_dir=$1 cache=$2 version=$3
mirror=${WK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
fail() { echo "FAIL: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || fail "needs root (debootstrap and chroot)"
command -v debootstrap >/dev/null || fail "needs debootstrap (apt-get install debootstrap)"
deb=$(ls "$deb_dir"/watchkeeper_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no watchkeeper_${version}_*.deb in $deb_dir: run the package_deb test first"

if [ ! -x "$cache/usr/bin/apt-get" ]; then
  rm -rf "$cache"
  debootstrap --variant=minbase bookworm "$cache" "$mirror" > "$cache.log" 2>&1 \
    || { tail -20 "$cache.log" >&2; fail "debootstrap failed"; }
fi
root="$cache.run"
rm -rf "$root"
cp -a "$cache" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -q > "$root.apt.log" 2>&1 || { tail -20 "$root.apt.log" >&2; fail "apt-get update failed"; }
DEBIAN_FRONTEND=noninteractive in_root apt-get install -y -q --no-install-recommends "/tmp/$(basename "$deb")" \
  >> "$root.apt.log" 2>&1 || { tail -30 "$root.apt.log" >&2; fail "apt-get could not install the DEB"; }
grep -E "^(Setting up|Unpacking) watchkeeper" "$root.apt.log"
echo "$(grep -c '^Setting up' "$root.apt.log") packages set up in the clean root"

out=$(in_root QT_QPA_PLATFORM=offscreen watchkeeper --version 2>&1) || fail "watchkeeper --version failed: $out"
echo "$out"
grep -q "Watchkeeper $version" <<<"$out" || fail "unexpected --version output"
# The desktop pieces landed where desktops look for them.
[ -f "$root/usr/share/applications/invalid.watchkeeper.Watchkeeper.desktop" ] || fail "no desktop entry"
[ -f "$root/usr/share/icons/hicolor/256x256/apps/watchkeeper.png" ] || fail "no icon"
echo "PASS: installed and ran in a clean Debian 12 root"
