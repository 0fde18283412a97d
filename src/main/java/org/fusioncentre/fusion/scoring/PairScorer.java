package org.fusioncentre.fusion.scoring;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.TimeOfDay;
import org.fusioncentre.geo.GeoPrecision;
import org.jspecify.annotations.Nullable;

/**
 * How likely two observations describe the same real incident: a logistic score over date gap,
 * event-type compatibility, place, casualty agreement (tolls may rise over time), perpetrator and
 * targets. The weights are set by hand and checked against the evaluation sets (README, Fusion);
 * they are not fitted. Observations of the same report are never the same incident.
 */
public final class PairScorer {
    /** Pairs at or above this probability are joined. */
    public static final double SAME_INCIDENT = 0.6;

    /** Days two observations may lie apart (beyond their own date ranges) and still be compared. */
    public static final int WINDOW_DAYS = 2;

    public double probability(Candidate a, Candidate b) {
        if (a.reportId().equals(b.reportId()) || sameList(a, b)) {
            return 0;
        }
        Observation x = a.observation();
        Observation y = b.observation();
        long gap = gapDays(x, y);
        if (gap > WINDOW_DAYS) {
            return 0;
        }
        double logit = -1.5;
        // two days told apart by day-precise reports are usually two incidents; a day's slip is common
        // only where a report's date is vague ("overnight", a range)
        boolean vague = x.datePrecision() != DatePrecision.DAY
                || y.datePrecision() != DatePrecision.DAY
                || x.date() == null
                || y.date() == null;
        logit += gap == 0 ? 2.0 : gap == 1 ? (vague ? 0.6 : -1.0) : -1.5;
        logit += typeScore(x, y);
        logit += timeScore(x.time(), y.time());
        logit += placeScore(x, y);
        logit += casualtyScore(a, b);
        logit += injuredScore(x, y);
        logit += perpetratorScore(x, y);
        if (!x.targets().isEmpty() && !y.targets().isEmpty()) {
            logit += x.targets().stream().anyMatch(y.targets()::contains) ? 0.3 : -0.4;
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /**
     * Two records of one structured list (an incident table, a feed of incidents) are two incidents:
     * a list does not record one event twice.
     */
    private static boolean sameList(Candidate a, Candidate b) {
        return a.sourceName().equals(b.sourceName()) && structured(a.observation()) && structured(b.observation());
    }

    private static boolean structured(Observation observation) {
        return observation.extractorVersion().startsWith("fc-structured");
    }

    /** Days between the observations' date ranges; 0 when they overlap. */
    static long gapDays(Observation x, Observation y) {
        if (!x.dateFrom().isAfter(y.dateTo()) && !y.dateFrom().isAfter(x.dateTo())) {
            return 0;
        }
        return x.dateTo().isBefore(y.dateFrom())
                ? ChronoUnit.DAYS.between(x.dateTo(), y.dateFrom())
                : ChronoUnit.DAYS.between(y.dateTo(), x.dateFrom());
    }

    /**
     * The taxonomy ladder: the same type; types reports confuse (a bombing and a suicide attack, an
     * assault and anything); explosives against gunfire, which reports of one incident rarely mix
     * up; the state's operations against militants' attacks; unrelated families.
     */
    static double typeScore(Observation first, Observation second) {
        EventType x = first.eventType();
        EventType y = second.eventType();
        if (x == y) {
            return 1.2;
        }
        if (explosive(x) && explosive(y)) {
            return -0.2;
        }
        if (x == EventType.ARMED_ASSAULT || y == EventType.ARMED_ASSAULT) {
            EventType other = x == EventType.ARMED_ASSAULT ? y : x;
            if (other == EventType.SECURITY_OPERATION || other == EventType.AIR_STRIKE) {
                return -1.0;
            }
            // "attack" is the word for anything, so an assault is confused with a bombing, unless
            // both reports are sure: a gun attack on a post against a bomb under a van
            boolean sure = first.eventTypeConfidence() >= SURE_TYPE && second.eventTypeConfidence() >= SURE_TYPE;
            return sure && explosive(other) ? -1.2 : -0.4;
        }
        if (explosive(x) != explosive(y) && (gunfire(x) || gunfire(y))) {
            return -1.5;
        }
        if (gunfire(x) && gunfire(y)) {
            return -0.4;
        }
        boolean clashOrOperation = (x == EventType.ARMED_CLASH || x == EventType.SECURITY_OPERATION)
                && (y == EventType.ARMED_CLASH || y == EventType.SECURITY_OPERATION);
        return clashOrOperation ? -0.2 : -1.5;
    }

    /** Share of a report's trigger weight behind its event type above which the type is not in doubt. */
    private static final double SURE_TYPE = 0.7;

    /**
     * Clock times of one incident agree within the reports' precision; two clock times hours apart
     * on the same day are two incidents (a bomb at 07:45 and an attack at 23:00). A part of the
     * day ("morning") says less.
     */
    static double timeScore(@Nullable TimeOfDay x, @Nullable TimeOfDay y) {
        if (x == null || y == null) {
            return 0;
        }
        boolean clocks = x.toleranceMinutes() <= 60 && y.toleranceMinutes() <= 60;
        if (x.overlaps(y)) {
            return clocks ? 0.8 : 0.2;
        }
        int beyond = x.minutesFrom(y) - x.toleranceMinutes() - y.toleranceMinutes();
        if (beyond <= 60) {
            return -0.3;
        }
        return clocks ? -1.8 : -0.8;
    }

    private static boolean explosive(EventType type) {
        return type == EventType.BOMBING || type == EventType.SUICIDE_ATTACK || type == EventType.INFRASTRUCTURE_ATTACK;
    }

    private static boolean gunfire(EventType type) {
        return type == EventType.ARMED_ASSAULT || type == EventType.ARMED_CLASH || type == EventType.TARGETED_KILLING;
    }

    /** Same district (blocking's premise), then the places named or their distance. */
    static double placeScore(Observation x, Observation y) {
        Observation.Location p = x.location();
        Observation.Location q = y.location();
        if (p == null || q == null) {
            return -0.5;
        }
        double score = 0;
        if (p.districtPcode() != null && p.districtPcode().equals(q.districtPcode())) {
            score += 0.8;
        } else if (p.districtPcode() != null && q.districtPcode() != null) {
            score -= 2.5;
        }
        if (p.tehsilPcode() != null && q.tehsilPcode() != null) {
            score += p.tehsilPcode().equals(q.tehsilPcode()) ? 0.5 : -1.5;
        }
        String placeX = normal(p.place());
        String placeY = normal(q.place());
        if (placeX != null && placeY != null) {
            // incident tables name places in free text of their own ("Mosaki village-near Mir Ali",
            // "Mir Ali Tehsil"): a different name there says less than in two news reports
            boolean tables = structured(x) || structured(y);
            score += placeX.equals(placeY) || placeX.contains(placeY) || placeY.contains(placeX)
                    ? 1.0
                    : tables ? -0.3 : -0.8;
        }
        if (fine(p.precision()) && fine(q.precision())) {
            // sources' coordinates for one event lie a median 24 km apart in the drone lists
            double km = kilometres(p.lat(), p.lon(), q.lat(), q.lon());
            score += km < 5 ? 0.6 : km > 60 ? -1.0 : km > 30 ? -0.3 : 0;
        }
        return score;
    }

    private static boolean fine(GeoPrecision precision) {
        return precision == GeoPrecision.POINT || precision == GeoPrecision.PLACE;
    }

    /** Victims killed: equal figures agree; a later, higher toll is a rising toll; a fall is a conflict. */
    static double casualtyScore(Candidate a, Candidate b) {
        Observation.Count x = a.observation().killed();
        Observation.Count y = b.observation().killed();
        if (x == null || y == null) {
            return 0;
        }
        if (x.value() == y.value()) {
            // one dead is the commonest toll, so agreeing on it says little; a rarer figure says more
            return x.value() == 0 ? 0.2 : x.value() == 1 ? 0.3 : x.value() <= 3 ? 0.6 : 1.0;
        }
        Candidate earlier = a.published().isAfter(b.published()) ? b : a;
        Candidate later = earlier == a ? b : a;
        long before = earlier.observation().killed().value();
        long after = later.observation().killed().value();
        if (before == 0 || after == 0) {
            return -0.6;
        }
        double ratio = (double) Math.max(before, after) / Math.min(before, after);
        if (after > before) {
            return ratio <= 3 ? 0.1 : -0.5;
        }
        return ratio <= 1.5 ? -0.1 : -0.9;
    }

    /**
     * Injured figures agree or not; and one report's dead against another's injured only (no dead
     * named) hints at two incidents.
     */
    static double injuredScore(Observation x, Observation y) {
        double score = 0;
        if (x.injured() != null
                && y.injured() != null
                && x.injured().value() > 0
                && y.injured().value() > 0) {
            long low = Math.min(x.injured().value(), y.injured().value());
            long high = Math.max(x.injured().value(), y.injured().value());
            score += low == high ? 0.4 : (double) high / low > 2 ? -0.5 : 0;
        }
        boolean deadOnlyInOne = (x.killed() != null && x.killed().value() > 0)
                != (y.killed() != null && y.killed().value() > 0);
        boolean bothCounted =
                (x.killed() != null || x.injured() != null) && (y.killed() != null || y.injured() != null);
        if (deadOnlyInOne && bothCounted) {
            score -= 0.3;
        }
        return score;
    }

    static double perpetratorScore(Observation x, Observation y) {
        if (x.perpetrator() == null || y.perpetrator() == null) {
            return 0;
        }
        return Objects.equals(x.perpetrator().code(), y.perpetrator().code()) ? 0.6 : -0.6;
    }

    private static String normal(String place) {
        return place == null || place.isBlank()
                ? null
                : place.toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", " ")
                        .strip();
    }

    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
