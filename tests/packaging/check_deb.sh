#!/usr/bin/env bash
# Builds the DEB with cpack into a fresh folder and checks what a Debian 12 user would get:
# the binary (and that it runs), the desktop entry, the AppStream metainfo, every icon size, and
# the dependencies (computed by dpkg-shlibdeps plus the plugins Qt loads at run time).
#   check_deb.sh BUILD_DIR WORK_DIR VERSION APP_ID
set -euo pipefail
build=$1 work=$2 version=$3 app_id=$4
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$work" && mkdir -p "$work"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work" > "$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack could not build the DEB"; }
deb=$(ls "$work"/watchkeeper_"$version"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no watchkeeper_${version}_*.deb in $work (see $work/cpack.log)"
echo "built $deb ($(du -h "$deb" | cut -f1))"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
expect_file() { grep -qx "./$1" <<<"$contents" || fail "the package has no /$1"; }
expect_file usr/bin/watchkeeper
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file usr/share/icons/hicolor/scalable/apps/watchkeeper.svg
for size in 16 22 24 32 48 64 128 256 512; do
  expect_file "usr/share/icons/hicolor/${size}x${size}/apps/watchkeeper.png"
done
# Nothing of the build tree or the tests leaks into the package.
if grep -E 'test_|watchkeeper-platform|wk-render-icon|\.a$' <<<"$contents"; then fail "the package holds build or test files"; fi

info=$(dpkg-deb -I "$deb")
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = watchkeeper ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
depends=$(field Depends)
echo "Depends: $depends"
has_dep() { tr ',|' '\n\n' <<<"$depends" | awk '{print $1}' | grep -qxF "$1"; }
for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libsqlite3-0 libc6 libstdc++6 \
           libqt6svg6 libssl3 gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav; do
  has_dep "$dep" || fail "Depends lacks $dep"
done
# Every library the binary links directly (Qt Multimedia and Charts once the desks use them) has its package.
while read -r lib path; do
  pkg=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(readlink -f "$path")" 2>/dev/null || true)
  pkg=$(head -n1 <<<"$pkg" | cut -d: -f1)
  [ -z "$pkg" ] && continue
  has_dep "$pkg" || fail "the binary links $lib ($path) but Depends lacks $pkg"
done < <(join <(readelf -d "$build/app/console/watchkeeper" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | sort) \
              <(ldd "$build/app/console/watchkeeper" | awk '$2 == "=>" && $3 ~ /^\// {print $1, $3}' | sort))

root="$work/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry is invalid"
grep -qx "Exec=watchkeeper" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry does not start watchkeeper"
grep -qx "Icon=watchkeeper" "$root/usr/share/applications/$app_id.desktop" || fail "the desktop entry names another icon"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the AppStream metainfo is invalid"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo does not list release $version"

# Each PNG really has its size: width and height are the IHDR's bytes 16–23.
for size in 16 22 24 32 48 64 128 256 512; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/watchkeeper.png"
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "$png is ${w}x${h}, expected ${size}x${size}"
done

# The packaged binary (stripped, without the build's RPATH) runs.
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/watchkeeper" --version 2>&1) || fail "watchkeeper --version failed: $out"
grep -q "Watchkeeper $version" <<<"$out" || fail "watchkeeper --version said: $out"
echo "PASS: $deb"
