#!/usr/bin/env bash
# Intake benchmark: generates N reports of ~1.6 KB as JSONL and times `fusion ingest --no-wait`
# of them into the embedded H2 store and, when PostgreSQL answers on 127.0.0.1:5432, into a fresh
# database; then once more into H2 with the pipeline's extraction after the import.
# The JVM runs with a 256 MB heap, so a run that finishes shows memory stays flat; peak RSS is
# read with GNU time.
#
#   bench/ingest.sh [N]            default N = 100000
#   BENCH_BIG=1 bench/ingest.sh    also ingests a ~1 GB file (650,000 reports) into H2
#
# Needs python3 (generator) and /usr/bin/time (Debian package 'time').
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-100000}"
work="${BENCH_DIR:-$(mktemp -d /tmp/fusion-bench.XXXXXX)}"
mkdir -p "$work"

"$root/fusion" --version >/dev/null   # builds the jar if needed

run() { # label, data dir, file, extra env...
    local label="$1" data="$2" file="$3"; shift 3
    local out
    # the launcher execs the JVM, so GNU time measures the JVM itself; intake alone unless
    # EXTRACT=1 (then the pipeline's extraction of the new reports follows the import)
    local flags="--no-wait"
    [ "${EXTRACT:-0}" = 1 ] && flags=""
    out="$(env "$@" FUSION_JAVA_OPTS=-Xmx256m /usr/bin/time -f 'peak_rss_kb=%M' "$root/fusion" ingest $flags --data "$data" "$file" 2>&1)"
    printf '%-24s %s %s | %s\n' "$label" "$(grep -o 'read .*' <<<"$out")" "$(grep -o 'extracted .*' <<<"$out")" "$(grep -o 'peak_rss_kb=.*' <<<"$out")"
}

file="$work/reports-$count.jsonl"
[ -f "$file" ] || python3 "$root/bench/generate_reports.py" "$count" "$file"
echo "input: $count reports, $(du -h "$file" | cut -f1), $(nproc) cores"

rm -rf "$work/h2"
run "H2 (embedded)" "$work/h2" "$file"
run "H2, all duplicates" "$work/h2" "$file"
rm -rf "$work/h2-pipeline"
EXTRACT=1 run "H2, with extraction" "$work/h2-pipeline" "$file"

if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS fusion_bench' -c 'CREATE DATABASE fusion_bench' >/dev/null 2>&1
    run "PostgreSQL 127.0.0.1" "$work/pg" "$file" FUSION_DB_URL=jdbc:postgresql://127.0.0.1:5432/fusion_bench FUSION_DB_USER=postgres
    psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS fusion_bench' >/dev/null 2>&1
else
    echo "PostgreSQL not reachable on 127.0.0.1:5432: skipped"
fi

if [ "${BENCH_BIG:-0}" = 1 ]; then
    big="$work/reports-650000.jsonl"
    [ -f "$big" ] || python3 "$root/bench/generate_reports.py" 650000 "$big" --seed 7
    echo "big input: $(du -h "$big" | cut -f1)"
    rm -rf "$work/h2-big"
    run "H2, 1 GB file" "$work/h2-big" "$big"
fi
echo "work files in $work"
