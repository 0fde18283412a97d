package org.fusioncentre.fusion.scoring;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.fusioncentre.extraction.DatePrecision;
import org.fusioncentre.extraction.EventType;
import org.fusioncentre.extraction.Observation;
import org.fusioncentre.extraction.ObservationBlock;
import org.fusioncentre.extraction.TimeOfDay;
import org.fusioncentre.geo.GeoPrecision;
import org.jspecify.annotations.Nullable;

/**
 * How likely two observations describe the same real incident: a logistic score over the
 * {@link PairFeature}s a pair shows — date gap, event-type compatibility, time of day, place,
 * casualty agreement (tolls may rise over time), perpetrator, targets and the distinctive words the
 * reports' passages share — with {@link
 * PairWeights} fitted to labelled report sets (pairs with an incident table's record use the
 * hand-set priors). Observations of the same report, or of one structured list, are never the
 * same incident.
 */
public final class PairScorer {
    /** Pairs at or above this probability are joined. */
    public static final double SAME_INCIDENT = 0.6;

    /** Days two observations may lie apart (beyond their own date ranges) and still be compared. */
    public static final int WINDOW_DAYS = 2;

    /** Share of a report's trigger weight behind its event type above which the type is not in doubt. */
    private static final double SURE_TYPE = 0.7;

    private final double[] weights;
    private final FusionAreas areas;
    /**
     * Pairs that involve an incident table's record keep the hand-set weights: the weights are
     * fitted to text reports, and tables disagree in their own ways (coordinates tens of
     * kilometres apart, tolls given as ranges, their own place names).
     */
    private final double[] tableWeights = PairWeights.prior().toArray();

    /** With the shipped weights. */
    public PairScorer() {
        this(PairWeights.shipped());
    }

    public PairScorer(PairWeights weights) {
        this(weights, FusionAreas.none());
    }

    /**
     * @param areas which districts were carved out of which: a report that names the old district
     *     and one that names the new are not in two districts
     */
    public PairScorer(PairWeights weights, FusionAreas areas) {
        this.weights = weights.toArray();
        this.areas = areas;
    }

    public double probability(Candidate a, Candidate b) {
        return Math.max(0, score(a, b));
    }

    /**
     * The pair's {@link #probability}, or {@link #CONTRADICTED} when two text reports give times of
     * day that cannot be one moment (clock times, or parts of the day, hours apart; one source's
     * clock times that do not agree), name two different districts, come from one source and
     * name two tehsils or give two tolls at one moment, or where one was published before the
     * other's clock time of the incident: such a pair is two incidents however much else it shares — the same
     * place, type and toll are what two incidents in one town on one day have in common — and
     * clusters holding it are never joined. Incident tables' times and places are not trusted
     * that far.
     */
    public double score(Candidate a, Candidate b) {
        if (!comparable(a, b)) {
            return 0;
        }
        boolean table = structured(a.observation()) || structured(b.observation());
        Tally tally = new Tally(table ? tableWeights : weights, null);
        features(a, b, tally, areas);
        return !table && tally.contradicted ? CONTRADICTED : 1 / (1 + Math.exp(-tally.logit));
    }

    /** The {@link #score} of a pair that is two incidents outright. */
    public static final double CONTRADICTED = -1;

    /**
     * Features that make a pair of text observations two incidents outright: times of day hours
     * apart, and two districts named precisely (where a block spans several, {@link FusionAreas}).
     */
    private static final java.util.Set<PairFeature> CONTRADICTIONS =
            java.util.EnumSet.of(PairFeature.CLOCKS_APART, PairFeature.TIMES_APART, PairFeature.DISTRICT_DIFFERENT);

    /**
     * The features a pair shows, as 0/1 per {@link PairFeature} ordinal; null for pairs that are
     * never the same incident whatever the weights (one report, one list, too far apart in time).
     */
    public static double @Nullable [] features(Candidate a, Candidate b) {
        if (!comparable(a, b)) {
            return null;
        }
        double[] features = new double[PairFeature.values().length];
        features(a, b, new Tally(new double[features.length], features), FusionAreas.none());
        return features;
    }

    private static boolean comparable(Candidate a, Candidate b) {
        return !a.reportId().equals(b.reportId())
                && !sameList(a, b)
                && gapDays(a.observation(), b.observation()) <= WINDOW_DAYS;
    }

    /** Sums the weights of the features seen and, when asked, records which they were. */
    private static final class Tally {
        private final double[] weights;
        private final double @Nullable [] seen;
        private double logit;
        private boolean contradicted;

        Tally(double[] weights, double @Nullable [] seen) {
            this.weights = weights;
            this.seen = seen;
        }

        /** The pair is two incidents outright, whatever its features weigh. */
        void contradict() {
            contradicted = true;
        }

        void add(PairFeature feature) {
            logit += weights[feature.ordinal()];
            contradicted |= CONTRADICTIONS.contains(feature);
            if (seen != null) {
                seen[feature.ordinal()] = 1;
            }
        }
    }

    private static void features(Candidate a, Candidate b, Tally tally, FusionAreas areas) {
        Observation x = a.observation();
        Observation y = b.observation();
        tally.add(PairFeature.BIAS);
        long gap = gapDays(x, y);
        // two days told apart by day-precise reports are usually two incidents; a day's slip is common
        // only where a report's date is vague ("overnight", a range)
        boolean vague = x.datePrecision() != DatePrecision.DAY
                || y.datePrecision() != DatePrecision.DAY
                || x.date() == null
                || y.date() == null;
        tally.add(
                gap == 0
                        ? PairFeature.SAME_DAY
                        : gap == 1
                                ? (vague ? PairFeature.ONE_DAY_APART_VAGUE : PairFeature.ONE_DAY_APART)
                                : PairFeature.TWO_DAYS_APART);
        tally.add(type(x, y));
        boolean oneSource = a.sourceName().equals(b.sourceName());
        time(x.time(), y.time(), oneSource, tally);
        if (toldBeforeItHappened(a, b) || toldBeforeItHappened(b, a)) {
            tally.contradict();
        }
        place(x, y, oneSource, tally, areas);
        killed(a, b, tally);
        injured(x, y, tally);
        if (x.militantsKilled() != null
                && y.militantsKilled() != null
                && x.militantsKilled().value() > 0
                && x.militantsKilled().value() == y.militantsKilled().value()) {
            // the state's count of militants killed in an operation is quoted as given
            tally.add(PairFeature.MILITANTS_KILLED_SAME);
        }
        if (x.perpetrator() != null && y.perpetrator() != null) {
            tally.add(
                    Objects.equals(x.perpetrator().code(), y.perpetrator().code())
                            ? PairFeature.PERPETRATOR_SAME
                            : PairFeature.PERPETRATOR_DIFFERENT);
        }
        if (!x.targets().isEmpty() && !y.targets().isEmpty()) {
            tally.add(
                    x.targets().stream().anyMatch(y.targets()::contains)
                            ? PairFeature.TARGETS_SHARED
                            : PairFeature.TARGETS_DISJOINT);
        }
        text(a.terms(), b.terms(), tally);
    }

    /** Passages with fewer distinctive words than this say too little to compare. */
    static final int FEWEST_TERMS = 3;

    /** Passages each with at least this many distinctive words and none in common tell of two things. */
    static final int TERMS_TO_DIFFER = 8;

    /**
     * The distinctive words two reports' passages share ({@code extraction}'s terms: what is left
     * once the words every report uses and region names are taken out): reports of one incident
     * name its details — the market, the convoy, the wedding, the bypass — and two incidents in one
     * district on one day differ in them. Three shared words that are a third of the shorter
     * passage's are its details; two are a hint; none between two passages that each say plenty is
     * a sign of two incidents. A flash report of a line or two says nothing either way. The
     * thresholds were set on the hand-written evaluation set and checked on a second one written
     * after them (README, Fusion); the simulator's templated text cannot set them.
     */
    private static void text(Set<String> x, Set<String> y, Tally tally) {
        int shorter = Math.min(x.size(), y.size());
        if (shorter < FEWEST_TERMS) {
            return;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        int shared = 0;
        for (String term : smaller) {
            if (larger.contains(term)) {
                shared++;
            }
        }
        if (shared >= 3 && 3 * shared >= shorter) {
            tally.add(PairFeature.TEXT_SHARES_DETAILS);
        } else if (shared >= 2) {
            tally.add(PairFeature.TEXT_SHARES_SOME);
        } else if (shared == 0 && shorter >= TERMS_TO_DIFFER) {
            tally.add(PairFeature.TEXT_SHARES_NOTHING);
        }
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
     * assault and anything — "attack" is the word for everything — unless both reports are sure of
     * a gun attack and a bomb); explosives against gunfire, which reports of one incident rarely
     * mix up; the state's operations against militants' attacks; unrelated families.
     */
    static PairFeature type(Observation first, Observation second) {
        EventType x = first.eventType();
        EventType y = second.eventType();
        if (x == y) {
            return PairFeature.TYPE_SAME;
        }
        if (explosive(x) && explosive(y)) {
            return PairFeature.TYPE_BOTH_EXPLOSIVE;
        }
        if (x == EventType.ARMED_ASSAULT || y == EventType.ARMED_ASSAULT) {
            EventType other = x == EventType.ARMED_ASSAULT ? y : x;
            if (other == EventType.SECURITY_OPERATION || other == EventType.AIR_STRIKE) {
                return PairFeature.TYPE_ASSAULT_AND_STATE_ACTION;
            }
            boolean sure = first.eventTypeConfidence() >= SURE_TYPE && second.eventTypeConfidence() >= SURE_TYPE;
            return sure && explosive(other)
                    ? PairFeature.TYPE_ASSAULT_AND_SURE_EXPLOSIVE
                    : PairFeature.TYPE_ASSAULT_AND_OTHER;
        }
        if (explosive(x) != explosive(y) && (gunfire(x) || gunfire(y))) {
            return PairFeature.TYPE_EXPLOSIVE_AND_GUNFIRE;
        }
        if (gunfire(x) && gunfire(y)) {
            return PairFeature.TYPE_BOTH_GUNFIRE;
        }
        boolean clashOrOperation = (x == EventType.ARMED_CLASH || x == EventType.SECURITY_OPERATION)
                && (y == EventType.ARMED_CLASH || y == EventType.SECURITY_OPERATION);
        return clashOrOperation ? PairFeature.TYPE_CLASH_AND_OPERATION : PairFeature.TYPE_UNRELATED;
    }

    private static boolean explosive(EventType type) {
        return type == EventType.BOMBING || type == EventType.SUICIDE_ATTACK || type == EventType.INFRASTRUCTURE_ATTACK;
    }

    private static boolean gunfire(EventType type) {
        return type == EventType.ARMED_ASSAULT || type == EventType.ARMED_CLASH || type == EventType.TARGETED_KILLING;
    }

    /**
     * Clock times of one incident agree within the reports' precision; two clock times hours apart
     * on the same day are two incidents (a bomb at 07:45 and an attack at 23:00), and so are two
     * clock times of one source that do not agree (a police press office logs one time for one
     * incident; two sources' times may drift an hour). A part of the day ("morning") says less.
     */
    private static void time(@Nullable TimeOfDay x, @Nullable TimeOfDay y, boolean oneSource, Tally tally) {
        if (x == null || y == null) {
            return;
        }
        boolean clocks = x.toleranceMinutes() <= 60 && y.toleranceMinutes() <= 60;
        if (x.overlaps(y)) {
            tally.add(clocks ? PairFeature.CLOCKS_AGREE : PairFeature.TIMES_AGREE);
            return;
        }
        int beyond = x.minutesFrom(y) - x.toleranceMinutes() - y.toleranceMinutes();
        tally.add(beyond <= 60 ? PairFeature.TIMES_NEAR : clocks ? PairFeature.CLOCKS_APART : PairFeature.TIMES_APART);
        if (clocks && oneSource) {
            tally.contradict();
        }
    }

    /**
     * Whether {@code report} was published before the other observation's incident happened, by
     * that observation's date and clock time: a report cannot tell of what had not happened yet.
     * Only where both date the incident to the same day (a day misread on one side is a weighted
     * disagreement, not a contradiction). Half an hour beyond the clock time's own tolerance
     * allows for clocks and offsets that are a little off; a publication time that is a date only
     * says nothing, and neither does a date and time that lie after the observation's own report.
     */
    private static boolean toldBeforeItHappened(Candidate report, Candidate other) {
        Observation incident = other.observation();
        TimeOfDay time = incident.time();
        if (incident.date() == null
                || incident.datePrecision() != DatePrecision.DAY
                || !incident.date().equals(report.observation().date())
                || time == null
                || time.toleranceMinutes() > 60
                || dateOnly(report.published())) {
            return false;
        }
        ZonedDateTime published = report.published().atZone(PAKISTAN);
        ZonedDateTime earliest = incident.date()
                .atTime(time.time())
                .atZone(PAKISTAN)
                .minusMinutes(time.toleranceMinutes() + CLOCK_SLACK_MINUTES);
        if (earliest.isAfter(other.published().atZone(PAKISTAN))) {
            // the observation's own report was published before it, too: its date or time is misread
            return false;
        }
        return published.isBefore(earliest);
    }

    /**
     * Whether a publication time is a date without a time of day: midnight in Pakistan (a local
     * date) or in UTC (a feed's "Tue, 04 Aug 2026 00:00:00 GMT").
     */
    private static boolean dateOnly(Instant published) {
        return published.atZone(PAKISTAN).toLocalTime().equals(LocalTime.MIDNIGHT)
                || published.atZone(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT);
    }

    /** Minutes a publication time may run ahead of the incident's clock time (clocks, offsets). */
    private static final int CLOCK_SLACK_MINUTES = 30;

    /** Reports' local times are Pakistan's. */
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    /** Same district (blocking's premise), then the places named or their distance. */
    private static void place(Observation x, Observation y, boolean oneSource, Tally tally, FusionAreas areas) {
        Observation.Location p = x.location();
        Observation.Location q = y.location();
        if (p == null || q == null) {
            tally.add(PairFeature.LOCATION_MISSING);
            return;
        }
        if (p.districtPcode() != null && p.districtPcode().equals(q.districtPcode())) {
            tally.add(PairFeature.DISTRICT_SAME);
        } else if (p.districtPcode() != null && q.districtPcode() != null) {
            tally.add(
                    areas.nested(p.districtPcode(), q.districtPcode())
                            ? PairFeature.DISTRICT_CARVED_OUT
                            : neighbouringCoarsely(x, y, areas)
                                    ? PairFeature.DISTRICT_NEIGHBOURING
                                    : PairFeature.DISTRICT_DIFFERENT);
        }
        if (p.tehsilPcode() != null && q.tehsilPcode() != null) {
            boolean same = p.tehsilPcode().equals(q.tehsilPcode());
            tally.add(same ? PairFeature.TEHSIL_SAME : PairFeature.TEHSIL_DIFFERENT);
            if (!same && oneSource) {
                // one source puts one incident in one place: two tehsils from it are two incidents
                tally.contradict();
            }
        }
        String placeX = normal(p.place());
        String placeY = normal(q.place());
        if (placeX != null && placeY != null) {
            // incident tables name places in free text of their own ("Mosaki village-near Mir Ali",
            // "Mir Ali Tehsil"): a different name there says less than in two news reports
            boolean tables = structured(x) || structured(y);
            tally.add(
                    placeX.equals(placeY) || placeX.contains(placeY) || placeY.contains(placeX)
                            ? PairFeature.PLACE_SAME
                            : tables ? PairFeature.PLACE_DIFFERENT_IN_TABLE : PairFeature.PLACE_DIFFERENT);
        }
        if (fine(p.precision()) && fine(q.precision())) {
            // sources' coordinates for one event lie a median 24 km apart in the drone lists
            double km = kilometres(p.lat(), p.lon(), q.lat(), q.lon());
            if (km < 5) {
                tally.add(PairFeature.NEAR);
            } else if (km > 60) {
                tally.add(PairFeature.FAR);
            } else if (km > 30) {
                tally.add(PairFeature.MIDDLE_DISTANCE);
            }
        }
    }

    /**
     * Two districts that share a border, one of them all its report gives: a report datelined
     * from the next town, or naming only the district, may well be about an attack across the
     * border, so that is no contradiction.
     */
    private static boolean neighbouringCoarsely(Observation x, Observation y, FusionAreas areas) {
        return (ObservationBlock.coarseDistrict(x) != null || ObservationBlock.coarseDistrict(y) != null)
                && areas.bordering(x.location().districtPcode(), y.location().districtPcode());
    }

    private static boolean fine(GeoPrecision precision) {
        return precision == GeoPrecision.POINT || precision == GeoPrecision.PLACE;
    }

    /**
     * Victims killed: equal figures agree, the more the rarer the figure (one dead is the commonest
     * toll); a later, higher toll is a rising toll; a fall is a conflict.
     */
    private static void killed(Candidate a, Candidate b, Tally tally) {
        Observation.Count x = a.observation().killed();
        Observation.Count y = b.observation().killed();
        if (x == null || y == null) {
            return;
        }
        if (x.value() == y.value()) {
            long value = x.value();
            tally.add(
                    value == 0
                            ? PairFeature.KILLED_BOTH_ZERO
                            : value == 1
                                    ? PairFeature.KILLED_SAME_ONE
                                    : value <= 3 ? PairFeature.KILLED_SAME_FEW : PairFeature.KILLED_SAME_MANY);
            return;
        }
        long before;
        long after;
        if (a.published().equals(b.published())) {
            // published together, neither toll came later: read the difference as a rise, whichever
            // report the pair names first (the score must not depend on the order); but one source
            // does not give two tolls for one incident at one moment (a print edition's date is no moment)
            if (a.sourceName().equals(b.sourceName()) && !dateOnly(a.published())) {
                tally.contradict();
            }
            before = Math.min(x.value(), y.value());
            after = Math.max(x.value(), y.value());
        } else {
            Candidate earlier = a.published().isAfter(b.published()) ? b : a;
            Candidate later = earlier == a ? b : a;
            before = earlier.observation().killed().value();
            after = later.observation().killed().value();
        }
        if (before == 0 || after == 0) {
            tally.add(PairFeature.KILLED_NONE_AND_SOME);
            return;
        }
        double ratio = (double) Math.max(before, after) / Math.min(before, after);
        if (after > before) {
            tally.add(ratio <= 3 ? PairFeature.KILLED_RISES : PairFeature.KILLED_RISES_STEEPLY);
        } else {
            tally.add(ratio <= 1.5 ? PairFeature.KILLED_FALLS : PairFeature.KILLED_FALLS_STEEPLY);
        }
    }

    /**
     * Injured figures agree or not; and one report's dead against another's injured only (no dead
     * named) hints at two incidents.
     */
    private static void injured(Observation x, Observation y, Tally tally) {
        if (x.injured() != null
                && y.injured() != null
                && x.injured().value() > 0
                && y.injured().value() > 0) {
            long low = Math.min(x.injured().value(), y.injured().value());
            long high = Math.max(x.injured().value(), y.injured().value());
            if (low == high) {
                tally.add(PairFeature.INJURED_SAME);
            } else if ((double) high / low > 2) {
                tally.add(PairFeature.INJURED_FAR_APART);
            }
        }
        boolean deadOnlyInOne = (x.killed() != null && x.killed().value() > 0)
                != (y.killed() != null && y.killed().value() > 0);
        boolean bothCounted =
                (x.killed() != null || x.injured() != null) && (y.killed() != null || y.injured() != null);
        if (deadOnlyInOne && bothCounted) {
            tally.add(PairFeature.DEAD_IN_ONE_ONLY);
        }
    }

    private static @Nullable String normal(@Nullable String place) {
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
