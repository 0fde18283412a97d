#!/usr/bin/env python3
"""Builds and validates src/test/resources/extraction/dev-set.jsonl.

Usage: python3 tools/extraction-dev-set/build.py   (from the repository root or anywhere)

Reports live in reports_*.py; gold dates there are the words the body uses ("Tue", "yday",
"lastweek", ...) and are resolved here against published_at, so a body and its gold cannot drift
apart. Ids are assigned in publication order. The script fails loudly on any invalid label.
"""
import calendar
import csv
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GEO = ROOT / "src/main/resources/geo"
OUT = ROOT / "src/test/resources/extraction/dev-set.jsonl"
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import reports_1, reports_2, reports_3, reports_4, reports_5  # noqa: E402

EVENT_TYPES = {"ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
               "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE"}
TARGETS = {"SECURITY_FORCES", "CIVILIANS", "FOREIGN_NATIONALS", "GOVERNMENT", "INFRASTRUCTURE",
           "RELIGIOUS", "EDUCATION", "HEALTH", "MEDIA", "POLITICAL", "MILITANTS"}
PERPS = {"TTP", "BLA", "BLA_MAJEED", "BLF", "BRAS", "BRG", "SRA", "ISKP", "LEJ", "JUA", "HGB", "LI",
         "TJP", "IMP", "BALOCH_SEPARATISTS"}
STATUSES = {"CLAIMED", "ATTRIBUTED", "SUSPECTED"}
QUALIFIERS = {"EXACT", "AT_LEAST", "APPROX", "UP_TO"}
PRECISIONS = {"DAY", "WEEK", "MONTH"}
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FIELDS = ["event_type", "event_type_alt", "date", "date_from", "date_to", "date_precision",
          "province_pcode", "district_pcode", "district_any", "place", "killed", "killed_qualifier",
          "injured", "injured_qualifier", "militants_killed", "targets", "perpetrator",
          "perpetrator_status", "optional"]


def load_units():
    provinces, districts = set(), {}
    with open(GEO / "pak_admin_units.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "1":
                provinces.add(row["pcode"])
            elif row["level"] == "2":
                districts[row["pcode"]] = (row["province_pcode"], row["name_en"])
    with open(GEO / "supplement_units.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "district":
                districts[row["pcode"]] = (row["parent_pcode"], row["name_en"])
    return provinces, districts


def resolve(when, pub):
    """Returns (date, date_from, date_to, precision) as ISO strings / None."""
    iso = lambda d: d.isoformat()
    if when == "today":
        return iso(pub), iso(pub), iso(pub), "DAY"
    if when == "yday":
        d = pub - dt.timedelta(days=1)
        return iso(d), iso(d), iso(d), "DAY"
    if when in WEEKDAYS:
        d = pub - dt.timedelta(days=(pub.weekday() - WEEKDAYS.index(when)) % 7)
        return iso(d), iso(d), iso(d), "DAY"
    if when == "lastweek":
        monday = pub - dt.timedelta(days=pub.weekday()) - dt.timedelta(days=7)
        return None, iso(monday), iso(monday + dt.timedelta(days=6)), "WEEK"
    if when == "thismonth":
        return None, iso(pub.replace(day=1)), iso(pub - dt.timedelta(days=1)), "MONTH"
    if when == "lastmonth":
        last = pub.replace(day=1) - dt.timedelta(days=1)
        return None, iso(last.replace(day=1)), iso(last), "MONTH"
    if when.startswith("month:"):
        y, m = map(int, when[6:].split("-"))
        return None, iso(dt.date(y, m, 1)), iso(dt.date(y, m, calendar.monthrange(y, m)[1])), "MONTH"
    if when.startswith("range:"):
        parts = when.split(":")
        prec = parts[3] if len(parts) > 3 else "DAY"
        return None, parts[1], parts[2], prec
    d = dt.date.fromisoformat(when)
    return iso(d), iso(d), iso(d), "DAY"


def build():
    provinces, districts = load_units()
    reports = (reports_1.REPORTS + reports_2.REPORTS + reports_3.REPORTS + reports_4.REPORTS
               + reports_5.REPORTS)
    reports.sort(key=lambda r: r["published_at"])
    out, errors = [], []
    for i, r in enumerate(reports, 1):
        rid = f"d{i:03d}"
        pub_dt = dt.datetime.fromisoformat(r["published_at"])
        if pub_dt.utcoffset() != dt.timedelta(hours=5):
            errors.append(f"{rid}: published_at not +05:00")
        pub = pub_dt.date()
        if not (dt.date(2026, 6, 1) <= pub <= dt.date(2026, 11, 20)):
            errors.append(f"{rid}: published_at out of range")
        if not (300 <= len(r["body"]) <= 2500):
            errors.append(f"{rid}: body length {len(r['body'])}")
        gold = []
        for g in r["gold"]:
            date, dfrom, dto, prec = resolve(g["when"], pub)
            dist = g["district_pcode"]
            if dist not in districts:
                errors.append(f"{rid}: unknown district {dist}")
                continue
            inc = dict(g)
            inc.pop("when")
            inc.update(date=date, date_from=dfrom, date_to=dto, date_precision=prec,
                       province_pcode=districts[dist][0])
            gold.append({k: inc[k] for k in FIELDS})
        out.append({"id": rid, "source": r["source"], "published_at": r["published_at"],
                    "title": r["title"], "body": r["body"], "gold": gold})
    return out, errors, provinces, districts


def validate(rows, provinces, districts):
    errors = []
    ids = Counter(r["id"] for r in rows)
    errors += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
    for r in rows:
        rid, pub = r["id"], dt.datetime.fromisoformat(r["published_at"]).date()
        for g in r["gold"]:
            where = f"{rid} {g['event_type']} {g['place']}"
            if list(g) != FIELDS:
                errors.append(f"{where}: fields {list(g)}")
            if g["event_type"] not in EVENT_TYPES:
                errors.append(f"{where}: event_type")
            if any(a not in EVENT_TYPES or a == g["event_type"] for a in g["event_type_alt"]):
                errors.append(f"{where}: event_type_alt")
            if g["province_pcode"] not in provinces:
                errors.append(f"{where}: province")
            for d in [g["district_pcode"]] + g["district_any"]:
                if d not in districts:
                    errors.append(f"{where}: district {d}")
                elif districts[d][0] != g["province_pcode"]:
                    errors.append(f"{where}: district {d} not in {g['province_pcode']}")
            if g["district_any"] and g["district_pcode"] not in g["district_any"]:
                errors.append(f"{where}: district_any lacks district_pcode")
            if g["date_precision"] not in PRECISIONS:
                errors.append(f"{where}: precision")
            f, t = dt.date.fromisoformat(g["date_from"]), dt.date.fromisoformat(g["date_to"])
            if not f <= t <= pub:
                errors.append(f"{where}: date range {f}..{t} vs published {pub}")
            if g["date"] is not None and not f <= dt.date.fromisoformat(g["date"]) <= t:
                errors.append(f"{where}: date outside range")
            if g["date"] is None and g["date_precision"] == "DAY" and f == t:
                errors.append(f"{where}: null date for a single day")
            for n, q in (("killed", "killed_qualifier"), ("injured", "injured_qualifier")):
                if (g[n] is None) != (g[q] is None):
                    errors.append(f"{where}: {n}/{q} mismatch")
                if g[n] is not None and (not isinstance(g[n], int) or g[n] < 0 or g[q] not in QUALIFIERS):
                    errors.append(f"{where}: {n}")
            mk = g["militants_killed"]
            if mk is not None and (not isinstance(mk, int) or mk < 0):
                errors.append(f"{where}: militants_killed")
            if not g["targets"] or any(t not in TARGETS for t in g["targets"]):
                errors.append(f"{where}: targets")
            if (g["perpetrator"] is None) != (g["perpetrator_status"] is None):
                errors.append(f"{where}: perpetrator/status mismatch")
            if g["perpetrator"] is not None and (g["perpetrator"] not in PERPS
                                                 or g["perpetrator_status"] not in STATUSES):
                errors.append(f"{where}: perpetrator")
            if not isinstance(g["optional"], bool) or not g["place"]:
                errors.append(f"{where}: optional/place")
    return errors


def main():
    rows, errors, provinces, districts = build()
    errors += validate(rows, provinces, districts)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and re-validate what was written
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert back == rows
    gold = [g for r in rows for g in r["gold"]]
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")
    print(f"reports {len(rows)}; gold incidents {len(gold)} "
          f"({sum(not g['optional'] for g in gold)} required, {sum(g['optional'] for g in gold)} optional)")
    print(f"no-incident reports {sum(not r['gold'] for r in rows)}; "
          f"reports with only optional gold {sum(bool(r['gold']) and all(g['optional'] for g in r['gold']) for r in rows)}; "
          f"multi-incident reports {sum(sum(not g['optional'] for g in r['gold']) >= 2 for r in rows)} "
          f"(3+: {sum(sum(not g['optional'] for g in r['gold']) >= 3 for r in rows)})")
    print("by event type (required):", dict(Counter(g["event_type"] for g in gold if not g["optional"]).most_common()))
    print("by event type (optional):", dict(Counter(g["event_type"] for g in gold if g["optional"]).most_common()))
    print("by province (required):", dict(Counter(g["province_pcode"] for g in gold if not g["optional"]).most_common()))
    print("by perpetrator status:", dict(Counter(g["perpetrator_status"] for g in gold if not g["optional"]).most_common()))
    print("by date precision:", dict(Counter(g["date_precision"] for g in gold).most_common()))
    lens = sorted(len(r["body"]) for r in rows)
    print(f"body length min {lens[0]} median {lens[len(lens)//2]} max {lens[-1]}")


if __name__ == "__main__":
    main()
