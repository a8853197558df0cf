#!/usr/bin/env bash
# Portable by construction: the product's sources (models, ui, app) use Qt for paths, permissions,
# processes and signals, never POSIX- or Windows-only calls. A call that truly needs one goes into a
# file guarded by Q_OS_* with its own test, and is listed in ALLOWED below.
#   check_portable.sh SOURCE_DIR
set -euo pipefail
cd "$1"
ALLOWED=()   # "path/File.cpp" entries, each with #ifdef Q_OS_* and a test
pattern='#include <(unistd|fcntl|signal|pwd|grp|dlfcn|windows|io)\.h>|#include <sys/|(^|[^A-Za-z_.>])(::)?(kill|fork|execv[pe]?|popen|getuid|geteuid|getpid|chmod|chown|umask|symlink|readlink|setenv|unsetenv|getenv)\(|"/(proc|tmp|dev|etc|home|usr)/|QDir::homePath\(\) *\+|\bHOME\b'
hits=$(grep -rnE "$pattern" --include='*.cpp' --include='*.h' models ui app || true)
for allowed in "${ALLOWED[@]}"; do hits=$(grep -v "^$allowed:" <<<"$hits" || true); done
# Comments and user-facing hints mentioning a command are not calls.
hits=$(grep -vE '^[^:]+:[0-9]+:\s*//' <<<"$hits" | grep -vE 'tr\(|translate\(' || true)
if [ -n "$hits" ]; then
  echo "FAIL: platform-specific calls outside a guarded place (use Qt: QStandardPaths, QFile::setPermissions, QProcess, qEnvironmentVariable):"
  echo "$hits"
  exit 1
fi
echo "PASS: no POSIX- or Windows-only calls in models/, ui/, app/"
