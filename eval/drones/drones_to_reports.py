#!/usr/bin/env python3
"""Turns the two drone-strike lists (Pakistan Body Count, The Bureau of Investigative Journalism)
into structured reports (DESIGN §5 report input with an `incident` object), one JSONL file each,
for the fusion comparison in the README. Evaluation only: write the output outside the repository
(neither list states a licence).

    python3 eval/drones/drones_to_reports.py ../shared/data/incidents /tmp/drones
    ./fusion ingest --data /tmp/drones-store /tmp/drones/pbc.jsonl /tmp/drones/tbij.jsonl
    ./fusion incidents --data /tmp/drones-store > /tmp/drones/incidents.jsonl
    python3 eval/drones/compare.py /tmp/drones/incidents.jsonl

Both lists are cut to June 2004 - December 2013, the span they share. Each strike becomes an
AIR_STRIKE on its date at its coordinates; killed is the list's minimum total (both lists count
everyone killed, militants included, so the figure is for matching, not for victim counts).
"""
import csv
import datetime
import json
import os
import sys

END = datetime.date(2013, 12, 31)


def number(text):
    try:
        return int(str(text).strip())
    except (TypeError, ValueError):
        return None


def pbc(path):
    with open(path, encoding="utf-8") as source:
        for row in csv.DictReader(source):
            try:
                day = datetime.datetime.strptime(row["Date"].strip(), "%A, %B %d, %Y").date()
            except ValueError:
                continue
            if day > END:
                continue
            incident = {"event_type": "AIR_STRIKE", "date": day.isoformat(), "place": row["Location"].strip(),
                        "lat": float(row["Latitude"]), "lon": float(row["Longitude"])}
            killed = number(row["Total Died Min"])
            if killed is not None:
                incident["killed"] = killed
            yield {"source": "Pakistan Body Count", "external_id": "PBC-" + row["S#"].strip(),
                   "published_at": (day + datetime.timedelta(days=1)).isoformat() + "T09:00:00+05:00",
                   "title": "Drone strike near " + row["Location"].strip(), "incident": incident}


def tbij(path):
    with open(path, encoding="utf-8") as source:
        for row in csv.DictReader(source):
            try:
                day = datetime.datetime.strptime(row["Date"].strip(), "%d/%m/%Y").date()
            except ValueError:
                try:
                    day = datetime.datetime.strptime(row["Date"].strip(), "%d/%m/%y").date()
                except ValueError:
                    continue
            if day > END:
                continue
            incident = {"event_type": "AIR_STRIKE", "date": day.isoformat(), "place": row["Location"].strip(),
                        "lat": float(row["Latitude"]), "lon": float(row["Longitude"])}
            killed = number(row["Minimum Total Reported Killed"])
            if killed is not None:
                incident["killed"] = killed
            yield {"source": "The Bureau of Investigative Journalism", "external_id": "TBIJ-" + row["Strike"].strip(),
                   "published_at": (day + datetime.timedelta(days=1)).isoformat() + "T09:00:00+05:00",
                   "title": "Drone strike in " + row["Location"].strip(), "incident": incident}


def main(folder, out):
    os.makedirs(out, exist_ok=True)
    for name, reader, file in (("pbc", pbc, "pbc_drone_attacks_2004_2017.csv"),
                               ("tbij", tbij, "tbij_drone_strikes_2004_2013.csv")):
        count = 0
        with open(os.path.join(out, name + ".jsonl"), "w", encoding="utf-8") as target:
            for report in reader(os.path.join(folder, file)):
                target.write(json.dumps(report) + "\n")
                count += 1
        print("%s: %d strikes" % (name, count), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: drones_to_reports.py INCIDENTS_FOLDER OUT_FOLDER")
    main(sys.argv[1], sys.argv[2])
