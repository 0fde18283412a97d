#!/usr/bin/env bash
# UI page loads (issue 9: every page under 300 ms with 100,000 incidents in the store). Generates a
# 20-year history of about 100,000 incidents over every district, up to today, loads it into a
# fresh H2 store as an incident table, starts the service, signs in as a national and a provincial
# analyst and times each page with curl: one warm-up, then the median of five loads.
#
#   bench/ui.sh [PORT]        default port 18080
#
# Needs python3 and curl.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${1:-18080}"
work="${BENCH_DIR:-$(mktemp -d /tmp/fusion-ui-bench.XXXXXX)}"
mkdir -p "$work"
cd "$root"
"$root/fusion" --version >/dev/null

if [ ! -f "$work/reports.jsonl" ]; then
    python3 - "$work/reports.jsonl" <<'PY'
import csv, datetime, json, random, sys
random.seed(3)
districts = [row["pcode"] for row in csv.DictReader(open("src/main/resources/geo/pak_admin_units.csv", encoding="utf-8"))
             if row["level_name"] == "district"]
types = ["BOMBING", "ARMED_ASSAULT", "TARGETED_KILLING", "IED", "GRENADE", "KIDNAPPING", "SECURITY_OPERATION"]
today = datetime.date.today()
start = today - datetime.timedelta(days=20 * 365 - 1)
number = 0
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for district in districts:
        rate = random.choice([0.004, 0.02, 0.1, 0.3])
        for day in range(20 * 365):
            if random.random() < rate:
                number += 1
                date = start + datetime.timedelta(days=day)
                out.write(json.dumps({"source": "Benchmark table", "external_id": "u%d" % number,
                                      "published_at": date.isoformat() + "T12:00:00+05:00",
                                      "incident": {"event_type": random.choice(types), "date": date.isoformat(),
                                                   "district_pcode": district,
                                                   "killed": random.choice([0, 0, 0, 1, 2, 3, 5])}}) + "\n")
print("generated", number, "incidents", file=sys.stderr)
PY
fi
store="$work/store"
if [ ! -d "$store" ]; then
    "$root/fusion" ingest --progress none --data "$store" "$work/reports.jsonl" | tail -3
    for account in "national.analyst PK" "balochistan.analyst PK2"; do
        set -- $account
        echo 'bench-password-2026' | "$root/fusion" user add --data "$store" --username "$1" --roles ANALYST \
            --jurisdiction "$2" --password-stdin >/dev/null
    done
fi

"$root/fusion" serve --data "$store" --port "$port" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    sleep 1
done
sleep 5   # let the start-up assessment finish

median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
time_pages() {
    local user="$1"; shift
    local jar="$work/cookies-$user"
    rm -f "$jar"
    # sed and awk read to the end, so no writer dies of a closed pipe (pipefail)
    token="$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" \
        | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | awk 'NR == 1')"
    curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$user&password=bench-password-2026&_csrf=$token" \
        "http://127.0.0.1:$port/login"
    incident="$(curl -s -b "$jar" "http://127.0.0.1:$port/incidents" \
        | sed -n 's/.*data-incident="\([^"]*\)".*/\1/p' | awk 'NR == 1')"
    for page in / /ui/map "/ui/trend?days=90" /incidents "/incidents/$incident" /review /assessments /coordination; do
        status="$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$page")"
        if [ "$status" != 200 ]; then
            echo "$user $page answered $status, not 200: is the sign-in right?" >&2
            exit 1
        fi
        ms="$(for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$port$page"; done \
            | median | awk '{printf "%.0f", $1 * 1000}')"
        bytes="$(curl -s -b "$jar" "http://127.0.0.1:$port$page" | wc -c)"
        printf '%-22s %-52s %5s ms %8s bytes\n' "$user" "$page" "$ms" "$bytes"
    done
}
echo "store: $(grep -c . "$work/reports.jsonl") incident records"
time_pages national.analyst
time_pages balochistan.analyst
echo "work files in $work"
