#!/usr/bin/env python3
"""Converts real incident tables into the events CSV that `./fusion forecast` and `./fusion backtest` read
(columns incident_id,date,district_pcode,province_pcode,event_type,killed_best,injured_best).

The output is for evaluation only: write it outside the repository (ACLED's terms do not allow
redistributing their data; the Pakistan Body Count file states no licence), e.g.

    python3 eval/assessment/acled_to_events.py acled ../shared/data/incidents/acled_balochistan_2020_2024.csv \
        > /tmp/acled-events.csv
    python3 eval/assessment/acled_to_events.py pbc ../shared/data/incidents/pbc_suicide_attacks_1995_2017.csv \
        > /tmp/pbc-events.csv

Choices:
- ACLED: which events count as incidents. Battles, Explosions/Remote violence and Violence against
  civilians count, through the sub-event types eval/acled/acled_to_gold.py maps to event types (all
  sub-event types of the Balochistan file are among them); Protests, Riots and Strategic developments
  would be left out (the file has none). Districts: `admin2` by name among the shipped admin units, as
  acled_to_gold.py does (ACLED keeps pre-2022 boundaries, so Hub is counted in Lasbela, and so on).
- ACLED `fatalities` counts every death, attackers included, and codes an unknown toll as 3 or 10;
  it becomes killed_best as it is, so "fatal" in the backtest means "someone died". Injured come from
  the notes' closing "N fatalities and M injured" when present, else 0.
- PBC suicide attacks: the district is the shipped district polygon containing the attack's
  coordinates (the file's province names are inconsistent); killed_best is "Killed Max" (else "Killed
  Min"), injured likewise. Every attack is a SUICIDE_ATTACK.
Rows that cannot be placed in a district are skipped and counted on stderr.
"""
import csv
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "eval", "acled"))
import acled_to_gold  # noqa: E402  (reuse its event-type table and its admin2 -> P-code lookup)

HEADER = ["incident_id", "date", "district_pcode", "province_pcode", "event_type", "killed_best", "injured_best"]
INJURED = re.compile(r"(\d+)\s+injur", re.IGNORECASE)


def acled(path, writer, skipped):
    by_name = acled_to_gold.districts(ROOT)
    with open(path, encoding="utf-8") as source:
        for number, event in enumerate(csv.DictReader(source), start=1):
            kind = acled_to_gold.TYPES.get(event["sub_event_type"])
            if kind is None:
                skipped["sub-event type " + event["sub_event_type"]] = skipped.get(
                    "sub-event type " + event["sub_event_type"], 0) + 1
                continue
            admin2 = acled_to_gold.SPELLINGS.get(event["admin2"], event["admin2"])
            pcode = by_name.get(("PK2" if event["admin1"] == "Balochistan" else None, admin2.lower()))
            if pcode is None:
                pcode = next((code for (province, name), code in by_name.items() if name == admin2.lower()), None)
            if pcode is None:
                skipped["district " + event["admin2"]] = skipped.get("district " + event["admin2"], 0) + 1
                continue
            injured = INJURED.search(event["notes"] or "")
            writer.writerow(["acled-%05d" % number, event["event_date"], pcode, pcode[:3], kind[0],
                             int(event["fatalities"] or 0), int(injured.group(1)) if injured else 0])


def polygons():
    with open(os.path.join(ROOT, "src/main/resources/geo/pak_districts.geojson"), encoding="utf-8") as source:
        features = json.load(source)["features"]
    result = []
    for feature in features:
        geometry = feature["geometry"]
        parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        result.append((feature["properties"]["ocha_pcode"], parts))
    return result


def inside(lon, lat, ring):
    hit = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            hit = not hit
        j = i
    return hit


def district_at(lon, lat, shapes):
    for pcode, parts in shapes:
        for polygon in parts:
            if inside(lon, lat, polygon[0]) and not any(inside(lon, lat, hole) for hole in polygon[1:]):
                return pcode
    return None


def number(text):
    try:
        return int(float(text))
    except ValueError:
        return None


def pbc(path, writer, skipped):
    shapes = polygons()
    with open(path, encoding="utf-8") as source:
        for event in csv.DictReader(source):
            day = datetime.datetime.strptime(event["Date"].split("-", 1)[1].strip(), "%B %d-%Y").date()
            try:
                lon, lat = float(event["Longitude"]), float(event["Latitude"])
            except ValueError:
                skipped["no coordinates"] = skipped.get("no coordinates", 0) + 1
                continue
            pcode = district_at(lon, lat, shapes)
            if pcode is None:
                skipped["outside every district"] = skipped.get("outside every district", 0) + 1
                continue
            killed = number(event["Killed Max"]) or number(event["Killed Min"]) or 0
            injured = number(event["Injured Max"]) or number(event["Injured Min"]) or 0
            writer.writerow(["pbc-%03d" % int(event["S#"]), day.isoformat(), pcode, pcode[:3], "SUICIDE_ATTACK",
                             killed, injured])


def main(kind, path):
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HEADER)
    skipped = {}
    {"acled": acled, "pbc": pbc}[kind](path, writer, skipped)
    for reason, count in sorted(skipped.items()):
        print("skipped %d events: %s" % (count, reason), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("acled", "pbc"):
        sys.exit("usage: acled_to_events.py acled|pbc FILE.csv > events.csv")
    main(sys.argv[1], sys.argv[2])
