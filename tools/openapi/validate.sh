#!/usr/bin/env bash
# Optional checks of the API contract with real validators (pinned in package-lock.json; needs node >= 18
# and npm with access to the npm registry; node_modules/ stays in this folder, untracked):
# - resources/api/openapi.yaml against the OpenAPI 3.0 meta-schema (@apidevtools/swagger-parser);
# - the example bodies in tests/fuzz/corpus (what the encoders write) against the YAML's schemas (ajv).
# tests/models/test_openapi checks the file against the codecs without any of this.
#   tools/openapi/validate.sh [path/to/openapi.yaml [corpus dir]]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
spec="${1:-$here/../../resources/api/openapi.yaml}"
corpus="${2:-$here/../../tests/fuzz/corpus}"
if [ ! -d "$here/node_modules/ajv-draft-04" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
node "$here/validate.mjs" "$spec" "$corpus"
