#!/usr/bin/env python3
"""Build the extraction hold-out set.

Writes src/test/resources/extraction/holdout.jsonl (extraction gold format of
shared/data/eval/README.md) from the cases in cases_*.py, after validating every label.
Any invalid label stops the build with a non-zero exit and a list of problems.

    python3 tools/extraction-holdout/build.py            # from the repository root
    python3 tools/extraction-holdout/build.py --check    # validate only, write nothing
"""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the tools folder clean

import cases_single  # noqa: E402
import cases_multi  # noqa: E402
import cases_other  # noqa: E402

OUT = os.path.join(ROOT, "src", "test", "resources", "extraction", "holdout.jsonl")
GEO = os.path.join(ROOT, "src", "main", "resources", "geo")

EVENT_TYPES = {"ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
               "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE"}
TARGETS = {"SECURITY_FORCES", "CIVILIANS", "FOREIGN_NATIONALS", "GOVERNMENT", "INFRASTRUCTURE",
           "RELIGIOUS", "EDUCATION", "HEALTH", "MEDIA", "POLITICAL", "MILITANTS"}
ORGS = {"TTP", "BLA", "BLA_MAJEED", "BLF", "BRAS", "BRG", "SRA", "ISKP", "LEJ", "JUA", "HGB",
        "LI", "TJP", "IMP", "BALOCH_SEPARATISTS"}
STATUSES = {"CLAIMED", "ATTRIBUTED", "SUSPECTED"}
QUALIFIERS = {"EXACT", "AT_LEAST", "APPROX", "UP_TO"}
PRECISIONS = {"DAY", "WEEK", "MONTH"}
CATEGORIES = {"single", "roundup", "ispr", "followup", "none", "tricky"}
WEEKDAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
PUB_MIN, PUB_MAX = dt.date(2026, 1, 5), dt.date(2026, 11, 25)
PKT = dt.timezone(dt.timedelta(hours=5))
GOLD_KEYS = ["event_type", "event_type_alt", "date", "date_from", "date_to", "date_precision",
             "province_pcode", "district_pcode", "district_any", "place",
             "killed", "killed_qualifier", "injured", "injured_qualifier", "militants_killed",
             "targets", "perpetrator", "perpetrator_status", "optional"]


def load_districts():
    """District P-code -> name, from the COD-AB list (level 2) and the supplement."""
    districts = {}
    with open(os.path.join(GEO, "pak_admin_units.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "2" and row["level_name"] == "district":
                districts[row["pcode"]] = row["name_en"]
    with open(os.path.join(GEO, "supplement_units.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] == "district":
                districts[row["pcode"]] = row["name_en"]
    if len(districts) < 150:
        raise SystemExit("build.py: district list looks wrong (%d rows)" % len(districts))
    return districts


def province_of(pcode):
    return pcode[:3]


def resolve_when(when, pub_day):
    """Return (date, date_from, date_to, precision) as ISO strings / None."""
    one = lambda d: (d.isoformat(), d.isoformat(), d.isoformat(), "DAY")  # noqa: E731
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        return one(dt.date.fromisoformat(when))
    if when in WEEKDAYS:
        back = (pub_day.weekday() - WEEKDAYS[when]) % 7
        return one(pub_day - dt.timedelta(days=back))
    if when == "today":
        return one(pub_day)
    if when == "yday":
        return one(pub_day - dt.timedelta(days=1))
    if when == "lastweek":
        monday = pub_day - dt.timedelta(days=pub_day.weekday() + 7)
        return None, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "WEEK"
    if when == "thismonth":
        if pub_day.day == 1:
            raise ValueError("'thismonth' on the 1st has no earlier day")
        first = pub_day.replace(day=1)
        return None, first.isoformat(), (pub_day - dt.timedelta(days=1)).isoformat(), "MONTH"
    if when == "lastmonth":
        last = pub_day.replace(day=1) - dt.timedelta(days=1)
        return None, last.replace(day=1).isoformat(), last.isoformat(), "MONTH"
    m = re.fullmatch(r"month:(\d{4})-(\d{2})", when)
    if m:
        first = dt.date(int(m.group(1)), int(m.group(2)), 1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        return None, first.isoformat(), (nxt - dt.timedelta(days=1)).isoformat(), "MONTH"
    m = re.fullmatch(r"range:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})(?::(DAY|WEEK|MONTH))?", when)
    if m:
        return None, m.group(1), m.group(2), m.group(3) or "DAY"
    raise ValueError("unknown date spec %r" % when)


def casualty(value, what, errors, where):
    if value is None:
        return None, None
    if isinstance(value, bool):
        errors.append("%s: %s must be a number" % (where, what))
        return None, None
    if isinstance(value, int):
        value = (value, "EXACT")
    if (not isinstance(value, tuple) or len(value) != 2 or not isinstance(value[0], int)
            or isinstance(value[0], bool) or value[0] < 0 or value[1] not in QUALIFIERS):
        errors.append("%s: bad %s %r (qualifiers: %s)" % (where, what, value, sorted(QUALIFIERS)))
        return None, None
    return value


def build_gold(g, pub_day, body, districts, errors, where):
    if g["event_type"] not in EVENT_TYPES:
        errors.append("%s: unknown event_type %r" % (where, g["event_type"]))
    for a in g["event_type_alt"]:
        if a not in EVENT_TYPES or a == g["event_type"]:
            errors.append("%s: bad event_type_alt %r" % (where, a))
    if len(set(g["event_type_alt"])) != len(g["event_type_alt"]):
        errors.append("%s: duplicate event_type_alt" % where)

    try:
        date, dfrom, dto, prec = resolve_when(g["when"], pub_day)
    except ValueError as e:
        errors.append("%s: %s" % (where, e))
        date = dfrom = dto = prec = None
    if dfrom is not None:
        if prec not in PRECISIONS:
            errors.append("%s: bad precision %r" % (where, prec))
        if not dfrom <= dto:
            errors.append("%s: date_from %s > date_to %s" % (where, dfrom, dto))
        if date is not None and not dfrom <= date <= dto:
            errors.append("%s: date %s outside %s..%s" % (where, date, dfrom, dto))
        if dto > pub_day.isoformat():
            errors.append("%s: date_to %s after publication %s" % (where, dto, pub_day))
        if prec == "DAY" and date is not None and dfrom != dto:
            errors.append("%s: DAY precision with a multi-day window" % where)

    district = g["district"]
    district_any = g["district_any"]
    for d in ([district] if district else []) + district_any:
        if d not in districts:
            errors.append("%s: unknown district P-code %r" % (where, d))
    if district in district_any:
        errors.append("%s: district %s repeated in district_any" % (where, district))
    if district:
        province = province_of(district)
    elif district_any:
        provinces = {province_of(d) for d in district_any}
        if len(provinces) != 1:
            errors.append("%s: null district with district_any across provinces" % where)
        province = provinces.pop()
    else:
        errors.append("%s: no district and no district_any" % where)
        province = None
    for d in district_any:
        if province and province_of(d) != province:
            errors.append("%s: district_any %s not in province %s" % (where, d, province))
    if province and not re.fullmatch(r"PK[1-7]", province):
        errors.append("%s: bad province %r" % (where, province))

    place = g["place"]
    if not place or place.lower() not in body.lower():
        errors.append("%s: place %r does not occur in the body" % (where, place))

    killed, kq = casualty(g["killed"], "killed", errors, where)
    injured, iq = casualty(g["injured"], "injured", errors, where)
    mk = g["militants_killed"]
    if mk is not None and (isinstance(mk, bool) or not isinstance(mk, int) or mk < 0):
        errors.append("%s: bad militants_killed %r" % (where, mk))

    if not g["targets"] and not g["optional"]:
        errors.append("%s: no targets" % where)
    for t in g["targets"]:
        if t not in TARGETS:
            errors.append("%s: unknown target %r" % (where, t))
    if len(set(g["targets"])) != len(g["targets"]):
        errors.append("%s: duplicate target" % where)

    perp, status = g["perpetrator"], g["perpetrator_status"]
    if perp is None:
        if status is not None:
            errors.append("%s: status %r without perpetrator" % (where, status))
    else:
        if perp not in ORGS:
            errors.append("%s: unknown perpetrator %r" % (where, perp))
        if status not in STATUSES:
            errors.append("%s: bad perpetrator_status %r" % (where, status))
    if g["event_type"] in ("SECURITY_OPERATION", "AIR_STRIKE") and perp is not None \
            and status != "ATTRIBUTED":
        errors.append("%s: operation/air strike perpetrator must be ATTRIBUTED" % where)
    if not isinstance(g["optional"], bool):
        errors.append("%s: optional must be true/false" % where)

    out = {
        "event_type": g["event_type"], "event_type_alt": g["event_type_alt"],
        "date": date, "date_from": dfrom, "date_to": dto, "date_precision": prec,
        "province_pcode": province, "district_pcode": district, "district_any": district_any,
        "place": place,
        "killed": killed, "killed_qualifier": kq, "injured": injured, "injured_qualifier": iq,
        "militants_killed": mk, "targets": g["targets"],
        "perpetrator": perp, "perpetrator_status": status, "optional": g["optional"],
    }
    assert list(out) == GOLD_KEYS
    return out


def main(argv):
    check_only = "--check" in argv
    districts = load_districts()
    cases = cases_single.CASES + cases_multi.CASES + cases_other.CASES
    errors = []

    def sort_key(c):
        return c["published_at"]

    try:
        cases.sort(key=sort_key)
    except TypeError:
        raise SystemExit("build.py: a case has no published_at")

    records, titles, stamps = [], set(), set()
    for n, c in enumerate(cases, 1):
        rid = "h%03d" % n
        where = "%s (%s)" % (rid, c["title"][:50])
        if c["category"] not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, c["category"]))
        try:
            pub = dt.datetime.fromisoformat(c["published_at"])
        except ValueError:
            errors.append("%s: bad published_at %r" % (where, c["published_at"]))
            continue
        if not c["published_at"].endswith("+05:00") or pub.utcoffset() != dt.timedelta(hours=5):
            errors.append("%s: published_at must carry +05:00" % where)
        pub_day = pub.astimezone(PKT).date()
        if not PUB_MIN <= pub_day <= PUB_MAX:
            errors.append("%s: published %s outside %s..%s" % (where, pub_day, PUB_MIN, PUB_MAX))
        if c["published_at"] in stamps:
            errors.append("%s: duplicate published_at (ids would be unstable)" % where)
        stamps.add(c["published_at"])
        if c["title"] in titles:
            errors.append("%s: duplicate title" % where)
        titles.add(c["title"])
        if not c["source"]:
            errors.append("%s: no source" % where)
        words = len(c["body"].split())
        if not 80 <= words <= 400:
            errors.append("%s: body has %d words (80..400)" % (where, words))
        if any("  " in line or line != line.strip() for line in c["body"].split("\n")) \
                or "\n\n\n" in c["body"] or "\t" in c["body"]:
            errors.append("%s: stray whitespace in body" % where)
        if c["category"] == "none" and c["gold"]:
            errors.append("%s: 'none' report with gold incidents" % where)
        if c["category"] != "none" and not any(not g["optional"] for g in c["gold"]):
            errors.append("%s: incident report without a non-optional gold incident" % where)
        gold = [build_gold(g, pub_day, c["body"], districts, errors, "%s gold[%d]" % (where, i))
                for i, g in enumerate(c["gold"])]
        records.append((c["category"], {
            "id": rid, "source": c["source"], "published_at": c["published_at"],
            "title": c["title"], "body": c["body"], "gold": gold}))

    if len(records) != 70:
        errors.append("expected 70 reports, found %d" % len(records))
    if errors:
        sys.stderr.write("build.py: %d invalid label(s):\n  %s\n" % (len(errors), "\n  ".join(errors)))
        return 1

    cats = Counter(cat for cat, _ in records)
    incidents = [g for _, r in records for g in r["gold"]]
    print("reports: %d  %s" % (len(records), dict(sorted(cats.items()))))
    print("gold incidents: %d (%d optional)" % (len(incidents), sum(g["optional"] for g in incidents)))
    print("event types: %s" % dict(sorted(Counter(g["event_type"] for g in incidents).items())))
    print("provinces: %s" % dict(sorted(Counter(g["province_pcode"] for g in incidents).items())))
    if check_only:
        print("check only: nothing written")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for _, r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % os.path.relpath(OUT, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
