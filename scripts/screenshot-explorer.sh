#!/usr/bin/env bash
# Screenshots of the explorer's pages (docs/explorer-*.png), taken in headless Chromium from a running `serve`.
# Needs Debian's chromium package (apt-get install chromium) and a built jar (./mvnw -B verify).
# The network stays off: the pages need nothing outside the server, and these flags keep Chromium from reaching out.
# Usage: scripts/screenshot-explorer.sh [WAREHOUSE] [OUT_DIR] [PORT]
#   WAREHOUSE  default warehouse/statements.duckdb (./mvnw spring-boot:run loads input/ into it)
#   OUT_DIR    default docs
set -euo pipefail
cd "$(dirname "$0")/.."
warehouse=$(realpath -m "${1:-warehouse/statements.duckdb}")
out=$(realpath -m "${2:-docs}")
port=${3:-18089}
jar=target/statement-warehouse.jar
mkdir -p "$out"

# A China -> Azerbaijan commitment to open on the release page (the README's question); any commitment otherwise.
pick=$(java -jar "$jar" query --warehouse "$warehouse" --format csv \
  "select release_key, sentence_no from v_commitment order by list_contains(committers, 'CHN') and list_contains(counterparts, 'AZE') desc, confidence desc limit 1" \
  | sed -n 2p)
key=${pick%%,*}
sentence=${pick##*,}

log=$(mktemp)
profile=$(mktemp -d)
java -jar "$jar" serve --warehouse "$warehouse" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$profile" "$log"' EXIT
for _ in $(seq 1 120); do
  grep -q "^Serving" "$log" && break
  kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
base="http://127.0.0.1:$port"

shot() { # name path [WIDTHxHEIGHT]
  local size=${3:-1400x1000}
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
    --window-size="${size/x/,}" --screenshot="$out/explorer-$1.png" "$base$2" 2>/dev/null
  echo "$out/explorer-$1.png  <- $base$2"
}

shot home "/" 1400x900
shot statements "/statements?committer=CHN" 1400x900
shot release "/release/$key?s=$sentence" 1400x1000
shot pair "/pair?a=CHN&b=AZE" 1400x1300
shot unresolved "/unresolved" 1400x700
shot runs "/runs" 1400x500
