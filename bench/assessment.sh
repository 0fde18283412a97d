#!/usr/bin/env bash
# Assessment speed (issue 6: all districts over 20 years assessed in under 2 s; a 36-origin backtest
# in under a minute on 2 cores), end to end through the command line, JVM start included.
#
#   bench/assessment.sh                 synthetic 20-year history of every district
#   bench/assessment.sh EVENTS.csv      a real history (e.g. eval/assessment's /tmp/acled-events.csv)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/fusion" --version >/dev/null   # picks the JDK and builds the application if needed
events="${1:-}"
if [ -z "$events" ]; then
    events="$(mktemp --suffix=.csv)"
    # every district of the shipped admin units, 2005-2024, a few incidents a month where busy
    python3 - "$events" <<'PY'
import csv, datetime, random, sys
random.seed(1)
districts = [row["pcode"] for row in csv.DictReader(open("src/main/resources/geo/pak_admin_units.csv", encoding="utf-8"))
             if row["level_name"] == "district"]
with open(sys.argv[1], "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["incident_id", "date", "district_pcode", "province_pcode", "event_type", "killed_best", "injured_best"])
    start = datetime.date(2005, 1, 1)
    number = 0
    for district in districts:
        rate = random.choice([0.002, 0.01, 0.05, 0.2])
        for day in range(20 * 365):
            if random.random() < rate:
                number += 1
                writer.writerow(["s%d" % number, start + datetime.timedelta(days=day), district, district[:3], "BOMBING",
                                 random.choice([0, 0, 1, 3]), 0])
PY
fi
last="$(tail -n +2 "$events" | cut -d, -f2 | sort | tail -1)"
echo "events: $events ($(($(wc -l < "$events") - 1)) incidents, last $last)"
for model in B2 M1 M2; do
    start=$(date +%s.%N)
    "$root/fusion" forecast --events "$events" --as-of "$last" --horizon-days 30 --model "$model" >/dev/null 2>&1
    echo "forecast, all districts, $model: $(echo "$(date +%s.%N) - $start" | bc) s"
done
from="$(date -d "$last - 3 years + 1 day" +%F)"
start=$(date +%s.%N)
"$root/fusion" backtest --events "$events" --from "$from" --to "$last" --horizon-days 30 --model M1 >/dev/null
echo "backtest, 36 monthly origins, B0-B3 and M1: $(echo "$(date +%s.%N) - $start" | bc) s"
