#!/usr/bin/env bash
# Times the explorer's pages on a warehouse (docs/BENCHMARKS.md, "Explorer"): starts `serve` on it, asks each page
# once cold (the first page computes the filters' choices; a request to /runs before opens the warehouse), then REPS more times, and prints
# the first time and the median of the others, in milliseconds, with the number of statements the page reported, and the
# server process's CPU time per request over the REPS (all its threads, DuckDB's included; from /proc/PID/stat), which a
# loaded machine inflates less than the wall time.
# The first request of a filter counts its statements; the Statements page remembers the count for the state of the
# warehouse, so the REPS that follow reuse it (the first column is the cold one).
# Usage: [JAR=...] scripts/bench-explorer.sh WAREHOUSE [REPS] [PORT]
#   e.g. java -Xmx512m -jar target/statement-warehouse.jar bench --releases 1000000 --repetitions 1 --keep --work /tmp/b
#        scripts/bench-explorer.sh /tmp/b/run1/bench.duckdb
set -euo pipefail
cd "$(dirname "$0")/.."
warehouse=$(realpath "$1")
reps=${2:-5}
port=${3:-18090}
jar=${JAR:-target/statement-warehouse.jar}   # JAR=/path/other.jar to time another build on the same warehouse

release=$(java -jar "$jar" query --warehouse "$warehouse" --format csv \
  "select release_key from v_commitment where list_contains(committers, 'CHN') and list_contains(counterparts, 'KAZ') limit 1" | sed -n 2p)

log=$(mktemp)
java ${JAVA_OPTS:-} -jar "$jar" serve --warehouse "$warehouse" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"' EXIT
base="http://127.0.0.1:$port"
# Up when it answers (the "Serving" line can come before the port is open)
for _ in $(seq 1 240); do curl -s -o /dev/null "$base/runs" && break; sleep 0.5; done

pages=(
  "/"
  "/statements"
  "/statements?committer=CHN"
  "/statements?committer=CHN&counterpart=KAZ&from=2023-01-01"
  "/statements?cls=PLEDGE&topic=ENERGY"
  "/statements?q=critical+minerals"
  "/statements?q=%22critical+minerals%22"
  "/statements?committer=CHN&q=%22critical+minerals%22&from=2024-01-01&to=2024-12-31"
  "/statements?speaker=Blinken"
  "/statements?committer=USA&sort=confidence&dir=asc&page=200"
  "/statements.csv?committer=CHN&counterpart=KAZ"
  "/release/$release"
  "/pair?a=CHN&b=KAZ"
  "/pair?a=USA&b=UKR"
  "/unresolved"
  "/runs"
)
tick=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$tick" '{print ($14 + $15) * 1000 / t}' "/proc/$server/stat"; }
printf '%-80s %9s %9s %9s %9s %s\n' "page" "first ms" "first cpu" "median ms" "cpu ms" "statements"
for p in "${pages[@]}"; do
  cpu0=$(cpu_ms)
  first=$(curl -s -o /tmp/bench-explorer-page -w '%{time_total}' "$base$p")
  first_cpu=$(echo "$(cpu_ms) - $cpu0" | bc)
  times=()
  cpu0=$(cpu_ms)
  for _ in $(seq 1 "$reps"); do times+=("$(curl -s -o /tmp/bench-explorer-page -w '%{time_total}' "$base$p")"); done
  cpu=$(echo "($(cpu_ms) - $cpu0) / $reps" | bc)
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  shown=$(grep -o '<strong>[0-9,]* statements\?</strong>' /tmp/bench-explorer-page | sed 's/<[^>]*>//g' || true)
  [[ $p == *.csv* ]] && shown="$(($(wc -l </tmp/bench-explorer-page) - 1)) csv lines"
  printf '%-80s %9.0f %9.0f %9.0f %9.0f %s\n' "$p" "$(echo "$first * 1000" | bc)" "$first_cpu" "$(echo "$median * 1000" | bc)" "$cpu" "$shown"
done
rm -f /tmp/bench-explorer-page
