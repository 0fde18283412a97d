#!/usr/bin/env python3
"""Why fusion missed the pairs it missed: sorts the false-negative report pairs of a labelled set.

A pair is two reports that the labels put in one incident while the export puts them in none
together. Each is sorted by what stands in the way:

  unplaced        one of the reports is in no incident (extraction found no observation of it)
  cross-district  both are placed, but only in incidents of different districts (a border case,
                  or a place resolved to the wrong district)
  same-district   both are placed in the same district but not together (scoring, or a report
                  that describes several incidents and was read as fewer)

Usage:
  ./fusion ingest --data /tmp/hw src/test/resources/fusion/handwritten.jsonl
  ./fusion incidents --data /tmp/hw --out /tmp/hw-incidents.jsonl
  eval/fusion/missed_pairs.py src/test/resources/fusion/handwritten.jsonl /tmp/hw-incidents.jsonl
"""
import collections
import itertools
import json
import sys


def reporting(incident):
    """The members whose reports report the incident: a report that only recalls it as background
    ("recalled": true) is listed with it but not placed in it, as in `fusion eval fusion`."""
    members = incident["members"]
    return [m for m in members if not m.get("recalled")] or members


def main(labelled_path, export_path, shown=10):
    labels = {}
    with open(labelled_path, encoding="utf-8") as labelled:
        for line in labelled:
            report = json.loads(line)
            labels[(report["source"], report["external_id"])] = set(report.get("gold_incidents") or [])
    placed = collections.defaultdict(dict)  # report -> incident id -> district
    with open(export_path, encoding="utf-8") as export:
        for line in export:
            incident = json.loads(line)
            district = (incident.get("location") or {}).get("district_pcode")
            for member in reporting(incident):
                placed[(member["source"], member["external_id"])][incident["incident_id"]] = district
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    labelled_reports = [report for report, incidents in labels.items() if incidents]
    for first, second in itertools.combinations(labelled_reports, 2):
        if not labels[first] & labels[second] or set(placed[first]) & set(placed[second]):
            continue
        if not placed[first] or not placed[second]:
            kind = "unplaced"
        elif not set(placed[first].values()) & set(placed[second].values()):
            kind = "cross-district"
        else:
            kind = "same-district"
        kinds[kind] += 1
        if len(examples[kind]) < shown:
            examples[kind].append((first[1], sorted(filter(None, placed[first].values())),
                                   second[1], sorted(filter(None, placed[second].values()))))
    print("missed pairs:", sum(kinds.values()), dict(kinds))
    for kind, rows in examples.items():
        print("\n" + kind)
        for first, first_districts, second, second_districts in rows:
            print("  %s %s  ~  %s %s" % (first, first_districts, second, second_districts))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
