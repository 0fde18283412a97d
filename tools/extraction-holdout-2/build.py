#!/usr/bin/env python3
"""Build the second extraction hold-out set (stdlib only).

Writes src/test/resources/extraction/holdout-2.jsonl in the extraction gold format of
shared/data/eval/README.md from the reports in part1.py .. part3.py, after validating
every label. Any invalid label stops the build with exit code 1 and a list of problems.

    python3 tools/extraction-holdout-2/build.py            # from the repository root
    python3 tools/extraction-holdout-2/build.py --check    # validate only, write nothing

Gold dates are written the way the body words them and resolved here against the
report's publication day (Pakistan time, +05:00):
  "YYYY-MM-DD"          an explicit day
  "Mon" .. "Sun"        the most recent such weekday on or before publication
  "today", "yday"       the publication day / the day before
  "thisweek"            Monday of the publication week .. the day before publication (WEEK)
  "lastweek"            the previous Monday .. Sunday (WEEK)
  "thismonth"           the 1st .. the day before publication (MONTH)
  "lastmonth"           the whole previous calendar month (MONTH)
  "month:YYYY-MM"       a whole named month (MONTH)
  "range:FROM:TO[:P]"   an explicit window, date null, precision P (default DAY)
Casualties: an int is EXACT; otherwise (n, "AT_LEAST" | "APPROX" | "UP_TO" | "EXACT").
"""
import csv
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True  # keep the tools folder free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)

import part1  # noqa: E402
import part2  # noqa: E402
import part3  # noqa: E402

OUT = os.path.join(ROOT, "src", "test", "resources", "extraction", "holdout-2.jsonl")
GEO = os.path.join(ROOT, "src", "main", "resources", "geo")
EXPECTED_REPORTS = 50
EXPECTED_EMPTY = 8

EVENT_TYPES = {"ARMED_ASSAULT", "BOMBING", "SUICIDE_ATTACK", "TARGETED_KILLING", "KIDNAPPING",
               "INFRASTRUCTURE_ATTACK", "ARMED_CLASH", "SECURITY_OPERATION", "AIR_STRIKE"}
TARGETS = {"SECURITY_FORCES", "CIVILIANS", "FOREIGN_NATIONALS", "GOVERNMENT", "INFRASTRUCTURE",
           "RELIGIOUS", "EDUCATION", "HEALTH", "MEDIA", "POLITICAL", "MILITANTS"}
ORGS = {"TTP", "BLA", "BLA_MAJEED", "BLF", "BRAS", "BRG", "SRA", "ISKP", "LEJ", "JUA", "HGB",
        "LI", "TJP", "IMP", "BALOCH_SEPARATISTS"}
STATUSES = {"CLAIMED", "ATTRIBUTED", "SUSPECTED"}
QUALIFIERS = {"EXACT", "AT_LEAST", "APPROX", "UP_TO"}
PRECISIONS = {"DAY", "WEEK", "MONTH"}
KINDS = {"feature", "brief", "urdu", "roundup", "statement", "followup", "landmark", "wire",
         "none"}
WEEKDAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
PUB_MIN, PUB_MAX = dt.date(2026, 2, 1), dt.date(2026, 11, 25)
PKT = dt.timezone(dt.timedelta(hours=5))
KARACHI = {"PK702", "PK704", "PK712", "PK714", "PK721", "PK729", "PK791"}
# A district carved out of an older one (or the older one itself) must list the other(s).
CARVED = {
    "PK233": {"PK210"}, "PK235": {"PK214"}, "PK791": {"PK729"}, "PK694": {"PK607"},
    "PK311": {"PK302"}, "PK312": {"PK302"}, "PK591": {"PK530"}, "PK592": {"PK530"},
    "PK530": {"PK591", "PK592"}, "PK507": {"PK508"}, "PK508": {"PK507"},
    "PK291": {"PK217"}, "PK292": {"PK207"}, "PK691": {"PK630"}, "PK692": {"PK605"},
    "PK693": {"PK623"}, "PK695": {"PK609"},
}
GOLD_KEYS = ["event_type", "event_type_alt", "date", "date_from", "date_to", "date_precision",
             "province_pcode", "district_pcode", "district_any", "place",
             "killed", "killed_qualifier", "injured", "injured_qualifier", "militants_killed",
             "targets", "perpetrator", "perpetrator_status", "optional"]


def load_districts():
    """District P-code -> English name, from COD-AB level 2 plus the supplement."""
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


def resolve_when(when, pub_day):
    """(date, date_from, date_to, precision) as ISO strings; date may be None."""
    def one(d):
        return d.isoformat(), d.isoformat(), d.isoformat(), "DAY"

    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", when):
        return one(dt.date.fromisoformat(when))
    if when in WEEKDAYS:
        return one(pub_day - dt.timedelta(days=(pub_day.weekday() - WEEKDAYS[when]) % 7))
    if when == "today":
        return one(pub_day)
    if when == "yday":
        return one(pub_day - dt.timedelta(days=1))
    if when == "thisweek":
        if pub_day.weekday() == 0:
            raise ValueError("'thisweek' published on a Monday has no earlier day")
        monday = pub_day - dt.timedelta(days=pub_day.weekday())
        return None, monday.isoformat(), (pub_day - dt.timedelta(days=1)).isoformat(), "WEEK"
    if when == "lastweek":
        monday = pub_day - dt.timedelta(days=pub_day.weekday() + 7)
        return None, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "WEEK"
    if when == "thismonth":
        if pub_day.day == 1:
            raise ValueError("'thismonth' published on the 1st has no earlier day")
        return (None, pub_day.replace(day=1).isoformat(),
                (pub_day - dt.timedelta(days=1)).isoformat(), "MONTH")
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
    if isinstance(value, int) and not isinstance(value, bool):
        value = (value, "EXACT")
    if (not isinstance(value, tuple) or len(value) != 2 or not isinstance(value[0], int)
            or isinstance(value[0], bool) or value[0] < 0 or value[1] not in QUALIFIERS):
        errors.append("%s: bad %s %r" % (where, what, value))
        return None, None
    return value


def build_gold(g, pub_day, body, districts, errors, where):
    et = g["event_type"]
    if et not in EVENT_TYPES:
        errors.append("%s: unknown event_type %r" % (where, et))
    for a in g["event_type_alt"]:
        if a not in EVENT_TYPES or a == et:
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
        if date is not None and dfrom != dto:
            errors.append("%s: a single date with a multi-day window" % where)

    district, district_any = g["district"], g["district_any"]
    for d in ([district] if district else []) + district_any:
        if d not in districts:
            errors.append("%s: unknown district P-code %r" % (where, d))
    if len(set(district_any)) != len(district_any):
        errors.append("%s: duplicate district_any" % where)
    if district in district_any:
        errors.append("%s: district %s repeated in district_any" % (where, district))
    province = None
    if district:
        province = district[:3]
        need = CARVED.get(district, set())
        if not need <= set(district_any):
            errors.append("%s: %s (%s) needs %s in district_any"
                          % (where, district, districts.get(district), sorted(need)))
    elif set(district_any) == KARACHI and len(district_any) == len(KARACHI):
        province = "PK7"
    else:
        errors.append("%s: null district is only for 'Karachi' (all seven districts)" % where)
    for d in district_any:
        if province and d[:3] != province:
            errors.append("%s: district_any %s outside province %s" % (where, d, province))
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
    if et == "SECURITY_OPERATION" and g["targets"] != ["MILITANTS"]:
        errors.append("%s: a security operation targets MILITANTS" % where)

    perp, status = g["perpetrator"], g["perpetrator_status"]
    if perp is None:
        if status is not None:
            errors.append("%s: status %r without perpetrator" % (where, status))
    else:
        if perp not in ORGS:
            errors.append("%s: unknown perpetrator %r (DESIGN section 4)" % (where, perp))
        if status not in STATUSES:
            errors.append("%s: bad perpetrator_status %r" % (where, status))
    if et == "SECURITY_OPERATION" and perp is not None and status != "ATTRIBUTED":
        errors.append("%s: an operation's named target group is ATTRIBUTED" % where)
    if not isinstance(g["optional"], bool):
        errors.append("%s: optional must be true/false" % where)

    out = {
        "event_type": et, "event_type_alt": list(g["event_type_alt"]),
        "date": date, "date_from": dfrom, "date_to": dto, "date_precision": prec,
        "province_pcode": province, "district_pcode": district,
        "district_any": list(district_any), "place": place,
        "killed": killed, "killed_qualifier": kq, "injured": injured, "injured_qualifier": iq,
        "militants_killed": mk, "targets": list(g["targets"]),
        "perpetrator": perp, "perpetrator_status": status, "optional": g["optional"],
    }
    assert list(out) == GOLD_KEYS
    return out


def check_shape(c, where, errors):
    body, kind = c["body"], c["kind"]
    words = len(body.split())
    if any(line != line.strip() or "  " in line for line in body.split("\n")) \
            or "\n\n\n" in body or "\t" in body:
        errors.append("%s: stray whitespace in body" % where)
    if kind == "feature" and not 500 <= words <= 900:
        errors.append("%s: feature has %d words (500..900)" % (where, words))
    if kind == "brief":
        sentences = len(re.findall(r"[.!?](?:\s|$)", body))
        if not 2 <= sentences <= 3 or words > 90:
            errors.append("%s: brief has %d sentences / %d words (2-3 / <=90)"
                          % (where, sentences, words))
    if kind not in ("feature", "brief") and not 60 <= words <= 500:
        errors.append("%s: body has %d words (60..500)" % (where, words))
    if kind == "none" and c["gold"]:
        errors.append("%s: 'none' report with gold incidents" % where)
    if kind != "none" and not any(not g["optional"] for g in c["gold"]):
        errors.append("%s: incident report without a non-optional gold incident" % where)


def main(argv):
    check_only = "--check" in argv
    districts = load_districts()
    cases = part1.REPORTS + part2.REPORTS + part3.REPORTS
    errors = []
    try:
        cases.sort(key=lambda c: dt.datetime.fromisoformat(c["published_at"]))
    except (KeyError, ValueError) as e:
        raise SystemExit("build.py: bad or missing published_at (%s)" % e)

    records, titles, stamps = [], set(), set()
    for n, c in enumerate(cases, 1):
        rid = "k%03d" % n
        where = "%s (%s)" % (rid, c["title"][:48])
        if c["kind"] not in KINDS:
            errors.append("%s: unknown kind %r" % (where, c["kind"]))
        pub = dt.datetime.fromisoformat(c["published_at"])
        if not c["published_at"].endswith("+05:00") or pub.utcoffset() != dt.timedelta(hours=5):
            errors.append("%s: published_at must carry +05:00" % where)
        pub_day = pub.astimezone(PKT).date()
        if not PUB_MIN <= pub_day <= PUB_MAX:
            errors.append("%s: published %s outside %s..%s" % (where, pub_day, PUB_MIN, PUB_MAX))
        if c["published_at"] in stamps:
            errors.append("%s: duplicate published_at" % where)
        stamps.add(c["published_at"])
        if c["title"] in titles:
            errors.append("%s: duplicate title" % where)
        titles.add(c["title"])
        if not c["source"].strip():
            errors.append("%s: no source" % where)
        check_shape(c, where, errors)
        gold = [build_gold(g, pub_day, c["body"], districts, errors, "%s gold[%d]" % (where, i))
                for i, g in enumerate(c["gold"])]
        records.append((c["kind"], {
            "id": rid, "source": c["source"], "published_at": c["published_at"],
            "title": c["title"], "body": c["body"], "gold": gold}))

    if len(records) != EXPECTED_REPORTS:
        errors.append("expected %d reports, found %d" % (EXPECTED_REPORTS, len(records)))
    empty = sum(1 for _, r in records if not r["gold"])
    if empty != EXPECTED_EMPTY:
        errors.append("expected %d reports without incidents, found %d" % (EXPECTED_EMPTY, empty))
    if errors:
        sys.stderr.write("build.py: %d invalid label(s):\n  %s\n"
                         % (len(errors), "\n  ".join(errors)))
        return 1

    kinds = Counter(k for k, _ in records)
    incidents = [g for _, r in records for g in r["gold"]]
    print("reports: %d  %s" % (len(records), dict(sorted(kinds.items()))))
    print("gold incidents: %d (%d optional)"
          % (len(incidents), sum(g["optional"] for g in incidents)))
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
