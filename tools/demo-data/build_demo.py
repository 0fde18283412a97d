#!/usr/bin/env python3
"""Assemble the bundled Fusion Centre demo data set.

The report texts are hand-written in the batch files under
tools/demo-data/batches/ (b01_*.py, b02_*.py, ... executed in name order).
This script only adds metadata (external ids, URLs, markings), normalises
whitespace, validates everything and writes:

    src/main/resources/demo/reports.jsonl
    src/main/resources/demo/sources.json
    eval/demo/gold.jsonl
    eval/demo/incidents.jsonl   (answer key for the gold ids)
    src/main/resources/demo/README.md

It never downloads anything and is deterministic: re-running it produces
byte-identical output.

Usage:  python3 tools/demo-data/build_demo.py [--check-only]
"""
from __future__ import annotations

import collections
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "src", "main", "resources", "demo")
# The answer keys are for evaluating the product, not part of what it ships.
EVAL_OUT = os.path.join(ROOT, "eval", "demo")
TZ = dt.timezone(dt.timedelta(hours=5))

# ---------------------------------------------------------------------------
# Sources (all fictional)
# ---------------------------------------------------------------------------
SOURCES = [
    dict(name="Crescent Wire Service", kind="NEWS", reliability="B", default_marking="CLEAR",
         description="Fictional national news agency; short datelined wire copy filed from provincial bureaus, usually first with official figures."),
    dict(name="Indus Daily Monitor", kind="NEWS", reliability="B", default_marking="CLEAR",
         description="Fictional Karachi/Islamabad English-language national daily; longer stories with background and follow-ups."),
    dict(name="Frontier Ledger", kind="NEWS", reliability="C", default_marking="CLEAR",
         description="Fictional Peshawar-based English daily focused on Khyber Pakhtunkhwa and the merged tribal districts; relies on local police sources."),
    dict(name="Quetta Evening Post", kind="NEWS", reliability="C", default_marking="CLEAR",
         description="Fictional Quetta-based English evening paper covering Balochistan; district stringers, levies and FC sources."),
    dict(name="Metro Karachi Times", kind="NEWS", reliability="C", default_marking="CLEAR",
         description="Fictional Karachi city paper with a crime and courts beat."),
    dict(name="Sapphire News 24", kind="NEWS", reliability="D", default_marking="CLEAR",
         description="Fictional 24-hour TV news channel website; fast breaking items, early figures often revised."),
    dict(name="KP Police Media Cell", kind="POLICE", reliability="C", default_marking="GREEN",
         description="Fictional press office of Khyber Pakhtunkhwa Police; press notes and district situation notes in police English."),
    dict(name="CTD Balochistan Operations Desk", kind="CTD", reliability="C", default_marking="AMBER",
         organisation="CTD Balochistan",
         description="Fictional Counter Terrorism Department Balochistan desk; operation notes, arrests, recoveries and attack summaries."),
    dict(name="Armed Forces Media Directorate", kind="OFFICIAL_STATEMENT", reliability="C", default_marking="CLEAR",
         description="Fictional military public-relations office; formal press releases on operations and attacks on troops."),
    dict(name="Balochistan Home Department Statement Desk", kind="OFFICIAL_STATEMENT", reliability="C", default_marking="CLEAR",
         description="Fictional provincial home department spokesperson desk; condemnations, meeting readouts and official casualty figures."),
    dict(name="Joint Threat Assessment Cell", kind="AGENCY", reliability="B", default_marking="AMBER",
         organisation="Joint Threat Assessment Cell",
         description="Fictional inter-agency cell; threat alerts and daily situation summaries shared with law-enforcement partners."),
    dict(name="Conflict Monitoring Collective", kind="NGO", reliability="B", default_marking="CLEAR",
         description="Fictional independent research group; weekly and monthly briefs compiling incidents from media and field researchers."),
    dict(name="Waziristan Awaz Citizen Page", kind="OTHER", reliability="E", default_marking="CLEAR",
         description="Fictional citizen-news page run by local volunteers in the merged districts; very early, unverified, sometimes wrong."),
]
SRC = {s["name"]: s for s in SOURCES}

# short codes, id and url builders -------------------------------------------
def _slug(title: str, n: int = 8) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:n]) or "item"


class _Counter:
    def __init__(self):
        self.seq = collections.Counter()
        self.day = collections.Counter()

    def next(self, key):
        self.seq[key] += 1
        return self.seq[key]

    def next_day(self, key, day):
        self.day[(key, day)] += 1
        return self.day[(key, day)]


_C = _Counter()


def make_ids(source: str, when: dt.datetime, title: str, kind_hint: str | None):
    d = when.strftime("%Y%m%d")
    y, m, dd = when.strftime("%Y"), when.strftime("%m"), when.strftime("%d")
    slug = _slug(title)
    if source == "Crescent Wire Service":
        n = _C.next_day(source, d)
        eid = f"CWS-{d}-{n:02d}"
        url = f"https://crescentwire.pk/wire/{eid.lower()}"
    elif source == "Indus Daily Monitor":
        n = 1184203 + 37 * _C.next(source)
        eid = f"idm-{n}"
        url = f"https://www.indusdailymonitor.com.pk/story/{n}/{slug}"
    elif source == "Frontier Ledger":
        n = _C.next_day(source, d)
        eid = f"FL/{d}/{n:02d}"
        url = f"https://frontierledger.pk/{y}/{m}/{dd}/{slug}/"
    elif source == "Quetta Evening Post":
        n = _C.next_day(source, d)
        eid = f"qep-{d[2:]}-{n:02d}"
        url = f"https://www.quettaeveningpost.com/news/{slug}-{d[2:]}{n:02d}"
    elif source == "Metro Karachi Times":
        n = 55410 + 13 * _C.next(source)
        eid = f"mkt-{n}"
        url = f"https://metrokarachitimes.pk/karachi/{slug}-{n}"
    elif source == "Sapphire News 24":
        n = 902117 + 211 * _C.next(source)
        eid = f"sn24-{n}"
        url = f"https://www.sapphirenews24.tv/latest/{n}"
    elif source == "KP Police Media Cell":
        n = 1406 + 3 * _C.next(source)
        eid = f"KPPMC-PR-{y}-{n:04d}"
        url = f"https://kppolice-mediacell.gov.pk/press-releases/{eid.lower()}"
    elif source == "CTD Balochistan Operations Desk":
        n = 212 + 2 * _C.next(source)
        eid = f"CTD-BLN-OPS-{y[2:]}-{n:03d}"
        url = f"https://ctd-balochistan-ops.gov.pk/desk/notes/{eid.lower()}"
    elif source == "Armed Forces Media Directorate":
        n = 318 + _C.next(source)
        eid = f"PR-{n}/{y}"
        url = f"https://afmd.gov.pk/press-release/{n}-{y}"
    elif source == "Balochistan Home Department Statement Desk":
        n = _C.next_day(source, d)
        eid = f"HD-BLN-{d}-{n}"
        url = f"https://homedept-balochistan.gov.pk/statements/{eid.lower()}"
    elif source == "Joint Threat Assessment Cell":
        tag = kind_hint or "SITREP"
        if tag == "SITREP":
            n = _C.next_day(source + tag, d)
            eid = f"JTAC-SITREP-{d}" + (f"-{n}" if n > 1 else "")
        else:
            n = _C.next(source + tag)
            eid = f"JTAC-{tag}-{y}-{40 + n:03d}"
        url = f"https://portal.jtac.gov.pk/bulletins/{eid.lower()}"
    elif source == "Conflict Monitoring Collective":
        n = 88 + _C.next(source)
        eid = f"cmc-brief-{y}-{n:03d}"
        url = f"https://conflictmonitoring.org.pk/briefs/{y}/{slug}"
    elif source == "Waziristan Awaz Citizen Page":
        n = 700310 + 97 * _C.next(source)
        eid = f"wa-post-{n}"
        url = f"https://waziristanawaz.blogspot.com/{y}/{m}/{_slug(title, 6)}-{n % 1000}.html"
    else:
        raise ValueError(f"unknown source {source!r}")
    return eid, url


# ---------------------------------------------------------------------------
# Registries filled by the batch files
# ---------------------------------------------------------------------------
INCIDENTS: dict[str, dict] = {}
REPORTS: list[dict] = []

PROVINCES = {
    "KP": "Khyber Pakhtunkhwa", "BL": "Balochistan", "SD": "Sindh", "PB": "Punjab",
    "ICT": "Islamabad Capital Territory", "GB": "Gilgit-Baltistan",
}
EVENT_TYPES = {
    "armed_assault", "ied", "suicide", "vbied", "targeted_killing", "kidnapping",
    "infrastructure", "armed_clash", "security_operation", "drone_strike", "grenade",
}


def I(iid, date, prov, district, place, etype, summary, killed=0, injured=0,
      militants_killed=0, kidnapped=0, perp="unknown", claimed=False):
    """Register an invented underlying incident (the ground truth)."""
    assert iid not in INCIDENTS, f"duplicate incident {iid}"
    assert prov in PROVINCES, prov
    assert etype in EVENT_TYPES, etype
    dt.date.fromisoformat(date)
    INCIDENTS[iid] = dict(
        id=iid, date=date, province=PROVINCES[prov], district=district, place=place,
        event_type=etype, summary=" ".join(summary.split()), killed=killed, injured=injured,
        militants_killed=militants_killed, kidnapped=kidnapped, perpetrator=perp,
        claimed=claimed,
    )


def _norm_body(body: str) -> str:
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body.strip())]
    return "\n\n".join(p for p in paras if p)


def R(source, published, gold, title, body, marking=None, bg=(), hint=None):
    """Register one report. published: 'YYYY-MM-DD HH:MM' Pakistan time."""
    when = dt.datetime.strptime(published, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    REPORTS.append(dict(
        source=source, when=when, gold=list(gold), bg=list(bg),
        title=" ".join(title.split()), body=_norm_body(body),
        marking=marking, hint=hint,
    ))


# ---------------------------------------------------------------------------
# Build + validation
# ---------------------------------------------------------------------------
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MARK_OK = {"TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED"}


def load_batches():
    env = dict(I=I, R=R)
    for path in sorted(glob.glob(os.path.join(HERE, "batches", "b*.py"))):
        with open(path, encoding="utf-8") as fh:
            code = compile(fh.read(), path, "exec")
        exec(code, dict(env))


def check(reports, warnings, errors):
    seen = set()
    for r in reports:
        key = (r["source"], r["external_id"])
        if key in seen:
            errors.append(f"duplicate external_id {key}")
        seen.add(key)
        if r["source"] not in SRC:
            errors.append(f"unknown source {r['source']}")
        n = len(r["body"])
        if not 400 <= n <= 2500:
            errors.append(f"{key} body length {n}")
        for g in r["gold"] + r["bg"]:
            if g not in INCIDENTS:
                errors.append(f"{key} unknown incident {g}")
        pub = r["when"].date()
        start, end = dt.date(2026, 9, 1), dt.date(2026, 11, 25)
        if not start <= pub <= end:
            errors.append(f"{key} published {pub} outside window")
        for g in r["gold"]:
            d = dt.date.fromisoformat(INCIDENTS[g]["date"])
            if d > pub:
                errors.append(f"{key} reports {g} dated {d} after publication {pub}")
        # relative date sanity (warnings only; round-ups may legitimately differ)
        dates = {dt.date.fromisoformat(INCIDENTS[g]["date"]) for g in r["gold"] + r["bg"]}
        body = r["title"] + " " + r["body"]
        for m in re.finditer(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", body):
            wd = WEEKDAYS.index(m.group(1))
            ok = pub.weekday() == wd or any(d.weekday() == wd for d in dates)
            ok = ok or any((pub - dt.timedelta(days=k)).weekday() == wd for k in range(0, 7)) and not dates
            if not ok:
                warnings.append(f"{key} mentions {m.group(1)} but no incident/pub date matches")
        if re.search(r"\byesterday\b", body, re.I) and dates:
            if not any((pub - d).days in (1,) for d in dates):
                warnings.append(f"{key} says 'yesterday' but no incident on {pub - dt.timedelta(days=1)}")
        if re.search(r"\b(this morning|today|earlier today|this afternoon|this evening)\b", body, re.I) and r["gold"]:
            if not any(d == pub for d in dates):
                warnings.append(f"{key} says 'today/this morning' but no incident on {pub}")
    for iid in INCIDENTS:
        if not any(iid in r["gold"] for r in reports):
            errors.append(f"incident {iid} is described by no report")


def build(check_only=False):
    load_batches()
    reports = sorted(REPORTS, key=lambda r: (r["when"], r["source"], r["title"]))
    for r in reports:
        eid, url = make_ids(r["source"], r["when"], r["title"], r["hint"])
        r["external_id"], r["url"] = eid, url
        r["marking_full"] = "TLP:" + (r["marking"] or SRC.get(r["source"], {}).get("default_marking", "CLEAR"))
    warnings, errors = [], []
    check(reports, warnings, errors)
    for r in reports:
        if r["marking_full"] not in MARK_OK:
            errors.append(f"bad marking {r['marking_full']}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    stats = summarise(reports)
    print(json.dumps(stats, indent=1))
    if errors:
        sys.exit(1)
    if check_only:
        return
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(EVAL_OUT, exist_ok=True)
    with open(os.path.join(OUT, "reports.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in reports:
            fh.write(json.dumps(dict(
                source=r["source"], external_id=r["external_id"], url=r["url"],
                published_at=r["when"].isoformat(), title=r["title"], body=r["body"],
                language="en", marking=r["marking_full"],
            ), ensure_ascii=False) + "\n")
    with open(os.path.join(EVAL_OUT, "gold.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in reports:
            fh.write(json.dumps(dict(
                source=r["source"], external_id=r["external_id"],
                gold_incidents=sorted(r["gold"]),
                background_incidents=sorted(set(r["bg"]) - set(r["gold"])),
            ), ensure_ascii=False) + "\n")
    used = {r["source"] for r in reports}
    with open(os.path.join(OUT, "sources.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump([s for s in SOURCES if s["name"] in used], fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    with open(os.path.join(EVAL_OUT, "incidents.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for iid in sorted(INCIDENTS):
            fh.write(json.dumps(INCIDENTS[iid], ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(stats))
    validate_written()


def summarise(reports):
    per_kind = collections.Counter(SRC[r["source"]]["kind"] for r in reports)
    per_source = collections.Counter(r["source"] for r in reports)
    marks = collections.Counter(r["marking_full"] for r in reports)
    n_src_per_inc = collections.defaultdict(set)
    n_rep_per_inc = collections.Counter()
    for r in reports:
        for g in r["gold"]:
            n_src_per_inc[g].add(r["source"])
            n_rep_per_inc[g] += 1
    prov = collections.Counter(i["province"] for i in INCIDENTS.values())
    etype = collections.Counter(i["event_type"] for i in INCIDENTS.values())
    lens = [len(r["body"]) for r in reports]
    return dict(
        reports=len(reports),
        incidents=len(INCIDENTS),
        sources=len(per_source),
        no_incident_reports=sum(1 for r in reports if not r["gold"]),
        multi_incident_reports=sum(1 for r in reports if len(r["gold"]) > 1),
        reports_with_background_mentions=sum(1 for r in reports if set(r["bg"]) - set(r["gold"])),
        multi_source_incidents=sum(1 for v in n_src_per_inc.values() if len(v) > 1),
        single_source_incidents=sum(1 for v in n_src_per_inc.values() if len(v) == 1),
        multi_report_incidents=sum(1 for v in n_rep_per_inc.values() if v > 1),
        max_reports_per_incident=max(n_rep_per_inc.values()) if n_rep_per_inc else 0,
        per_kind=dict(sorted(per_kind.items())),
        per_source=dict(sorted(per_source.items())),
        markings=dict(sorted(marks.items())),
        incidents_per_province=dict(sorted(prov.items())),
        incidents_per_type=dict(sorted(etype.items())),
        body_chars=dict(min=min(lens), max=max(lens), mean=round(sum(lens) / len(lens))),
        first_published=min(r["when"] for r in reports).isoformat(),
        last_published=max(r["when"] for r in reports).isoformat(),
    )


def validate_written():
    req = ["source", "external_id", "url", "published_at", "title", "body", "language", "marking"]
    names = {s["name"] for s in json.load(open(os.path.join(OUT, "sources.json"), encoding="utf-8"))}
    keys = []
    with open(os.path.join(OUT, "reports.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            o = json.loads(line)
            assert list(o) == req, (ln, list(o))
            assert all(isinstance(o[k], str) and o[k] for k in req), ln
            assert o["source"] in names, o["source"]
            assert o["url"].startswith("https://"), o["url"]
            dt.datetime.fromisoformat(o["published_at"])
            keys.append((o["source"], o["external_id"]))
    assert len(keys) == len(set(keys)), "duplicate (source, external_id)"
    gkeys = []
    with open(os.path.join(EVAL_OUT, "gold.jsonl"), encoding="utf-8") as fh:
        for line in fh:
            o = json.loads(line)
            gkeys.append((o["source"], o["external_id"]))
    assert gkeys == keys, "gold.jsonl does not line up with reports.jsonl"
    print(f"validated {len(keys)} reports, {len(names)} sources: OK")


def readme(s):
    pk = s["per_kind"]
    kinds = ", ".join(f"{k} {v}" for k, v in pk.items())
    srcs = "\n".join(f"| {n} | {SRC[n]['kind']} | {SRC[n]['reliability']} | {SRC[n]['default_marking']} | {c} |"
                     for n, c in s["per_source"].items())
    prov = ", ".join(f"{k} {v}" for k, v in s["incidents_per_province"].items())
    types = ", ".join(f"{k} {v}" for k, v in s["incidents_per_type"].items())
    marks = ", ".join(f"{k} {v}" for k, v in s["markings"].items())
    return f"""# Fusion Centre demo data

**Everything in this folder is fiction.** The reports were written for the
`./fusion demo` command in the style of Pakistani English-language press
reports, police press notes, CTD notes, military press releases, official
statements, threat bulletins, NGO briefs and a citizen-news page. They describe
**invented incidents** set in real districts, tehsils and towns of Pakistan
between 2026-09-01 and 2026-11-25. All outlets and offices are invented (any
resemblance to a real outlet is unintended); **no real person is named** -
people appear only by role ("the SHO of the Saddar police station", "a local
tribal elder"). Figures, dates, claims and attributions are made up and must not
be read as information about real events.

Generated by `tools/demo-data/build_demo.py` from the hand-written batch files
in `tools/demo-data/batches/` (deterministic, no network access).

## Files

| File | Content |
|---|---|
| `reports.jsonl` | {s['reports']} reports, one JSON object per line (`source, external_id, url, published_at, title, body, language, marking`) |
| `sources.json` | the {s['sources']} sources with kind, reliability grade (A-F) and default TLP marking |
| `gold.jsonl` | for every report, in the same order: `gold_incidents` (ids of the invented incidents the report describes) and `background_incidents` (incidents only mentioned in passing, e.g. "earlier this month...", or referred to by a condemnation) |
| `incidents.jsonl` | answer key for the gold ids: date, district, place, type, summary and true figures of each invented incident |

## Contents

- {s['reports']} reports from {s['sources']} sources, published {s['first_published'][:10]} to {s['last_published'][:10]} (Pakistan time, +05:00). By source kind: {kinds}.
- Markings: {marks}.
- {s['incidents']} underlying incidents. By province: {prov}. By type: {types}.
- {s['multi_source_incidents']} incidents are reported by two or more sources (up to {s['max_reports_per_incident']} reports for the largest attack); {s['single_source_incidents']} are single-source.
- {s['no_incident_reports']} reports describe no incident: condemnations, apex committee / security review meetings, court hearings on old cases, threat alerts and monthly threat assessments, policy press conferences, parades and visits, and analytical features (drones in Bannu, the Kurram road, Balochistan's highways).
- {s['multi_incident_reports']} reports describe more than one incident (round-ups, situation summaries, NGO briefs); {s['reports_with_background_mentions']} mention an earlier incident as background only.
- Body length {s['body_chars']['min']}-{s['body_chars']['max']} characters (mean {s['body_chars']['mean']}).

| Source | Kind | Reliability | Default marking | Reports |
|---|---|---|---|---|
{srcs}

## Hard cases included on purpose

- Two different attacks in the same district on the same or adjacent days (e.g. Bannu, Dera Ismail Khan, North Waziristan, Quetta, Kech).
- Round-ups covering several districts ("In a separate incident...", "Meanwhile in Kech...") and daily situation summaries.
- Reports that mention an earlier attack as background (not listed in `gold_incidents`).
- Follow-ups with a changed death toll; sources that disagree on figures; early citizen-page figures that turn out wrong.
- Spelling variants of places (D.I. Khan / Dera Ismail Khan / DIK, Turbat / Kech, Miranshah / Miran Shah, Bolan / Kachhi, Lakki / Lakki Marwat, Nawabshah / Shaheed Benazirabad, Wana / Lower South Waziristan).
- Casualty words instead of numbers ("at least four ... more than a dozen injured", "nearly two dozen injured", "two soldiers and a civilian", "a soldier and two policemen", "three FC personnel"); militants and suicide bombers killed reported separately from victims.
- Dates relative to publication ("on Tuesday", "late last night", "yesterday", "last week").
- Perpetrator language from official terms ("Fitna al-Khawarij", "Fitna al-Hindustan") to claims by banned groups, "suspected" attributions and no attribution at all; split claims (a faction claims, the TTP denies); two drone/quadcopter strikes whose authorship is contested.
- Kidnappings whose hostage releases are reported weeks later (Tank, Lakki Marwat), and a railway-track bombing in the Bolan Pass followed two months later by a separate attack on a train on the same line.
- Single-source incidents (mostly police press notes, local papers and military statements, and one quadcopter attack reported only by the low-reliability citizen page), and internal CTD/agency notes marked AMBER or AMBER+STRICT that add details absent from public reports.

## Gold conventions

A report's `gold_incidents` lists every invented incident about which it gives
first-hand news (what happened, where, casualties), including follow-ups
(funerals, rising toll, arrests for that attack, a hostage release), and
same-day events mentioned with their own facts ("Earlier today, a retired police
officer was shot dead..."). Earlier incidents that are only recalled as context
("Last month, five passengers were killed..."), or that an official merely
condemns, go to `background_incidents`. Aggregate statistics ("the collective
recorded 71 attacks in September") do not create gold links.
"""


if __name__ == "__main__":
    build(check_only="--check-only" in sys.argv)
