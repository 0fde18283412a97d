#!/usr/bin/env bash
# Access benchmark: what need-to-know costs when exporting incidents. Simulates N incidents,
# marks a share of the reports AMBER (and a few AMBER+STRICT and CLEAR), ingests them into a fresh
# H2 store, then times `fusion incidents` for the operator (no checks), a national viewer, a
# district account (Quetta), and a public export (CLEAR only).
#
#   bench/access.sh [N] [AMBER_SHARE]     defaults: N = 5000 (about 16,000 reports), 0.10
#
# Needs GNU time (Debian package 'time') and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-5000}"
share="${2:-0.10}"
work="${BENCH_DIR:-$(mktemp -d /tmp/fusion-access-bench.XXXXXX)}"
mkdir -p "$work"
"$root/fusion" --version >/dev/null   # builds the jar if needed

plain="$work/sim-$n.jsonl"
marked="$work/sim-$n-marked.jsonl"
[ -f "$plain" ] || "$root/fusion" simulate --seed 11 --incidents "$n" --out "$plain" >/dev/null
python3 - "$plain" "$marked" "$share" <<'PY'
import json, random, sys
source, target, share = sys.argv[1], sys.argv[2], float(sys.argv[3])
rng = random.Random(7)
with open(source) as fin, open(target, "w") as fout:
    for line in fin:
        report = json.loads(line)
        draw = rng.random()
        if draw < share:
            report["marking"] = "AMBER"
        elif draw < share * 1.2:
            report["marking"] = "AMBER+STRICT"
        elif draw < 0.5:
            report["marking"] = "CLEAR"
        fout.write(json.dumps(report) + "\n")
PY
store="$work/store-$n"
rm -rf "$store"
echo "== $n incidents, $(wc -l < "$marked") reports, AMBER share $share"
"$root/fusion" ingest --progress none --data "$store" "$marked" | grep -E 'read |fused '
echo 'bench-password-2026' | "$root/fusion" user add --data "$store" --username national.viewer \
    --roles VIEWER --jurisdiction PK --password-stdin >/dev/null
echo 'bench-password-2026' | "$root/fusion" user add --data "$store" --username quetta.member \
    --roles COMMITTEE_MEMBER --jurisdiction PK226 --password-stdin >/dev/null

export_as() {
    local label="$1"; shift
    local out="$work/export-$label.jsonl"
    /usr/bin/time -f "$label: wall_s=%e peak_rss_kb=%M" "$root/fusion" incidents --data "$store" --out "$out" "$@" 2>&1 \
        | grep wall_s
    echo "$label: $(wc -l < "$out") incidents"
}
export_as operator
export_as national-viewer --as national.viewer
export_as quetta-member --as quetta.member
export_as public --public
echo "work files in $work"
