#!/usr/bin/env bash
# Serves generated data with the real watchkeeper-platform and validates what it answers against
# resources/api/openapi.yaml: every page of /v1/changes, /v1/me and /v1/health (see validate.sh).
#   tools/openapi/validate-server.sh [build dir] [extra watchkeeper-platform flags...]
# e.g. tools/openapi/validate-server.sh build/release --seed 7
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-$here/../../build/release}"; shift || true
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/app/platform/watchkeeper-platform" --port 0 --db "$work/platform.sqlite" "$@" > "$work/out.txt" &
pid=$!
for _ in $(seq 1 600); do
  url=$(grep -o 'http://[^ ]*' "$work/out.txt" | head -n 1 || true)
  [ -n "$url" ] && break
  sleep 1
done
[ -n "$url" ] || { echo "the platform did not start"; cat "$work/out.txt"; exit 1; }
mkdir "$work/bodies"
auth=(-H 'Authorization: Bearer demo-1')
curl -sf "$url/v1/health" > "$work/bodies/health.json"
curl -sf "${auth[@]}" "$url/v1/me" > "$work/bodies/me.json"
cursor=""; page=0; changes=0; start=$(date +%s.%N)
while :; do
  page=$((page + 1))
  file=$(printf '%s/bodies/changes_page_%05d.json' "$work" "$page")
  curl -sf "${auth[@]}" "$url/v1/changes?limit=5000${cursor:+&cursor=$cursor}" > "$file"
  read -r cursor more n < <(node -e 'const p=JSON.parse(require("fs").readFileSync(process.argv[1]));
    console.log(encodeURIComponent(p.cursor), p.has_more, p.changes.length)' "$file")
  changes=$((changes + n))
  [ "$more" = "true" ] || break
done
end=$(date +%s.%N)
awk -v c="$changes" -v p="$page" -v s="$start" -v e="$end" \
  'BEGIN { printf "pulled %d changes in %d pages (%.0f changes/s with curl and node in the loop)\n", c, p, c / (e - s) }'
"$here/validate.sh" "$here/../../resources/api/openapi.yaml" "$work/bodies"
