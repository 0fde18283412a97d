"""Helpers for writing the extraction development set.

Reports are written as R(...) calls holding G(...) gold incidents whose dates are given as
relative specs (the same words the body uses) and resolved against published_at by build.py.
"""

KARACHI = ["PK702", "PK704", "PK712", "PK714", "PK721", "PK729", "PK791"]


def R(source, published_at, title, body, gold):
    paras = [" ".join(p.split()) for p in body.strip().split("\n\n")]
    return {
        "source": source,
        "published_at": published_at,
        "title": title,
        "body": "\n\n".join(p for p in paras if p),
        "gold": list(gold),
    }


def G(event_type, when, district, place, killed=None, injured=None, mk=None, targets=(),
      perp=None, ps=None, kq=None, iq=None, alt=(), any=(), optional=False):
    """One gold incident.

    when: today | yday | Mon..Sun (most recent on or before the publication day) |
          YYYY-MM-DD | lastweek | thismonth | lastmonth | month:YYYY-MM |
          range:YYYY-MM-DD:YYYY-MM-DD
    """
    return {
        "event_type": event_type,
        "event_type_alt": list(alt),
        "when": when,
        "district_pcode": district,
        "district_any": list(any),
        "place": place,
        "killed": killed,
        "killed_qualifier": (kq or "EXACT") if killed is not None else None,
        "injured": injured,
        "injured_qualifier": (iq or "EXACT") if injured is not None else None,
        "militants_killed": mk,
        "targets": list(targets),
        "perpetrator": perp,
        "perpetrator_status": ps if perp else None,
        "optional": optional,
    }
