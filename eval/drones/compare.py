#!/usr/bin/env python3
"""Counts, in a `fusion incidents` export of the two drone lists, the incidents that hold a strike
from both lists, and prints a sample of matched and unmatched strikes (see drones_to_reports.py)."""
import json
import random
import sys


def main(path, sample=8):
    incidents = [json.loads(line) for line in open(path, encoding="utf-8")]
    both, pbc_only, tbij_only, crowded = [], [], [], 0
    for incident in incidents:
        ids = incident["external_ids"]
        pbc = [i for i in ids if i.startswith("PBC-")]
        tbij = [i for i in ids if i.startswith("TBIJ-")]
        if pbc and tbij:
            both.append(incident)
            crowded += len(pbc) > 1 or len(tbij) > 1
        elif pbc:
            pbc_only.append(incident)
        else:
            tbij_only.append(incident)
    print("incidents: %d; with a strike from both lists: %d (of them %d hold more than one strike of a list); "
          "PBC only: %d; TBIJ only: %d" % (len(incidents), len(both), crowded, len(pbc_only), len(tbij_only)))
    random.seed(1)
    for label, group in (("matched", both), ("PBC only", pbc_only), ("TBIJ only", tbij_only)):
        print("\n%s (sample):" % label)
        for incident in random.sample(group, min(sample, len(group))):
            location = incident.get("location") or {}
            killed = incident.get("killed") or {}
            print("  %s %s %s killed %s-%s %s" % (incident["date"] or incident["date_from"], location.get("district_pcode"),
                                                 location.get("place"), killed.get("low"), killed.get("high"),
                                                 ", ".join(incident["external_ids"])))


if __name__ == "__main__":
    main(sys.argv[1])
