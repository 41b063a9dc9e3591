#!/usr/bin/env bash
# Side by side on this machine: N releases loaded by 2 threads in one process (`bench`), then the same input by
# 2 worker processes through a real broker and a real PostgreSQL job repository (`run --workers 2`), both servers on
# loopback (the test's RealServers: Artemis embedded, PostgreSQL from its Maven binaries). Prints both timings, the
# manager's step times from the shared repository and the merge cost per release. Run after ./mvnw -B verify.
# Usage: scripts/bench-distributed.sh [RELEASES] [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
releases=${1:-200000}
work=$(realpath -m "${2:-/tmp/sw-bench-distributed}")
jar=target/statement-warehouse.jar
rm -rf "$work" && mkdir -p "$work"
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

echo "== one process, 2 threads (bench, one load; the input stays in $work/input)"
java -Xmx512m -jar "$jar" bench --releases "$releases" --repetitions 1 --threads 2 --work "$work" --keep | tee "$work/one-process.txt"

echo "== 2 worker processes through the broker"
java -cp "$cp" io.statementwarehouse.remote.RealServers "$work/servers" 55432 61699 > "$work/servers.out" 2>&1 &
pids+=($!)
until grep -q "^broker " "$work/servers.out"; do sleep 1; done
repo=$(sed -n 's/^job repository //p' "$work/servers.out")
remote=(--job-repository "$repo" --broker tcp://127.0.0.1:61699 --shared-dir "$work/shared")
for w in 1 2; do
  java -Xmx512m -jar "$jar" worker "${remote[@]}" > "$work/worker-$w.out" 2>&1 &
  pids+=($!)
done
until [ "$(grep -l "waiting for partitions" "$work"/worker-*.out 2>/dev/null | wc -l)" -eq 2 ]; do sleep 1; done
start=$(date +%s.%N)
java -Xmx512m -jar "$jar" run --workers 2 --input "$work/input" --warehouse "$work/workers/bench.duckdb" "${remote[@]}" | tee "$work/workers.txt"
end=$(date +%s.%N)
echo "manager process, start to exit: $(echo "$end - $start" | bc) s"
echo "== step times in the shared job repository (s)"
java -cp "$cp" io.statementwarehouse.remote.StepTimes "$repo"
grep -h "Merged .* parts of run" "$work/workers/statement-warehouse.log" | tail -1
