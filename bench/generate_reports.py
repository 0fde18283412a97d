#!/usr/bin/env python3
"""Writes N synthetic report lines (~1.5 KB each) in the JSONL input format, deterministically.

Usage: generate_reports.py N OUT.jsonl [--seed S]

The text is assembled from phrase pools so that bodies differ (no two share a content hash)
while keeping the length and character mix of real press copy. For benchmarks only.
"""
import json
import random
import sys

DISTRICTS = ["Quetta", "Kech", "Gwadar", "Panjgur", "Kalat", "Mastung", "Kachhi", "Zhob", "Bannu", "Lakki Marwat",
             "Dera Ismail Khan", "North Waziristan", "South Waziristan", "Khyber", "Bajaur", "Kurram", "Peshawar",
             "Tank", "Orakzai", "Karachi", "Nushki", "Washuk", "Awaran", "Dera Bugti"]
OPENINGS = ["Militants attacked a security forces check post in {d} late on {day}, officials said.",
            "At least {k} people were killed and {i} injured when a roadside bomb struck a vehicle in {d} on {day}.",
            "Unidentified gunmen on motorcycles shot dead {k} people near a market in {d} on {day}, police said.",
            "Security forces conducted an intelligence-based operation in {d} on {day}, killing {m} militants.",
            "A gas pipeline was blown up with explosives in {d} district on {day}, suspending supply to several towns."]
MIDDLES = ["The area was cordoned off and a search operation was launched to trace the attackers.",
           "The injured were shifted to the district headquarters hospital, where {i2} were said to be in critical condition.",
           "According to the station house officer, the attackers used heavy weapons and fled towards the mountains.",
           "A spokesman said the bodies were handed over to the families after medico-legal formalities.",
           "Local elders condemned the attack and demanded better protection for the people of the area.",
           "The provincial government announced compensation for the families of those martyred.",
           "No group has so far claimed responsibility for the attack, which bore the hallmarks of previous strikes.",
           "Officials said the attackers had planted the device on the roadside and detonated it by remote control."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["Crescent Wire Service", "Indus Daily Monitor", "Frontier Ledger", "Quetta Evening Post", "KP Police Media Cell"]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate_reports.py N OUT.jsonl [--seed S]")
    count = int(sys.argv[1])
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 42
    rng = random.Random(seed)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        for n in range(count):
            district = rng.choice(DISTRICTS)
            values = dict(d=district, day=rng.choice(DAYS), k=rng.randint(1, 30), i=rng.randint(0, 60),
                          m=rng.randint(2, 15), i2=rng.randint(1, 5))
            paragraphs = [rng.choice(OPENINGS).format(**values)]
            while sum(len(p) for p in paragraphs) < 1250:
                paragraphs.append(" ".join(rng.choice(MIDDLES).format(**values) for _ in range(2)))
            paragraphs.append(f"(Report reference {n}.)")
            record = {
                "source": rng.choice(SOURCES),
                "external_id": f"bench-{seed}-{n}",
                "url": f"https://news.example/{seed}/{n}",
                "published_at": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+05:00",
                "title": f"Attack in {district}",
                "body": "\n\n".join(paragraphs),
                "language": "en",
                "marking": "TLP:CLEAR",
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
