"""Helpers for writing hold-out-2 reports (stdlib only).

R(...) is one report, I(...) one gold incident. Date specs and casualty values are
explained in build.py, which resolves and validates them.
"""

KARACHI_ALL = ("PK702", "PK704", "PK712", "PK714", "PK721", "PK729", "PK791")


def I(event_type, when, district, place, killed=None, injured=None, mk=None, targets=(),
      perp=None, status=None, alt=(), any=(), optional=False):
    return {"event_type": event_type, "when": when, "district": district, "place": place,
            "killed": killed, "injured": injured, "militants_killed": mk,
            "targets": list(targets), "perpetrator": perp, "perpetrator_status": status,
            "event_type_alt": list(alt), "district_any": list(any), "optional": optional}


def R(kind, source, published_at, title, body, gold):
    paragraphs = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    return {"kind": kind, "source": source, "published_at": published_at, "title": title,
            "body": "\n\n".join(paragraphs), "gold": list(gold)}
