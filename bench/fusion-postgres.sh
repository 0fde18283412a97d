#!/usr/bin/env bash
# The pipeline benchmark of bench/fusion.sh on PostgreSQL: for each number of incidents given,
# simulates the reports (seed 11; kept in BENCH_DIR between runs), creates a fresh database on the
# local server and ingests them with a 512 MB heap, printing intake, extraction and fusion times.
#
#   bench/fusion-postgres.sh 58000 322000     about 200,000 and 1,000,000 reports
#
# Needs a PostgreSQL server on 127.0.0.1:5432 that user postgres reaches without a password
# (PGHOST, PGPORT, PGUSER override), createdb/dropdb on the path, and GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d /tmp/fusion-pipeline-bench.XXXXXX)}"
host="${PGHOST:-127.0.0.1}" port="${PGPORT:-5432}" user="${PGUSER:-postgres}"
mkdir -p "$work"
"$root/fusion" --version >/dev/null   # builds the jar if needed

for incidents in "$@"; do
    file="$work/sim-$incidents.jsonl"
    [ -f "$file" ] || "$root/fusion" simulate --seed 11 --incidents "$incidents" --out "$file" >/dev/null
    db="fusion_bench_$incidents"
    dropdb -h "$host" -p "$port" -U "$user" --if-exists "$db"
    createdb -h "$host" -p "$port" -U "$user" "$db"
    echo "== $incidents incidents, $(wc -l < "$file") reports, PostgreSQL database $db"
    FUSION_DB_URL="jdbc:postgresql://$host:$port/$db" FUSION_DB_USER="$user" FUSION_JAVA_OPTS=-Xmx512m \
        /usr/bin/time -f 'peak_rss_kb=%M wall_s=%e' \
        "$root/fusion" ingest --progress none --data "$work/pg-$incidents" "$file" 2>&1 \
        | grep -E 'read |extracted |fused |peak_rss'
    psql -h "$host" -p "$port" -U "$user" -d "$db" -Atc "SELECT 'database size ' || pg_size_pretty(pg_database_size('$db'))"
done
echo "work files in $work"
