#!/usr/bin/env bash
# Optional check of resources/api/openapi.yaml with a real OpenAPI validator (@apidevtools/swagger-parser,
# pinned in package-lock.json). Needs node >= 18 and npm with access to the npm registry.
# tests/models/test_openapi checks the file against the codecs without any of this.
#   tools/openapi/validate.sh [path/to/openapi.yaml]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:-$here/../../resources/api/openapi.yaml}"
if [ ! -d "$here/node_modules/@apidevtools/swagger-parser" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/validate.mjs" "$spec"
