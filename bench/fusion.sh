#!/usr/bin/env bash
# Pipeline benchmark: simulates N incidents (about 3.2 reports each), ingests the reports into a
# fresh H2 store with a 512 MB heap, and prints the times of intake, extraction and fusion as the
# ingest command reports them; then the same at 2N, for the growth ratio time(2N)/time(N).
#
#   bench/fusion.sh [N]        default N = 31000 (about 100,000 reports)
#
# Needs GNU time (Debian package 'time') for peak memory.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-31000}"
work="${BENCH_DIR:-$(mktemp -d /tmp/fusion-pipeline-bench.XXXXXX)}"
mkdir -p "$work"
"$root/fusion" --version >/dev/null   # builds the jar if needed

for incidents in "$n" "$((2 * n))"; do
    file="$work/sim-$incidents.jsonl"
    [ -f "$file" ] || "$root/fusion" simulate --seed 11 --incidents "$incidents" --out "$file" >/dev/null
    rm -rf "$work/store-$incidents"
    echo "== $incidents incidents, $(wc -l < "$file") reports"
    FUSION_JAVA_OPTS=-Xmx512m /usr/bin/time -f 'peak_rss_kb=%M wall_s=%e' \
        "$root/fusion" ingest --progress none --data "$work/store-$incidents" "$file" 2>&1 \
        | grep -E 'read |extracted |fused |peak_rss'
done
echo "work files in $work"
