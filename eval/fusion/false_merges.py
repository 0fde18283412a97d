#!/usr/bin/env python3
"""Which incidents fusion merged wrongly: lists the exported incidents whose reports belong to more
than one labelled incident, with the false pairs each holds and, per labelled incident, its reports
(source, publication time and the first words of the body), so the reason can be read off.

Labels come from "gold_incidents" on each report; a simulated set also has a truth file beside it
(FILE.truth.jsonl), whose type, date, time, place and toll are printed when present.

Usage:
  ./fusion eval fusion --data /tmp/s21 /tmp/sim21.jsonl
  ./fusion incidents --data /tmp/s21 --out /tmp/s21-incidents.jsonl
  eval/fusion/false_merges.py /tmp/sim21.jsonl /tmp/s21-incidents.jsonl [shown]
"""
import collections
import json
import os
import sys


def read_jsonl(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def reporting(incident):
    """The members whose reports report the incident: a report that only recalls it as background
    ("recalled": true) is listed with it but not placed in it, as in `fusion eval fusion`."""
    members = incident["members"]
    return [m for m in members if not m.get("recalled")] or members


def main(labelled_path, export_path, shown=15):
    reports = {(r["source"], r["external_id"]): r for r in read_jsonl(labelled_path)}
    truth_path = labelled_path + ".truth.jsonl"
    truth = {t["id"]: t for t in read_jsonl(truth_path)} if os.path.exists(truth_path) else {}
    merged = []
    for incident in read_jsonl(export_path):
        by_label = collections.defaultdict(list)
        for member in reporting(incident):
            report = reports.get((member["source"], member["external_id"]))
            for label in (report or {}).get("gold_incidents") or []:
                by_label[label].append(report)
        if len(by_label) < 2:
            continue
        sizes = [len(members) for members in by_label.values()]
        false_pairs = (sum(sizes) ** 2 - sum(size * size for size in sizes)) // 2
        merged.append((false_pairs, incident, by_label))
    merged.sort(key=lambda entry: -entry[0])
    print("incidents holding more than one labelled incident:", len(merged),
          "false pairs:", sum(entry[0] for entry in merged))
    for false_pairs, incident, by_label in merged[:shown]:
        location = incident.get("location") or {}
        print("\n%d false pairs in %s %s %s" % (false_pairs, incident["event_type"], incident["date"],
                                              location.get("district_pcode")))
        for label, members in sorted(by_label.items()):
            fact = truth.get(label)
            if fact:
                print("  %s %s %s %s %s killed %s" % (label, fact.get("event_type"), fact.get("date"),
                                                      fact.get("time"), fact.get("place"), fact.get("killed")))
            else:
                print("  " + label)
            for report in sorted(members, key=lambda r: r.get("published_at") or ""):
                print("    %-22s %s  %s" % (report["source"][:22], report.get("published_at"),
                                            " ".join(report["body"].split())[:150]))


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:]))
