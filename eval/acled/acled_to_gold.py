#!/usr/bin/env python3
"""Converts an ACLED export (CSV) into extraction gold JSONL (shared/data/eval/README.md).

Each ACLED event becomes one report whose body is the event's `notes` and whose gold is the one
incident ACLED coded. The output is for evaluation only: write it outside the repository
(ACLED's terms do not allow redistributing their data), e.g.

    python3 eval/acled/acled_to_gold.py ../shared/data/incidents/acled_balochistan_2020_2024.csv \
        > /tmp/acled-gold.jsonl
    ./fusion eval extraction /tmp/acled-gold.jsonl

Labelling choices (ACLED codes events, not text, so some labels are read back from the notes):
- event type: from `sub_event_type` (table below); ACLED's "Armed clash" covers militant raids on
  posts, clashes, and killings of pro-government militia members, so assaults, security
  operations and targeted killings are accepted alternatives. ACLED's "Attack" on civilians is a
  targeted killing or, for shooting at a shop or a truck, an armed assault; an IED that blows up a
  pipeline or a railway track is also an infrastructure attack in our codes.
- district: `admin2` by name among the shipped admin units; ACLED keeps pre-2022 boundaries, so the
  districts carved out since (Hub, Chaman, Duki, Surab, Usta Muhammad, Lehri) are accepted too.
- date: `event_date`, a single day; the report is dated the next morning.
- killed: `fatalities` counts everyone who died, attackers included, and ACLED codes an unknown
  toll as 3 or 10. The gold takes it as victims killed only when the notes name no militant among
  the dead and do not say the figure was coded; otherwise killed is null (not scored). Zero
  fatalities are null too (the text usually gives no number), and so are deaths the notes deny ("no
  casualties") while ACLED counts them from elsewhere. "At least N" of that figure in the notes makes
  the qualifier AT_LEAST.
- perpetrator: from `actor1` (ACLED's "coded as Baloch Separatists" for unidentified attackers
  included). Groups without a code of their own in DESIGN §4 (BRA, BNA, UBA, BLT) count as
  BALOCH_SEPARATISTS.
"""
import csv
import datetime
import json
import os
import re
import sys

TYPES = {
    "Armed clash": ("ARMED_CLASH", ["ARMED_ASSAULT", "SECURITY_OPERATION", "TARGETED_KILLING"]),
    "Remote explosive/landmine/IED": ("BOMBING", ["INFRASTRUCTURE_ATTACK"]),
    "Grenade": ("BOMBING", []),
    "Attack": ("TARGETED_KILLING", ["ARMED_ASSAULT"]),
    "Shelling/artillery/missile attack": ("ARMED_ASSAULT", []),
    "Abduction/forced disappearance": ("KIDNAPPING", []),
    "Suicide bomb": ("SUICIDE_ATTACK", []),
    "Government regains territory": ("SECURITY_OPERATION", ["ARMED_CLASH"]),
    "Air/drone strike": ("AIR_STRIKE", []),
}
# ACLED admin2 spelling -> the shipped name, where they differ.
SPELLINGS = {"Las Bela": "Lasbela", "Kolhu": "Kohlu"}
# Districts carved out of an ACLED district since its boundaries were drawn.
CARVED_OUT = {
    "PK217": ["PK291"],  # Lasbela -> Hub (2022)
    "PK214": ["PK235"],  # Killa Abdullah -> Chaman (2021)
    "PK219": ["PK234"],  # Loralai -> Duki
    "PK210": ["PK233"],  # Kalat -> Shaheed Sikandarabad (Surab)
    "PK207": ["PK292"],  # Jaffarabad -> Usta Muhammad (2022)
    "PK228": ["PK218"],  # Sibi -> Lehri
    "PK209": ["PK218"],  # Kachhi -> Lehri
}
ACTORS = {
    "BLA": "BLA", "BLA-AA": "BLA", "BLA-A": "BLA", "BLA-BZ": "BLA", "BLF": "BLF", "BRAS": "BRAS",
    "BRG": "BRG", "BRA": "BALOCH_SEPARATISTS", "BNA": "BALOCH_SEPARATISTS",
    "UBA": "BALOCH_SEPARATISTS", "BLT": "BALOCH_SEPARATISTS",
}
MILITANT_DEAD = re.compile(
    r"(militants?|insurgents?|terrorists?|attackers?|assailants?|separatists?|bomber)\W+(\w+\W+){0,6}?"
    r"(were|was|got)\s+(killed|shot dead|gunned down)"
    r"|(killed|kill|killing|shot dead|gunned down)\s+(\w+\W+){0,4}?"
    r"(militants?|insurgents?|terrorists?|attackers?|assailants?|separatists?|bomber)",
    re.IGNORECASE)
CODED = re.compile(r"coded as \d+|unspecified number of fatalities|fatalities uncorroborated", re.IGNORECASE)
# the notes say nobody died although ACLED counts deaths (from sources the notes do not quote)
NONE_DIED = re.compile(r"no (casualties|fatalities|deaths|one was killed|loss of life)|no fatalities", re.IGNORECASE)
WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


def at_least(notes, number):
    """AT_LEAST when the notes say "at least N" of the figure itself."""
    spelled = [str(number)] + ([WORDS[number]] if number < len(WORDS) else [])
    return any(re.search(r"at least " + word + r"\b", notes, re.IGNORECASE) for word in spelled)


def districts(root):
    by_name = {}
    with open(os.path.join(root, "src/main/resources/geo/pak_admin_units.csv"), encoding="utf-8") as units:
        for unit in csv.DictReader(units):
            if unit["level_name"] == "district":
                by_name[(unit["province_pcode"], unit["name_en"].lower())] = unit["pcode"]
    return by_name


def main(path):
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    by_name = districts(root)
    skipped = {}
    with open(path, encoding="utf-8") as source:
        for number, event in enumerate(csv.DictReader(source), start=1):
            kind = TYPES.get(event["sub_event_type"])
            admin2 = SPELLINGS.get(event["admin2"], event["admin2"])
            pcode = by_name.get(("PK2" if event["admin1"] == "Balochistan" else None, admin2.lower()))
            if pcode is None:
                for (province, name), code in by_name.items():
                    if name == admin2.lower():
                        pcode = code
            if kind is None or pcode is None or not event["notes"].strip():
                reason = "sub-event type" if kind is None else "district" if pcode is None else "no notes"
                skipped[reason] = skipped.get(reason, 0) + 1
                continue
            notes = event["notes"].strip()
            day = datetime.date.fromisoformat(event["event_date"])
            fatalities = int(event["fatalities"] or 0)
            killed = None
            if (fatalities > 0 and not MILITANT_DEAD.search(notes) and not CODED.search(notes)
                    and not NONE_DIED.search(notes)):
                killed = fatalities
            actor = event["actor1"].split(":")[0].strip()
            perpetrator = ACTORS.get(actor)
            if perpetrator is None and actor.startswith("Baloch Separatists"):
                perpetrator = "BALOCH_SEPARATISTS"
            status = None
            if perpetrator is not None:
                status = "CLAIMED" if re.search(r"claim", notes, re.IGNORECASE) else (
                    "SUSPECTED" if re.search(r"suspect", notes, re.IGNORECASE) else "ATTRIBUTED")
            gold = {
                "event_type": kind[0], "event_type_alt": kind[1],
                "date": day.isoformat(), "date_from": day.isoformat(), "date_to": day.isoformat(),
                "date_precision": "DAY",
                "province_pcode": "PK2", "district_pcode": pcode, "district_any": CARVED_OUT.get(pcode, []),
                "place": event["location"],
                "killed": killed, "killed_qualifier": None if killed is None else (
                    "AT_LEAST" if at_least(notes, killed) else "EXACT"),
                "injured": None, "injured_qualifier": None, "militants_killed": None,
                "targets": [], "perpetrator": perpetrator, "perpetrator_status": status,
                "optional": False,
            }
            published = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(10, 0))
            print(json.dumps({
                "id": "acled-%05d" % number, "source": "ACLED",
                "published_at": published.isoformat() + "+05:00",
                "title": None, "body": notes, "gold": [gold]}, ensure_ascii=False))
    for reason, count in sorted(skipped.items()):
        print("skipped %d events: %s not mapped" % (count, reason), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: acled_to_gold.py ACLED.csv > gold.jsonl")
    main(sys.argv[1])
