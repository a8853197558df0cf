#!/usr/bin/env bash
# `watchkeeper --help` names every command and every flag; each command's own --help names its flags.
#   check_help.sh WATCHKEEPER
set -euo pipefail
exe=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
export QT_QPA_PLATFORM=offscreen LC_ALL=C
help=$("$exe" --help 2>/dev/null)
for flag in --help --version --demo --server --db --lang --screenshot --desk; do
  grep -q -- "$flag" <<<"$help" || fail "watchkeeper --help does not mention $flag"
done
for command in sync; do
  grep -q "watchkeeper $command" <<<"$help" || fail "watchkeeper --help does not list the command '$command'"
done
sync_help=$("$exe" sync --help 2>/dev/null)
for flag in --server --token-file --db --once --allow-insecure --batch-size --page-size; do
  grep -q -- "$flag" <<<"$sync_help" || fail "watchkeeper sync --help does not mention $flag"
done
# --desk picks the desk a screenshot shows; an unknown desk is an error naming the desks.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$exe" --desk suppliers --screenshot "$tmp/suppliers.png" >/dev/null 2>&1 || fail "watchkeeper --desk suppliers --screenshot failed"
[ -s "$tmp/suppliers.png" ] || fail "watchkeeper --desk suppliers --screenshot wrote no image"
if "$exe" --desk nowhere --screenshot "$tmp/nowhere.png" 2>"$tmp/err" >/dev/null; then
  fail "watchkeeper --desk nowhere was accepted"
fi
grep -q "suppliers" "$tmp/err" || fail "watchkeeper --desk nowhere does not name the desks"
echo "PASS"
