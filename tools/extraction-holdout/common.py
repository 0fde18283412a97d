"""Label helpers shared by the hold-out case files (stdlib only).

R(...) describes one report, G(...) one gold incident. Dates are written the way the
body words them and resolved by build.py against the report's publication time:
  "YYYY-MM-DD"          an explicit day
  "Mon" .. "Sun"        most recent such weekday on or before publication (PKT)
  "today", "yday"       publication day / the day before
  "lastweek"            previous Monday..Sunday (WEEK, date null)
  "thismonth"           1st of the month .. day before publication (MONTH, date null)
  "month:YYYY-MM"       a whole named month (MONTH, date null)
  "range:FROM:TO[:P]"   an explicit window, date null, precision P (default DAY)
Casualties: an int means EXACT; (n, "AT_LEAST"|"APPROX"|"UP_TO"|"EXACT") otherwise.
"""

KARACHI = ("PK702", "PK704", "PK712", "PK714", "PK721", "PK729", "PK791")


def G(event_type, when, district, place, killed=None, injured=None, mk=None,
      targets=(), perp=None, status=None, alt=(), any=(), optional=False):
    return {
        "event_type": event_type, "when": when, "district": district, "place": place,
        "killed": killed, "injured": injured, "militants_killed": mk,
        "targets": list(targets), "perpetrator": perp, "perpetrator_status": status,
        "event_type_alt": list(alt), "district_any": list(any), "optional": optional,
    }


def R(category, source, published_at, title, body, gold):
    return {"category": category, "source": source, "published_at": published_at,
            "title": title, "body": body.strip(), "gold": list(gold)}
