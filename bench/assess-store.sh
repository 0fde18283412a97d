#!/usr/bin/env bash
# Assessment in the service (issue 6: all districts over 20 years assessed in under 2 s): loads an
# incident history into a fresh H2 store as an incident table (structured reports, one incident
# each), then times `fusion assess` — the command's wall time, and the service's own figure from
# its log (reading the incidents from the store, B2 for every district and province, M1 for the
# drivers, storing the assessments).
#
#   bench/assess-store.sh EVENTS.csv     e.g. the synthetic history bench/assessment.sh writes
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
events="${1:?usage: bench/assess-store.sh EVENTS.csv}"
work="$(mktemp -d /tmp/fusion-assess-bench.XXXXXX)"
python3 - "$events" "$work/reports.jsonl" <<'PY'
import csv, json, sys
with open(sys.argv[1], newline="", encoding="utf-8") as source, open(sys.argv[2], "w", encoding="utf-8") as out:
    for row in csv.DictReader(source):
        out.write(json.dumps({"source": "Benchmark table", "external_id": row["incident_id"],
                              "published_at": row["date"] + "T12:00:00+05:00",
                              "incident": {"event_type": row["event_type"] or "ARMED_ASSAULT", "date": row["date"],
                                           "district_pcode": row["district_pcode"],
                                           "killed": int(row["killed_best"] or 0)}}) + "\n")
PY
last="$(tail -n +2 "$events" | cut -d, -f2 | sort | tail -1)"
"$root/fusion" ingest --progress none --data "$work/store" "$work/reports.jsonl" | tail -3
for run in 1 2; do
    start=$(date +%s.%N)
    "$root/fusion" assess --data "$work/store" --as-of "$last" >/dev/null
    echo "fusion assess, run $run: $(echo "$(date +%s.%N) - $start" | bc) s wall"
done
grep -o 'Assessed [0-9]* units as of [0-9-]* from [0-9]* incidents in [0-9]* ms' "$work/store/logs/fusion.log" | tail -2
echo "work files in $work"
