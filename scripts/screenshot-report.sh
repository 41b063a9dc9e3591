#!/usr/bin/env bash
# Renders a report HTML file in headless Chromium at a laptop size and saves a PNG screenshot.
# Needs Debian's chromium package (apt-get install chromium). The network stays off: the report
# is self-contained, and these flags keep Chromium from reaching out on its own.
# Usage: scripts/screenshot-report.sh REPORT.html OUT.png [WIDTHxHEIGHT]
set -euo pipefail
report=$(realpath "$1")
out=$(realpath -m "$2")
size=${3:-1366x3000}
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --window-size="${size/x/,}" --screenshot="$out" "file://$report" 2>/dev/null
echo "screenshot written to $out"
